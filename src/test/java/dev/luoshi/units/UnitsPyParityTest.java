package dev.luoshi.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.luoshi.SpeechPieces;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link UnitSplitter} against the guideline's {@code units.py} ({@code ../shared/eval}) on a few
 * thousand generated texts: the same units, in the same order. Skipped, with its reason, when
 * {@code ../shared} or python3 is not there.
 */
class UnitsPyParityTest {
  private static final Path SHARED =
      Path.of(System.getProperty("luoshi.basedir", ".")).resolve("../shared").normalize();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void splitsAsUnitsPyDoes(@TempDir Path tmp) throws Exception {
    Path unitsPy = SHARED.resolve("eval/units.py");
    assumeTrue(Files.isRegularFile(unitsPy), "no " + unitsPy + ": parity with units.py unchecked");
    List<String> texts = texts(new Random(20261203L), 3000);
    Path in = tmp.resolve("texts.json");
    Path out = tmp.resolve("units.json");
    Files.writeString(in, JSON.writeValueAsString(texts), StandardCharsets.UTF_8);
    String script =
        "import json, sys\n"
            + "sys.path.insert(0, sys.argv[1])\n"
            + "from units import units\n"
            + "texts = json.load(open(sys.argv[2], encoding='utf-8'))\n"
            + "json.dump([units(t) for t in texts], open(sys.argv[3], 'w', encoding='utf-8'))\n";
    Process p;
    try {
      p =
          new ProcessBuilder(
                  "python3",
                  "-c",
                  script,
                  unitsPy.getParent().toString(),
                  in.toString(),
                  out.toString())
              .redirectErrorStream(true)
              .start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "no python3: parity with units.py unchecked");
      return;
    }
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, p.waitFor(60, TimeUnit.SECONDS), "python3 timed out");
    assertEquals(0, p.exitValue(), log);
    List<List<String>> expected =
        JSON.readValue(Files.readString(out), new TypeReference<List<List<String>>>() {});
    for (int i = 0; i < texts.size(); i++) {
      List<String> actual =
          UnitSplitter.split(texts.get(i)).stream().map(u -> u.text().replace("\r", "")).toList();
      assertEquals(expected.get(i), actual, "units of " + JSON.writeValueAsString(texts.get(i)));
    }
  }

  /** Texts of speech pieces, with now and then a random character of the first two planes. */
  static List<String> texts(Random random, int count) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      int pieces = 1 + random.nextInt(30);
      for (int k = 0; k < pieces; k++) {
        if (random.nextInt(8) == 0) {
          int c = 0x20 + random.nextInt(0x2ffff - 0x20);
          if (c < 0xd800 || c > 0xdfff) {
            sb.appendCodePoint(c);
          }
        } else {
          sb.append(SpeechPieces.ALL.get(random.nextInt(SpeechPieces.ALL.size())));
        }
      }
      out.add(sb.toString());
    }
    return out;
  }
}
