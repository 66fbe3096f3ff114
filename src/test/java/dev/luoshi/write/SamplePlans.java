package dev.luoshi.write;

import dev.luoshi.plan.Deadline;
import dev.luoshi.plan.Diagnostic;
import dev.luoshi.plan.Kind;
import dev.luoshi.plan.Meeting;
import dev.luoshi.plan.OutlineNode;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Role;
import dev.luoshi.plan.Source;
import dev.luoshi.plan.Span;
import dev.luoshi.plan.Stats;
import dev.luoshi.plan.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Plans built by hand, with every field set (T2 with owners implied by its item's tag) and with
 * every nullable field null.
 */
final class SamplePlans {
  private SamplePlans() {}

  static Plan full() {
    OutlineNode sub = new OutlineNode("1.1", 2, "（一）", "明确分工", new Span(30, 37, 4), List.of());
    OutlineNode one = new OutlineNode("1", 1, "一、", "压实安全生产责任", new Span(20, 30, 3), List.of(sub));
    OutlineNode two = new OutlineNode("2", 1, "二、", "强化督查考核", new Span(80, 88, 7), List.of());
    Task action =
        new Task(
            "T1",
            "1.1",
            Kind.ACTION,
            "各处室要在3月15日前上报工作方案，由𠀀同志汇总。",
            new Span(37, 62, 5),
            List.of(new Owner("各处室", Role.LEAD), new Owner("办公室", Role.SUPPORT)),
            new Deadline("3月15日前", LocalDate.of(2024, 3, 15)),
            List.of("《安全生产法》"),
            List.of("排查隐患", "整改落实"),
            List.of("要"));
    Task requirement =
        new Task(
            "T2",
            null,
            Kind.REQUIREMENT,
            "全体干部要做到\"不折不扣\"，a: b # 抓落实。",
            new Span(62, 80, 6),
            List.of(),
            List.of(new Owner("督查室", Role.LEAD), new Owner("各处室", Role.SUPPORT)),
            null,
            List.of(),
            List.of(),
            List.of("要", "做到", "owner:implied"));
    Task goal =
        new Task(
            "T3",
            "2",
            Kind.GOAL,
            "力争年底前事故起数下降10%。",
            new Span(88, 102, 8),
            List.of(new Owner("市应急局", Role.LEAD), new Owner("王副市长", Role.LEADER)),
            new Deadline("年底前", null),
            List.of(),
            List.of(),
            List.of("力争"));
    return new Plan(
        new Source("会议/讲话.txt", "GB18030", 102, "0a1b2c"),
        new Meeting(LocalDate.of(2024, 3, 1), Meeting.DateSource.OPTION, "在全市安全生产工作会议上的讲话"),
        List.of(one, two),
        List.of(action, requirement, goal),
        List.of(new Diagnostic(7, "编号跳过：（一）之后是（三）")),
        new Stats(9, 3, Map.of(Kind.ACTION, 1, Kind.REQUIREMENT, 1, Kind.GOAL, 1)));
  }

  static Plan empty() {
    return new Plan(
        new Source("-", "UTF-8", 12, "1234"),
        new Meeting(null, null, null),
        List.of(),
        List.of(),
        List.of(),
        new Stats(1, 0, Map.of()));
  }
}
