package dev.luoshi.units;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into units exactly as the guideline's reference ({@code units.py}) does: each line
 * is cut after every 。！？； (and !?;), and after a half-width full stop that follows Chinese text or
 * closing punctuation and is followed by no digit, letter or dot (a 。 typed as {@code .}, but not
 * 1.5, v2.0 or a.md); each piece is trimmed of whitespace as Python's {@code str.strip} trims it,
 * and empty pieces are dropped. Carriage returns are invisible to the rule, as {@code units.py}
 * removes them before cutting.
 */
public final class UnitSplitter {
  private UnitSplitter() {}

  /**
   * Whether a char ends a unit wherever it stands (the half-width full stop depends on context).
   */
  public static boolean isEnd(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
  }

  /** Whether the char at {@code i} of the text ends a unit. */
  public static boolean endsUnit(CharSequence text, int i) {
    char c = text.charAt(i);
    return isEnd(c) || (c == '.' && fullStopAt(text, i));
  }

  /**
   * Whether the half-width full stop at {@code i} ends a sentence: it follows (on its line) a CJK
   * ideograph or closing punctuation ”’）」』, and no ASCII digit, letter or dot follows it.
   */
  private static boolean fullStopAt(CharSequence text, int i) {
    int p = i - 1;
    while (p >= 0 && text.charAt(p) == '\r') {
      p--;
    }
    if (p < 0 || !closesSentence(text.charAt(p))) {
      return false;
    }
    int n = i + 1;
    while (n < text.length() && text.charAt(n) == '\r') {
      n++;
    }
    if (n >= text.length()) {
      return true;
    }
    char next = text.charAt(n);
    return !((next >= '0' && next <= '9')
        || (next >= 'A' && next <= 'Z')
        || (next >= 'a' && next <= 'z')
        || next == '.');
  }

  /** What a full stop may follow: a CJK unified ideograph, or closing quote or bracket. */
  private static boolean closesSentence(char c) {
    return (c >= '\u4e00' && c <= '\u9fff')
        || c == '”'
        || c == '’'
        || c == '）'
        || c == '」'
        || c == '』';
  }

  /**
   * Whether a char is whitespace for trimming, as Python's {@code str.isspace} has it: Unicode
   * space separators (the ideographic space 　 and the no-break spaces too), line and paragraph
   * separators, and the ASCII and C1 controls that act as space (tab, line breaks, 0x1c–0x1f, NEL).
   */
  public static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
    }
    return c == '\u0085'
        || Character.getType(c) == Character.SPACE_SEPARATOR
        || c == '\u2028'
        || c == '\u2029';
  }

  /** The units of a text, in order. */
  public static List<Unit> split(String text) {
    return split(text, text);
  }

  /**
   * The units of a text, cut where {@code source} ends units and quoted from {@code text}: the
   * guideline cuts the source as written, while the stages read its normalised form (of the same
   * length), where a full-width digit after a full stop has become an ASCII one.
   */
  public static List<Unit> split(String source, String text) {
    if (source.length() != text.length()) {
      throw new IllegalArgumentException("source and text differ in length");
    }
    List<Unit> out = new ArrayList<>();
    int line = 1;
    int pieceStart = 0;
    int pieceLine = 1;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      boolean lineBreak = i == n || source.charAt(i) == '\n';
      if (lineBreak || endsUnit(source, i)) {
        int end = lineBreak ? i : i + 1;
        add(text, pieceStart, end, pieceLine, out);
        pieceStart = end;
        if (lineBreak) {
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
