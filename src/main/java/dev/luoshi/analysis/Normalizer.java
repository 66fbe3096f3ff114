package dev.luoshi.analysis;

/**
 * The form of a text that rules read: full-width ASCII folded to half-width, traditional characters
 * to simplified. It has the same length as the original, so offsets found in it cut quotes from the
 * original unchanged.
 */
public final class Normalizer {
  private final ScriptConverter converter;

  /** A normalizer that folds script with the converter. */
  public Normalizer(ScriptConverter converter) {
    this.converter = converter;
  }

  /** The normalised text, of the same length as the input. */
  public String normalize(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      sb.append(foldWidth(text.charAt(i)));
    }
    String folded = sb.toString();
    String out = converter.toSimplified(folded);
    return out.length() == text.length() ? out : folded;
  }

  /** Full-width digits and Latin letters to ASCII; CJK punctuation is left alone. */
  static char foldWidth(char c) {
    if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
      return (char) (c - 0xFEE0);
    }
    return c;
  }
}
