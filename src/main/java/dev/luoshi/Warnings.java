package dev.luoshi;

import dev.luoshi.extract.deadlines.RuleDeadlineFinder;
import dev.luoshi.plan.Diagnostic;
import dev.luoshi.plan.Meeting;
import dev.luoshi.plan.Task;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Warnings about a plan that is probably not what its reader wants, although nothing failed: a text
 * that is hardly Chinese or full of replacement characters (not a speech, or decoded in the wrong
 * encoding), a long text with no task at all, and deadlines that count from a meeting day nobody
 * gave. The plan is still made; the warnings go into its diagnostics.
 */
final class Warnings {
  /** Below this share of Chinese characters (of the non-blank ones) a text is hardly Chinese. */
  static final double MIN_HAN_SHARE = 0.2;

  /** Texts shorter than this (non-blank characters) are too short to judge. */
  static final int MIN_CHARS = 200;

  /** A text with this many Chinese characters and no task deserves a second look. */
  static final int NO_TASK_CHARS = 300;

  /**
   * Two meeting days of one year: a deadline that resolves to different days of the year from them
   * counts from the meeting (会后, 下周五前, 月底前, 十五日内); one that only takes its year from the meeting
   * (3月15日前, 年底前) is not worth a warning.
   */
  private static final LocalDate PROBE_A = LocalDate.of(2022, 1, 4);

  private static final LocalDate PROBE_B = LocalDate.of(2022, 6, 14);

  private Warnings() {}

  static List<Diagnostic> of(String text, Meeting meeting, List<Task> tasks) {
    List<Diagnostic> out = new ArrayList<>();
    long chars = 0;
    long han = 0;
    long replacements = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 0x4e00 && c <= 0x9fa5) {
        // The CJK ideographs of Unicode 1.1, most of a speech: Han, and no space (the tables agree)
        chars++;
        han++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      chars++;
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han++;
      }
      if (c == 0xfffd) {
        replacements++;
      }
    }
    boolean notChinese = chars >= MIN_CHARS && han < chars * MIN_HAN_SHARE;
    if (replacements >= 3 && replacements * 100 >= chars) {
      out.add(
          warning(
              replacements
                  + " replacement characters (\ufffd): the text was probably converted from the"
                  + " wrong encoding before luoshi read it"));
    }
    if (notChinese) {
      out.add(
          warning(
              "little Chinese text ("
                  + han
                  + " of "
                  + chars
                  + " characters): is this a speech, and in the right encoding?"));
    }
    if (tasks.isEmpty() && han >= NO_TASK_CHARS && !notChinese) {
      out.add(
          warning(
              "no task found in "
                  + han
                  + " Chinese characters: is this a speech or document with directives?"));
    }
    if (meeting.date() == null) {
      List<Task> relative =
          tasks.stream()
              .filter(t -> t.deadline() != null && t.deadline().date() == null)
              .filter(t -> countsFromTheMeeting(t.deadline().text()))
              .toList();
      if (!relative.isEmpty()) {
        Task first = relative.get(0);
        out.add(
            new Diagnostic(
                first.span().line(),
                relative.size()
                    + (relative.size() == 1 ? " deadline" : " deadlines")
                    + " ("
                    + first.deadline().text()
                    + (relative.size() > 1 ? " …" : "")
                    + ") count from the meeting day, which the text does not give: pass it"
                    + " (--meeting-date YYYY-MM-DD) to get their dates",
                true));
      }
    }
    return out;
  }

  static boolean countsFromTheMeeting(String deadline) {
    var a = RuleDeadlineFinder.resolve(deadline, PROBE_A);
    var b = RuleDeadlineFinder.resolve(deadline, PROBE_B);
    return a.isPresent() && b.isPresent() && !MonthDay.from(a.get()).equals(MonthDay.from(b.get()));
  }

  private static Diagnostic warning(String message) {
    return new Diagnostic(1, message, true);
  }
}
