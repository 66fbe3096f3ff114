package dev.luoshi.rules;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which patterns of a list can start a match right after a given character, judged by that
 * character alone: a pattern that opens with a negative lookbehind of the clause's edge ({@code
 * (?<![^，。；…])}, {@code (?<![至为])}) can start almost anywhere by its first character, but after
 * most characters its lookbehind fails. A pattern is tried on the preceding character alone, with
 * the match starting after it (transparent bounds, so the lookbehind sees it): it can start after
 * the character when it matches there or reads past the end (hitEnd). That is exact for the
 * patterns judged here: those with a negative lookbehind and no positive one, no anchor or word
 * boundary (which could hold on the lone character and not in the text) and no back reference; a
 * negative lookbehind holds on less text wherever it holds on more. Every other pattern, and every
 * pattern after half a surrogate pair, can start after any character. Filled lazily, per character
 * and pattern as asked; thread-safe.
 */
public final class Preceding {
  private final List<Pattern> patterns;

  /** Per pattern, whether it is judged by the character before (else it can start after any). */
  private final boolean[] judged;

  private final boolean any;
  private final int words;

  /**
   * Per character, the patterns already judged after it (the first {@link #words} longs, a bit per
   * pattern) and those of them that can start there (the next {@link #words}), or null. An array is
   * never changed once stored: a new one replaces it, and one lost to a race is judged again.
   */
  private final AtomicReferenceArray<long[]> byChar =
      new AtomicReferenceArray<>(Character.MAX_VALUE + 1);

  /** The judgements of the patterns, indexed as the list. */
  public Preceding(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
    this.judged = new boolean[this.patterns.size()];
    boolean some = false;
    for (int k = 0; k < judged.length; k++) {
      judged[k] = judgeable(this.patterns.get(k).pattern());
      some |= judged[k];
    }
    this.any = some;
    this.words = (judged.length + 63) / 64;
    this.afterChar = judged.length <= 64 ? new CharMasks(unjudged(judged), this::judge) : null;
  }

  /** The patterns not judged, a bit each. */
  private static long unjudged(boolean[] judged) {
    long out = 0;
    for (int k = 0; k < judged.length; k++) {
      out |= judged[k] ? 0 : 1L << k;
    }
    return out;
  }

  /**
   * Those of the {@code wanted} patterns (bit k for pattern k) that can start a match right after
   * the character {@code before}: {@link #allows} of each, for a list of at most 64 patterns
   * ({@link #fitsMask}), judged as they are asked and kept.
   */
  public long allowedAfter(char before, long wanted) {
    return afterChar.passing(before, wanted);
  }

  /** Whether the list has at most 64 patterns, so that {@link #allowedAfter} answers. */
  public boolean fitsMask() {
    return afterChar != null;
  }

  /** Which of the judged patterns {@code missing} can start right after the character. */
  private long judge(char before, long missing) {
    if (Character.isSurrogate(before)) {
      return missing;
    }
    long out = 0;
    for (long left = missing; left != 0; left &= left - 1) {
      int k = Long.numberOfTrailingZeros(left);
      if (canFollow(patterns.get(k), before)) {
        out |= 1L << k;
      }
    }
    return out;
  }

  /**
   * Whether an expression is judged by the character before a match: it has a negative lookbehind,
   * and no positive lookbehind, anchor, word boundary or back reference (a {@code ^} counts as an
   * anchor unless it opens a character class). A conservative reading of the text: an expression it
   * cannot vouch for is not judged, which costs only the filter.
   */
  public static boolean judgeable(String expression) {
    if (!expression.contains("(?<!")) {
      return false;
    }
    for (String unsafe :
        new String[] {"(?<=", "$", "\\b", "\\B", "\\A", "\\G", "\\Z", "\\z", "\\k"}) {
      if (expression.contains(unsafe)) {
        return false;
      }
    }
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '^' && (i == 0 || expression.charAt(i - 1) != '[')) {
        return false;
      }
      if (c == '\\' && i + 1 < expression.length()) {
        char next = expression.charAt(i + 1);
        if (next >= '1' && next <= '9') {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  /**
   * Per character, the patterns that can start after it as a bit each ({@link #allowedAfter}), for
   * a list of at most 64; null for a longer one.
   */
  private final CharMasks afterChar;

  /** Whether some pattern of the list is judged at all (else {@link #allows} is always true). */
  public boolean any() {
    return any;
  }

  /** Whether pattern {@code k} can start a match right after the character {@code before}. */
  public boolean allows(char before, int k) {
    if (!judged[k] || Character.isSurrogate(before)) {
      return true;
    }
    long[] known = byChar.get(before);
    long bit = 1L << k;
    int w = k >> 6;
    if (known != null && (known[w] & bit) != 0) {
      return (known[words + w] & bit) != 0;
    }
    boolean can = canFollow(patterns.get(k), before);
    long[] next = known == null ? new long[2 * words] : known.clone();
    next[w] |= bit;
    if (can) {
      next[words + w] |= bit;
    }
    byChar.set(before, next);
    return can;
  }

  /** Whether one of the patterns {@code ks} can start a match right after {@code before}. */
  public boolean allowsAny(char before, int[] ks) {
    for (int k : ks) {
      if (allows(before, k)) {
        return true;
      }
    }
    return false;
  }

  /** The pattern tried after the character alone, worked out now (the slow path, for tests). */
  public static boolean canFollow(Pattern p, char before) {
    Matcher m = p.matcher(String.valueOf(before));
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    m.region(1, 1);
    return m.lookingAt() || m.hitEnd();
  }
}
