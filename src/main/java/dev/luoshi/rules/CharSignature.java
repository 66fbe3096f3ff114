package dev.luoshi.rules;

/**
 * The characters of a text as a set of 256 bits, each character setting the bit its hash picks: a
 * string can stand in the text only if every bit of its own signature is set in the text's, so most
 * strings a text does not hold are ruled out by four ANDs instead of a search of the text. Exact as
 * a filter: a string it lets through is then searched for.
 */
public final class CharSignature {
  private CharSignature() {}

  /** The signature of the text: four words of bits. */
  public static long[] of(CharSequence text) {
    long[] sig = new long[4];
    for (int i = 0; i < text.length(); i++) {
      int h = bit(text.charAt(i));
      sig[h >>> 6] |= 1L << h;
    }
    return sig;
  }

  /** Whether every bit of {@code part} is set in {@code whole}. */
  public static boolean covers(long[] whole, long[] part) {
    return covers(whole, part, 0);
  }

  /**
   * Whether every bit of the signature stored at {@code at} in {@code parts} (four words, as many
   * signatures kept in one array) is set in {@code whole}.
   */
  public static boolean covers(long[] whole, long[] parts, int at) {
    return (whole[0] & parts[at]) == parts[at]
        && (whole[1] & parts[at + 1]) == parts[at + 1]
        && (whole[2] & parts[at + 2]) == parts[at + 2]
        && (whole[3] & parts[at + 3]) == parts[at + 3];
  }

  /** The character's bit, 0 to 255: the top eight bits of a Fibonacci hash. */
  private static int bit(char c) {
    return (c * 0x9E3779B1) >>> 24;
  }
}
