package dev.luoshi.extract.owners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bracket arithmetic owner tags are read with. */
class OwnerTagsTest {

  @Test
  void theLastUnclosedBracketIsTheLastOneNothingCloses() {
    assertEquals(-1, OwnerTags.lastUnclosed("各区要清淤（县水务局负责）。"));
    assertEquals(5, OwnerTags.lastUnclosed("各区要清淤（牵头单位：县水务局；"));
    assertEquals(0, OwnerTags.lastUnclosed("（甲（乙）丙"));
    assertEquals(-1, OwnerTags.lastUnclosed("）多余的右括号"));
  }

  /** Agrees with asking {@link OwnerTags#matchingClose} of every opening bracket from the end. */
  @Test
  void agreesWithMatchingCloseOnRandomBrackets() {
    Random random = new Random(7);
    String alphabet = "（）([〔】]字";
    for (int n = 0; n < 5_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      int expected = -1;
      for (int k = s.length() - 1; k >= 0 && expected < 0; k--) {
        if (OwnerTags.OPEN.indexOf(s.charAt(k)) >= 0 && OwnerTags.matchingClose(s, k) < 0) {
          expected = k;
        }
      }
      assertEquals(expected, OwnerTags.lastUnclosed(s), s);
    }
  }
}
