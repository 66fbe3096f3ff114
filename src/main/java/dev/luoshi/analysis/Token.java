package dev.luoshi.analysis;

import java.util.Objects;

/**
 * A word of a segmented text with its part of speech (HanLP's tag set: n, v, nt, nnt, p, cc …) and
 * its offsets in the text that was segmented.
 */
public record Token(String word, String pos, int start) {
  /** Rejects empty words. */
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(pos, "pos");
    if (word.isEmpty()) {
      throw new IllegalArgumentException("empty token");
    }
  }

  /** Offset after the word. */
  public int end() {
    return start + word.length();
  }

  /** Whether the tag starts with the prefix ("n" matches n, nt, nnt, ns …). */
  public boolean is(String posPrefix) {
    return pos.startsWith(posPrefix);
  }
}
