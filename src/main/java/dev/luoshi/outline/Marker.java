package dev.luoshi.outline;

/**
 * A numbering marker found in the text: its family, ordinal (1 for 一/1/首先; for 最后 the ordinal is
 * {@link #LAST}), its variant within the family (the 点 of 第一点, the 是 of 一是; "" when none), the
 * marker as written and its offsets, whether it opens a line, and whether it follows a comma inside
 * a sentence (今天讲两点，第一点是…), where it numbers only as part of a series.
 */
public record Marker(
    Family family,
    int ordinal,
    String variant,
    String text,
    int start,
    int end,
    boolean lineStart,
    boolean inline) {
  /** The ordinal of 最后: it closes whatever series it follows. */
  public static final int LAST = Integer.MAX_VALUE;
}
