package dev.luoshi.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.luoshi.extract.tasks.RuleTaskClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The built-in cue table reports through {@link CueTable#matches} what a loop over each pattern's
 * matchers finds, and answers {@link CueTable#find(String, CharSequence)} and {@link
 * CueTable#prefix} as a search phrase by phrase, then pattern by pattern, does, and so does a text
 * read once for many groups ({@link CueTable#forText}).
 */
class CueTableProperties {
  private static final CueTable TABLE = RuleTaskClassifier.create(List.of(), List.of()).cues();

  private static final List<String> GROUPS =
      List.of(
          "modal.blocked",
          "pretext",
          "past",
          "future",
          "copula",
          "goal",
          "imperative",
          "mental",
          "editorial",
          "ceremony",
          "modal.strong",
          "modal.weak",
          "action.verb",
          "audience");

  /** The CJK characters and punctuation of the groups' phrases and patterns, and a few others. */
  private static char[] alphabet() {
    StringBuilder all = new StringBuilder("我们工作，。；甲1");
    for (String g : GROUPS) {
      TABLE.words(g).forEach(all::append);
      TABLE.patterns(g).forEach(p -> all.append(p.pattern()));
    }
    return all.chars()
        .filter(c -> c >= 0x3000)
        .distinct()
        .mapToObj(c -> String.valueOf((char) c))
        .collect(Collectors.joining())
        .toCharArray();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(alphabet()).ofMinLength(0).ofMaxLength(24);
  }

  @Provide
  Arbitrary<String> groups() {
    return Arbitraries.of(GROUPS);
  }

  @Property(tries = 2000)
  void matchesReportsWhatEachPatternsMatcherFinds(
      @ForAll("groups") String group, @ForAll("texts") String text) {
    List<List<Integer>> expected = new ArrayList<>();
    List<Pattern> patterns = TABLE.patterns(group);
    for (int k = 0; k < patterns.size(); k++) {
      Matcher m = patterns.get(k).matcher(text);
      while (m.find()) {
        expected.add(List.of(k, m.start(), m.end()));
      }
    }
    List<List<Integer>> found = new ArrayList<>();
    TABLE.matches(group, text, (k, start, end) -> found.add(List.of(k, start, end)));
    assertEquals(expected, found, group + " in " + text);
  }

  @Property(tries = 2000)
  void findAndPrefixAreTheFirstPhraseElseTheFirstPatternThatMatches(
      @ForAll("groups") String group, @ForAll("texts") String text) {
    assertEquals(plain(group, text, false), TABLE.find(group, text), group + " in " + text);
    assertEquals(plain(group, text, true), TABLE.prefix(group, text), group + " at " + text);
  }

  @Property(tries = 1000)
  void aTextReadOnceFindsWhatEachLookupFinds(
      @ForAll("groups") String one, @ForAll("groups") String other, @ForAll("texts") String text) {
    CueTable.Text read = TABLE.forText(text);
    assertEquals(plain(one, text, false), read.find(one), one + " in " + text);
    assertEquals(plain(other, text, false), read.find(other), other + " in " + text);
    assertEquals(plain(one, text, false) != null, read.any(one), one + " in " + text);
  }

  @Property(tries = 2000)
  void aGroupThatMayNotOccurInATextOccursInNoPartOfIt(
      @ForAll("groups") String group,
      @ForAll("texts") String text,
      @ForAll @IntRange(max = 24) int from,
      @ForAll @IntRange(max = 24) int to) {
    int start = Math.min(Math.min(from, to), text.length());
    String part = text.substring(start, Math.min(Math.max(from, to), text.length()));
    if (!TABLE.mayOccurIn(group, text)) {
      assertNull(plain(group, text, false), group + " in " + text);
      assertNull(plain(group, part, false), group + " in " + part + " of " + text);
    }
  }

  private static String plain(String group, String text, boolean atStart) {
    for (String w : TABLE.words(group)) {
      if (atStart ? text.startsWith(w) : text.contains(w)) {
        return w;
      }
    }
    for (Pattern p : TABLE.patterns(group)) {
      Matcher m = p.matcher(text);
      if (atStart ? m.lookingAt() : m.find()) {
        return m.group();
      }
    }
    return null;
  }
}
