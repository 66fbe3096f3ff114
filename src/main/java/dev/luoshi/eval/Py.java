package dev.luoshi.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The bits of Python's string and float semantics that score.py relies on: whitespace as {@code
 * re}'s {@code \s} sees it, lengths and slices counted in code points, {@code rstrip}, {@code
 * round(x, 4)}, {@code "%.3f"} and {@code repr} of a rounded ratio.
 */
final class Py {
  /** What {@code re}'s {@code \s} matches (str.isspace) outside U+2000..U+200A, and U+FEFF. */
  private static final String SPACES =
      " \t\n\013\f\r\034\035\036\037\u0085\u00A0\u1680\u2028\u2029\u202F\u205F\u3000\uFEFF";

  private Py() {}

  /**
   * Whether score.py's whitespace class ({@code \s}, U+3000, U+00A0, U+FEFF) holds the code point.
   */
  static boolean isSpace(int c) {
    return (c >= 0x2000 && c <= 0x200A) || SPACES.indexOf(c) >= 0;
  }

  /**
   * score.py's {@code squeeze}: the text with every run of whitespace removed; null reads as "".
   */
  static String squeeze(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(c -> !isSpace(c)).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** {@code len(s)}: the number of code points. */
  static int len(String s) {
    return s.codePointCount(0, s.length());
  }

  /** {@code s[:n]}: the first n code points. */
  static String head(String s, int n) {
    if (s == null) {
      return "";
    }
    return len(s) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  /** {@code s.rstrip(chars)}: the text without its trailing code points that occur in chars. */
  static String rstrip(String s, String chars) {
    int end = s.length();
    while (end > 0) {
      int c = s.codePointBefore(end);
      if (chars.indexOf(c) < 0) {
        break;
      }
      end -= Character.charCount(c);
    }
    return s.substring(0, end);
  }

  /** {@code "%-Ns" % s}: the text padded with spaces on the right to n code points. */
  static String padRight(String s, int n) {
    return s + " ".repeat(Math.max(0, n - len(s)));
  }

  /** {@code "%Ns" % s}: the text padded with spaces on the left to n code points. */
  static String padLeft(String s, int n) {
    return " ".repeat(Math.max(0, n - len(s))) + s;
  }

  /**
   * {@code round(x, 4)}: the double nearest to x correctly rounded to 4 decimals (ties, which only
   * exact binary halves are, go to even).
   */
  static double round4(double x) {
    return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** {@code "%.3f" % x}: rounds the exact binary value, as C's printf and Python do. */
  static String fixed3(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * {@code repr(x)} for a value that {@link #round4} produced (also what {@code json.dumps} and
   * {@code "%s"} write): the shortest decimal, always with a fraction ({@code 1.0}, {@code
   * 0.0001}).
   */
  static String repr4(double x) {
    String s =
        new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    return s.indexOf('.') < 0 ? s + ".0" : s;
  }

  /** {@code "%s" % v} for a value that may be None. */
  static String str(Object v) {
    return v == null ? "None" : v.toString();
  }

  /** Python's string order: by code point (String.compareTo orders by UTF-16 unit). */
  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
