package dev.luoshi;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceDecoder;
import dev.luoshi.decode.SourceText;
import dev.luoshi.plan.Plan;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fuzzes decode → plan → write and checks {@link PlanInvariants} on every plan. A bad input may be
 * refused with an {@link InputException}; anything else thrown is a finding.
 *
 * <p>In {@code mvn verify} the test first replays the kept inputs under {@code
 * src/test/resources/dev/luoshi/PipelineFuzzTestInputs/fuzz/} (every crash ever found stays there
 * as a regression fixture), then the {@code fuzz-short} execution fuzzes it for {@code
 * fuzz.duration}. {@code scripts/fuzz} runs it for as long as asked through Jazzer's own driver,
 * which calls {@link #fuzzerTestOneInput}.
 */
public class PipelineFuzzTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");
  private static final SourceDecoder DECODER = new SourceDecoder();
  private static Luoshi luoshi;

  private static synchronized Luoshi planner() {
    if (luoshi == null) {
      luoshi = Luoshi.create(Settings.none());
    }
    return luoshi;
  }

  @FuzzTest(maxDuration = "60s")
  void fuzz(FuzzedDataProvider data) {
    fuzzerTestOneInput(data);
  }

  /** One input: raw bytes, or a speech made of {@link SpeechPieces} in one of five encodings. */
  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    LocalDate meeting =
        data.consumeBoolean()
            ? null
            : LocalDate.of(2000 + data.consumeInt(0, 40), 1, 1).plusDays(data.consumeInt(0, 365));
    int mode = data.consumeInt(0, 5);
    byte[] bytes;
    if (mode == 0) {
      bytes = data.consumeRemainingAsBytes();
    } else {
      String text = speech(data);
      bytes =
          switch (mode) {
            case 1 -> text.getBytes(StandardCharsets.UTF_8);
            case 2 -> text.getBytes(GB18030);
            case 3 -> ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE);
            case 4 -> text.getBytes(BIG5);
            default -> ("\ufeff" + text).getBytes(StandardCharsets.UTF_8);
          };
    }
    SourceText source;
    try {
      source = DECODER.decode("fuzz.txt", bytes, null);
    } catch (InputException e) {
      return; // refused with a reason: what a bad input should get
    }
    PlanOptions options = new PlanOptions(meeting);
    Plan plan = planner().plan(source, options);
    PlanInvariants.check(source, options, plan);
    PlanInvariants.checkWriters(plan, planner().plan(source, options));
  }

  private static String speech(FuzzedDataProvider data) {
    StringBuilder sb = new StringBuilder();
    int pieces = SpeechPieces.ALL.size();
    while (data.remainingBytes() > 0 && sb.length() < 4000) {
      int pick = data.consumeInt(0, pieces);
      if (pick < pieces) {
        sb.append(SpeechPieces.ALL.get(pick));
      } else {
        int c = data.consumeInt(0x20, 0x2ffff);
        if (!Character.isSurrogate((char) c) || c > 0xffff) {
          sb.appendCodePoint(c);
        }
      }
    }
    return sb.toString();
  }
}
