package dev.luoshi.plan;

/**
 * Maps UTF-16 offsets of a text (what Java strings index) to the code point offsets and line
 * numbers that plans report.
 */
public final class Offsets {
  private final int[] codePointAt;
  private final int[] lineAt;

  /** Precomputes the maps for a text. */
  public Offsets(String text) {
    int n = text.length();
    codePointAt = new int[n + 1];
    lineAt = new int[n + 1];
    int cp = 0;
    int line = 1;
    for (int i = 0; i < n; i++) {
      codePointAt[i] = cp;
      lineAt[i] = line;
      char c = text.charAt(i);
      if (!(Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1)))) {
        cp++;
      }
      if (c == '\n') {
        line++;
      }
    }
    codePointAt[n] = cp;
    lineAt[n] = line;
  }

  /** The span of [start, end) in code points, with the line of start. */
  public Span span(int start, int end) {
    return new Span(codePointAt[start], codePointAt[end], lineAt[start]);
  }

  /** The line (from 1) of an offset. */
  public int line(int offset) {
    return lineAt[offset];
  }
}
