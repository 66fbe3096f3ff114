package dev.luoshi.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.decode.SourceText;
import dev.luoshi.eval.EvalReport.FileError;
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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evaluator on the fixture sets under {@code src/test/resources/dev/luoshi/eval/}: sources,
 * gold files and predicted plans written for these tests.
 *
 * <p>The expected outputs are score.py's own, captured by running it on the same fixtures from that
 * folder:
 *
 * <pre>
 * python3 /work/shared/eval/score.py --src basic/src --gold basic/gold --pred basic/pred --json
 * python3 /work/shared/eval/score.py --src basic/src --gold basic/gold --pred basic/pred -v
 * python3 /work/shared/eval/score.py --src basic/src --gold basic/gold --pred basic/pred
 * python3 /work/shared/eval/score.py --src basic/src --gold basic/gold --pred planned --json
 * python3 /work/shared/eval/score.py --src basic/src --gold basic/gold --pred planned -v
 * </pre>
 *
 * <p>What the basic set exercises: a-anquan has an optional unit predicted (no credit, no cost), a
 * passage repeated in the source and predicted twice (the second copy is no false positive), an
 * unlocatable prediction, a prediction ending in "；" where the source has "。", a partial unit below
 * the IoU bar, owners written with 各/全体/每位 dropped and 都/也/们 added, deadlines that contain or are
 * contained in the gold phrase, a unit broken across lines and full-width indentation, and an
 * outline nested through {@code children} (levels from depth, one given wrongly) with titles that
 * pass and fail the 0.6 rule. b-yinshui (prediction {@code NAME.txt.json}) has a flat outline with
 * levels, one wrong, two predictions competing for a gold unit (the higher IoU wins), a task given
 * by {@code quote}, string and object owners, a string deadline and no meeting date. c-fangxun
 * (byte order marks in source and gold) has no prediction. d-zuofeng (prediction {@code
 * NAME.plan.json}) has a gold quote annotated twice, so that the matching order of tied (iou, gi,
 * pi) tuples shows. gold/README.txt is not a gold file.
 */
class EvaluatorTest {
  private static final String BASIC_JSON =
      """
      {
        "tasks": {
          "p": 0.7059,
          "r": 0.7059,
          "f1": 0.7059,
          "tp": 12,
          "fp": 5,
          "fn": 5
        },
        "actions": {
          "p": 0.7778,
          "r": 0.7,
          "f1": 0.7368,
          "tp": 7,
          "fp": 2,
          "fn": 3
        },
        "owners": {
          "p": 0.9286,
          "r": 0.8667,
          "f1": 0.8966,
          "tp": 13,
          "fp": 1,
          "fn": 2
        },
        "deadline_text": {
          "p": 0.625,
          "r": 1.0,
          "f1": 0.7692,
          "tp": 5,
          "fp": 3,
          "fn": 0
        },
        "outline": {
          "p": 0.8,
          "r": 0.8889,
          "f1": 0.8421,
          "tp": 8,
          "fp": 2,
          "fn": 1
        },
        "kind_accuracy": 0.8333,
        "deadline_date_accuracy": 0.6667,
        "outline_level_accuracy": 0.75,
        "files": 4,
        "missing_predictions": 1
      }
      """;

  private static final String BASIC_TABLE_VERBOSE =
      """
      file                         taskF1      P      R
      a-anquan                      0.706  0.667  0.750   outlineF1 0.833
        unlocatable predicted text (counted as false positive): 各村要在清明节前完成护林防火检查。
        missed [goal] 确保全年不发生较大以上生产安全事故。
        missed [requirement] 对排查不到位、整改不彻底的单位，要严肃追究有关人员责任。
        spurious [requirement] 要严肃追究有关人员责任。
        spurious [goal] 成绩来之不易。
        outline missed L1 三、强化保障，确保各项措施落到实处
      b-yinshui                     0.800  0.667  1.000   outlineF1 0.857
        spurious [action] 县水利局要会同卫健部门每季度开展一次水质抽检，
        spurious [requirement] 以上要求，请认真抓好落实。
      c-fangxun                     0.000  0.000  0.000   outlineF1 1.000
        missed [action] 各区要在6月1日前完成防汛物资储备检查。
        missed [requirement] 市水务局负责，做好汛期24小时值班值守。
      d-zuofeng                     0.800  1.000  0.667   outlineF1 1.000
        missed [requirement] 各科室要严格执行考勤制度，不得无故迟到早退。

      tasks          P 0.706  R 0.706  F1 0.706  (tp 12 fp 5 fn 5)
      actions        P 0.778  R 0.700  F1 0.737  (tp 7 fp 2 fn 3)
      owners         P 0.929  R 0.867  F1 0.897  (tp 13 fp 1 fn 2)
      deadline_text  P 0.625  R 1.000  F1 0.769  (tp 5 fp 3 fn 0)
      outline        P 0.800  R 0.889  F1 0.842  (tp 8 fp 2 fn 1)
      kind accuracy 0.8333 · deadline date accuracy 0.6667 · outline level accuracy 0.75 · missing predictions 1
      """;

  private static final String BASIC_TABLE =
      """
      file                         taskF1      P      R
      a-anquan                      0.706  0.667  0.750   outlineF1 0.833
      b-yinshui                     0.800  0.667  1.000   outlineF1 0.857
      c-fangxun                     0.000  0.000  0.000   outlineF1 1.000
      d-zuofeng                     0.800  1.000  0.667   outlineF1 1.000

      tasks          P 0.706  R 0.706  F1 0.706  (tp 12 fp 5 fn 5)
      actions        P 0.778  R 0.700  F1 0.737  (tp 7 fp 2 fn 3)
      owners         P 0.929  R 0.867  F1 0.897  (tp 13 fp 1 fn 2)
      deadline_text  P 0.625  R 1.000  F1 0.769  (tp 5 fp 3 fn 0)
      outline        P 0.800  R 0.889  F1 0.842  (tp 8 fp 2 fn 1)
      kind accuracy 0.8333 · deadline date accuracy 0.6667 · outline level accuracy 0.75 · missing predictions 1
      """;

  private static final String PLANNED_JSON =
      """
      {
        "tasks": {
          "p": 1.0,
          "r": 0.1765,
          "f1": 0.3,
          "tp": 3,
          "fp": 0,
          "fn": 14
        },
        "actions": {
          "p": 1.0,
          "r": 0.1,
          "f1": 0.1818,
          "tp": 1,
          "fp": 0,
          "fn": 9
        },
        "owners": {
          "p": 0.75,
          "r": 1.0,
          "f1": 0.8571,
          "tp": 3,
          "fp": 1,
          "fn": 0
        },
        "deadline_text": {
          "p": 0.5,
          "r": 1.0,
          "f1": 0.6667,
          "tp": 1,
          "fp": 1,
          "fn": 0
        },
        "outline": {
          "p": 0.0,
          "r": 0.0,
          "f1": 0.0,
          "tp": 0,
          "fp": 2,
          "fn": 9
        },
        "kind_accuracy": 0.3333,
        "deadline_date_accuracy": 1.0,
        "outline_level_accuracy": null,
        "files": 4,
        "missing_predictions": 0
      }
      """;

  private static final String PLANNED_TABLE_VERBOSE =
      """
      file                         taskF1      P      R
      a-anquan                      0.000  0.000  0.000   outlineF1 0.000
        missed [requirement] 各乡镇要把安全生产摆在突出位置，主要负责同志要亲自研究、亲自部署。
        missed [action] 各乡镇、各部门要在3月15日前完成辖区内企业的全面排查，建立隐患台账。
        missed [action] 应急管理局会同住建局要于第一季度组织开展建筑施工专项检查。
        missed [requirement] 全体党员干部都要带头遵守各项规章制度。
        missed [goal] 确保全年不发生较大以上生产安全事故。
        missed [requirement] 对排查不到位、整改不彻底的单位，要严肃追究有关人员责任。
        missed [action] 每位班子成员要深入分管领域，每月至少开展一次督导检查。
        missed [action] 各乡镇要在4月底前完成整改报告并报县安委办。
        outline missed L1 一、提高站位，切实增强做好安全生产工作的责任感
        outline missed L1 二、突出重点，扎实开展隐患排查整治
        outline missed L2 （一）全面排查风险隐患
        outline missed L2 （二）加强重点领域监管
        outline missed L2 （三）严肃追责问责
        outline missed L1 三、强化保障，确保各项措施落到实处
      b-yinshui                     0.000  0.000  0.000   outlineF1 0.000
        missed [action] 各县（市、区）政府是农村饮水安全的责任主体，要逐级签订责任书。
        missed [action] 县水利局要会同卫健部门每季度开展一次水质抽检，结果及时向社会公开。
        missed [action] 各供水单位要建立日常巡查制度，发现问题立即处置。
        missed [goal] 力争年底前农村自来水普及率达到95%以上。
        outline missed L1 一是压实属地责任
        outline missed L1 二是加强水质检测
        outline missed L1 三是抓好工程维护
      c-fangxun                     1.000  1.000  1.000   outlineF1 0.000
      d-zuofeng                     0.500  1.000  0.333   outlineF1 1.000
        missed [requirement] 各科室要严格执行考勤制度，不得无故迟到早退。
        missed [action] 机关党支部要每月通报一次作风建设情况。

      tasks          P 1.000  R 0.176  F1 0.300  (tp 3 fp 0 fn 14)
      actions        P 1.000  R 0.100  F1 0.182  (tp 1 fp 0 fn 9)
      owners         P 0.750  R 1.000  F1 0.857  (tp 3 fp 1 fn 0)
      deadline_text  P 0.500  R 1.000  F1 0.667  (tp 1 fp 1 fn 0)
      outline        P 0.000  R 0.000  F1 0.000  (tp 0 fp 2 fn 9)
      kind accuracy 0.3333 · deadline date accuracy 1.0 · outline level accuracy None · missing predictions 0
      """;

  private static EvalReport basic() {
    return Evaluator.ofPredictions(Fixtures.dir("basic/pred"))
        .evaluate(Fixtures.dir("basic/src"), Fixtures.dir("basic/gold"));
  }

  @Test
  void jsonIsScorePysJson() {
    EvalReport report = basic();
    assertEquals(BASIC_JSON, report.toJson());
    assertFalse(report.failed());
  }

  @Test
  void tableIsScorePysTable() {
    EvalReport report = basic();
    assertEquals(BASIC_TABLE, report.toTable(false));
    assertEquals(BASIC_TABLE_VERBOSE, report.toTable(true));
  }

  @Test
  void summaryCarriesTheNumbers() {
    Summary s = basic().summary();
    assertEquals(new Metrics(0.7059, 0.7059, 0.7059, 12, 5, 5), s.tasks());
    assertEquals(0.8966, s.owners().f1());
    assertEquals(0.8421, s.outline().f1());
    assertEquals(0.8333, s.kindAccuracy());
    assertEquals(4, s.files());
    assertEquals(1, s.missingPredictions());
  }

  @Test
  void plansFromAPlannerScoreLikeTheirJson() {
    EvalReport fromPlans =
        new Evaluator((name, source, gold) -> Prediction.of(plan(name, source, gold)))
            .evaluate(Fixtures.dir("basic/src"), Fixtures.dir("basic/gold"));
    assertEquals(PLANNED_JSON, fromPlans.toJson());
    assertEquals(PLANNED_TABLE_VERBOSE, fromPlans.toTable(true));
    EvalReport fromJson =
        Evaluator.ofPredictions(Fixtures.dir("planned"))
            .evaluate(Fixtures.dir("basic/src"), Fixtures.dir("basic/gold"));
    assertEquals(PLANNED_JSON, fromJson.toJson());
  }

  /** The plans that planned/NAME.json write out as JSON. */
  private static Plan plan(String name, SourceText source, Gold gold) {
    Span span = new Span(0, 1, 1);
    List<OutlineNode> outline = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    switch (name) {
      case "c-fangxun" -> {
        outline.add(
            new OutlineNode(
                "1",
                1,
                "",
                "在全市防汛工作调度会上的讲话",
                span,
                List.of(new OutlineNode("1.1", 2, "一、", "防汛物资", span, List.of()))));
        tasks.add(
            new Task(
                "T1",
                null,
                Kind.ACTION,
                "各区要在6月1日前完成防汛物资储备检查。",
                span,
                List.of(new Owner("各区", Role.LEAD)),
                new Deadline("6月1日前", LocalDate.of(2024, 6, 1)),
                List.of(),
                List.of(),
                List.of()));
        tasks.add(
            new Task(
                "T2",
                null,
                Kind.GOAL,
                "市水务局负责，做好汛期24小时值班值守。",
                span,
                List.of(new Owner("市水务局", Role.LEAD), new Owner("各区", Role.SUPPORT)),
                new Deadline("汛期", null),
                List.of(),
                List.of(),
                List.of()));
      }
      case "d-zuofeng" ->
          tasks.add(
              new Task(
                  "T1",
                  null,
                  Kind.REQUIREMENT,
                  "各科室要严格执行考勤制度，不得无故迟到早退。",
                  span,
                  List.of(new Owner("各科室", Role.LEAD)),
                  null,
                  List.of(),
                  List.of(),
                  List.of()));
      default -> {}
    }
    Meeting meeting =
        gold.meetingDate() == null
            ? new Meeting(null, null, null)
            : new Meeting(gold.meetingDate(), Meeting.DateSource.OPTION, null);
    return new Plan(
        new Source(source.path(), source.encoding(), source.text().length(), source.sha256()),
        meeting,
        outline,
        tasks,
        List.of(),
        new Stats(0, tasks.size(), Map.of()));
  }

  @Test
  void theMeetingDateComesFromTheGold() {
    List<String> seen = new ArrayList<>();
    new Evaluator(
            (name, source, gold) -> {
              seen.add(name + " " + gold.meetingDate());
              return Prediction.empty();
            })
        .evaluate(Fixtures.dir("basic/src"), Fixtures.dir("basic/gold"));
    assertEquals(
        List.of(
            "a-anquan 2024-02-26",
            "b-yinshui null",
            "c-fangxun 2024-05-20",
            "d-zuofeng 2024-03-04"),
        seen);
  }

  @Test
  void failuresAreReportedAndTheOtherFilesGoOn() {
    Path src = Fixtures.dir("broken/src");
    Path gold = Fixtures.dir("broken/gold");
    EvalReport report = Evaluator.ofPredictions(Fixtures.dir("broken/pred")).evaluate(src, gold);
    assertTrue(report.failed());
    List<String> errors = report.errors().stream().map(FileError::message).toList();
    assertEquals(5, errors.size(), errors.toString());
    assertEquals(gold.resolve("e-quote.json").toString(), report.errors().get(0).file());
    assertEquals(
        gold.resolve("e-quote.json")
            + ": gold quote not found in source: e-quote.txt: 各单位要认真做好节后复工安排。",
        errors.get(0));
    assertEquals(src.resolve("f-nosrc.txt") + ": no such file", errors.get(1));
    assertEquals(
        gold.resolve("g-badjson.json")
            + ": not JSON (line 2, column 1): Unexpected end-of-input: expected close marker for"
            + " Array",
        errors.get(2));
    Path badPrediction = Fixtures.dir("broken/pred").resolve("h-ok.json");
    assertEquals(badPrediction.toString(), report.errors().get(3).file());
    assertEquals(
        badPrediction
            + ": not JSON (line 1, column 12): Unexpected end-of-input: expected close marker for"
            + " Array",
        errors.get(3));
    assertEquals(src.resolve("i-empty.txt") + ": empty file", errors.get(4));
    // f-nosrc, h-ok and i-empty are scored as empty predictions; e-quote and g-badjson are not
    assertEquals(
        List.of("f-nosrc", "h-ok", "i-empty"),
        report.files().stream().map(EvalReport.FileResult::name).toList());
    Summary s = report.summary();
    assertEquals(3, s.files());
    assertEquals(3, s.missingPredictions());
    assertEquals(new Metrics(0.0, 0.0, 0.0, 0, 0, 2), s.tasks());
    assertEquals(new Metrics(0.0, 0.0, 0.0, 0, 0, 2), s.actions());
    assertEquals(new Metrics(0.0, 0.0, 0.0, 0, 0, 1), s.outline());
    assertEquals(new Metrics(1.0, 1.0, 1.0, 0, 0, 0), s.owners());
    assertEquals(null, s.kindAccuracy());
  }

  @Test
  void aFailingPredictorCountsAsAMissingPrediction() {
    EvalReport report =
        new Evaluator(
                (name, source, gold) -> {
                  if (name.startsWith("a")) {
                    throw new IllegalStateException("boom");
                  }
                  return Prediction.empty();
                })
            .evaluate(Fixtures.dir("basic/src"), Fixtures.dir("basic/gold"));
    assertEquals(1, report.errors().size());
    assertEquals(
        Fixtures.dir("basic/src").resolve("a-anquan.txt")
            + ": java.lang.IllegalStateException: boom",
        report.errors().get(0).message());
    assertEquals(4, report.summary().files());
    assertEquals(1, report.summary().missingPredictions());
  }
}
