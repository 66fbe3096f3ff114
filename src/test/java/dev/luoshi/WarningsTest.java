package dev.luoshi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceText;
import dev.luoshi.plan.Diagnostic;
import dev.luoshi.plan.Plan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plans that are probably not what the reader wants say so in their diagnostics. */
class WarningsTest {
  private static Luoshi luoshi;

  @BeforeAll
  static void planner() {
    luoshi = Luoshi.create(Settings.none());
  }

  private static List<Diagnostic> warnings(String text, LocalDate meeting) {
    Plan plan = luoshi.plan(SourceText.of("x.txt", text), new PlanOptions(meeting));
    return plan.diagnostics().stream().filter(Diagnostic::warning).toList();
  }

  @Test
  void aTextThatIsNotChineseIsFlagged() {
    String english = "The committee met on Tuesday and reviewed the budget for next year. ";
    List<Diagnostic> w = warnings(english.repeat(60), null);
    assertEquals(1, w.size(), w.toString());
    assertTrue(w.get(0).message().startsWith("little Chinese text (0 of "), w.toString());
  }

  @Test
  void replacementCharactersAreFlagged() {
    String broken = "各处室要按时上报材料。" + "\ufffd\ufffd会议\ufffd\ufffd。".repeat(10);
    List<Diagnostic> w = warnings(broken, null);
    assertTrue(
        w.stream().anyMatch(d -> d.message().startsWith("40 replacement characters")),
        w.toString());
  }

  @Test
  void aLongTextWithoutTasksIsFlagged() {
    String report = "去年全县共完成植树造林三万亩，森林覆盖率比上年提高了两个百分点。\n";
    List<Diagnostic> w = warnings(report.repeat(12), LocalDate.of(2023, 3, 6));
    assertEquals(1, w.size(), w.toString());
    assertTrue(w.get(0).message().startsWith("no task found in "), w.toString());
  }

  @Test
  void relativeDeadlinesWithoutAMeetingDateAreFlagged() {
    String speech = "会议开始。\n各处室要在下周五前上报工作方案。\n办公室要在月底前完成检查。\n各单位要尽快落实。\n";
    List<Diagnostic> w = warnings(speech, null);
    assertEquals(1, w.size(), w.toString());
    assertEquals(2, w.get(0).line());
    assertTrue(
        w.get(0).message().startsWith("2 deadlines (下周五前 …) count from the meeting day"),
        w.toString());
    assertTrue(w.get(0).message().contains("--meeting-date"), w.toString());
    assertEquals(List.of(), warnings(speech, LocalDate.of(2023, 3, 6)));
  }

  @Test
  void aDateWithoutItsYearIsNoReasonToWarn() {
    assertTrue(Warnings.countsFromTheMeeting("下周五前"));
    assertTrue(Warnings.countsFromTheMeeting("本周内"));
    assertTrue(Warnings.countsFromTheMeeting("月底前"));
    assertEquals(false, Warnings.countsFromTheMeeting("3月15日前"));
    assertEquals(false, Warnings.countsFromTheMeeting("年底前"));
    assertEquals(false, Warnings.countsFromTheMeeting("尽快"));
  }

  @Test
  void anOrdinarySpeechHasNoWarning() {
    String speech = "各处室要在2023年3月15日前上报工作方案。\n办公室要加强督查，确保各项任务落到实处。\n";
    assertEquals(List.of(), warnings(speech.repeat(10), null));
  }

  @Test
  void theIdeographsCountedAtOnceAreHanAndNoSpace() {
    for (int c = 0x4e00; c <= 0x9fa5; c++) {
      assertEquals(Character.UnicodeScript.HAN, Character.UnicodeScript.of(c));
      assertTrue(!Character.isWhitespace(c) && !Character.isSpaceChar(c), Integer.toHexString(c));
    }
  }
}
