package dev.luoshi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The automaton finds what a search phrase by phrase finds: every occurrence, first in list order.
 */
class PhraseIndexProperties {
  /** Few characters, so that phrases overlap, nest and repeat. */
  private static final char[] ALPHABET = "要应须是的不。".toCharArray();

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(ALPHABET).ofMinLength(0).ofMaxLength(30);
  }

  @Provide
  Arbitrary<List<String>> phrases() {
    return Arbitraries.strings()
        .withChars(ALPHABET)
        .ofMinLength(1)
        .ofMaxLength(4)
        .list()
        .ofMinSize(0)
        .ofMaxSize(12);
  }

  @Property
  void reportsEveryOccurrenceWithTheFirstIndexOfItsPhrase(
      @ForAll("phrases") List<String> phrases, @ForAll("texts") String text) {
    Set<List<Integer>> expected = new HashSet<>();
    for (int k = 0; k < phrases.size(); k++) {
      String p = phrases.get(k);
      for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
        expected.add(List.of(at, at + p.length(), phrases.indexOf(p)));
      }
    }
    List<List<Integer>> found = new ArrayList<>();
    new PhraseIndex(phrases)
        .scan(text, (start, end, phrase) -> found.add(List.of(start, end, phrase)));
    assertEquals(expected, new HashSet<>(found));
    assertEquals(expected.size(), found.size(), "an occurrence reported twice");
  }

  @Property
  void firstIsTheFirstPhraseInListOrderThatOccurs(
      @ForAll("phrases") List<String> phrases, @ForAll("texts") String text) {
    int contained = -1;
    int prefix = -1;
    for (int k = phrases.size() - 1; k >= 0; k--) {
      contained = text.contains(phrases.get(k)) ? k : contained;
      prefix = text.startsWith(phrases.get(k)) ? k : prefix;
    }
    PhraseIndex index = new PhraseIndex(phrases);
    assertEquals(contained, index.first(text));
    assertEquals(contained >= 0, index.any(text));
    assertEquals(prefix, index.firstPrefix(text));
  }
}
