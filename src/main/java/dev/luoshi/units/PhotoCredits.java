package dev.luoshi.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo credits glued to the start of a unit ({@code 新华社记者 某某/摄} closes a caption; with the line
 * breaks lost it runs into the sentence after it). The credit belongs to the caption before, so a
 * unit is read, and quoted, from after it; the units themselves stay as the guideline cuts them.
 */
public final class PhotoCredits {
  private PhotoCredits() {}

  /** An agency or paper (a few characters), 记者, one name or more, then /摄 (not 摄制, 摄影). */
  private static final Pattern CREDIT =
      Pattern.compile(
          "^\\p{IsHan}{0,6}记者[\\s\u3000]*[\\p{IsHan}·]{2,5}(?:[、，\\s\u3000]+[\\p{IsHan}·]{2,5})*"
              + "[\\s\u3000]*/[\\s\u3000]*摄(?![制影像])[\\s\u3000]*");

  /**
   * The unit without a photo credit at its start; the unit itself when it opens with none or is
   * nothing but the credit.
   */
  public static Unit after(Unit u) {
    if (u.text().indexOf('摄') < 0) {
      return u;
    }
    Matcher m = CREDIT.matcher(u.text());
    if (!m.find() || m.end() >= u.text().length()) {
      return u;
    }
    int k = m.end();
    return new Unit(u.index(), u.start() + k, u.end(), u.line(), u.text().substring(k));
  }
}
