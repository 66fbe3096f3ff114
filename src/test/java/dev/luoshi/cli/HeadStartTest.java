package dev.luoshi.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which runs begin the usual planner before their command line is read. */
class HeadStartTest {
  @Test
  void anExtractWithTheBuiltInRulesBeginsIt() {
    assertTrue(HeadStart.usual(new String[] {"extract", "a.txt"}));
    assertTrue(HeadStart.usual(new String[] {"--debug", "extract", "-q", "-f", "json", "a.txt"}));
    assertTrue(HeadStart.usual(new String[] {"extract", "--no-model", "-j", "2", "dir/"}));
  }

  @Test
  void otherCommandsAndAdaptedRunsDoNot() {
    assertFalse(HeadStart.usual(new String[] {}));
    assertFalse(HeadStart.usual(new String[] {"eval", "src", "gold"}));
    assertFalse(HeadStart.usual(new String[] {"--version"}));
    assertFalse(HeadStart.usual(new String[] {"a.txt", "extract"}));
    assertFalse(HeadStart.usual(new String[] {"extract", "--help"}));
    assertFalse(HeadStart.usual(new String[] {"extract", "--dict", "words.txt", "a.txt"}));
    assertFalse(HeadStart.usual(new String[] {"extract", "--config=x.yaml", "a.txt"}));
    assertFalse(HeadStart.usual(new String[] {"extract", "--model", "m.bin", "a.txt"}));
    assertFalse(HeadStart.usual(new String[] {"extract", "--builtin-model", "a.txt"}));
  }

  @Test
  void aConfigurationInTheWorkingDirectoryPlansAsBefore(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "units: [档案馆]\n");
    assertFalse(
        HeadStart.of(new String[] {"extract", "a.txt"}, dir) instanceof HeadStart,
        "no head start where luoshi.yaml may change the settings");
    assertInstanceOf(Planners.class, HeadStart.of(new String[] {"schema"}, dir));
  }
}
