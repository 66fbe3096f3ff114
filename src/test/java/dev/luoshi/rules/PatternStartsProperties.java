package dev.luoshi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Searching from where a pattern can start finds what a plain search finds, for every pattern of
 * the task cues, on texts made of the characters those patterns name; and every match holds one of
 * the strings {@link RequiredText} says it must.
 */
class PatternStartsProperties {
  private static final List<Pattern> PATTERNS = cuePatterns();
  private static final PatternStarts STARTS = new PatternStarts(PATTERNS);

  private static List<Pattern> cuePatterns() {
    RuleFile file = RuleFile.load(RuleTaskClassifier.class, "cues.txt");
    List<Pattern> out = new ArrayList<>();
    for (String group : file.groups()) {
      for (String e : file.entries(group)) {
        if (e.startsWith("re:")) {
          out.add(Pattern.compile(e.substring(3).strip()));
        }
      }
    }
    return out;
  }

  /** The CJK characters and punctuation the patterns are written with, and a few others. */
  private static char[] alphabet() {
    String all =
        PATTERNS.stream().map(Pattern::pattern).collect(Collectors.joining()) + "我们工作，。；甲1";
    return all.chars()
        .filter(c -> c >= 0x3000)
        .distinct()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString()
        .toCharArray();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(alphabet()).ofMinLength(0).ofMaxLength(24);
  }

  @Provide
  Arbitrary<Integer> patterns() {
    return Arbitraries.integers().between(0, PATTERNS.size() - 1);
  }

  @Property(tries = 3000)
  void findsWhatAPlainSearchFinds(@ForAll("patterns") int k, @ForAll("texts") String text) {
    Matcher plain = PATTERNS.get(k).matcher(text);
    Matcher fast = STARTS.find(k, text);
    assertEquals(plain.find(), fast != null, PATTERNS.get(k) + " in " + text);
    while (fast != null) {
      assertEquals(plain.start(), fast.start());
      assertEquals(plain.end(), fast.end());
      boolean more = plain.find();
      assertEquals(more, fast.find());
      fast = more ? fast : null;
    }
    Matcher plainAgain = PATTERNS.get(k).matcher(text);
    Matcher fromFirsts = STARTS.findFrom(k, text, STARTS.firsts(0, PATTERNS.size(), text)[k]);
    assertEquals(plainAgain.find(), fromFirsts != null, PATTERNS.get(k) + " in " + text);
    if (fromFirsts != null) {
      assertEquals(plainAgain.start(), fromFirsts.start());
      assertEquals(plainAgain.end(), fromFirsts.end());
    }
    Matcher plainOnceMore = PATTERNS.get(k).matcher(text);
    Matcher signed =
        STARTS.findFrom(k, text, STARTS.firsts(0, PATTERNS.size(), text)[k], STARTS.probe(text));
    assertEquals(plainOnceMore.find(), signed != null, PATTERNS.get(k) + " in " + text);
    if (signed != null) {
      assertEquals(plainOnceMore.start(), signed.start());
      assertEquals(plainOnceMore.end(), signed.end());
    }
    Matcher anchored = PATTERNS.get(k).matcher(text);
    Matcher fastAnchored = STARTS.lookingAt(k, text);
    assertEquals(anchored.lookingAt(), fastAnchored != null);
    if (fastAnchored != null) {
      assertEquals(anchored.end(), fastAnchored.end());
    }
  }

  @Property(tries = 1000)
  void oneProbeOfATextServesEveryPattern(@ForAll("texts") String text) {
    PatternStarts.Probe probe = STARTS.probe(text);
    int[] at = STARTS.firstsAll(text);
    for (int k = 0; k < PATTERNS.size(); k++) {
      Matcher plain = PATTERNS.get(k).matcher(text);
      Matcher probed = STARTS.findFrom(k, text, at[k], probe);
      assertEquals(plain.find(), probed != null, PATTERNS.get(k) + " in " + text);
      if (probed != null) {
        assertEquals(plain.start(), probed.start());
        assertEquals(plain.end(), probed.end());
      }
    }
  }

  @Property(tries = 1000)
  void aProbeHoldsWhatTheTextContains(
      @ForAll("texts") String text, @ForAll("strings") List<Integer> asked) {
    PatternStarts.Probe probe = STARTS.probe(text);
    for (int id : asked) { // in random order, some twice: each answer is kept
      assertEquals(
          text.contains(STARTS.string(id)), probe.holds(id), STARTS.string(id) + " in " + text);
    }
    for (int id = 0; id < STARTS.stringCount(); id++) {
      assertEquals(
          text.contains(STARTS.string(id)), probe.holds(id), STARTS.string(id) + " in " + text);
    }
  }

  /** Indexes of the probe's strings, repeated and in any order. */
  @Provide
  Arbitrary<List<Integer>> strings() {
    return Arbitraries.integers().between(0, STARTS.stringCount() - 1).list().ofMaxSize(300);
  }

  /** Texts that hold some of the probe's strings whole, with other chars around them. */
  @Provide
  Arbitrary<String> textsOfStrings() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, STARTS.stringCount() - 1).map(STARTS::string),
            Arbitraries.strings().withChars(alphabet()).ofMaxLength(3));
    return piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
  }

  @Property(tries = 1000)
  void aProbeHoldsTheStringsATextIsMadeOf(@ForAll("textsOfStrings") String text) {
    PatternStarts.Probe probe = STARTS.probe(text);
    for (int round = 0; round < 2; round++) {
      for (int id = 0; id < STARTS.stringCount(); id++) {
        assertEquals(
            text.contains(STARTS.string(id)), probe.holds(id), STARTS.string(id) + " in " + text);
      }
    }
    int[] at = STARTS.firstsAll(text);
    for (int k = 0; k < PATTERNS.size(); k++) {
      Matcher plain = PATTERNS.get(k).matcher(text);
      Matcher probed = STARTS.findFrom(k, text, at[k], probe);
      assertEquals(plain.find(), probed != null, PATTERNS.get(k) + " in " + text);
    }
  }

  @Property(tries = 2000)
  void firstsOfARunOfPatternsAreTheFirstOfEach(
      @ForAll("patterns") int one, @ForAll("patterns") int other, @ForAll("texts") String text) {
    int from = Math.min(one, other);
    int count = Math.max(one, other) - from + 1;
    int[] at = STARTS.firsts(from, count, text);
    for (int j = 0; j < count; j++) {
      assertEquals(STARTS.first(from + j, text, 0), at[j], PATTERNS.get(from + j) + " in " + text);
    }
  }

  @Property(tries = 2000)
  void firstsOfAllPatternsAreTheFirstOfEach(@ForAll("texts") String text) {
    int[] at = STARTS.firstsAll(text);
    assertEquals(PATTERNS.size(), at.length);
    for (int k = 0; k < at.length; k++) {
      assertEquals(STARTS.first(k, text, 0), at[k], PATTERNS.get(k) + " in " + text);
    }
  }

  @Property(tries = 3000)
  void everyMatchHoldsARequiredText(@ForAll("patterns") int k, @ForAll("texts") String text) {
    List<String> required = RequiredText.of(PATTERNS.get(k));
    Matcher m = PATTERNS.get(k).matcher(text);
    while (required != null && m.find()) {
      String match = m.group();
      assertTrue(
          required.stream().anyMatch(match::contains),
          PATTERNS.get(k) + " matched " + match + ", none of " + required);
    }
  }

  @Property(tries = 3000)
  void everyMatchHoldsOneStringOfEachList(@ForAll("patterns") int k, @ForAll("texts") String text) {
    List<List<String>> all = RequiredText.allOf(PATTERNS.get(k));
    Matcher m = PATTERNS.get(k).matcher(text);
    while (!all.isEmpty() && m.find()) {
      String match = m.group();
      for (List<String> required : all) {
        assertTrue(
            required.stream().anyMatch(match::contains),
            PATTERNS.get(k) + " matched " + match + ", none of " + required);
      }
    }
  }

  @Property(tries = 3000)
  void aSignatureCoversEveryPartOfItsText(
      @ForAll("texts") String text, @ForAll("texts") String other) {
    long[] whole = CharSignature.of(text);
    for (int i = 0; i < text.length(); i++) {
      for (int j = i; j <= text.length(); j++) {
        assertTrue(CharSignature.covers(whole, CharSignature.of(text.substring(i, j))));
      }
    }
    if (!CharSignature.covers(whole, CharSignature.of(other))) {
      assertTrue(!text.contains(other), other + " in " + text);
    }
  }
}
