package dev.luoshi.units;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into units exactly as the guideline's reference ({@code units.py}) does: each line
 * is cut after every 。！？； (and !?;), and each piece is trimmed; empty pieces are dropped.
 */
public final class UnitSplitter {
  private UnitSplitter() {}

  /** Whether a char ends a unit. */
  public static boolean isEnd(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
  }

  /** Whether a char is whitespace for trimming: Java's, plus no-break space, BOM and 　. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff' || c == '\u3000';
  }

  /** The units of a text, in order. */
  public static List<Unit> split(String text) {
    List<Unit> out = new ArrayList<>();
    int line = 1;
    int pieceStart = 0;
    int pieceLine = 1;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || isEnd(c)) {
        int end = c == '\n' ? i : i + 1;
        add(text, pieceStart, end, pieceLine, out);
        pieceStart = end;
        if (c == '\n') {
          pieceStart = i + 1;
          line++;
        }
        pieceLine = line;
      }
    }
    return List.copyOf(out);
  }

  private static void add(String text, int from, int to, int line, List<Unit> out) {
    int s = from;
    int e = to;
    while (s < e && isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      out.add(new Unit(out.size(), s, e, line, text.substring(s, e)));
    }
  }
}
