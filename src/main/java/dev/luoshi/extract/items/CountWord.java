package dev.luoshi.extract.items;

import java.util.List;

/**
 * A count word found in a unit: its stretch {@code [start, end)}, the parts it counts (one part for
 * 九个方面; two for “五清一改”, five items marked 清 and one marked 改) and whether it counts characters
 * (八字方针).
 */
record CountWord(int start, int end, List<CountWord.Part> parts, boolean byChars) {
  /** A part of the count: how many items, and the mark each of its items carries ("" for none). */
  record Part(int count, String mark) {}

  CountWord {
    parts = List.copyOf(parts);
  }

  /** The number of items the whole count asks for. */
  int total() {
    return parts.stream().mapToInt(Part::count).sum();
  }

  /** Whether the count has several marked parts, as “三严三实”. */
  boolean compound() {
    return parts.size() > 1;
  }

  /**
   * The value of a numeral of up to two digits, Arabic (also full-width) or Chinese (两, 三, 十, 十二,
   * 二十, 九十九); -1 when the text is not such a numeral.
   */
  static int value(String numeral) {
    if (numeral.isEmpty()) {
      return -1;
    }
    if (Character.isDigit(numeral.charAt(0))) {
      int v = 0;
      for (int i = 0; i < numeral.length(); i++) {
        int d = Character.digit(numeral.charAt(i), 10);
        if (d < 0) {
          return -1;
        }
        v = v * 10 + d;
      }
      return v;
    }
    int ten = numeral.indexOf('十');
    if (ten < 0) {
      return numeral.length() == 1 ? digit(numeral.charAt(0)) : -1;
    }
    if (ten > 1 || numeral.length() - ten > 2 || numeral.indexOf('十', ten + 1) >= 0) {
      return -1;
    }
    int tens = ten == 0 ? 1 : digit(numeral.charAt(0));
    int ones = ten == numeral.length() - 1 ? 0 : digit(numeral.charAt(ten + 1));
    return tens < 1 || ones < 0 ? -1 : tens * 10 + ones;
  }

  private static int digit(char c) {
    return c == '两' ? 2 : "〇一二三四五六七八九".indexOf(c);
  }
}
