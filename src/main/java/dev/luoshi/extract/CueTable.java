package dev.luoshi.extract;

import dev.luoshi.rules.PatternStarts;
import dev.luoshi.rules.PhraseIndex;
import dev.luoshi.rules.RuleFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * <p>The literal phrases of all groups are one index ({@link PhraseIndex}), so a lookup reads the
 * text once whatever the number of phrases; each pattern is compiled once, and searched only from
 * where it can start ({@link PatternStarts}). Immutable and thread-safe.
 */
public final class CueTable {
  private final Map<String, List<String>> literals;
  private final Map<String, List<Pattern>> patterns;

  /** Every distinct phrase of every group, numbered in order of first appearance. */
  private final PhraseIndex phrases;

  /** Per group: for each phrase of the index, its first index in the group, or -1. */
  private final Map<String, int[]> inGroup;

  private final Map<String, Set<String>> sets;
  private final Map<String, Integer> longest;

  /** Every group's patterns in one start table; a group's patterns begin at its offset. */
  private final PatternStarts starts;

  private final Map<String, Integer> offsets;

  private CueTable(Map<String, List<String>> literals, Map<String, List<Pattern>> patterns) {
    this.literals = literals;
    this.patterns = patterns;
    // Plain loops: this runs at every start, before lambdas or streams are linked.
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (List<String> words : literals.values()) {
      for (String w : words) {
        ids.putIfAbsent(w, ids.size());
      }
    }
    this.phrases = new PhraseIndex(List.copyOf(ids.keySet()));
    Map<String, int[]> in = new HashMap<>();
    Map<String, Set<String>> set = new HashMap<>();
    Map<String, Integer> len = new HashMap<>();
    for (Map.Entry<String, List<String>> e : literals.entrySet()) {
      List<String> words = e.getValue();
      int[] index = new int[ids.size()];
      Arrays.fill(index, -1);
      int longest = 0;
      for (int i = words.size() - 1; i >= 0; i--) {
        index[ids.get(words.get(i))] = i;
        longest = Math.max(longest, words.get(i).length());
      }
      in.put(e.getKey(), index);
      set.put(e.getKey(), Set.copyOf(words));
      len.put(e.getKey(), longest);
    }
    this.inGroup = Map.copyOf(in);
    this.sets = Map.copyOf(set);
    this.longest = Map.copyOf(len);
    List<Pattern> all = new ArrayList<>();
    Map<String, Integer> off = new HashMap<>();
    for (Map.Entry<String, List<Pattern>> e : patterns.entrySet()) {
      off.put(e.getKey(), all.size());
      all.addAll(e.getValue());
    }
    this.starts = new PatternStarts(all);
    this.offsets = Map.copyOf(off);
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

  /** The literal phrases of a group (empty if none). */
  public List<String> words(String group) {
    return literals.getOrDefault(group, List.of());
  }

  /**
   * Reports every occurrence of the group's literal phrases in the text, overlapping ones too, in
   * no set order, each with the phrase's index in {@link #words(String)} (an empty phrase: once, at
   * 0).
   */
  public void scan(String group, String text, PhraseIndex.Occurrence occurrence) {
    int[] index = inGroup.get(group);
    if (index != null) {
      phrases.scan(
          text,
          (start, end, phrase) -> {
            if (index[phrase] >= 0) {
              occurrence.at(start, end, index[phrase]);
            }
          });
    }
  }

  /** The lowest index in the group of a phrase occurring in the text (at 0 only: at the start). */
  private int first(String group, String text, boolean atStart) {
    int[] index = inGroup.get(group);
    if (index == null) {
      return -1;
    }
    int[] best = {Integer.MAX_VALUE};
    phrases.scan(
        text,
        (start, end, phrase) -> {
          if (index[phrase] >= 0 && (!atStart || start == 0)) {
            best[0] = Math.min(best[0], index[phrase]);
          }
        });
    return best[0] == Integer.MAX_VALUE ? -1 : best[0];
  }

  /** Whether one of the group's literal phrases occurs in the text (its patterns aside). */
  public boolean anyWord(String group, String text) {
    return first(group, text, false) >= 0;
  }

  /** Whether the word is one of the group's literal phrases (a whole word, not a part of one). */
  public boolean has(String group, String word) {
    return sets.getOrDefault(group, Set.of()).contains(word);
  }

  /** The regular expressions of a group (empty if none). */
  public List<Pattern> patterns(String group) {
    return patterns.getOrDefault(group, List.of());
  }

  /**
   * The first phrase of the group (in the group's order) that the text contains, else the match of
   * the first of its patterns that matches, or null.
   */
  public String find(String group, CharSequence text) {
    String s = text.toString();
    int first = first(group, s, false);
    if (first >= 0) {
      return words(group).get(first);
    }
    int n = patterns(group).size();
    if (n == 0) {
      return null;
    }
    int base = offsets.get(group);
    int[] at = starts.firsts(base, n, s);
    for (int k = 0; k < n; k++) {
      Matcher m = starts.findFrom(base + k, s, at[k]);
      if (m != null) {
        return m.group();
      }
    }
    return null;
  }

  /**
   * The first match of the group's k-th pattern in the text (as {@link Matcher#find()} finds it),
   * or null; the matcher goes on to the next match with {@code find()}. Faster than a matcher of
   * {@code patterns(group).get(k)}: the search starts where the pattern can start.
   */
  public Matcher find(String group, int k, String text) {
    if (k < 0 || k >= patterns(group).size()) {
      throw new IndexOutOfBoundsException(group + " has no pattern " + k);
    }
    return starts.find(offsets.get(group) + k, text);
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
    if (longest.containsKey(group)) {
      int n = longest.get(group);
      int first = first(group, text.length() > n ? text.substring(0, n) : text, true);
      if (first >= 0) {
        return words(group).get(first);
      }
    }
    int n = patterns(group).size();
    for (int k = 0; k < n; k++) {
      Matcher m = starts.lookingAt(offsets.get(group) + k, text);
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
