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
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.start() >= half) {
          best = Math.min(best, m.start());
          break;
        }
      }
    }
    return best;
  }
}
