package dev.luoshi.decode;

/**
 * Numbers written in Word's number formats ({@code w:numFmt}): the Chinese ones a speech uses
 * ({@code chineseCounting} 一 十一 二十, {@code chineseCountingThousand}, {@code chineseLegalSimplified}
 * 壹, {@code ideographTraditional} 甲乙丙, {@code ideographZodiac} 子丑寅), enclosed digits (① ⑴ ⒈),
 * full-width digits, letters and Roman numerals. An unknown format, or a number a format has no
 * sign for, is written in decimal, as Word falls back.
 */
final class NumberFormats {
  private static final String DIGITS = "〇一二三四五六七八九";
  private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
  private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

  private NumberFormats() {}

  static String format(int n, String format) {
    return switch (format) {
      case "chineseCounting",
          "chineseCountingThousand",
          "taiwaneseCounting",
          "taiwaneseCountingThousand",
          "japaneseCounting",
          "ideographDigital" ->
          n > 0 && n < 100_000 ? chinese(n, DIGITS, "十百千万", '〇') : decimal(n);
      case "chineseLegalSimplified" ->
          n > 0 && n < 100_000 ? chinese(n, LEGAL_DIGITS, "拾佰仟万", '零') : decimal(n);
      case "ideographTraditional" -> n >= 1 && n <= 10 ? STEMS.substring(n - 1, n) : decimal(n);
      case "ideographZodiac" -> n >= 1 && n <= 12 ? BRANCHES.substring(n - 1, n) : decimal(n);
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
          circled(n);
      case "decimalEnclosedParen" ->
          n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : "(" + n + ")";
      case "decimalEnclosedFullstop" ->
          n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : n + ".";
      case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(decimal(n));
      case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : decimal(n);
      case "lowerLetter" -> letters(n, 'a');
      case "upperLetter" -> letters(n, 'A');
      case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
      case "upperRoman" -> roman(n);
      default -> decimal(n);
    };
  }

  private static String decimal(int n) {
    return Integer.toString(n);
  }

  /**
   * 1 一, 10 十, 11 十一, 20 二十, 105 一百〇五 (零 in legal script); tens are written without a leading 一
   * only below twenty, as Word does.
   */
  private static String chinese(int n, String digits, String units, char zero) {
    boolean plain = zero == '〇';
    StringBuilder out = new StringBuilder();
    int[] powers = {10_000, 1000, 100, 10, 1};
    boolean pendingZero = false;
    for (int p = 0; p < powers.length; p++) {
      int d = n / powers[p] % 10;
      if (d == 0) {
        pendingZero = out.length() > 0;
        continue;
      }
      if (pendingZero) {
        out.append(zero);
        pendingZero = false;
      }
      boolean bareTen = plain && powers[p] == 10 && d == 1 && out.length() == 0;
      if (!bareTen) {
        out.append(digits.charAt(d));
      }
      if (powers[p] > 1) {
        out.append(units.charAt(3 - p));
      }
    }
    return out.toString();
  }

  private static String circled(int n) {
    if (n >= 1 && n <= 20) {
      return String.valueOf((char) (0x2460 + n - 1));
    }
    if (n >= 21 && n <= 35) {
      return String.valueOf((char) (0x3251 + n - 21));
    }
    if (n >= 36 && n <= 50) {
      return String.valueOf((char) (0x32b1 + n - 36));
    }
    return decimal(n);
  }

  private static String fullWidth(String ascii) {
    StringBuilder out = new StringBuilder();
    ascii
        .chars()
        .forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
    return out.toString();
  }

  /** Word's letters: a … z, then aa … zz, aaa …. */
  private static String letters(int n, char a) {
    if (n < 1) {
      return decimal(n);
    }
    char letter = (char) (a + (n - 1) % 26);
    return String.valueOf(letter).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    if (n < 1 || n > 3999) {
      return decimal(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] signs = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      while (n >= values[i]) {
        out.append(signs[i]);
        n -= values[i];
      }
    }
    return out.toString();
  }
}
