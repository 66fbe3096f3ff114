package dev.luoshi.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.luoshi.Luoshi;
import dev.luoshi.PlanOptions;
import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceText;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Task-division tables pasted as text: the rows' owners read by the columns their head labels. */
class TaskTablesTest {
  private static final Luoshi LUOSHI = Luoshi.create(Settings.none());

  /** Each task as "owner/role, …" after its text. */
  private static List<String> tasks(String text) {
    Plan plan = LUOSHI.plan(SourceText.of("t.txt", text), PlanOptions.defaults());
    return plan.tasks().stream().map(TaskTablesTest::describe).toList();
  }

  private static String describe(Task t) {
    StringBuilder sb = new StringBuilder(t.text().strip());
    sb.append(" =");
    t.owners().forEach(o -> sb.append(' ').append(o.name()).append('/').append(o.role().name()));
    return sb.toString();
  }

  @Test
  void aTabSeparatedTableGivesEachRowItsLeadAndSupport() {
    String text =
        "年度重点任务分解表\n"
            + "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
            + "1\t编制全镇污水管网改造方案\t镇建设办\t镇财政所、各村委会\t2026年4月底前\n"
            + "2\t完成镇卫生院门诊楼改造\t镇卫生院\t\t2026年9月底前\n"
            + "各牵头单位要每月报送进展。\n";
    assertEquals(
        List.of(
            "1\t编制全镇污水管网改造方案\t镇建设办\t镇财政所、各村委会\t2026年4月底前"
                + " = 镇建设办/LEAD 镇财政所/SUPPORT 各村委会/SUPPORT",
            "2\t完成镇卫生院门诊楼改造\t镇卫生院\t\t2026年9月底前 = 镇卫生院/LEAD",
            "各牵头单位要每月报送进展。 = 各牵头单位/LEAD"),
        tasks(text));
  }

  @Test
  void aRowThatNamesItsUnitsIsATaskWhateverItsWordsButAReportedRowIsNot() {
    String text =
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
            + "1\t校园周边食品安全专项整治\t县市场监管局\t县教育局\t秋季开学前\n"
            + "2\t已建成村级文化广场8个\t县文旅局\t\t\n";
    assertEquals(
        List.of("1\t校园周边食品安全专项整治\t县市场监管局\t县教育局\t秋季开学前 = 县市场监管局/LEAD 县教育局/SUPPORT"), tasks(text));
  }

  @Test
  void aMarkdownTableWithALeaderColumnGivesTheLeader() {
    String text =
        "| 序号 | 工作任务 | 责任单位 | 责任领导 | 完成时限 |\n"
            + "|---|---|---|---|---|\n"
            + "| 1 | 建成社区食堂3个 | 街道民生办 | 李副主任 | 2026年10月底前 |\n";
    assertEquals(
        List.of("| 1 | 建成社区食堂3个 | 街道民生办 | 李副主任 | 2026年10月底前 |" + " = 街道民生办/LEAD 李副主任/LEADER"),
        tasks(text));
  }

  @Test
  void aRowCutAtAFullStopInsideACellIsNotReadByColumns() {
    String text = "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n" + "1\t摸清全镇危房底数。建立危房台账\t镇建设办\t镇财政所\t2026年5月底前\n";
    for (String task : tasks(text)) {
      // its last piece has a cell fewer: 镇财政所 stands under 牵头单位 there
      assertFalse(task.contains("镇财政所/LEAD"), task);
    }
  }

  @Test
  void cellsKeepTheirColumns() {
    assertEquals(List.of("1", "方案", "", "6月底前"), TableRows.cells("1\t方案\t\t6月底前"));
    assertEquals(List.of("1", "方案", "县发改局"), TableRows.cells("| 1 | 方案 | 县发改局 |"));
    assertEquals(List.of("各单位要抓好落实。"), TableRows.cells("各单位要抓好落实。"));
  }
}
