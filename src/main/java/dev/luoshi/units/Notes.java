package dev.luoshi.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a text's endnotes begin (a 注释 heading, a rule line, or the first 〔1〕/[1] note line in
 * the second half of the text). Nothing after that point is outline or task: notes explain, they do
 * not direct.
 */
public final class Notes {
  // A heading or rule line that opens the endnotes.
  private static final Pattern OPENER =
      Pattern.compile(
          "(?m)^[ \t\u3000>*#]*(?:注[ \t\u3000]*释|注|参考文献|附注|注解)[ \t\u3000]*[:：]?[ \t\u3000]*$"
              + "|^[ \t\u3000]*[-—_=]{4,}[ \t\u3000]*$");
  // A note line: 〔1〕 [1] ［1］ at the start of a line.
  private static final Pattern NOTE_LINE = Pattern.compile("(?m)^[ \t\u3000]*[〔\\[［]1[〕\\]］]");

  private Notes() {}

  /** The offset where the endnotes begin, or the text's length when it has none. */
  public static int start(String text) {
    int half = text.length() / 2;
    int best = text.length();
    for (Pattern p : new Pattern[] {OPENER, NOTE_LINE}) {
      Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      for (int from = 0; nextAtLineStart(m, text, from); from = m.end()) {
        if (m.start() >= half) {
          best = Math.min(best, m.start());
          break;
        }
      }
    }
    return best;
  }

  /**
   * The next match from {@code from} of a pattern whose every match opens with a multiline ^, as
   * {@link Matcher#find()} finds it, tried only where a line starts (at 0 and after a line
   * terminator; ^ itself then tells, as it sees the character before in a region to the end whose
   * bounds anchor nothing), where find() tries every character. No match is empty.
   */
  private static boolean nextAtLineStart(Matcher m, String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if ((i == 0 || isLineTerminator(text.charAt(i - 1)))
          && m.region(i, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** The characters after which a multiline ^ can match (UNIX_LINES off). */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
