package dev.luoshi.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.luoshi.LuoshiException;
import dev.luoshi.eval.Prediction.PredictedDeadline;
import dev.luoshi.eval.Prediction.PredictedHeading;
import dev.luoshi.eval.Prediction.PredictedTask;
import dev.luoshi.plan.Deadline;
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
import org.junit.jupiter.api.Test;

/** The prediction view, read the way score.py reads a plan. */
class PredictionTest {
  private static JsonNode json(String s) throws Exception {
    return JsonMapper.builder().build().readTree(s);
  }

  @Test
  void nestedOutlineTakesLevelsFromDepthUnlessGiven() throws Exception {
    Prediction p =
        Prediction.fromJson(
            json(
                """
                {"outline": [
                  {"title": "甲", "children": [
                    {"title": "乙", "marker": "（一）", "children": [{"title": "丙"}]},
                    {"title": "丁", "level": 5, "children": [{"title": "戊"}]}]},
                  {"level": 1, "title": "己"}, "not a node", {"marker": "二、"}]}
                """));
    assertEquals(
        List.of(
            new PredictedHeading(1, "甲", ""),
            new PredictedHeading(2, "乙", "（一）"),
            new PredictedHeading(3, "丙", ""),
            new PredictedHeading(5, "丁", ""),
            new PredictedHeading(6, "戊", ""),
            new PredictedHeading(1, "己", ""),
            new PredictedHeading(1, "", "二、")),
        p.outline());
  }

  @Test
  void tasksReadTextOwnersAndDeadlinesInEveryForm() throws Exception {
    Prediction p =
        Prediction.fromJson(
            json(
                """
                {"tasks": [
                  {"text": "甲。", "kind": "action",
                   "owners": ["各科室", {"name": "办公室", "role": "lead"}, {"text": "党支部"},
                              {"name": ""}, "", null],
                   "deadline": {"text": "月底前", "date": "2024-01-31"}},
                  {"text": "", "quote": "乙。", "deadline": "会后"},
                  {"deadline": ""},
                  {"text": "丙。", "deadline": {}},
                  {"text": "丁。", "deadline": {"date": "2024-02-01"}}]}
                """));
    assertEquals(
        List.of(
            new PredictedTask(
                "甲。",
                "action",
                List.of("各科室", "办公室", "党支部"),
                new PredictedDeadline("月底前", "2024-01-31")),
            new PredictedTask("", "乙。", null, List.of(), new PredictedDeadline("会后", null)),
            new PredictedTask("", null, List.of(), null),
            new PredictedTask("丙。", null, List.of(), null),
            new PredictedTask("丁。", null, List.of(), new PredictedDeadline("", "2024-02-01"))),
        p.tasks());
    assertEquals("乙。", p.tasks().get(1).unit());
    assertEquals("甲。", p.tasks().get(0).unit());
  }

  @Test
  void aPlanIsViewedLikeItsJson() throws Exception {
    Span span = new Span(0, 3, 1);
    Plan plan =
        new Plan(
            new Source("x.txt", "UTF-8", 3, "00"),
            new Meeting(LocalDate.of(2024, 1, 8), Meeting.DateSource.OPTION, null),
            List.of(
                new OutlineNode(
                    "1",
                    1,
                    "一、",
                    "统一思想",
                    span,
                    List.of(new OutlineNode("1.1", 2, "一是", "提高认识", span, List.of())))),
            List.of(
                new Task(
                    "T1",
                    "1.1",
                    Kind.GOAL,
                    "力争全年增长8%。",
                    span,
                    List.of(new Owner("各乡镇", Role.LEAD), new Owner("财政局", Role.SUPPORT)),
                    new Deadline("全年", LocalDate.of(2024, 12, 31)),
                    List.of(),
                    List.of(),
                    List.of()),
                new Task(
                    "T2",
                    null,
                    Kind.ACTION,
                    "会后报送。",
                    span,
                    List.of(),
                    new Deadline("会后", null),
                    List.of(),
                    List.of(),
                    List.of())),
            List.of(),
            new Stats(2, 2, Map.of()));
    Prediction expected =
        Prediction.fromJson(
            json(
                """
                {"outline": [{"id": "1", "level": 1, "marker": "一、", "title": "统一思想",
                              "children": [{"id": "1.1", "level": 2, "marker": "一是",
                                            "title": "提高认识", "children": []}]}],
                 "tasks": [{"kind": "goal", "text": "力争全年增长8%。",
                            "owners": [{"name": "各乡镇", "role": "lead"},
                                       {"name": "财政局", "role": "support"}],
                            "deadline": {"text": "全年", "date": "2024-12-31"}},
                           {"kind": "action", "text": "会后报送。", "owners": [],
                            "deadline": {"text": "会后", "date": null}}]}
                """));
    assertEquals(expected, Prediction.of(plan));
  }

  @Test
  void aPlanMustBeAnObject() throws Exception {
    assertThrows(LuoshiException.class, () -> Prediction.fromJson(json("[]")));
    assertEquals(Prediction.empty(), Prediction.fromJson(json("{}")));
  }
}
