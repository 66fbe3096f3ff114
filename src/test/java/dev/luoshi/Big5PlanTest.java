package dev.luoshi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceDecoder;
import dev.luoshi.decode.SourceText;
import dev.luoshi.plan.Plan;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A speech saved in Big5, as Taiwan and Hong Kong save them, is read (detected, not named) and
 * planned exactly as the same speech in UTF-8: the plan differs only in its source's encoding and
 * hash.
 */
class Big5PlanTest {
  private static Luoshi luoshi;

  @BeforeAll
  static void planner() {
    luoshi = Luoshi.create(Settings.none());
  }

  @ParameterizedTest
  @MethodSource("dev.luoshi.SampleTexts#all")
  void aBig5SpeechGivesTheUtf8Plan(Path sample) throws IOException {
    String traditional =
        HanLP.convertToTraditionalChinese(Files.readString(sample, StandardCharsets.UTF_8));
    Charset big5 = Charset.forName("Big5");
    CharsetEncoder encoder = big5.newEncoder();
    // Keep what Big5 can write (s2t may choose a character only HKSCS has).
    StringBuilder sb = new StringBuilder();
    traditional
        .codePoints()
        .filter(c -> encoder.canEncode(Character.toString(c)))
        .forEach(sb::appendCodePoint);
    String text = sb.toString();
    SourceDecoder decoder = new SourceDecoder();
    SourceText fromBig5 = decoder.decode("t.txt", text.getBytes(big5), null);
    SourceText fromUtf8 = decoder.decode("t.txt", text.getBytes(StandardCharsets.UTF_8), null);
    assertEquals("Big5", fromBig5.encoding());
    assertEquals(text, fromBig5.text());

    Plan a = luoshi.plan(fromBig5, PlanOptions.defaults());
    Plan b = luoshi.plan(fromUtf8, PlanOptions.defaults());
    assertEquals("Big5", a.source().encoding());
    assertTrue(a.tasks().size() > 5);
    assertEquals(b.tasks(), a.tasks());
    assertEquals(b.outline(), a.outline());
    assertEquals(b.meeting(), a.meeting());
    assertEquals(b.diagnostics(), a.diagnostics());
  }
}
