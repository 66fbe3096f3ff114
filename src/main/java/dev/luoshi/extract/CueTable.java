package dev.luoshi.extract;

import dev.luoshi.rules.PatternStarts;
import dev.luoshi.rules.PhraseIndex;
import dev.luoshi.rules.RuleFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named groups of cue phrases read from a resource: {@code [group]} lines open a group, other lines
 * are literal phrases, or regular expressions when they start with {@code re:}; {@code #} starts a
 * comment. Rules read as data, one comment per group saying why.
 *
 * <p>The literal phrases of each group are an index of their own ({@link PhraseIndex}), so a lookup
 * reads the text once whatever the number of phrases, and compares only the group's phrases; each
 * pattern is compiled once, and searched only from where it can start ({@link PatternStarts}).
 * Immutable and thread-safe.
 */
public final class CueTable {
  private final Map<String, List<String>> literals;
  private final Map<String, List<Pattern>> patterns;

  /** Everything known of each group, found with one lookup of its name. */
  private final Map<String, Group> groups;

  /** Every group's patterns in one start table; a group's patterns begin at its offset. */
  private final PatternStarts starts;

  /** The patterns of that table, in its order. */
  private final List<Pattern> all;

  /**
   * One group: its phrases (as a list, a set and an index), the length of the longest, and its
   * patterns with their offset in the start table.
   */
  private record Group(
      List<String> words,
      Set<String> set,
      int longest,
      PhraseIndex index,
      List<Pattern> patterns,
      int offset) {}

  private static final Group NONE =
      new Group(List.of(), Set.of(), 0, new PhraseIndex(List.of()), List.of(), 0);

  private CueTable(Map<String, List<String>> literals, Map<String, List<Pattern>> patterns) {
    this.literals = literals;
    this.patterns = patterns;
    // Plain loops: this runs at every start, before lambdas or streams are linked.
    List<Pattern> all = new ArrayList<>();
    Map<String, Integer> offsets = new HashMap<>();
    // Groups in the order of their names, not the map's (which changes from one run to the next),
    // so that the list is the one the build made a start table for.
    List<String> named = new ArrayList<>(patterns.keySet());
    Collections.sort(named);
    for (String name : named) {
      offsets.put(name, all.size());
      all.addAll(patterns.get(name));
    }
    this.all = List.copyOf(all);
    this.starts = new PatternStarts(this.all);
    Set<String> names = new LinkedHashSet<>(literals.keySet());
    names.addAll(patterns.keySet());
    Map<String, Group> g = new HashMap<>();
    for (String name : names) {
      List<String> words = literals.getOrDefault(name, List.of());
      int longest = 0;
      for (String w : words) {
        longest = Math.max(longest, w.length());
      }
      g.put(
          name,
          new Group(
              words,
              Collections.unmodifiableSet(new HashSet<>(words)),
              longest,
              new PhraseIndex(words),
              patterns.getOrDefault(name, List.of()),
              offsets.getOrDefault(name, 0)));
    }
    this.groups = g;
  }

  private Group group(String name) {
    Group g = groups.get(name);
    return g == null ? NONE : g;
  }

  /** Loads a table from a resource beside the given class. */
  public static CueTable load(Class<?> owner, String resource) {
    return of(RuleFile.load(owner, resource));
  }

  /** Reads a table from a rule file stream. */
  public static CueTable read(InputStream in) throws IOException {
    return of(RuleFile.read(in, "cues"));
  }

  /** A table over a rule file: entries starting with {@code re:} are patterns, others phrases. */
  public static CueTable of(RuleFile file) {
    Map<String, List<String>> lit = new LinkedHashMap<>();
    Map<String, List<Pattern>> pat = new LinkedHashMap<>();
    for (String group : file.groups()) {
      List<String> words = new ArrayList<>();
      List<Pattern> patterns = new ArrayList<>();
      for (String e : file.entries(group)) {
        if (e.startsWith("re:")) {
          patterns.add(Pattern.compile(e.substring(3).strip()));
        } else {
          words.add(e);
        }
      }
      lit.put(group, List.copyOf(words));
      pat.put(group, List.copyOf(patterns));
    }
    return new CueTable(Map.copyOf(lit), Map.copyOf(pat));
  }

  /** Every group's patterns in one list, as the start table holds them (for the build's table). */
  public List<Pattern> allPatterns() {
    return all;
  }

  /** The literal phrases of a group (empty if none). */
  public List<String> words(String group) {
    return group(group).words();
  }

  /**
   * Reports every occurrence of the group's literal phrases in the text, overlapping ones too, in
   * no set order, each with the phrase's index in {@link #words(String)} (an empty phrase: once, at
   * 0).
   */
  public void scan(String group, String text, PhraseIndex.Occurrence occurrence) {
    group(group).index().scan(text, occurrence);
  }

  /** Whether one of the group's literal phrases occurs in the text (its patterns aside). */
  public boolean anyWord(String group, String text) {
    return group(group).index().any(text);
  }

  /** Whether the word is one of the group's literal phrases (a whole word, not a part of one). */
  public boolean has(String group, String word) {
    return group(group).set().contains(word);
  }

  /** The regular expressions of a group (empty if none). */
  public List<Pattern> patterns(String group) {
    return group(group).patterns();
  }

  /**
   * The first phrase of the group (in the group's order) that the text contains, else the match of
   * the first of its patterns that matches, or null.
   */
  public String find(String group, CharSequence text) {
    Group g = group(group);
    String s = text.toString();
    String phrase = firstPhrase(g, s);
    if (phrase != null || g.patterns().isEmpty()) {
      return phrase;
    }
    return firstMatch(g, s, starts.firsts(g.offset(), g.patterns().size(), s), 0, null);
  }

  /** The group's first phrase (in the group's order) that the text contains, or null. */
  private static String firstPhrase(Group g, String text) {
    int first = g.index().first(text);
    return first >= 0 ? g.words().get(first) : null;
  }

  /**
   * The match of the group's first pattern that matches, each searched from where it can first
   * start ({@code at[shift + k]} for its k-th pattern), or null.
   */
  private String firstMatch(Group g, String text, int[] at, int shift, PatternStarts.Probe probe) {
    for (int k = 0; k < g.patterns().size(); k++) {
      if (at[shift + k] < 0) {
        continue; // it can start nowhere in the text
      }
      if (probe == null) {
        probe = starts.probe(text);
      }
      Matcher m = starts.findFrom(g.offset() + k, text, at[shift + k], probe);
      if (m != null) {
        return m.group();
      }
    }
    return null;
  }

  /**
   * A text to look up in many groups: where each pattern of the table can first start in it is
   * found in one pass, on the first lookup that needs it, rather than in a pass per group.
   */
  public Text forText(String text) {
    return new Text(text);
  }

  /**
   * One text and where the table's patterns can start in it; lookups give what {@link
   * CueTable#find(String, CharSequence)} gives for the text. For one thread.
   */
  public final class Text {
    private final String text;
    private int[] firsts;
    private PatternStarts.Probe probe;

    private Text(String text) {
      this.text = text;
    }

    /** As {@link CueTable#find(String, CharSequence)} on this text. */
    public String find(String group) {
      Group g = group(group);
      String phrase = firstPhrase(g, text);
      if (phrase != null || g.patterns().isEmpty()) {
        return phrase;
      }
      return firstMatch(g, text, firsts(), g.offset(), probe());
    }

    /** As {@link CueTable#any(String, CharSequence)} on this text. */
    public boolean any(String group) {
      return find(group) != null;
    }

    /**
     * As {@link CueTable#find(String, int, String)} on this text: the pattern is searched from
     * where the pass over the text for every pattern found it can first start.
     */
    public Matcher find(String group, int k) {
      Group g = group(group);
      if (k < 0 || k >= g.patterns().size()) {
        throw new IndexOutOfBoundsException(group + " has no pattern " + k);
      }
      return starts.findFrom(g.offset() + k, text, firsts()[g.offset() + k], probe());
    }

    /** As {@link CueTable#matches(String, String, Match)} on this text. */
    public void matches(String group, Match match) {
      Group g = group(group);
      int n = g.patterns().size();
      if (n == 0) {
        return;
      }
      reportMatches(g, text, firsts(), g.offset(), probe(), match);
    }

    private int[] firsts() {
      if (firsts == null) {
        firsts = starts.firstsAll(text);
      }
      return firsts;
    }

    private PatternStarts.Probe probe() {
      if (probe == null) {
        probe = starts.probe(text);
      }
      return probe;
    }
  }

  /**
   * The first match of the group's k-th pattern in the text (as {@link Matcher#find()} finds it),
   * or null; the matcher goes on to the next match with {@code find()}. Faster than a matcher of
   * {@code patterns(group).get(k)}: the search starts where the pattern can start.
   */
  public Matcher find(String group, int k, String text) {
    Group g = group(group);
    if (k < 0 || k >= g.patterns().size()) {
      throw new IndexOutOfBoundsException(group + " has no pattern " + k);
    }
    return starts.find(g.offset() + k, text);
  }

  /** Receives one match of a group's pattern. */
  @FunctionalInterface
  public interface Match {
    /**
     * One match.
     *
     * @param k the pattern's index in {@link #patterns(String)}
     * @param start where the match starts in the text
     * @param end where it ends (exclusive)
     */
    void at(int k, int start, int end);
  }

  /**
   * Reports every match of each of the group's patterns in the text, as {@link Matcher#find()}
   * finds them one after the other, pattern by pattern in the group's order: what a loop over
   * {@link #find(String, int, String)} and its matchers reports, the text read once to find where
   * each pattern can start.
   */
  public void matches(String group, String text, Match match) {
    Group g = group(group);
    int n = g.patterns().size();
    if (n == 0) {
      return;
    }
    reportMatches(g, text, starts.firsts(g.offset(), n, text), 0, null, match);
  }

  /**
   * Reports the matches of each of the group's patterns, the k-th searched from {@code at[shift +
   * k]}, where it can first start.
   */
  private void reportMatches(
      Group g, String text, int[] at, int shift, PatternStarts.Probe probe, Match match) {
    for (int k = 0; k < g.patterns().size(); k++) {
      if (at[shift + k] < 0) {
        continue; // it can start nowhere in the text
      }
      if (probe == null) {
        probe = starts.probe(text);
      }
      for (Matcher m = starts.findFrom(g.offset() + k, text, at[shift + k], probe);
          m != null;
          m = m.find() ? m : null) {
        match.at(k, m.start(), m.end());
      }
    }
  }

  /**
   * Whether the group may occur in some part of the text: false only when none of its phrases
   * occurs in the text and none of its patterns can start there with the strings it needs, and then
   * {@link #any(String, CharSequence)} is false for every substring of the text, so a caller that
   * looks the group up clause by clause can skip the lookups.
   */
  public boolean mayOccurIn(String group, String text) {
    Group g = group(group);
    if (g.index().any(text)) {
      return true;
    }
    int n = g.patterns().size();
    if (n == 0) {
      return false;
    }
    int[] at = starts.firsts(g.offset(), n, text);
    PatternStarts.Probe probe = null;
    for (int k = 0; k < n; k++) {
      if (at[k] < 0) {
        continue;
      }
      if (probe == null) {
        probe = starts.probe(text);
      }
      if (starts.mayMatchIn(g.offset() + k, at[k], probe)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any phrase or pattern of the group occurs in the text. */
  public boolean any(String group, CharSequence text) {
    return find(group, text) != null;
  }

  /**
   * The first phrase of the group (in the group's order) that the text starts with, else the match
   * of the first of its patterns that matches at its start, or null.
   */
  public String prefix(String group, String text) {
    Group g = group(group);
    int first = g.index().firstPrefix(text);
    if (first >= 0) {
      return g.words().get(first);
    }
    int n = g.patterns().size();
    for (int k = 0; k < n; k++) {
      Matcher m = starts.lookingAt(g.offset() + k, text);
      if (m != null) {
        return m.group();
      }
    }
    return null;
  }

  /** A copy with extra literal phrases appended to a group. */
  public CueTable plus(String group, List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<String, List<String>> l = new LinkedHashMap<>(literals);
    List<String> all = new ArrayList<>(words(group));
    all.addAll(more);
    l.put(group, List.copyOf(all));
    return new CueTable(Map.copyOf(l), patterns);
  }
}
