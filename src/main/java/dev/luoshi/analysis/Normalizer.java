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
    paragraphBreaks(sb);
    String folded = sb.toString();
    String out = converter.toSimplified(folded);
    return out.length() == text.length() ? out : folded;
  }

  /**
   * Marks the paragraphs of a text that lost its line breaks (scraped from the web, its paragraphs
   * run on, each opened by its indent of two ideographic spaces: …的指示　　一、…　　（一）…): the first space
   * of such an indent inside a line becomes a line break, so units, points and date lines start
   * where the paragraphs did. Not the spaces that letter-space a word of one character (注 释, 姓　　名),
   * nor those at a line's start.
   */
  static void paragraphBreaks(StringBuilder sb) {
    int n = sb.length();
    int wordStart = 0; // where the run of non-space characters before i began
    for (int i = 0; i < n; i++) {
      char c = sb.charAt(i);
      if (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
        wordStart = i + 1;
        continue;
      }
      if (c != '\u3000') {
        continue;
      }
      int end = i;
      while (end < n && sb.charAt(end) == '\u3000') {
        end++;
      }
      boolean indent = end - i >= 2 && i - wordStart >= 2 && end < n && !isSpace(sb.charAt(end));
      if (indent) {
        sb.setCharAt(i, '\n');
      }
      wordStart = end;
      i = end - 1;
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000';
  }

  /** Full-width digits and Latin letters to ASCII; CJK punctuation is left alone. */
  static char foldWidth(char c) {
    if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
      return (char) (c - 0xFEE0);
    }
    return c;
  }
}
