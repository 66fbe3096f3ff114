package dev.luoshi.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * score.py's {@code Locator}: finds quotes in the whitespace-free source and returns their spans in
 * code points of that squeezed text.
 */
final class Locator {
  private static final String CLOSERS = "。！？；!?;，,";

  /** A span of the squeezed source, in code points, end exclusive. */
  record Hit(int start, int end) {}

  private final String flat;

  /** Code point index of every UTF-16 index of {@link #flat}; null when the two coincide. */
  private final int[] codePointAt;

  Locator(String text) {
    this.flat = Py.squeeze(text.replace("\r", ""));
    this.codePointAt = flat.length() == Py.len(flat) ? null : codePointIndex(flat);
  }

  private static int[] codePointIndex(String s) {
    int[] index = new int[s.length() + 1];
    int cp = 0;
    for (int i = 0; i < s.length(); i++) {
      index[i] = cp;
      if (!Character.isHighSurrogate(s.charAt(i))
          || i + 1 >= s.length()
          || !Character.isLowSurrogate(s.charAt(i + 1))) {
        cp++;
      }
    }
    index[s.length()] = cp;
    return index;
  }

  private int toCodePoint(int utf16) {
    return codePointAt == null ? utf16 : codePointAt[utf16];
  }

  /**
   * The span of a quote: among its occurrences, those not yet taken (all of them when every one is
   * taken), then the one nearest the hint, or the first. A quote that is not found is retried
   * without its closing punctuation. Null when absent or empty.
   */
  Hit find(String quote, Integer hint, Set<Hit> taken) {
    String q = Py.squeeze(quote);
    if (q.isEmpty()) {
      return null;
    }
    List<Hit> hits = new ArrayList<>();
    int qLen = Py.len(q);
    for (int i = flat.indexOf(q); i >= 0; i = flat.indexOf(q, i + 1)) {
      int start = toCodePoint(i);
      hits.add(new Hit(start, start + qLen));
    }
    if (hits.isEmpty()) {
      String q2 = Py.rstrip(q, CLOSERS);
      if (!q2.isEmpty() && !q2.equals(q)) {
        return find(q2, hint, taken);
      }
      return null;
    }
    List<Hit> free = hits.stream().filter(h -> !taken.contains(h)).toList();
    if (free.isEmpty()) {
      free = hits;
    }
    if (hint == null) {
      return free.get(0);
    }
    Hit best = free.get(0);
    for (Hit h : free) {
      if (Math.abs(h.start() - hint) < Math.abs(best.start() - hint)) {
        best = h;
      }
    }
    return best;
  }

  /** Intersection over union of two spans; 0 when both are empty. */
  static double iou(Hit a, Hit b) {
    int inter = Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
    return union != 0 ? (double) inter / union : 0.0;
  }
}
