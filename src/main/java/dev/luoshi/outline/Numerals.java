package dev.luoshi.outline;

/** Small Chinese and Arabic numerals as used in numbering (一 … 九十九, 1 … 99). */
public final class Numerals {
  /** The heavenly stems in their order, which number the parts of older documents (（甲）, 乙、). */
  public static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

  private Numerals() {}

  /** The value of 一…九十九, 两, 〇-free forms, Arabic digits, or -1 when not a numeral. */
  public static int parse(String s) {
    if (s == null || s.isEmpty()) {
      return -1;
    }
    if (s.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(s);
    }
    s = s.replace('拾', '十');
    int ten = s.indexOf('十');
    if (ten < 0) {
      return s.length() == 1 ? digit(s.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : (ten == 1 ? digit(s.charAt(0)) : -1);
    int ones = ten == s.length() - 1 ? 0 : (ten == s.length() - 2 ? digit(s.charAt(ten + 1)) : -1);
    return tens < 1 || ones < 0 ? -1 : tens * 10 + ones;
  }

  /** The value of one Chinese digit (一 … 九, 两, and ㄧ typed for 一), or -1. */
  public static int digit(char c) {
    return switch (c) {
      case '一', 'ㄧ', '壹' -> 1;
      case '二', '两', '贰' -> 2;
      case '三', '叁', '参' -> 3;
      case '四', '肆' -> 4;
      case '五', '伍' -> 5;
      case '六', '陆' -> 6;
      case '七', '柒' -> 7;
      case '八', '捌' -> 8;
      case '九', '玖' -> 9;
      default -> c >= '1' && c <= '9' ? c - '0' : -1;
    };
  }
}
