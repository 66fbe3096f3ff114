package dev.luoshi.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.analysis.HanLpAnalyzer;
import dev.luoshi.analysis.Lexicon;
import dev.luoshi.extract.deadlines.RuleDeadlineFinder;
import dev.luoshi.extract.owners.RuleOwnerFinder;
import dev.luoshi.extract.tasks.RuleTaskClassifier;
import dev.luoshi.outline.OutlineParser;
import dev.luoshi.plan.Kind;
import dev.luoshi.plan.Owner;
import dev.luoshi.units.Notes;
import dev.luoshi.units.UnitSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Owner tags that close an item give their owners to the item's tasks that name none, and reach no
 * further (sentences written for these tests in the genre's style).
 */
class ClosingTagsTest {
  private static final RuleTaskClassifier RULES = RuleTaskClassifier.create(List.of(), List.of());
  private static final RuleDeadlineFinder DEADLINES = RuleDeadlineFinder.create();
  private static final Extractor EXTRACTOR =
      new Extractor(
          HanLpAnalyzer.create(Lexicon.builtIn()),
          RuleOwnerFinder.builtIn().withTimePhrases(DEADLINES),
          DEADLINES,
          RULES,
          RULES.cues());

  /** The tasks the extractor finds in a text, the meeting on 2024-09-02. */
  private static List<Found> found(String text) {
    return EXTRACTOR.extract(
        text,
        UnitSplitter.split(text),
        new OutlineParser().parse(text),
        Notes.start(text),
        LocalDate.of(2024, 9, 2));
  }

  /** Each task as "text | owners | implied owners", names with their roles. */
  private static List<String> tasks(String text) {
    return found(text).stream()
        .map(
            f ->
                f.unit().text()
                    + " | "
                    + names(f.owners())
                    + " | "
                    + names(f.impliedOwners())
                    + (f.impliedBy() == null ? "" : " ← " + f.impliedBy().text()))
        .toList();
  }

  private static String names(List<Owner> owners) {
    return owners.stream()
        .map(o -> o.name() + ":" + o.role().label())
        .collect(Collectors.joining(","));
  }

  @Test
  void aTagOnItsOwnLineCarriesTheItemsTasksThatNameNobody() {
    String text =
        """
        一、抓好秋冬季森林防火
        1.开展隐患排查。要在10月底前对辖区林区开展一次全面巡查。县林业局要建立巡查台账。要及时清理林下可燃物。
        （县林业局牵头，各镇配合）
        2.加强宣传教育。各村要利用广播反复宣传野外用火禁令。
        """;
    assertEquals(
        List.of(
            "要在10月底前对辖区林区开展一次全面巡查。 |  | 县林业局:lead,各镇:support ← （县林业局牵头，各镇配合）",
            "县林业局要建立巡查台账。 | 县林业局:lead | ",
            "要及时清理林下可燃物。 | 县林业局:lead,各镇:support | ",
            "各村要利用广播反复宣传野外用火禁令。 | 各村:lead | "),
        tasks(text));
  }

  @Test
  void aTagCutAtItsSemicolonIsStillOneTagAndNoTask() {
    String text =
        """
        一、整治城区积水点
        各区要在汛前完成雨水管网清淤。
        （牵头单位：市水务局；配合单位：市城管局、各区政府）
        要疏通老城区排水沟渠，设置临时泵站（牵头单位：市水务局；配合单位：市应急局）。
        """;
    assertEquals(
        List.of(
            "各区要在汛前完成雨水管网清淤。 | 各区:lead,市水务局:lead,市城管局:support,各区政府:support | ",
            "要疏通老城区排水沟渠，设置临时泵站（牵头单位：市水务局； | 市水务局:lead,市应急局:support | "),
        tasks(text));
  }

  @Test
  void aShortPointThatATagCutAtItsSemicolonAssignsIsATask() {
    String text =
        """
        关于做好城区防汛工作的通知
        （一）完成雨水管网清淤。（牵头单位：市水务局；配合单位：各区政府）
        （二）设置临时泵站。（市水务局牵头；2025年5月底前完成）
        """;
    List<Found> found = found(text);
    assertEquals(
        List.of("（一）完成雨水管网清淤。 | 市水务局:lead,各区政府:support | ", "（二）设置临时泵站。 | 市水务局:lead | "),
        tasks(text));
    assertEquals("2025年5月底前", deadline(text, found.get(1)));
  }

  @Test
  void aTagsPartThatOpensWithATimeOnlySaysWhen() {
    String text =
        """
        关于做好城区防汛工作的通知
        （一）完成雨水管网清淤。（市水务局会同各区政府负责，2025年持续推进）
        （二）设置临时泵站。（市应急局负责，2025年底前取得明显成效）
        （三）加强汛期值守。
        各区要加强汛期值守。（二〇二五年五月六日）
        """;
    assertEquals(
        List.of(
            "（一）完成雨水管网清淤。 | 市水务局:lead,各区政府:support | ",
            "（二）设置临时泵站。 | 市应急局:lead | ",
            "各区要加强汛期值守。 | 各区:lead | "),
        tasks(text));
    List<Found> found = found(text);
    assertEquals("2025年底前", deadline(text, found.get(1)));
    assertEquals(null, found.get(2).deadline()); // a date, not when the work is due
  }

  @Test
  void aLabelIsARoleWordBeforeAWordForAnOfficeAndWhatFollowsItNamesBodies() {
    String text =
        """
        县农业农村局2025年工作要点
        1.完成秋播面积核查。（责任股室：种植业股；责任领导：王副局长）
        2.培育示范合作社。（牵头股室：经管股；协办科室：对外联络科、各乡镇）
        """;
    assertEquals(
        List.of(
            "1.完成秋播面积核查。 | 种植业股:lead,王副局长:leader | ",
            "2.培育示范合作社。 | 经管股:lead,对外联络科:support,各乡镇:support | "),
        tasks(text));
  }

  @Test
  void labelLinesAfterATaskAllAssignIt() {
    String text =
        """
        一、整治城区积水点
        各区要在汛前完成雨水管网清淤。
        牵头单位：市水务局
        配合单位：市城管局、各区政府
        责任领导：张副市长
        要加强汛期值班值守。
        """;
    assertEquals(
        List.of(
            "各区要在汛前完成雨水管网清淤。 | 各区:lead,市水务局:lead,市城管局:support,各区政府:support," + "张副市长:leader | ",
            "要加强汛期值班值守。 |  | "),
        tasks(text));
  }

  @Test
  void aTagsTimeIsTheDeadlineOfATaskThatGivesNone() {
    String text =
        """
        一、整治城区积水点
        要加快改造老旧排水管网。（市水务局负责，2025年5月底前完成）
        要在5月底前完成易涝点排查。（各区政府负责，2025年4月底前完成）
        """;
    List<Found> found = found(text);
    assertEquals(2, found.size());
    assertEquals("2025年5月底前", deadline(text, found.get(0)));
    assertEquals("市水务局:lead", names(found.get(0).owners()));
    assertEquals("5月底前", deadline(text, found.get(1)));
  }

  @Test
  void workATagBoundsIsADeliverableAsWorkBoundInItsUnitIs() {
    String text =
        """
        一、整治城区积水点
        要加强排水设施的日常巡查。（市水务局负责，2025年5月底前完成）
        要加强排水设施的日常巡查。（市水务局负责，长期坚持）
        要加强排水设施的日常巡查，2025年5月底前完成。
        """;
    List<Found> found = found(text);
    assertEquals(
        List.of(Kind.ACTION, Kind.REQUIREMENT, Kind.ACTION),
        found.stream().map(f -> f.verdict().kind()).toList());
    assertTrue(found.get(0).verdict().cues().contains("tag.deadline:2025年5月底前"));
  }

  @Test
  void aTimeLabelAfterALabelledTagBoundsTheTaskToo() {
    String text =
        """
        一、整治城区积水点
        要完成易涝点排查。
        牵头单位：市水务局；配合单位：各区政府；完成时限：2025年4月底
        要加强汛期值守。
        """;
    List<Found> found = found(text);
    assertEquals(2, found.size());
    assertEquals("市水务局:lead,各区政府:support", names(found.get(0).owners()));
    assertEquals("2025年4月底", deadline(text, found.get(0)));
    assertEquals(null, found.get(1).deadline());
  }

  @Test
  void aBracketThatOnlyGivesTheTimeBoundsTheTaskBeforeIt() {
    String text =
        """
        一、整治城区积水点
        要加快改造老旧排水管网。（市水务局负责）（2025年5月底前完成）
        要完成易涝点排查。
        （2025年4月底前完成）
        要加强汛期值守。
        """;
    List<Found> found = found(text);
    assertEquals(3, found.size());
    assertEquals("市水务局:lead", names(found.get(0).owners()));
    assertEquals("2025年5月底前", deadline(text, found.get(0)));
    assertEquals("要完成易涝点排查。", found.get(1).unit().text());
    assertEquals("2025年4月底前", deadline(text, found.get(1)));
    assertEquals(null, found.get(2).deadline());
  }

  private static String deadline(String text, Found f) {
    int at = f.unit().start();
    return text.substring(at + f.deadline().start(), at + f.deadline().end());
  }

  @Test
  void aBracketCutAtASemicolonThatAssignsNobodyGivesNoOwners() {
    String text =
        """
        一、整治城区积水点
        各区要排查易涝点位（积水深度、影响范围；周边重要设施）。
        """;
    assertEquals(List.of("各区要排查易涝点位（积水深度、影响范围； | 各区:lead | "), tasks(text));
  }

  @Test
  void aTagEndingTheItemsLastSentenceCountsToo() {
    String text =
        """
        （一）做好困难群众帮扶
        要摸清辖区内困难群众底数，建立动态管理台账。要在春节前完成入户走访（县民政局负责）。
        （二）做好就业服务
        要举办两场专场招聘会。
        """;
    assertEquals(
        List.of(
            "要摸清辖区内困难群众底数，建立动态管理台账。 |  | 县民政局:lead ← 要在春节前完成入户走访（县民政局负责）。",
            "要在春节前完成入户走访（县民政局负责）。 | 县民政局:lead | ",
            "要举办两场专场招聘会。 |  | "),
        tasks(text));
  }

  @Test
  void aTagWithMoreSentencesAfterItOnItsLineBelongsToOneSentence() {
    String text =
        """
        1.完善值班制度。要制定值班工作细则。要落实交接班登记（县应急局负责）。要加强值班抽查。
        2.加强值守。
        """;
    assertEquals(
        List.of("要制定值班工作细则。 |  | ", "要落实交接班登记（县应急局负责）。 | 县应急局:lead | ", "要加强值班抽查。 |  | "),
        tasks(text));
  }

  @Test
  void withoutANumberedItemTheTagCarriesItsParagraphOnly() {
    String text =
        """
        要在本周内完成办公区消防设施检查。
        要组织一次疏散演练，并做好演练记录。
        （办公室负责）
        要检查各楼层灭火器。要及时更换过期器材。（后勤科负责）
        """;
    assertEquals(
        List.of(
            "要在本周内完成办公区消防设施检查。 |  | ",
            "要组织一次疏散演练，并做好演练记录。 | 办公室:lead | ",
            "要检查各楼层灭火器。 |  | 后勤科:lead ← （后勤科负责）",
            "要及时更换过期器材。 | 后勤科:lead | "),
        tasks(text));
  }

  @Test
  void aTagThatClosesTheItemReachesBackToItsMarker() {
    String closed =
        """
        （一）规范公文办理
        要严格执行公文审核制度。
        要压缩办文时限，提高办文效率。（办公室负责）
        （二）加强档案管理
        """;
    assertEquals(
        List.of("要严格执行公文审核制度。 |  | 办公室:lead ← （办公室负责）", "要压缩办文时限，提高办文效率。 | 办公室:lead | "),
        tasks(closed));
    String goesOn = closed.replace("（二）", "各科室要指定专人负责收发文。\n（二）");
    assertEquals(
        List.of(
            "要严格执行公文审核制度。 |  | ", "要压缩办文时限，提高办文效率。 | 办公室:lead | ", "各科室要指定专人负责收发文。 | 各科室:lead | "),
        tasks(goesOn),
        "a tag the item goes on after closes its paragraph only");
  }

  @Test
  void pointsInsideAParagraphArePartsOfItsItem() {
    String text =
        """
        （三）加强队伍建设。一是要开展岗位练兵活动，每季度组织一次业务比武。二是要落实全员轮训制度，年内轮训一遍。（县人社局负责）
        （四）强化保障
        """;
    assertEquals(
        List.of(
            "一是要开展岗位练兵活动，每季度组织一次业务比武。 |  | 县人社局:lead ← （县人社局负责）",
            "二是要落实全员轮训制度，年内轮训一遍。 | 县人社局:lead | "),
        tasks(text));
  }

  @Test
  void aTagAfterASubPointDoesNotReachItsSiblings() {
    String text =
        """
        2.强化道路管控。
        （1）增设测速设备。要在事故多发路段增设测速设备，并在月底前投入使用。
        （2）加强夜间巡逻。要加强城乡接合部的夜间巡逻，严查酒后驾驶。
        （县公安局负责）
        3.加强源头管理。
        """;
    assertEquals(
        List.of("要在事故多发路段增设测速设备，并在月底前投入使用。 |  | ", "要加强城乡接合部的夜间巡逻，严查酒后驾驶。 | 县公安局:lead | "),
        tasks(text));
  }

  @Test
  void anItemTaggedSentenceBySentenceGivesNoImpliedOwners() {
    String text =
        """
        1.做好迎检准备。要整理近三年工作台账。要补齐缺失的会议记录（综合科负责）。要更新制度汇编。要布置迎检场地（后勤科负责）。
        2.做好总结。
        """;
    assertEquals(
        List.of(
            "要整理近三年工作台账。 |  | ",
            "要补齐缺失的会议记录（综合科负责）。 | 综合科:lead | ",
            "要更新制度汇编。 |  | ",
            "要布置迎检场地（后勤科负责）。 | 后勤科:lead | "),
        tasks(text));
    String ownLines =
        """
        （一）加大资金投入。县财政局要统筹安排专项资金。
        （县财政局负责）
        要积极争取上级补助资金。
        各乡镇要落实配套资金。
        （县发展改革局负责）
        （二）拓宽融资渠道。
        """;
    assertEquals(
        List.of(
            "县财政局要统筹安排专项资金。 | 县财政局:lead | ",
            "要积极争取上级补助资金。 |  | ",
            "各乡镇要落实配套资金。 | 各乡镇:lead,县发展改革局:lead | "),
        tasks(ownLines));
  }
}
