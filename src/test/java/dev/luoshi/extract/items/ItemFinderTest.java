package dev.luoshi.extract.items;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counted sets in whole sentences (written for these tests in the genre's style). */
class ItemFinderTest {
  private final ItemFinder finder = ItemFinder.builtIn();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence | the items cut from it, joined by '/' (empty: none)
          重点在深化改革、提升服务质量、完善救助体系、加强队伍建设等四个方面下功夫。 | 深化改革/提升服务质量/完善救助体系/加强队伍建设
          要牢牢抓住乡村振兴和城市更新两个关键，推动城乡融合发展。                 | 乡村振兴/城市更新
          要全力抓好源头治理、过程监管两大环节，守住安全底线。                     | 源头治理/过程监管
          各医院要落实病历书写、检验报告、影像报告“三统一”要求。                   | 病历书写/检验报告/影像报告
          今年要围绕项目攻坚年、作风提升年、服务优化年的“三个年”建设，全力推进各项工作。 | 项目攻坚年/作风提升年/服务优化年
          全年要确保实现“三无”目标：无重大交通事故、无重大刑事案件、无重大火灾事故。 | 无重大交通事故/无重大刑事案件/无重大火灾事故
          汛期要落实人员、物资、车辆、通信和预案“五到位”。                         | 人员/物资/车辆/通信/预案
          全体教师要做到“三个坚持”，即坚持立德树人、坚持因材施教、坚持终身学习。   | 坚持立德树人/坚持因材施教/坚持终身学习
          重点推进老旧小区改造、背街小巷整治及农贸市场提升三项工程。               | 老旧小区改造/背街小巷整治/农贸市场提升
          要聚焦粮食、生猪、蔬菜三大保供品种，稳定市场价格。                       | 粮食/生猪/蔬菜
          各乡镇要按照“四个一”要求，即一名专干、一间办公室、一套制度、一本台账，规范站所建设。 | 一名专干/一间办公室/一套制度/一本台账
          要以“三清两改”为重点，即清垃圾、清河道、清杂物，改厕所、改厨房。         | 清垃圾/清河道/清杂物/改厕所/改厨房
          要把握好稳增长、调结构、防风险三个方面的关系。                           | 稳增长/调结构/防风险
          今年要完成道路硬化、路灯安装和绿化提升等三项民生实事。                   | 道路硬化/路灯安装/绿化提升
          要始终坚持“严、实、细”三字要求。                                         | 严/实/细
          要坚持“稳定、协调、均衡、发展”八字方针。                                 | 稳定/协调/均衡/发展
          大家要紧盯项目、资金、人才3个要素，一项一项抓落实。                       | 项目/资金/人才
          各级党委要统筹好保供和稳价两件大事。                                     | 保供/稳价
          在城区、园区、景区三个区域开展集中整治。                                 | 城区/园区/景区
          全县要打好污染防治、风险化解、脱贫巩固三大攻坚战。                       | 污染防治/风险化解/脱贫巩固
          各县（市、区）要落实监测、预警两项机制。                                 | 监测/预警
          要做好“放管服”改革、“证照分离”改革两项重点工作。                         | “放管服”改革/“证照分离”改革
          重点整治三类问题：违规占道、乱搭乱建、噪音扰民。                         | 违规占道/乱搭乱建/噪音扰民
          要深入推进流域治理、全面加强水源保护两项任务。                           | 深入推进流域治理/全面加强水源保护
          围绕甲年、乙年的“两个年”活动，重点在强化队伍、优化流程、提升效能三个方面发力。 | 强化队伍/优化流程/提升效能
          企业的三大任务分别是稳订单、保交付和降成本。                             | 稳订单/保交付/降成本
          各乡镇、各部门要抓好防汛、抗旱两项工作。                                 | 防汛/抗旱
          对全县12座水库落实“三个责任人”，即行政责任人、技术责任人和巡查责任人，汛前完成培训。 | 行政责任人/技术责任人/巡查责任人
          重点抓好三项工作：春耕、防汛、护林等。                                   | 春耕/防汛/护林
          要抓好安全生产、信访稳定以及疫情防控三项工作。                           | 安全生产/信访稳定/疫情防控
          要维护社会和谐、民族团结两个大局。                                       | 社会和谐/民族团结
          要及时做好物资储备和人员培训两项准备。                                   | 物资储备/人员培训
          三是要抓好招商引资、项目建设两项重点。                                   | 招商引资/项目建设
          各单位要落实ＡＢ角、首问负责、限时办结３项制度。                         | ＡＢ角/首问负责/限时办结
          要坚持问题导向、目标导向、结果导向“三个导向”，推动工作落实。             | 问题导向/目标导向/结果导向
          下面，我讲三点意见。                                                     |
          要在三个月内完成清查、登记和建档。                                       |
          同志们，要做到“三个务必”。                                               |
          全面落实“两不愁三保障”，即不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。 |
          力争三年内全面完成改造任务。                                             |
          全年地区生产总值增长8%，每人完成两千字调研报告。                         |
          要抓好春耕备耕、水利建设、森林防火两项工作。                             |
          要把安全生产和消防安全三项工作抓紧抓实。                                 |
          重点整治三类问题：违规占道、乱搭乱建。                                   |
          要切实增强“四个意识”，坚定“四个自信”。                                   |
          各单位要在两个月内完成自查，整改率达到两个百分点以上。                   |
          全市有1396个村完成改厕，占全部行政村的86%。                              |
          会议听取了三个部门的汇报。                                               |
          第三个问题是作风建设，第二批名单另行通知。                               |
          要按照“一事一议”的原则逐项解决。                                         |
          “十四五”时期要实现新的突破，迈上新的台阶。                               |
          我们要抓住机遇、迎接挑战，做好三篇文章。                                 |
          红十字会、慈善总会要加强协作。                                           |
          一是抓好春耕生产，二是抓好防汛备汛。                                     |
          要围绕“三个重点”开展工作，确保各项任务落到实处。                         |
          要一个环节一个环节抓落实，一个项目一个项目抓推进。                       |
          """)
  void cutsTheItems(String sentence, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split("/"));
    assertEquals(want, finder.items(sentence));
  }

  @Test
  void offsetsCutTheItemsVerbatimFromTheUnit() {
    String unit = "要紧紧扭住 安全生产和 森林防火 两个重点。";
    List<int[]> spans = finder.find(unit);
    assertEquals(2, spans.size());
    assertArrayEquals(new int[] {6, 10}, spans.get(0));
    assertEquals("安全生产", unit.substring(spans.get(0)[0], spans.get(0)[1]));
    assertEquals("森林防火", unit.substring(spans.get(1)[0], spans.get(1)[1]));
  }

  @Test
  void everyCountedSetIsFoundAndTheLargestIsChosen() {
    String unit = "围绕甲年、乙年的“两个年”活动，重点在强化队伍、优化流程、提升效能三个方面发力。";
    List<List<int[]>> all = finder.findAll(unit);
    assertEquals(List.of(2, 3), all.stream().map(List::size).toList());
    assertEquals(List.of("强化队伍", "优化流程", "提升效能"), finder.items(unit));
  }

  @Test
  void returnedOffsetsAreFreshCopies() {
    String unit = "要抓好源头管控、过程监管两大环节。";
    int[] first = finder.find(unit).get(0);
    first[0] = 99;
    assertNotSame(first, finder.find(unit).get(0));
    assertEquals(List.of("源头管控", "过程监管"), finder.items(unit));
  }

  @Test
  void anEmptyUnitHasNoItems() {
    assertEquals(List.of(), finder.find(""));
  }

  @Test
  void numeralsUpToNinetyNine() {
    assertEquals(2, CountWord.value("两"));
    assertEquals(10, CountWord.value("十"));
    assertEquals(12, CountWord.value("十二"));
    assertEquals(20, CountWord.value("二十"));
    assertEquals(99, CountWord.value("九十九"));
    assertEquals(4, CountWord.value("４"));
    assertEquals(-1, CountWord.value("三四"));
    assertEquals(-1, CountWord.value("一百"));
  }

  @Test
  void aRulesFileMustDefineEveryList() {
    byte[] partial = "# only one list\n@CLASSIFIERS = 个\n".getBytes(StandardCharsets.UTF_8);
    assertThrows(
        IllegalStateException.class, () -> ItemRules.read(new ByteArrayInputStream(partial)));
  }
}
