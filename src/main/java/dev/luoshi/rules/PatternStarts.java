package dev.luoshi.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a list of patterns can start a match at a character, so that a search skips the text
 * before the first place a pattern could match, and skips the pattern when there is none. A pattern
 * can start at a character when it matches that character alone or needs more text after it
 * (hitEnd); a negative lookbehind at its start holds on a lone character, and the rule files use no
 * positive lookbehind. A pattern that matches empty text can start anywhere, and so can every
 * pattern at half a surrogate pair. Read from the table the build made for the built-in patterns
 * ({@link StartTables}), else filled lazily; thread-safe.
 */
public final class PatternStarts {
  private final List<Pattern> patterns;
  private final boolean[] matchesEmpty;

  /** Per pattern, whether it can match only at the start of the text (^, no alternation). */
  private final boolean[] anchored;

  /**
   * Per pattern, lists of at most {@link #MAX_REQUIRED} strings one of each of which any match
   * contains ({@link RequiredText#allOf}); empty when none is known. Read when the search has no
   * {@link Probe} of the text.
   */
  private final List<List<List<String>>> required;

  /**
   * Per pattern, the lists of at most {@link #MAX_SIGNED} strings, as {@link #required} but longer,
   * each string given by its index in {@link #strings}: read through a {@link Probe} of the text,
   * whose signature rules out most strings without a search.
   */
  private final int[][][] signed;

  /** The distinct strings of the lists of {@link #signed}. */
  private final String[] strings;

  /** The signature of each of {@link #strings} ({@link CharSignature}), four words each. */
  private final long[] stringSignatures;

  /** The sets the build worked out for these patterns ({@link StartTables}), or null. */
  private final StartTables.Table built;

  /** Per character, a bit per pattern, or null while not yet known (without a built table). */
  private final AtomicReferenceArray<long[]> byChar;

  /** The start table of the patterns, indexed as the list. */
  public PatternStarts(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
    this.matchesEmpty = new boolean[this.patterns.size()];
    this.anchored = new boolean[this.patterns.size()];
    this.required = new ArrayList<>(this.patterns.size());
    this.signed = new int[this.patterns.size()][][];
    Map<String, Integer> ids = new HashMap<>();
    List<String> distinct = new ArrayList<>();
    for (int k = 0; k < matchesEmpty.length; k++) {
      Pattern p = this.patterns.get(k);
      matchesEmpty[k] = p.matcher("").lookingAt();
      anchored[k] = anchoredAtStart(p);
      List<List<String>> all = RequiredText.allOf(p);
      required.add(kept(all, MAX_REQUIRED));
      List<List<String>> lists = kept(all, MAX_SIGNED);
      signed[k] = new int[lists.size()][];
      for (int j = 0; j < lists.size(); j++) {
        List<String> strings = lists.get(j);
        signed[k][j] = new int[strings.size()];
        for (int i = 0; i < strings.size(); i++) {
          Integer id = ids.get(strings.get(i));
          if (id == null) {
            id = distinct.size();
            ids.put(strings.get(i), id);
            distinct.add(strings.get(i));
          }
          signed[k][j][i] = id;
        }
      }
    }
    this.strings = distinct.toArray(new String[0]);
    this.stringSignatures = new long[4 * strings.length];
    for (int i = 0; i < strings.length; i++) {
      System.arraycopy(CharSignature.of(strings[i]), 0, stringSignatures, 4 * i, 4);
    }
    this.built = StartTables.find(this.patterns);
    this.byChar = built == null ? new AtomicReferenceArray<>(Character.MAX_VALUE + 1) : null;
  }

  /**
   * Above this many strings, looking for each costs more than the search it would spare: the start
   * table already skips patterns of many alternative openings.
   */
  private static final int MAX_REQUIRED = 8;

  /**
   * As {@link #MAX_REQUIRED}, for a text with a signature: a string whose chars the text lacks is
   * ruled out by four ANDs, so a longer list (the 15 verbs after a modal of a [mental] pattern)
   * still costs less than the regular expression it spares.
   */
  private static final int MAX_SIGNED = 64;

  /**
   * Whether the pattern can match only at the start of the text: it opens with ^ outside any group
   * and has no alternation outside groups (where ^ would bind only the first branch), without
   * flags.
   */
  static boolean anchoredAtStart(Pattern p) {
    String re = p.pattern();
    if (p.flags() != 0 || !re.startsWith("^")) {
      return false;
    }
    int depth = 0;
    boolean inClass = false;
    for (int i = 1; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
          i++;
        } else if (i + 2 < re.length() && re.startsWith("^]", i + 1)) {
          i += 2;
        }
      } else if (c == '(') {
        if (re.startsWith("(?", i) && i + 2 < re.length() && Character.isLetter(re.charAt(i + 2))) {
          return false; // inline flags (multiline would let ^ match after a line break)
        }
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return depth == 0 && !inClass;
  }

  /** The lists of at most {@code max} strings. */
  private static List<List<String>> kept(List<List<String>> all, int max) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> strings : all) {
      if (strings.size() <= max) {
        out.add(strings);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether the text holds, of each list of strings that every match of the k-th pattern contains
   * one of, one.
   */
  private boolean mayMatch(int k, String text, Probe probe) {
    if (probe == null) {
      List<List<String>> all = required.get(k);
      for (int j = 0; j < all.size(); j++) { // no iterator: this runs per pattern and text
        if (!RequiredText.mayHold(text, all.get(j))) {
          return false;
        }
      }
      return true;
    }
    int[][] lists = signed[k];
    for (int j = 0; j < lists.length; j++) {
      if (!probe.holdsOne(lists[j])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the k-th pattern may match somewhere in the probed text, searched from {@code at} (from
   * {@link #firsts}; -1: it can start nowhere): false only when it can start nowhere or the text
   * lacks a string every match needs. Then it matches in no part of the text either, since a part
   * holds no start and no string the whole lacks.
   */
  public boolean mayMatchIn(int k, int at, Probe probe) {
    return at >= 0 && mayMatch(k, probe.text, probe);
  }

  /** How many distinct strings the patterns' lists of a probe hold (for tests). */
  int stringCount() {
    return strings.length;
  }

  /** The distinct string of that index (for tests). */
  String string(int id) {
    return strings[id];
  }

  /** A probe of the text, for the searches of this table's patterns in it. */
  public Probe probe(String text) {
    return new Probe(text, CharSignature.of(text));
  }

  /**
   * One text as the patterns' required strings are looked for in it: its {@link CharSignature}, and
   * whether it holds each string, found on the first search that asks and then kept, so that the
   * many patterns that need 要 or a comma search the text for it once. For one thread.
   */
  public final class Probe {
    private final String text;
    private final long[] signature;

    /**
     * A bit per string of {@link #strings}: whether it is known yet, and whether it is held; made
     * on the first string the signature does not rule out, as most probes ask only such strings.
     */
    private long[] known;

    private long[] held;

    private Probe(String text, long[] signature) {
      this.text = text;
      this.signature = signature;
    }

    /** The text probed. */
    public String text() {
      return text;
    }

    /** Whether the text holds one of the strings (indexes in {@link #strings}). */
    boolean holdsOne(int[] ids) {
      for (int i = 0; i < ids.length; i++) { // no iterator: this runs per pattern and text
        if (holds(ids[i])) {
          return true;
        }
      }
      return false;
    }

    /** Whether the text holds the string of that index: as {@code text.contains}, kept. */
    boolean holds(int id) {
      if (!CharSignature.covers(signature, stringSignatures, 4 * id)) {
        return false; // a char of the string is not in the text: four ANDs, nothing to keep
      }
      if (known == null) {
        known = new long[(strings.length + 63) >> 6];
        held = new long[known.length];
      }
      int w = id >> 6;
      long bit = 1L << id;
      if ((known[w] & bit) != 0) {
        return (held[w] & bit) != 0;
      }
      boolean has = text.contains(strings[id]);
      known[w] |= bit;
      if (has) {
        held[w] |= bit;
      }
      return has;
    }
  }

  /** Whether the k-th pattern can start a match at the character. */
  public boolean canStart(int k, char c) {
    return matchesEmpty[k] || Character.isSurrogate(c) || has(bits(c), k);
  }

  private static boolean has(long[] bits, int k) {
    return (bits[k >> 6] & (1L << k)) != 0;
  }

  /** The patterns that can start at the character, a bit each (surrogates aside). */
  private long[] bits(char c) {
    if (built != null) {
      return built.bits(c);
    }
    long[] bits = byChar.get(c);
    if (bits == null) {
      bits = StartTables.compute(patterns, c);
      byChar.set(c, bits);
    }
    return bits;
  }

  /**
   * The first index at or after {@code from} where the k-th pattern can start a match in the text,
   * or -1 when it can match nowhere there.
   */
  public int first(int k, CharSequence text, int from) {
    if (matchesEmpty[k]) {
      return Math.min(from, text.length());
    }
    for (int i = from; i < text.length(); i++) {
      if (canStart(k, text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * For each of the {@code count} patterns from the {@code from}-th, the first index where it can
   * start a match in the text, or -1 where it can match nowhere: {@link #first} of each, in one
   * pass over the text.
   */
  public int[] firsts(int from, int count, CharSequence text) {
    int[] at = new int[count];
    int open = 0;
    for (int k = 0; k < count; k++) {
      at[k] = matchesEmpty[from + k] ? 0 : -1;
      open += at[k] < 0 ? 1 : 0;
    }
    for (int i = 0; i < text.length() && open > 0; i++) {
      char c = text.charAt(i);
      boolean any = Character.isSurrogate(c);
      long[] bits = any ? null : bits(c);
      if (!any && !anyIn(bits, from, count)) {
        continue; // none of the patterns starts here: skip them all at once
      }
      for (int k = 0; k < count; k++) {
        if (at[k] < 0 && (any || has(bits, from + k))) {
          at[k] = i;
          open--;
        }
      }
    }
    return at;
  }

  /**
   * For every pattern, the first index where it can start a match in the text, or -1 where it can
   * match nowhere: {@link #firsts} of the whole list, in one pass that visits only the patterns
   * still open at each character, so that one text looked up in many groups is read once.
   */
  public int[] firstsAll(CharSequence text) {
    int count = patterns.size();
    int[] at = new int[count];
    long[] open = new long[(count + 63) >> 6];
    int left = 0;
    for (int k = 0; k < count; k++) {
      at[k] = matchesEmpty[k] ? 0 : -1;
      if (at[k] < 0) {
        open[k >> 6] |= 1L << k;
        left++;
      }
    }
    for (int i = 0; i < text.length() && left > 0; i++) {
      char c = text.charAt(i);
      long[] bits = Character.isSurrogate(c) ? null : bits(c);
      for (int w = 0; w < open.length; w++) {
        long hit = bits == null ? open[w] : open[w] & bits[w];
        open[w] &= ~hit;
        while (hit != 0) {
          at[(w << 6) + Long.numberOfTrailingZeros(hit)] = i;
          hit &= hit - 1;
          left--;
        }
      }
    }
    return at;
  }

  /** Whether any of the {@code count} bits from the {@code from}-th is set, a word at a time. */
  private static boolean anyIn(long[] bits, int from, int count) {
    if (count <= 0) {
      return false;
    }
    int last = from + count - 1;
    for (int w = from >> 6; w <= last >> 6; w++) {
      long mask = -1L;
      if (w == from >> 6) {
        mask &= -1L << (from & 63);
      }
      if (w == last >> 6) {
        mask &= -1L >>> (63 - (last & 63));
      }
      if ((bits[w] & mask) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The k-th pattern's first match, searched from {@code at} (from {@link #firsts}), or null. A
   * pattern is tried only where it can start: at the start of the text alone when it is anchored
   * there, and elsewhere at the characters it can start with, each tried as {@link Matcher#find}
   * tries a position (a region from there to the end, whose bounds hide nothing from lookaround and
   * anchor nothing), so the match is the one a plain search finds, and the matcher goes on as it.
   */
  public Matcher findFrom(int k, String text, int at) {
    return findFrom(k, text, at, (Probe) null);
  }

  /**
   * As {@link #findFrom(int, String, int)}, given a {@link Probe} of the text (null: none), so that
   * the strings a match needs are searched for only when the text may hold them, and once.
   */
  public Matcher findFrom(int k, String text, int at, Probe probe) {
    if (probe != null && probe.text != text) {
      throw new IllegalArgumentException("a probe of another text");
    }
    if (at < 0 || !mayMatch(k, text, probe)) {
      return null;
    }
    Matcher m = patterns.get(k).matcher(text);
    if (matchesEmpty[k]) {
      return m.find(at) ? m : null;
    }
    if (anchored[k]) {
      return at == 0 && m.lookingAt() ? m : null;
    }
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = at; i < text.length(); i++) {
      if (!canStart(k, text.charAt(i))) {
        continue;
      }
      if (m.region(i, text.length()).lookingAt()) {
        return m;
      }
    }
    return null;
  }

  /**
   * The k-th pattern's first match in the text, found as {@link Matcher#find()} finds it but
   * searching only from where it can start; null when there is none. The matcher goes on with
   * {@code find()}.
   */
  public Matcher find(int k, String text) {
    return findFrom(k, text, first(k, text, 0));
  }

  /** Whether the k-th pattern matches at the start of the text ({@link Matcher#lookingAt()}). */
  public Matcher lookingAt(int k, String text) {
    if (!matchesEmpty[k] && (text.isEmpty() || !canStart(k, text.charAt(0)))
        || !mayMatch(k, text, (Probe) null)) {
      return null;
    }
    Matcher m = patterns.get(k).matcher(text);
    return m.lookingAt() ? m : null;
  }
}
