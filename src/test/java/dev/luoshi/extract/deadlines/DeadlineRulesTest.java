package dev.luoshi.extract.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The rule file format and the built-in rules. */
class DeadlineRulesTest {
  private static final String SUFFIXES =
      "@BEFORE = 前\n@UNTIL = 内\n@FROM = 起\n@DURING = 期间\n@SINCE = 以来\n";

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void builtInRulesLoadWithTheirLists() {
    DeadlineRules rules = DeadlineRules.builtIn();
    assertFalse(rules.rules().isEmpty());
    assertEquals("SPRING_FESTIVAL", rules.value("FEST", "春节"));
    assertEquals("1", rules.value("YREL", "明年"));
    assertTrue(rules.contains("URGENT", "尽快"));
    assertFalse(rules.contains("URGENT", "及时"));
    for (String word : rules.words("FEST").values()) {
      Festival.valueOf(word);
    }
  }

  @Test
  void expandsListsAndFragmentsIntoNamedGroups() throws IOException {
    DeadlineRules rules =
        DeadlineRules.read(
            text(
                SUFFIXES
                    + "@W = 甲 乙丙\n&F = (?<x>{W})\n# a comment\ndeadline = {F}{SUFFIX_WORDS}?\n"));
    assertEquals(1, rules.rules().size());
    DeadlineRules.Rule rule = rules.rules().get(0);
    assertEquals(PhraseKind.DEADLINE, rule.kind());
    assertTrue(rule.groups().contains("x"));
    assertTrue(rule.pattern().matcher("乙丙以来").matches());
  }

  @Test
  void rejectsUnknownKindsAndReferences() {
    assertThrows(
        IllegalStateException.class, () -> DeadlineRules.read(text(SUFFIXES + "sometime = 甲\n")));
    assertThrows(
        IllegalStateException.class,
        () -> DeadlineRules.read(text(SUFFIXES + "urgent = {NONE}\n")));
    assertThrows(
        IllegalStateException.class, () -> DeadlineRules.read(text(SUFFIXES + "no equals sign\n")));
  }
}
