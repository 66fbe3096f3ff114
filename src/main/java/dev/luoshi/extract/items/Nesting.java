package dev.luoshi.extract.items;

/**
 * The quotes and brackets of a text: how deep each character stands inside pairs. A pair's own
 * characters stand at the depth outside it; straight quotes alternate between opening and closing.
 * An unclosed pair runs to the end of the text.
 */
final class Nesting {
  private static final String OPEN = "“‘「『（(【[《〈{";
  private static final String CLOSE = "”’」』）)】]》〉}";
  private static final char STRAIGHT = '"';

  private final int[] depth;
  private final boolean[] opens;
  private final boolean[] closes;

  Nesting(String text) {
    int n = text.length();
    this.depth = new int[n];
    this.opens = new boolean[n];
    this.closes = new boolean[n];
    int d = 0;
    boolean straightOpen = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean open = OPEN.indexOf(c) >= 0 || (c == STRAIGHT && !straightOpen);
      boolean close = CLOSE.indexOf(c) >= 0 || (c == STRAIGHT && straightOpen);
      if (c == STRAIGHT) {
        straightOpen = !straightOpen;
      }
      if (close) {
        d = Math.max(0, d - 1);
      }
      depth[i] = d;
      if (open) {
        d++;
      }
      opens[i] = open;
      closes[i] = close;
    }
  }

  /** The depth of the character at {@code i}. */
  int depth(int i) {
    return depth[i];
  }

  /** Whether the character at {@code i} closes a pair. */
  boolean closes(int i) {
    return closes[i];
  }

  /** The index of the character that opens the pair closed at {@code close}, or -1. */
  int opener(int close) {
    for (int i = close - 1; i >= 0; i--) {
      if (depth[i] < depth[close]) {
        return -1;
      }
      if (depth[i] == depth[close] && opens[i]) {
        return i;
      }
    }
    return -1;
  }
}
