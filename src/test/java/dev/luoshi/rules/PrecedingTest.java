package dev.luoshi.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Which patterns {@link Preceding} judges by the char before, and how. */
class PrecedingTest {
  @Test
  void onlyNegativeLookbehindsWithoutAnchorsBoundariesOrBackReferencesAreJudged() {
    assertTrue(Preceding.judgeable("(?<![^，。])今年"));
    assertTrue(Preceding.judgeable("(?<!连续)第(?<n>[一二])年"));
    assertTrue(Preceding.judgeable("(?<![至为])\\d+天"));
    assertFalse(Preceding.judgeable("今年(?![的])"));
    assertFalse(Preceding.judgeable("(?<=，)今年"));
    assertFalse(Preceding.judgeable("(?<!^)今年"));
    assertFalse(Preceding.judgeable("^(?<!a)今年"));
    assertFalse(Preceding.judgeable("(?<!\\b)今年"));
    assertFalse(Preceding.judgeable("(?<!a)今年$"));
    assertFalse(Preceding.judgeable("(a)(?<!\\1)b"));
    assertFalse(Preceding.judgeable("(?<a>x)(?<!\\k<a>)b"));
  }

  @Test
  void aPatternIsRuledOutOnlyWhereItsLookbehindFails() {
    Preceding p =
        new Preceding(
            List.of(
                Pattern.compile("(?<![^，。])今年"),
                Pattern.compile("今年"),
                Pattern.compile("(?<!连续)第")));
    assertTrue(p.any());
    assertTrue(p.allows('，', 0));
    assertFalse(p.allows('的', 0));
    assertFalse(p.allows('的', 0), "a judgement kept");
    assertTrue(p.allows('的', 1));
    assertTrue(p.allows('续', 2), "连续 needs two chars: the lookbehind holds on one");
    assertTrue(p.allows('\uDC00', 0), "half a surrogate pair allows every pattern");
    assertTrue(p.allowsAny('的', new int[] {0, 1}));
    assertFalse(p.allowsAny('的', new int[] {0}));
    assertFalse(new Preceding(List.of(Pattern.compile("今年"))).any());
  }
}
