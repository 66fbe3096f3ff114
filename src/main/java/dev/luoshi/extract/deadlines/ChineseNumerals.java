package dev.luoshi.extract.deadlines;

/** Numbers written in Arabic (also full-width) digits or in Chinese numerals. */
final class ChineseNumerals {
  private static final String DIGITS = "〇一二三四五六七八九";

  private ChineseNumerals() {}

  /**
   * The value of a number such as 15, １５, 十五, 三十一, 两, 一百二十, or a digit-by-digit year such as 一九四九
   * or 二〇二二 (also with its zeros typed as a letter O, 一九五O); -1 when the text is not a number.
   */
  static int parse(String text) {
    if (text == null || text.isEmpty()) {
      return -1;
    }
    if (text.length() == 4 && (text.charAt(0) == '一' || text.charAt(0) == '二')) {
      text = text.replace('O', '〇').replace('o', '〇').replace('Ｏ', '〇');
    }
    boolean positional = text.indexOf('十') < 0 && text.indexOf('百') < 0;
    int value = 0;
    int pending = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = digit(c);
      if (positional) {
        if (d < 0 || value > 100_000) {
          return -1;
        }
        value = value * 10 + d;
      } else if (d >= 0) {
        pending = d;
      } else if (c == '十' || c == '百') {
        int unit = c == '十' ? 10 : 100;
        value += (pending < 0 ? 1 : pending) * unit;
        pending = -1;
      } else {
        return -1;
      }
    }
    return positional ? value : value + Math.max(pending, 0);
  }

  /**
   * Whether Chinese digits stand side by side with no 十 or 百 to place them (两三, 三五, 七八): in a count
   * that is "two or three", a few, not the number they would spell digit by digit.
   */
  static boolean approximate(String text) {
    if (text == null || text.length() < 2) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x4E00 || digit(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the char is a digit or a numeral char (so that a phrase may not start inside a number).
   */
  static boolean isNumeral(char c) {
    return digit(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万';
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    if (c == '○' || c == '零') {
      return 0;
    }
    if (c == '两') {
      return 2;
    }
    return DIGITS.indexOf(c);
  }
}
