package dev.luoshi.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.LuoshiException;
import dev.luoshi.eval.Gold.GoldDeadline;
import dev.luoshi.eval.Gold.GoldTask;
import dev.luoshi.eval.Locator.Hit;
import dev.luoshi.eval.Prediction.PredictedTask;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scorer's rules, one at a time. Every expected value was obtained from score.py itself, by
 * importing it ({@code sys.path.insert(0, "/work/shared/eval"); import score}) and calling {@code
 * norm_owner}, {@code owner_match}, {@code title_match}, {@code Locator.find}, {@code iou} and
 * {@code score_file} on the same inputs.
 */
class ScorerTest {
  private final Scorer scorer = new Scorer();

  @Test
  void ownerNormalisationDropsOnePrefixAndOneSuffix() {
    assertEquals("乡镇", Scorer.normOwner("各乡镇"));
    assertEquals("党员干部", Scorer.normOwner("全体党员干部"));
    assertEquals("局干部职工", Scorer.normOwner("全局干部职工"));
    assertEquals("班子成员", Scorer.normOwner("每位班子成员"));
    assertEquals("科室", Scorer.normOwner("每个科室"));
    assertEquals("党员", Scorer.normOwner("所有党员"));
    assertEquals("", Scorer.normOwner("我们"));
    assertEquals("班子成员", Scorer.normOwner("班子成员们"));
    assertEquals("乡镇", Scorer.normOwner("乡镇都"));
    assertEquals("部门", Scorer.normOwner("各部门也"));
    assertEquals("乡镇", Scorer.normOwner("各乡镇要"));
    assertEquals("乡镇们", Scorer.normOwner("乡镇们都"));
    assertEquals("", Scorer.normOwner("要"));
    assertEquals("乡镇", Scorer.normOwner(" 各 乡镇 "));
  }

  @Test
  void ownersMatchWhenOneNormalisedNameContainsTheOther() {
    assertTrue(Scorer.ownerMatch("各乡镇", "乡镇们"));
    assertTrue(Scorer.ownerMatch("住建局", "市住建局"));
    assertFalse(Scorer.ownerMatch("住建局", "应急管理局"));
    assertFalse(Scorer.ownerMatch("我们", "我们"));
  }

  @Test
  void titlesMatchWhenEqualOrTheShorterIsInsideAndAtLeastSixTenths() {
    assertTrue(Scorer.titleMatch("全面排查风险隐患", "全面排查风险隐患。"));
    assertTrue(Scorer.titleMatch("压实责任；", "压实 责任，"));
    // 6 of 10 code points: 6 >= 0.6 * 10
    assertTrue(Scorer.titleMatch("加强队伍建设提升能力", "加强队伍建设"));
    // 5 of 10
    assertFalse(Scorer.titleMatch("加强队伍建设提升能力", "加强队伍建"));
    assertFalse(Scorer.titleMatch("加强队伍建设提升能力", "提升队伍建设"));
    // 4 of 6, either way round
    assertTrue(Scorer.titleMatch("严肃追责问责", "严肃追责"));
    assertTrue(Scorer.titleMatch("严肃追责", "严肃追责问责"));
    assertFalse(Scorer.titleMatch("强化保障，确保各项措施落到实处", "强化保障"));
    assertFalse(Scorer.titleMatch("", "甲"));
  }

  @Test
  void locatorToleratesWhitespaceAndAnotherClosingMark() {
    Locator loc = new Locator("甲乙丙。丁\n甲乙 丙。");
    assertEquals(new Hit(0, 3), loc.find("甲乙丙；", null, Set.of()));
    assertEquals(new Hit(5, 9), loc.find("甲乙丙。", null, Set.of(new Hit(0, 4))));
    assertEquals(new Hit(0, 4), loc.find("甲乙丙。", null, Set.of(new Hit(0, 4), new Hit(5, 9))));
    assertEquals(new Hit(6, 8), loc.find("乙丙", 6, Set.of()));
    assertNull(loc.find("戊", null, Set.of()));
    assertNull(loc.find("  ", null, Set.of()));
  }

  @Test
  void locatorFindsOverlappingOccurrences() {
    Locator loc = new Locator("啊啊啊");
    assertEquals(new Hit(0, 2), loc.find("啊啊", null, Set.of()));
    assertEquals(new Hit(1, 3), loc.find("啊啊", null, Set.of(new Hit(0, 2))));
  }

  @Test
  void locatorCountsCodePoints() {
    Locator loc = new Locator("𠀀𠀁甲乙");
    assertEquals(new Hit(2, 4), loc.find("甲乙", null, Set.of()));
  }

  @Test
  void iouIsIntersectionOverUnion() {
    assertEquals(0.8, Locator.iou(new Hit(0, 10), new Hit(2, 10)));
    assertEquals(0.0, Locator.iou(new Hit(0, 0), new Hit(0, 0)));
    assertEquals(0.0, Locator.iou(new Hit(0, 5), new Hit(5, 10)));
  }

  private static final String SOURCE = "各科室要按时上报材料。我们要讲究方法。\n各科室要按时上报材料。办公室要做好会务保障。";

  private static Gold gold() {
    return new Gold(
        "x.txt",
        null,
        List.of(),
        List.of(
            task("各科室要按时上报材料。", "action", List.of("各科室"), null),
            task("我们要讲究方法。", "optional", List.of(), null),
            task("办公室要做好会务保障。", "requirement", List.of("办公室"), new GoldDeadline("会前", null))));
  }

  private static GoldTask task(String quote, String kind, List<String> owners, GoldDeadline d) {
    return new GoldTask(quote, kind, owners, d, List.of(), List.of(), List.of());
  }

  private static PredictedTask pred(String text, String kind, String... owners) {
    return new PredictedTask(text, kind, List.of(owners), null);
  }

  @Test
  void optionalRepeatedAndUnlocatableUnits() {
    Prediction p =
        new Prediction(
            List.of(
                pred("各科室要按时上报材料。", "action", "科室们"),
                pred("我们要讲究方法。", "action"),
                pred("各科室要按时上报材料。", "action"),
                pred("各处室要按时报送。", "action")),
            List.of());
    FileScore s = scorer.score(SOURCE, gold(), p);
    assertEquals(new Tally(1, 1, 1), s.tasks());
    assertEquals(new Tally(1, 1, 0), s.actions());
    assertEquals(new Tally(1, 0, 0), s.owners());
    assertEquals(Tally.ZERO, s.deadlineText());
    assertEquals(Tally.ZERO, s.outline());
    assertEquals(1, s.kindOk());
    assertEquals(1, s.kindN());
    assertEquals(
        List.of(
            "  unlocatable predicted text (counted as false positive): 各处室要按时报送。",
            "  missed [requirement] 办公室要做好会务保障。"),
        s.log());
  }

  @Test
  void aMissingPredictionScoresAsEmptyWithOrWithoutTheSource() {
    FileScore withSource = scorer.score(SOURCE, gold(), null);
    assertEquals(new Tally(0, 0, 2), withSource.tasks());
    assertEquals(new Tally(0, 0, 1), withSource.actions());
    FileScore without = scorer.scoreWithoutSource(gold());
    assertEquals(withSource, without);
  }

  @Test
  void aGoldQuoteMissingFromTheSourceNamesFileAndQuote() {
    Gold bad =
        new Gold("x.txt", null, List.of(), List.of(task("各科室要提前报送材料。", "action", List.of(), null)));
    LuoshiException e =
        assertThrows(LuoshiException.class, () -> scorer.score(SOURCE, bad, Prediction.empty()));
    assertEquals("gold quote not found in source: x.txt: 各科室要提前报送材料。", e.getMessage());
  }

  @Test
  void tallyMetricsFollowScorePyConventions() {
    assertEquals(new Metrics(1.0, 1.0, 1.0, 0, 0, 0), Tally.ZERO.metrics());
    assertEquals(new Metrics(0.0, 0.0, 0.0, 0, 0, 2), new Tally(0, 0, 2).metrics());
    assertEquals(new Metrics(0.0, 1.0, 0.0, 0, 3, 0), new Tally(0, 3, 0).metrics());
    // Tally: tp 12 fp 5 fn 5 -> p 0.7059 (round(12/17, 4))
    assertEquals(new Metrics(0.7059, 0.7059, 0.7059, 12, 5, 5), new Tally(12, 5, 5).metrics());
  }
}
