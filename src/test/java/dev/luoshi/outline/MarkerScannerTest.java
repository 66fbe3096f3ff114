package dev.luoshi.outline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.rules.StartTables;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkerScannerTest {
  @Test
  void noShapeOpensWithACharacterOutsideTheOpeners() {
    List<Pattern> shapes = MarkerScanner.patterns();
    for (Pattern p : shapes) {
      assertFalse(p.matcher("").lookingAt(), p.pattern());
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (MarkerScanner.OPENERS.indexOf(c) < 0) {
        long[] bits = StartTables.compute(shapes, (char) c);
        assertTrue(Arrays.stream(bits).allMatch(b -> b == 0), "a shape can open with U+" + c);
      }
    }
  }

  @Test
  void everyOpenerOpensAShape() {
    List<Pattern> shapes = MarkerScanner.patterns();
    for (char c : MarkerScanner.OPENERS.toCharArray()) {
      long[] bits = StartTables.compute(shapes, c);
      assertTrue(Arrays.stream(bits).anyMatch(b -> b != 0), "no shape opens with " + c);
    }
  }
}
