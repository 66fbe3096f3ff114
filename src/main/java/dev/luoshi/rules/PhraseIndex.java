package dev.luoshi.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of phrases found in a text in one pass, whatever their number: each character of the text
 * is looked up in a table of the phrases that start with it, and only those are compared there.
 * Built in microseconds (an Aho–Corasick double-array trie took 35–170 ms to build for the 308 cue
 * phrases, a start-up cost paid by every run) and as fast to search on sentences, whose phrases are
 * two to four characters long. The table is a small open hash of the first characters, so an index
 * of a handful of phrases costs a few hundred bytes and a table of cues can keep one per group.
 * Immutable and thread-safe.
 */
public final class PhraseIndex {
  /** Receives one occurrence of a phrase. */
  @FunctionalInterface
  public interface Occurrence {
    /**
     * One occurrence.
     *
     * @param start where it starts in the text
     * @param end where it ends (exclusive)
     * @param phrase the index of the phrase in the list the index was made from (its first
     *     position, when the list holds it more than once)
     */
    void at(int start, int end, int phrase);
  }

  private static final int[] NONE = new int[0];

  private final String[] phrases;

  /** The first characters of the phrases, an open hash table: -1 marks an empty slot. */
  private final int[] firstChars;

  /** Per slot of {@link #firstChars}, the indices of the phrases that start with its character. */
  private final int[][] byFirst;

  /**
   * The first characters' low eight bits, as a set of 256: a character whose bit is clear starts no
   * phrase, and most characters of a text are passed on this one word, without probing the table.
   */
  private final long[] lowBits = new long[4];

  /** How far to shift a Fibonacci hash for a slot of the table. */
  private final int shift;

  /** The first index of the empty phrase, or -1. */
  private final int empty;

  /** An index of the phrases. An empty phrase is reported once, at the start of every text. */
  public PhraseIndex(List<String> phrases) {
    this.phrases = phrases.toArray(String[]::new);
    Map<String, Integer> first = new LinkedHashMap<>();
    int e = -1;
    for (int i = 0; i < this.phrases.length; i++) {
      String p = this.phrases[i];
      if (p.isEmpty()) {
        e = e < 0 ? i : e;
      } else {
        first.putIfAbsent(p, i);
      }
    }
    this.empty = e;
    int bits = 1;
    while (1 << bits < 2 * first.size()) {
      bits++; // at most half full
    }
    this.shift = 32 - bits;
    this.firstChars = new int[1 << bits];
    this.byFirst = new int[1 << bits][];
    Arrays.fill(firstChars, -1);
    for (Map.Entry<String, Integer> p : first.entrySet()) {
      char c = p.getKey().charAt(0);
      lowBits[(c >> 6) & 3] |= 1L << c;
      int slot = slot(c);
      while (firstChars[slot] >= 0 && firstChars[slot] != c) {
        slot = (slot + 1) & (firstChars.length - 1);
      }
      firstChars[slot] = c;
      int[] known = byFirst[slot] == null ? NONE : byFirst[slot];
      int[] more = Arrays.copyOf(known, known.length + 1);
      more[known.length] = p.getValue();
      byFirst[slot] = more;
    }
  }

  private int slot(char c) {
    return (c * 0x9E3779B9) >>> shift;
  }

  /** The indices of the phrases that start with the character, or null. */
  private int[] startingWith(char c) {
    if ((lowBits[(c >> 6) & 3] & 1L << c) == 0) {
      return null;
    }
    int last = firstChars.length - 1;
    for (int slot = slot(c); ; slot = (slot + 1) & last) {
      int k = firstChars[slot];
      if (k == c) {
        return byFirst[slot];
      }
      if (k < 0) {
        return null;
      }
    }
  }

  /**
   * Reports every occurrence of every phrase in the text (overlapping ones too), in no set order.
   */
  public void scan(String text, Occurrence occurrence) {
    if (empty >= 0) {
      occurrence.at(0, 0, empty);
    }
    for (int i = 0; i < text.length(); i++) {
      int[] candidates = startingWith(text.charAt(i));
      if (candidates == null) {
        continue;
      }
      for (int p : candidates) {
        String phrase = phrases[p];
        if (text.startsWith(phrase, i)) {
          occurrence.at(i, i + phrase.length(), p);
        }
      }
    }
  }

  /**
   * The lowest list index among the phrases that occur in the text, or -1 if none does: for a list
   * in order of preference, the preferred phrase present.
   */
  public int first(String text) {
    int best = empty >= 0 ? empty : Integer.MAX_VALUE;
    for (int i = 0; i < text.length() && best > 0; i++) {
      int[] candidates = startingWith(text.charAt(i));
      if (candidates == null) {
        continue;
      }
      for (int p : candidates) {
        if (p < best && text.startsWith(phrases[p], i)) {
          best = p;
        }
      }
    }
    return best == Integer.MAX_VALUE ? -1 : best;
  }

  /**
   * Whether any of the phrases occurs in the text: {@code first(text) >= 0}, answered at the first
   * occurrence instead of after reading the whole text for a preferred one.
   */
  public boolean any(String text) {
    if (empty >= 0) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      int[] candidates = startingWith(text.charAt(i));
      if (candidates == null) {
        continue;
      }
      for (int p : candidates) {
        if (text.startsWith(phrases[p], i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The lowest list index among the phrases the text starts with, or -1 if it starts with none. */
  public int firstPrefix(String text) {
    int best = empty >= 0 ? empty : Integer.MAX_VALUE;
    int[] candidates = text.isEmpty() ? null : startingWith(text.charAt(0));
    for (int p : candidates == null ? NONE : candidates) {
      if (text.startsWith(phrases[p])) {
        best = Math.min(best, p);
      }
    }
    return best == Integer.MAX_VALUE ? -1 : best;
  }

  @Override
  public String toString() {
    return "PhraseIndex" + Arrays.toString(phrases);
  }
}
