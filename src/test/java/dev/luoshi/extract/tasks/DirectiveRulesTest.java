package dev.luoshi.extract.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.Luoshi;
import dev.luoshi.PlanOptions;
import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceText;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Task;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Directives without 要, and the register of a text, on passages written for these tests. */
class DirectiveRulesTest {
  private static final Luoshi LUOSHI = Luoshi.create(Settings.none());

  private static List<String> tasks(String text) {
    return tasks(text, PlanOptions.defaults());
  }

  /** The tasks of a text planned with a meeting date. */
  private static List<String> tasks(String text, LocalDate meeting) {
    return tasks(text, new PlanOptions(meeting));
  }

  /** The kinds of the tasks of a text, in order. */
  private static List<String> kinds(String text) {
    Plan plan = LUOSHI.plan(SourceText.of("t.txt", text), PlanOptions.defaults());
    return plan.tasks().stream().map(k -> k.kind().name()).toList();
  }

  private static List<String> tasks(String text, PlanOptions options) {
    Plan plan = LUOSHI.plan(SourceText.of("t.txt", text), options);
    return plan.tasks().stream().map(Task::text).toList();
  }

  @Test
  void prohibitionsDirectAndTheirLookAlikesDoNot() {
    List<String> t = tasks("各单位不准擅自发放补贴。\n任何人不许私自改动台账。\n有的科室事前不准备好材料就开会。\n");
    assertTrue(t.contains("各单位不准擅自发放补贴。"), t.toString());
    assertTrue(t.contains("任何人不许私自改动台账。"), t.toString());
    Plan plan = LUOSHI.plan(SourceText.of("t.txt", "有的科室事前不准备好材料就开会。"), PlanOptions.defaults());
    assertTrue(
        plan.tasks().stream().noneMatch(k -> k.cues().contains("modal.strong:不准")),
        "不准备 is no prohibition");
  }

  @Test
  void 不能ForbidsUnlessItAsksOrSaysWhatCannotBe() {
    List<String> t =
        tasks(
            "没有担当精神的干部，不能带队伍。\n"
                + "考核的淘汰比例不能降低。\n"
                + "我们能不能在年内把这个平台建起来？\n"
                + "这种情况不能不引起我们的警惕。\n"
                + "我们的装备还不能满足需要。\n"
                + "地基不牢，房屋就会出现裂缝，墙体不能发生位移。\n");
    assertEquals(List.of("没有担当精神的干部，不能带队伍。", "考核的淘汰比例不能降低。"), t);
  }

  @Test
  void aStateOfMindDirectsOnlyWhenSomethingToBeDoneFollows() {
    String text =
        "一、关于队伍建设\n"
            + "全体干部职工要树立勤学善思的理念，养成每日读书的习惯。\n"
            + "要增强服务意识。\n"
            + "要牢记初心，否则将前功尽弃。\n"
            + "要看到这种困难，遇到风险的时候，就会手足无措。\n"
            + "同时，我们应该看到，全县的发展基础还不牢固。\n"
            + "必须清醒认识到，发展不平衡的问题仍然突出。\n"
            + "要记住，汛期无小事，多跑现场。\n"
            + "不要认为整改已经全部到位了。\n"
            + "我们要有攻坚克难的意志。\n"
            + "邻县的教训很深刻，我们要引以为戒。\n"
            + "青年职工要珍惜岗位，多跑现场、少坐办公室。\n";
    assertEquals(
        List.of("全体干部职工要树立勤学善思的理念，养成每日读书的习惯。", "要记住，汛期无小事，多跑现场。", "青年职工要珍惜岗位，多跑现场、少坐办公室。"),
        tasks(text));
  }

  @Test
  void whatSomeOfThemDoIsToldNotOrdered() {
    String text =
        "二、关于作风建设\n"
            + "有些单位还规定，台账必须由主要负责人亲笔签字。\n"
            + "有的同志不明白要守住这条底线。\n"
            + "个别乡镇摸底工作不够细致，存在底数不准等问题。\n"
            + "一些乡镇财力紧张，要加大转移支付力度。\n";
    assertEquals(List.of("一些乡镇财力紧张，要加大转移支付力度。"), tasks(text));
  }

  @Test
  void 建议AsksOnlyTheBodyWrittenTo() {
    String text = "建议你市按照专家组意见，做好堤防的长期监测工作。\n" + "各地提出的意见建议已经汇总。\n" + "专家组的建议是加固堤防。\n";
    assertEquals(List.of("建议你市按照专家组意见，做好堤防的长期监测工作。"), tasks(text));
  }

  @Test
  void workReportedUnderWayIsNoOrder() {
    String text = "三、关于规划\n" + "市委对编制新一轮规划十分重视，相关准备工作正在进行。\n" + "各部门要在6月底前报送规划思路。\n";
    assertEquals(List.of("各部门要在6月底前报送规划思路。"), tasks(text));
  }

  @Test
  void aRulesRefusalDirects() {
    String text = "二、关于试用期\n" + "试用期为六个月。\n" + "考核不合格的，不予转正。\n";
    assertEquals(List.of("考核不合格的，不予转正。"), tasks(text));
  }

  @Test
  void aSuggestionOrAHopeTurnedToThoseItPicksOutAsks() {
    String text = "三、关于一线\n" + "我建议每个车间主任去跟一条产线。\n" + "希望每位班组长带头示范。\n" + "我建议的方案已经报上去了。\n";
    assertEquals(List.of("我建议每个车间主任去跟一条产线。", "希望每位班组长带头示范。"), tasks(text));
  }

  @Test
  void whatAStepTakesNowJudgedByAComplaintIsNoOrder() {
    String text = "三、关于流程\n" + "现在一份合同要盖五个章，太繁琐了。\n" + "审批环节要减少到三个以内。\n";
    assertEquals(List.of("审批环节要减少到三个以内。"), tasks(text));
  }

  @Test
  void 希望AsksOnlyWhenItTurnsToTheAudience() {
    String text =
        "三、关于学习\n"
            + "希望大家珍惜机会、刻苦钻研，尽快成长为业务骨干。\n"
            + "希望各级主管带头学习新的管理方法。\n"
            + "我希望这次改革能够顺利推进。\n"
            + "青年是祖国的希望。\n";
    assertEquals(List.of("希望大家珍惜机会、刻苦钻研，尽快成长为业务骨干。", "希望各级主管带头学习新的管理方法。"), tasks(text));
  }

  @Test
  void 希望SetsATargetWhenItNamesAChangeOrAFigure() {
    String text =
        "三、关于队伍\n" + "我希望明年有300名技术骨干充实到基层。\n" + "我们希望减少审批的环节，提高办事的效率。\n" + "我们希望这次调整能够顺利。\n";
    assertEquals(List.of("GOAL", "GOAL"), kinds(text));
  }

  @Test
  void theSpeakersDecisionWithItsTimeDirectsButAToldOneDoesNot() {
    List<String> t =
        tasks(
            "我们决定从下个月起实行周例会制度。\n" + "我们决定，今年不再新增编制。\n" + "后来我们决定把研发中心搬到成都。\n" + "当时我们决定暂停这个项目。\n");
    assertEquals(List.of("我们决定从下个月起实行周例会制度。", "我们决定，今年不再新增编制。"), t);
  }

  @Test
  void anAnnouncedStepDirectsButAForecastDoesNot() {
    List<String> t =
        tasks(
            "下半年，公司将在三个片区试行新的考核办法。\n"
                + "局里将把这项工作列入年度考核。\n"
                + "从下个月开始，整个工程将进入攻坚阶段，这是最吃劲的时候。\n"
                + "各地要抓紧清理积压案件，否则便将贻误整改时机。\n"
                + "否则群众便将失去信心。\n"
                + "全县人民将一如既往同灾区群众站在一起，共渡难关。\n");
    assertEquals(List.of("下半年，公司将在三个片区试行新的考核办法。", "局里将把这项工作列入年度考核。", "各地要抓紧清理积压案件，否则便将贻误整改时机。"), t);
  }

  @Test
  void 会AnnouncesAStepUnlessItForetells() {
    String text =
        "新办法的推行要有个过程，我们会分批试点，逐步推开。\n"
            + "下周局里会通报几起违规用车的案例，请大家对照检查。\n"
            + "我们会逐步把报销的审批权交给各分厂。\n"
            + "也许过几年我们还会再调整这个方案。\n"
            + "这个问题不解决，公司就会萎缩下去。\n";
    assertEquals(
        List.of("新办法的推行要有个过程，我们会分批试点，逐步推开。", "下周局里会通报几起违规用车的案例，请大家对照检查。", "我们会逐步把报销的审批权交给各分厂。"),
        tasks(text));
  }

  @Test
  void anOpeningVerbWithAnAdverbAfterItNamesATopic() {
    List<String> t = tasks("改革永远在路上，前进之路无坦途。\n创新就是敢为人先。\n加强队伍建设，提高服务水平。\n");
    assertEquals(List.of("加强队伍建设，提高服务水平。"), t);
  }

  @Test
  void theListenersToldWhatToDoAreDirectedButWhatTheyAreOrDidIsNot() {
    String text =
        "这次调整先在两个片区试点，你们回去以后先把各个网点的人员名单整理好报上来。\n"
            + "你们认真去读一读这份材料，也带着本部门的同志一起学。\n"
            + "你们能把这件事说清楚，已经很不容易了。\n"
            + "你们也不说话，就这么把队伍划过去了。\n"
            + "你们认为这个办法行不行，会后可以再议。\n";
    assertEquals(
        List.of("这次调整先在两个片区试点，你们回去以后先把各个网点的人员名单整理好报上来。", "你们认真去读一读这份材料，也带着本部门的同志一起学。"),
        tasks(text));
  }

  @Test
  void theListenersToldWhatToDoWithWhatComesFirstAreDirectedButPraiseIsNot() {
    String text = "你们把明年的招生计划拿出来。\n" + "你们把这些问题都梳理一遍。\n" + "你们把食堂管得很好。\n" + "你们做得不错。\n";
    assertEquals(List.of("你们把明年的招生计划拿出来。", "你们把这些问题都梳理一遍。"), tasks(text));
  }

  @Test
  void whatAnyOneMustDoToReachAnEndIsAMaximButASpanOfOneMonthBoundsWork() {
    String text =
        "一个团队要打胜仗，指挥就要统一。\n"
            + "一名党员要想立得住，必须经得起考验。\n"
            + "一个企业要长久，关键在诚信。\n"
            + "一个月内要完成全部整改，各科室要按时销号。\n";
    assertEquals(List.of("一个月内要完成全部整改，各科室要按时销号。"), tasks(text));
  }

  @Test
  void whatItAllComesDownToSumsUpAnArgumentUnlessItNamesWhoActs() {
    String text = "说到底，就是要让数据多跑路、群众少跑腿。\n归根结底，各乡镇要把责任扛在肩上。\n";
    assertEquals(List.of("归根结底，各乡镇要把责任扛在肩上。"), tasks(text));
  }

  @Test
  void theSpeakerEmphasisingNowOrdersButReportingDoesNot() {
    String text = "四、关于干部队伍\n" + "我们再次强调要加快年轻干部的培养，不能论资排辈。\n" + "我在去年的工作会上提出，各科室要建立学习制度。\n";
    assertEquals(List.of("我们再次强调要加快年轻干部的培养，不能论资排辈。"), tasks(text));
  }

  @Test
  void aDirectiveUnderAConditionDirectsButAnArgumentDoesNot() {
    String text =
        "五、关于会议\n"
            + "如果材料没有备齐，就不要急于上会。\n"
            + "无论任务多重，都要守住安全底线。\n"
            + "如果我们都要等上级安排，那就要误事。\n"
            + "因为这种粗放的模式总有一天要被淘汰。\n";
    assertEquals(List.of("如果材料没有备齐，就不要急于上会。", "无论任务多重，都要守住安全底线。"), tasks(text));
  }

  @Test
  void rulesAnnouncedAreNormativeButFindingsAnnouncedAreNot() {
    String rules =
        "关于做好汛期值班工作的通知\n各乡镇、县直各单位：\n经县政府同意，现将有关事项通知如下：\n" + "汛期值班人员二十四小时在岗在位。\n险情信息一小时内报县防汛办。\n";
    assertEquals(List.of("汛期值班人员二十四小时在岗在位。", "险情信息一小时内报县防汛办。"), tasks(rules));
    String findings =
        "关于城北片区房屋开裂情况的调查报告\n县政府：\n专家组现场查看后，形成调查意见如下：\n" + "开裂房屋共三十二户，多为土坯结构。\n裂缝宽度一般在两毫米以内。\n";
    assertEquals(List.of(), tasks(findings));
  }

  @Test
  void aNoticesJudgementOfWhatItToldIsNoRule() {
    String text =
        "关于接管县城后若干问题的指示\n各县委：\n现将有关事项指示如下：\n"
            + "东关粮栈存粮只够全城半月之用，这是眼下最急的事。\n"
            + "私营作坊的存在，对于安定市面是有利的。\n"
            + "有人担心商户外逃，这种担心是多余的。\n"
            + "粮栈由县政府派员接管。\n"
            + "作坊照常开工，原有工人一律留用。\n";
    assertEquals(List.of("粮栈由县政府派员接管。", "作坊照常开工，原有工人一律留用。"), tasks(text));
  }

  @Test
  void aClassOfCasesNamedWithItsPastVerbIsNoReport() {
    List<String> t =
        tasks(
            "填错了表格的，由村会计重新登记，报乡里备案。\n"
                + "从下月起，补贴按到户面积发放，领了补贴没种地的，全额收回。\n"
                + "上个月有两个组填错了表格，后来都改过来了。\n");
    assertEquals(List.of("填错了表格的，由村会计重新登记，报乡里备案。", "从下月起，补贴按到户面积发放，领了补贴没种地的，全额收回。"), t);
  }

  @Test
  void whatAClassOfCasesIsToGetWithoutAModalIsARule() {
    List<String> t = tasks("虚报冒领的，限期退还；\n" + "情节恶劣的，给以处分；\n" + "去年有几户虚报冒领，大家都知道。\n");
    assertEquals(List.of("虚报冒领的，限期退还；", "情节恶劣的，给以处分；"), t);
  }

  @Test
  void 要命AndARoughCountOfFormsOrderNothing() {
    List<String> t =
        tasks("我跟大家讲，汛期里仓库进水，比丢一单生意还要命。\n" + "一个小站，每月要往县里报五六份表格。\n" + "仓库要在月底前把防水沙袋备齐。\n");
    assertEquals(List.of("仓库要在月底前把防水沙袋备齐。"), t);
  }

  @Test
  void anOrdinalIsNoCountOfTimesAndASpeakerAboutToSpeakOrdersNothing() {
    List<String> t =
        tasks(
            "2023年5月6日，在培训中心与第十七期学员座谈，以下是座谈记录。\n" + "我先要替班组长们说句公道话。\n" + "各部门要在月底前报送培训需求。\n",
            LocalDate.of(2023, 5, 6));
    assertEquals(List.of("各部门要在月底前报送培训需求。"), t);
  }

  @Test
  void whatSomeoneSaidTheyWantedIsNoOrder() {
    List<String> t =
        tasks("有个村的会计说要把账本带回家算，结果弄丢了两页。\n" + "你们上次来信说要推迟验收，我们当时同意了。\n" + "各村要在月底前把账本交镇经管站。\n");
    assertEquals(List.of("各村要在月底前把账本交镇经管站。"), t);
  }

  @Test
  void aThirdPersonsWordsRetoldWithoutACommaAreNoOrder() {
    List<String> t = tasks("我去找车间主任，他说设备要等厂家来修。\n" + "他说不批不行，不批上面要追责。\n" + "设备科要在周五前联系厂家。\n");
    assertEquals(List.of("设备科要在周五前联系厂家。"), t);
  }

  @Test
  void thePurposeOfTheOccasionIsNoOrder() {
    List<String> t =
        tasks("我们纪念建厂六十周年，就是要把老一辈的创业精神传下去。\n" + "今天请各车间主任来，就是要商量一下夏季检修的安排。\n" + "各车间要在六月底前完成检修。\n");
    assertEquals(List.of("各车间要在六月底前完成检修。"), t);
  }

  @Test
  void aNoticesWordsOnHowHardThingsStandAreNoRule() {
    String text =
        "关于做好春季防火工作的通知\n各乡镇、县直各单位：\n现将有关事项通知如下：\n"
            + "一、提高认识。当前，全县进入森林防火紧要期，防火形势十分严峻。各乡镇要落实包片责任。\n"
            + "二、加强值守。护林员每日巡山两次。\n";
    assertEquals(List.of("各乡镇要落实包片责任。", "护林员每日巡山两次。"), tasks(text));
  }

  @Test
  void aModalInsideWhatACopulaNamesIsNoOrder() {
    List<String> t = tasks("对于我们街道来说，办好这件事，既是必须完成的规定动作，又是服务群众的好机会。\n" + "各社区要在月底前完成走访。\n");
    assertEquals(List.of("各社区要在月底前完成走访。"), t);
  }

  @Test
  void theSpeakersProposalAnnouncedIsNoCopula() {
    List<String> t = tasks("我的建议是：设备科要在月底前拿出检修方案。\n" + "这个建议是合理的，要尽快落实。\n" + "这个建议是合理的。\n");
    assertEquals(List.of("我的建议是：设备科要在月底前拿出检修方案。", "这个建议是合理的，要尽快落实。"), t);
  }

  @Test
  void aMatterSettledAsItIsSaidIsNoReport() {
    List<String> t = tasks("这件事就这么定了，由设备科牵头来办。\n" + "这个方案去年就定了。\n");
    assertEquals(List.of("这件事就这么定了，由设备科牵头来办。"), t);
  }

  @Test
  void shortcomingsThatExistAreNoRuleUnderANotice() {
    List<String> t =
        tasks(
            "关于开展消防安全检查的通知\n" + "现将有关事项通知如下：\n" + "部分企业仍存在台账不全、隐患整改迟缓等问题。\n" + "各企业务必认真解决存在的问题。\n");
    assertEquals(List.of("各企业务必认真解决存在的问题。"), t);
  }

  @Test
  void aModalInsideWhatThisIsNamesIsNoOrder() {
    List<String> t = tasks("因为老旧管网已经到了更新周期，这是必须跨过的一道坎。\n" + "那是要花大力气才能办成的事。\n" + "各社区要在月底前完成排查。\n");
    assertEquals(List.of("各社区要在月底前完成排查。"), t);
  }

  @Test
  void 要想OpensAWishButObligesToThink() {
    List<String> t = tasks("你要想评先进，组织上也会看你的实绩。\n" + "各单位要想办法把欠款收回来。\n" + "这件事一定要想清楚再动手。\n");
    assertEquals(List.of("各单位要想办法把欠款收回来。", "这件事一定要想清楚再动手。"), t);
  }

  @Test
  void aTitleThatObligesAloneOnItsLineOverABodyIsAHeading() {
    String text =
        "一、必须坚持规划先行\n规划是建设的龙头。各乡镇要在六月底前完成村庄规划。\n"
            + "二、必须守住耕地红线\n耕地是粮食生产的命根子。\n"
            + "三、各村必须建立护林员巡查台账。\n"
            + "四、任何单位不得占用基本农田\n";
    assertEquals(List.of("各乡镇要在六月底前完成村庄规划。", "三、各村必须建立护林员巡查台账。", "四、任何单位不得占用基本农田"), tasks(text));
  }

  @Test
  void aShortTitleThatObligesClosedByItsFullStopWithItsParagraphRunningOnIsAHeading() {
    String text =
        "一、必须守住安全底线，绝不能麻痹大意。今年以来，全镇未发生较大事故。各村要落实网格员巡查。\n"
            + "二、必须压实属地责任。\n镇安监办要每月通报一次。\n"
            + "三、各企业负责人必须每周带班检查一次。全镇共有规上企业十二家。\n";
    assertEquals(List.of("各村要落实网格员巡查。", "镇安监办要每月通报一次。", "三、各企业负责人必须每周带班检查一次。"), tasks(text));
  }

  @Test
  void aPointWithNoBodyThatNamesWhoActsAndTheDayIsATaskWithoutAModal() {
    String text =
        "关于做好秋季防火工作的通知\n各乡镇：\n"
            + "一、各村不晚于10月25日完成隐患排查。\n"
            + "二、县林业局于11月10日前组织一次联合检查。\n"
            + "三、全县共有护林员一百二十名。\n";
    assertEquals(
        List.of("一、各村不晚于10月25日完成隐患排查。", "二、县林业局于11月10日前组织一次联合检查。"),
        tasks(text, LocalDate.of(2026, 9, 20)));
  }

  @Test
  void aStrongStartAndWhatIsStrivenForAreGoals() {
    assertEquals(List.of("GOAL", "GOAL"), kinds("各乡镇要加压奋进，确保一季度开门红。\n要稳住基本盘，奋力实现全年目标。\n"));
  }

  @Test
  void theLineThatIntroducesTheDecisionsIsNoneOfThem() {
    List<String> t = tasks("会议纪要\n会议议定如下事项：\n第一条，各站所要在本月底前完成排查。\n第二条，镇财政所负责资金保障。\n");
    assertEquals(List.of("第一条，各站所要在本月底前完成排查。", "第二条，镇财政所负责资金保障。"), t);
  }

  @Test
  void aVerbOfOrderAfterAClauseThatOnlySaysWhenDirects() {
    List<String> t =
        tasks(
            "在全镇秸秆禁烧工作会上的讲话\n"
                + "即日起至11月30日，开展秸秆禁烧专项巡查。\n"
                + "从下周一起，组织党员干部分片值守。\n"
                + "今年以来，全镇未发生一起焚烧事件。\n",
            LocalDate.of(2026, 10, 12));
    assertEquals(List.of("即日起至11月30日，开展秸秆禁烧专项巡查。", "从下周一起，组织党员干部分片值守。"), t);
  }

  @Test
  void whatStillNeedsStrengtheningWithNoObjectNamesAShortfall() {
    List<String> t = tasks("全镇产业基础仍需增强，部分村集体收入偏少。\n" + "防汛物资储备需要进一步加强。\n" + "各村仍需加强巡查。\n");
    assertEquals(List.of("各村仍需加强巡查。"), t);
  }

  @Test
  void whatWasEnsuredIsReportedNotOrdered() {
    List<String> t = tasks("去年，全镇安全生产总体平稳，确保了春节期间的安全稳定。\n" + "各村要确保了解每户的用电情况。\n");
    assertEquals(List.of("各村要确保了解每户的用电情况。"), t);
  }

  @Test
  void aModalInsideAShortQuotationNamesASloganNoOrder() {
    List<String> t =
        tasks("这里，我围绕“真抓实干”，讲“三个必须”，与大家共勉。\n" + "各单位必须做到“应收尽收”。\n" + "会上有同志提出“不要急”，我看是对的。\n");
    assertEquals(List.of("各单位必须做到“应收尽收”。"), t);
  }

  @Test
  void 还是要InsistsUnlessItForetellsOrNamesTheKey() {
    List<String> t = tasks("各分公司还是要加快回款进度。\n" + "制度再好，执行不严，还是要发生问题。\n" + "办好这件事，关键还是要靠基层干部。\n");
    assertEquals(List.of("各分公司还是要加快回款进度。"), t);
  }

  @Test
  void 就是要InsistsUnlessItExplainsAPurpose() {
    List<String> t =
        tasks("乡镇抓落实，就是要把每一项措施落到田间地头。\n" + "我们在选址的问题上，就是要把群众意见放在前头。\n" + "这次排查的目的，就是要摸清底数。\n");
    assertEquals(List.of("乡镇抓落实，就是要把每一项措施落到田间地头。", "我们在选址的问题上，就是要把群众意见放在前头。"), t);
  }

  @Test
  void aShortNumberedDecisionThatGivesTheWorkToABodyIsATaskNotATitle() {
    List<String> t =
        tasks(
            "2026年4月7日办公会议纪要\n"
                + "一、关于食堂承包\n"
                + "（一）由后勤科牵头重新招标。\n"
                + "（二）请财务科核算成本。\n"
                + "二、关于车辆管理\n"
                + "（一）公务用车管理。\n"
                + "（二）维修费用审批。\n");
    assertEquals(List.of("（一）由后勤科牵头重新招标。", "（二）请财务科核算成本。"), t);
  }

  @Test
  void thePointsOfADecisionAreTasksWhateverTheirWordsButTheTopicsOverThemAreNot() {
    List<String> t =
        tasks(
            "关于职工食堂改进的决议\n"
                + "经厂务会讨论，形成决议如下：\n"
                + "1. 夜班职工的餐费补助提高一倍，从下月起执行。\n"
                + "2. 早餐补贴直接发到个人，不再统一发放。\n"
                + "3. 后勤科在月底前公布新的菜谱。\n");
    assertEquals(
        List.of("1. 夜班职工的餐费补助提高一倍，从下月起执行。", "2. 早餐补贴直接发到个人，不再统一发放。", "3. 后勤科在月底前公布新的菜谱。"), t);
    List<String> minutes =
        tasks("现将会议议定事项纪要如下：\n" + "一、关于食堂承包\n" + "由后勤科牵头重新招标。\n" + "二、关于车辆管理\n" + "办公室要建立用车台账。\n");
    assertEquals(List.of("由后勤科牵头重新招标。", "办公室要建立用车台账。"), minutes);
  }

  @Test
  void aTaggedPointThatReportsWorkDoneIsNoTask() {
    List<String> t =
        tasks("一、已建成村级文化广场8个。\n" + "牵头单位：县文化和旅游局\n" + "二、改造农村危房300户。\n" + "牵头单位：县住建局\n");
    assertEquals(List.of("二、改造农村危房300户。"), t);
  }

  @Test
  void aShortNumberedPointThatATagAssignsIsATaskNotATitle() {
    List<String> t =
        tasks(
            "县2027年为民办实事项目分工\n"
                + "一、新建村级文化广场8个。\n"
                + "牵头单位：县文化和旅游局\n"
                + "二、改造农村危房300户。（县住建局负责，2027年10月底前完成）\n"
                + "三、其他事项\n"
                + "各牵头单位每季度报送一次进展情况。\n");
    assertEquals(List.of("一、新建村级文化广场8个。", "二、改造农村危房300户。", "各牵头单位每季度报送一次进展情况。"), t);
  }

  @Test
  void aPointWithoutABodyThatDirectsIsATaskButAChaptersTitleIsNot() {
    List<String> t =
        tasks(
            "在年度市场工作会上的讲话\n"
                + "一、干部要上前线\n"
                + "今年起，机关的干部分批到一线轮岗，每批半年。\n"
                + "二、关于平台\n"
                + "1、终端BG要共享平台。\n"
                + "2、企业BG和终端BG要共享平台，不要各建一套。\n"
                + "3、财经要管住预算。\n"
                + "4、考核办法要简化，每年只考一次就够了。\n"
                + "5、下个月要拿出新方案。\n"
                + "三、关于干部\n"
                + "四、机关要精简\n");
    assertEquals(
        List.of(
            "今年起，机关的干部分批到一线轮岗，每批半年。",
            "1、终端BG要共享平台。",
            "2、企业BG和终端BG要共享平台，不要各建一套。",
            "3、财经要管住预算。",
            "4、考核办法要简化，每年只考一次就够了。",
            "5、下个月要拿出新方案。"),
        t);
  }

  @Test
  void aDocumentsPointWithoutABodyThatOpensWithAPolicyVerbIsATask() {
    List<String> t =
        tasks(
            "关于促进乡村民宿发展的意见\n"
                + "一、完善扶持政策\n"
                + "（一）鼓励农户利用闲置房屋开办民宿，支持村集体统一经营。\n"
                + "（二）加强组织领导。\n"
                + "二、强化服务保障\n"
                + "各有关部门要密切配合，形成工作合力。\n");
    assertEquals(List.of("（一）鼓励农户利用闲置房屋开办民宿，支持村集体统一经营。", "各有关部门要密切配合，形成工作合力。"), t);
    // …or with a word of order (望)
    assertEquals(
        List.of("（二）望于接电后十日内召集各县书记会议，布置春耕。"),
        tasks("关于春耕的指示\n（一）今年春耕关系全局。\n（二）望于接电后十日内召集各县书记会议，布置春耕。\n"));
  }

  @Test
  void aSectionOfTargetsMakesItsUnitsGoalsButAPointThatNamesATargetIsNotOne() {
    assertEquals(
        List.of("GOAL", "REQUIREMENT", "REQUIREMENT"),
        kinds(
            "一、工作目标\n"
                + "全县农村卫生厕所普及率要稳步提高。\n"
                + "二、工作要求\n"
                + "第一，各科室要对照全年目标任务，倒排工期。\n"
                + "第二，各科室要强化协作。\n"));
  }

  @Test
  void aQuestionPutToTheSpeakerDirectsNoOneButTheAnswerDoes() {
    List<String> t =
        tasks(
            "与片区骨干座谈纪要\n"
                + "问：一线的授权不够，很多合同要等机关审批。我们要不要自己定？\n"
                + "答：机关要把审批权下放给一线，年底前拿出授权清单。\n"
                + "提问：新员工要轮岗多久？\n"
                + "主持人：下面请大家继续提问。\n");
    assertEquals(List.of("答：机关要把审批权下放给一线，年底前拿出授权清单。"), t);
  }

  @Test
  void aNumberedPointWhoseLaterClauseGivesAnOrderIsATaskNotATitle() {
    List<String> t =
        tasks(
            "关于冬季整训的指示\n"
                + "一、冬季整训的时间，以四十天为宜。\n"
                + "二、各部整训的情形，望你们于整训结束后即行总结，电告军区。\n"
                + "三、整训期间的给养，仍照原来的标准，不再另发补贴。\n");
    assertEquals(List.of("二、各部整训的情形，望你们于整训结束后即行总结，电告军区。"), t);
  }

  @Test
  void aShortNumberedPointOpeningWithAnOrderWordIsATaskNotATitle() {
    List<String> t =
        tasks(
            "关于秋季征粮的指示\n"
                + "（一）征粮数目，按去年的标准，不再增加。\n"
                + "（二）望于五日内将布置情形电告。\n"
                + "（三）希望与困难并存。\n"
                + "（四）着力点在县区两级。\n");
    assertEquals(List.of("（二）望于五日内将布置情形电告。"), t);
  }

  @Test
  void aPartOfTheRulesWithItsBodyUnderItIsATitleNotADecision() {
    List<String> t =
        tasks(
            "关于春耕生产的指示\n"
                + "现将有关事项规定如下：\n"
                + "甲、调剂种子的办法\n"
                + "各县委须于春耕以前将种子调剂完毕。\n"
                + "乙、组织变工\n"
                + "各区委应帮助群众组织变工队。\n");
    assertEquals(List.of("各县委须于春耕以前将种子调剂完毕。", "各区委应帮助群众组织变工队。"), t);
  }

  @Test
  void theMainWorkOfWhatComesNextIsNoLookBack() {
    List<String> t =
        tasks(
            "在经营分析会上的讲话\n"
                + "一、过去一年的主要工作\n"
                + "渠道部要把库存降下来，这件事我们做到了。\n"
                + "二、下一步的主要工作\n"
                + "渠道部要把库存降下来。\n"
                + "三、今后主要工作\n"
                + "财经部要每月公布一次回款情况。\n");
    assertEquals(List.of("渠道部要把库存降下来。", "财经部要每月公布一次回款情况。"), t);
  }

  @Test
  void aForecastOrAReportOfEventsWithADateIsNoTask() {
    List<String> t =
        tasks(
            "关于敌情的通报\n"
                + "一九四八年十月二日\n"
                + "一、敌第九军正由商丘向西移动，预计本月十日左右可到开封。\n"
                + "二、据报敌援军将于下月初由海上北运。\n"
                + "三、敌人可能在秋收以前向我进攻。\n"
                + "四、本月以来，沿河各县接连发生抢粮事件。\n"
                + "五、各县委应于本月十五日以前将民兵组织起来。\n");
    assertEquals(List.of("五、各县委应于本月十五日以前将民兵组织起来。"), t);
  }

  @Test
  void aStoryOfWhatWasNeededThenIsNoTaskUnlessItTurnsToNow() {
    List<String> t =
        tasks(
            "在研发干部座谈会上的讲话\n"
                + "那个时候大家要背着仪器下矿井，没有一个人退缩。\n"
                + "当时公司规定，每份图纸要经过三级审核。\n"
                + "以前是总部定价，一个报价要等两个星期。\n"
                + "过去我们要求每个项目都写周报，现在看来这个要求是对的。\n"
                + "过去审核重形式，现在要重实效。\n"
                + "各项目组要在月底前清理积压的图纸。\n");
    assertEquals(List.of("过去审核重形式，现在要重实效。", "各项目组要在月底前清理积压的图纸。"), t);
  }

  @Test
  void yearsAgoTellAStoryButAYearsNumberBoundsWhatIsToCome() {
    List<String> t =
        tasks(
            "在水利工作会议上的讲话\n"
                + "二十年前，各村要靠人力挑水抗旱。\n"
                + "当初我们要求每个村都要打一口机井。\n"
                + "2030年前，各县要实现农村供水全覆盖。\n"
                + "二〇二八年以前，各灌区要完成渠道改造。\n");
    assertEquals(List.of("2030年前，各县要实现农村供水全覆盖。", "二〇二八年以前，各灌区要完成渠道改造。"), t);
  }

  @Test
  void aPlanGivenToABodyIsATaskButTheDocumentsOwnClosingClauseIsNot() {
    List<String> t =
        tasks(
            "关于开展农村道路整治的通知\n"
                + "整治方案由县交通运输局负责制定。\n"
                + "验收方案由乡镇起草，报县政府审定。\n"
                + "本通知由县交通运输局负责解释，自印发之日起施行。\n");
    assertEquals(List.of("整治方案由县交通运输局负责制定。", "验收方案由乡镇起草，报县政府审定。"), t);
  }

  @Test
  void theAncientsWordsQuotedAreNoTaskButAnOrderAfterASayingIs() {
    List<String> t = tasks("在作风建设会上的讲话\n" + "古人说：“政贵有恒，辞尚体要。”\n" + "老话讲，打铁还需自身硬，各级干部要带头遵守纪律。\n");
    assertEquals(List.of("老话讲，打铁还需自身硬，各级干部要带头遵守纪律。"), t);
  }

  @Test
  void aLongPointOfAnOrdinalSeriesThatAsksIsATaskNotATitle() {
    List<String> t =
        tasks(
            "一、关于采购工作\n"
                + "第一，要加强与供应商的合作，不要只压价格，要帮助供应商提升质量。\n"
                + "第二，目标要再加压。\n"
                + "第三，采购工作的难点与外部环境的变化。\n"
                + "二、要敢于把审批的权力授给一线\n");
    assertEquals(List.of("第一，要加强与供应商的合作，不要只压价格，要帮助供应商提升质量。"), t);
  }

  @Test
  void aNumberedPointThatForbidsIsATaskNotATitle() {
    List<String> t =
        tasks(
            "关于冬季兴修水利的指示\n"
                + "（一）今冬是兴修水利的有利时机。\n"
                + "（二）在施工中，要照顾群众的利益，不许强迫命令。\n"
                + "（三）民工的口粮，不准层层克扣。\n");
    assertEquals(List.of("（二）在施工中，要照顾群众的利益，不许强迫命令。", "（三）民工的口粮，不准层层克扣。"), t);
  }

  @Test
  void whatOthersReportedTheyWouldDoIsNoDirective() {
    List<String> t =
        tasks("一、关于验收\n" + "昨天几个项目组汇报说要推迟验收。\n" + "上周施工方反映说要增加人手。\n" + "昨天下发的通知，各项目组要认真学习。\n");
    assertEquals(List.of("昨天下发的通知，各项目组要认真学习。"), t);
  }

  @Test
  void aVerbOpeningASentenceThatEndsInAJudgementNamesATopic() {
    String text =
        "一、明年的重点\n"
            + "建成这条生产线，任务艰巨、意义重大。\n"
            + "完成全年的交付目标，时间紧、任务重。\n"
            + "打通这条供应链，人才是关键。\n"
            + "稳住一线队伍，成败在于待遇。\n"
            + "提高交付质量，关键是要把好验收关。\n"
            + "加强设备维护，各车间要落实点检制度。\n"
            + "推进精益生产，压缩库存。\n";
    assertEquals(List.of("加强设备维护，各车间要落实点检制度。", "推进精益生产，压缩库存。"), tasks(text));
  }

  @Test
  void aJudgementOfWhatARelativeClauseNamesEndsTheSentenceToo() {
    String text = "一、厂房改造\n" + "改造老旧厂房，集团拨付的资金最多。\n" + "更新检测设备，集团拨付的资金要专款专用。\n";
    assertEquals(List.of("更新检测设备，集团拨付的资金要专款专用。"), tasks(text));
  }

  @Test
  void fromNowOnAndAStandingRuleForThoseItPicksOutDirect() {
    String text = "一、关于考勤\n" + "以后各分厂不再考核加班时长。\n" + "凡是代打卡的，一经查实，立即通报。\n" + "换了新系统以后，差错少多了。\n";
    assertEquals(List.of("以后各分厂不再考核加班时长。", "凡是代打卡的，一经查实，立即通报。"), tasks(text));
  }

  @Test
  void aBodyWhoseNameEndsInSuoIsTheSubjectOfItsModal() {
    String text =
        "高校和科研院所要建立仪器设备共享制度。\n" + "各派出所应当加强夜间巡逻。\n" + "这正是对手所要争取的时间。\n" + "乡镇财政所要按月公开账目。\n";
    assertEquals(List.of("高校和科研院所要建立仪器设备共享制度。", "各派出所应当加强夜间巡逻。", "乡镇财政所要按月公开账目。"), tasks(text));
  }

  @Test
  void theOrderWordYangOpensAnOrderAndReportingByWireIsAnAction() {
    String text =
        "关于春耕准备的指示\n"
            + "以上各条，仰即遵照办理。\n"
            + "大家仰起头来看这块牌子。\n"
            + "各县委须将执行情况电告地委。\n"
            + "各县委须认真执行上述规定。\n"
            + "各区党委应将本区的意见函告中央局。\n"
            + "各地委须将此电转告各县委。\n";
    assertEquals(
        List.of(
            "以上各条，仰即遵照办理。",
            "各县委须将执行情况电告地委。",
            "各县委须认真执行上述规定。",
            "各区党委应将本区的意见函告中央局。",
            "各地委须将此电转告各县委。"),
        tasks(text));
    assertEquals(List.of("ACTION", "ACTION", "REQUIREMENT", "ACTION", "ACTION"), kinds(text));
  }

  @Test
  void aTelegramsOrderWordAfterASumOfWhatWasSaidAndItsClosingFormulaDirect() {
    List<String> t =
        tasks(
            "关于秋季征粮的指示\n"
                + "以上望即研究实施，并将结果电告。\n"
                + "上述各项希即遵照。\n"
                + "以上望远镜的读数都偏高。\n"
                + "各该纵队接电后，立即开始整训，是为至要。\n");
    assertEquals(List.of("以上望即研究实施，并将结果电告。", "上述各项希即遵照。", "各该纵队接电后，立即开始整训，是为至要。"), t);
  }

  @Test
  void aTelegramsOrderWordAfterADemonstrativeNamingTheTextDirects() {
    List<String> t =
        tasks(
            "关于冬季整训的指示\n"
                + "一、冬季整训的时间，以四十天为宜。\n"
                + "二、此电望即转发各团，并由你们拟定具体日程。\n"
                + "本办法仰各县遵照施行。\n"
                + "此举令人欣慰。\n");
    assertEquals(List.of("二、此电望即转发各团，并由你们拟定具体日程。", "本办法仰各县遵照施行。"), t);
  }

  @Test
  void aTelegramsOrderWordAfterACopulaGivesAnOrderOfItsOwn() {
    List<String> t = tasks("（一）这批种子是必须保证的，望即组织调运。\n" + "（二）这批种子是必须保证的。\n");
    assertEquals(List.of("（一）这批种子是必须保证的，望即组织调运。"), t);
  }

  @Test
  void aTelegramsOrderWordAfterAPointsNumberOpensItsClause() {
    List<String> t = tasks("关于秋季征粮的指示\n" + "三、各地征粮数目，以去年为准。\n" + "四、此指示望转发至县委一级。\n");
    assertEquals(List.of("四、此指示望转发至县委一级。"), t);
  }

  @Test
  void aShortPointWhoseLaterClauseOpensWithAnOrderDirects() {
    List<String> t =
        tasks(
            "关于秋征的指示\n" + "各区委：\n" + "（一）各县应立即组织征粮。\n" + "（二）上述各项，望即电复。\n" + "（三）以上几点，请各县遵照执行。\n");
    assertEquals(List.of("（一）各县应立即组织征粮。", "（二）上述各项，望即电复。", "（三）以上几点，请各县遵照执行。"), t);
  }

  @Test
  void someOfThemToldOfAfterARulesAnnouncementAreNoRule() {
    List<String> t =
        tasks(
            "关于台账管理的规定\n"
                + "现规定如下：\n"
                + "一、各乡镇每月向县农业农村局报送一次台账。\n"
                + "二、一些单位把台账当成应付检查的摆设，造成不良影响。\n"
                + "三、台账须由乡镇分管领导签字。\n");
    assertEquals(List.of("一、各乡镇每月向县农业农村局报送一次台账。", "三、台账须由乡镇分管领导签字。"), t);
  }

  @Test
  void aVerbNamingAFieldOfWorkDeliversNothing() {
    // 提拔上: the matter a standing rule is about, not a deed; 报上来 still hands work over
    assertEquals(List.of("REQUIREMENT", "ACTION"), kinds("去了艰苦地区的，提拔上要优先。\n各站要把名单报上来。\n"));
  }

  @Test
  void aRulingOnEachCaseDirects() {
    List<String> t =
        tasks(
            "同志们：\n"
                + "对考勤不合格的，该通报的通报，该扣分的扣分。\n"
                + "对屡教不改的，该调岗的坚决调岗。\n"
                + "去年对违纪的干部，该通报的通报了，该扣分的扣分了。\n");
    // one case of its class given its treatment is a ruling too (对…的，…: aClassOfCasesOpening…)
    assertEquals(List.of("对考勤不合格的，该通报的通报，该扣分的扣分。", "对屡教不改的，该调岗的坚决调岗。"), t);
    assertEquals(List.of("REQUIREMENT"), kinds("对考勤不合格的，该通报的通报，该扣分的扣分。\n"));
  }

  @Test
  void aBodyMadeAnswerableForTheWorkIsDirected() {
    List<String> t = tasks("同志们：\n" + "镇长对全镇防汛工作负总责。\n" + "各村对本村的防汛工作负主体责任。\n" + "他对这件事很负责。\n");
    assertEquals(List.of("镇长对全镇防汛工作负总责。", "各村对本村的防汛工作负主体责任。"), t);
  }

  @Test
  void workSharedOutBetweenALeadAndOthersDirects() {
    List<String> t = tasks("同志们：\n" + "这项整治，区城管局牵头，各街道配合。\n" + "区城管局负责，这是大家都知道的。\n");
    assertEquals(List.of("这项整治，区城管局牵头，各街道配合。"), t);
  }

  @Test
  void aBoundWorkOrderStandsBeforeTheSpeakersOwnNextStep() {
    String text =
        "财务部下个月拿出一个预算调整方案，我们再研究。\n"
            + "采购部月底前把供应商名单理出来，我来审。\n"
            + "我们上个月拿出了一个方案，大家都看过。\n"
            + "我们的方案很好，我再讲一下。\n";
    assertEquals(
        List.of("财务部下个月拿出一个预算调整方案，我们再研究。", "采购部月底前把供应商名单理出来，我来审。"),
        tasks(text, LocalDate.of(2026, 9, 3)));
  }

  @Test
  void aMeetingRequiringANamedBodyToActDirects() {
    String text =
        "2026年6月3日县长办公会议纪要\n"
            + "会议要求县水利局加快推进病险水库除险加固。\n"
            + "会议责成各乡镇落实防汛责任人。\n"
            + "这是上级对各乡镇的要求。\n"
            + "去年会议也要求了各乡镇做好防汛工作。\n";
    assertEquals(List.of("会议要求县水利局加快推进病险水库除险加固。", "会议责成各乡镇落实防汛责任人。"), tasks(text));
  }

  @Test
  void aSpeechRequiringANamedBodyToActDirects() {
    List<String> t = tasks("同志们：\n要求各乡镇推进旧村改造。\n要求是明确的。\n");
    assertEquals(List.of("要求各乡镇推进旧村改造。"), t);
  }

  @Test
  void aNoticeApprovedAboveListsTitledPointsNotDecisions() {
    String text =
        "关于做好冬季森林防火工作的通知\n"
            + "各乡镇人民政府，县直各单位：\n"
            + "入冬以来，火险等级持续偏高，经县政府同意，现将有关事项通知如下：\n"
            + "一、加强巡山护林。各乡镇要增派护林员，重点时段加密巡查。\n"
            + "二、严管野外用火。\n"
            + "联系人：赵林，电话：7654321。\n"
            + "特此通知。\n";
    assertEquals(List.of("各乡镇要增派护林员，重点时段加密巡查。"), tasks(text));
  }

  @Test
  void aReportAndPlanOfWorkDirectsInItsPlanAlone() {
    String text =
        "县林业局2026年工作总结和2027年工作打算\n"
            + "一、2026年工作完成情况\n"
            + "全年完成人工造林1.2万亩，新建护林站8个。\n"
            + "二、2027年工作打算\n"
            + "（一）抓好森林防火。拟新建防火隔离带120公里。\n"
            + "（二）推进智慧林业。虚拟巡护系统正在试运行，模拟演练效果较好。\n";
    assertEquals(List.of("拟新建防火隔离带120公里。"), tasks(text, LocalDate.of(2026, 12, 20)));
  }

  @Test
  void aSectionOfProblemsDescribes() {
    String text =
        "县林业局2025年工作总结和2026年工作计划\n"
            + "一、存在的主要问题\n"
            + "一是护林队伍年龄偏大。部分林场只有2名护林员。\n"
            + "二、2026年工作计划\n"
            + "（一）充实护林队伍。全面推行护林员公开招聘，3月底前补齐护林员。\n"
            + "（二）强化防火设施。新建防火隔离带120公里，6月底前完成验收。\n"
            + "（三）提升监测能力。拟在第二季度建成林火视频监测平台。\n";
    assertEquals(
        List.of("全面推行护林员公开招聘，3月底前补齐护林员。", "新建防火隔离带120公里，6月底前完成验收。", "拟在第二季度建成林火视频监测平台。"),
        tasks(text, LocalDate.of(2025, 12, 26)));
  }

  @Test
  void aLeadNamedBeforeTheWorkItLeadsDirects() {
    List<String> t =
        tasks("同志们：\n" + "团委牵头，利用暑假把防溺水常识讲到每个班里去。\n" + "前年团委牵头，把防溺水常识讲到了每个班里。\n" + "谁牵头，谁说了算。\n");
    assertEquals(List.of("团委牵头，利用暑假把防溺水常识讲到每个班里去。"), t);
  }

  @Test
  void aNumberedDecisionAskingABodyToActIsATask() {
    List<String> t =
        tasks(
            "院会院长提示\n"
                + "一、本次会议所提各项报告，洽悉。\n"
                + "二、交通部所提春运疏运措施，原则同意，请尽速公告实施。\n"
                + "三、请卫福部就流感疫苗供应情形，于下次院会提出报告。\n"
                + "四、有关部门的请示事项，另案处理。\n");
    assertEquals(List.of("二、交通部所提春运疏运措施，原则同意，请尽速公告实施。", "三、请卫福部就流感疫苗供应情形，于下次院会提出报告。"), t);
  }

  @Test
  void shortPointsAfterAColonThatAnnouncesDecisionsAreTasks() {
    String minutes =
        "2026年5月12日局长办公会议纪要\n" + "一、关于档案数字化\n" + "会议%s：\n" + "1.指定专人负责。\n" + "2.配齐扫描设备。\n";
    assertEquals(List.of("1.指定专人负责。", "2.配齐扫描设备。"), tasks(String.format(minutes, "决定")));
    assertEquals(List.of("1.指定专人负责。", "2.配齐扫描设备。"), tasks(String.format(minutes, "特规定如下")));
    // announced as points to discuss, the same short points are titles
    assertEquals(List.of(), tasks(String.format(minutes, "讨论了以下问题")));
    // …but not one that names who must act (GUIDELINE §1: a title names no owner of its own)
    assertEquals(
        List.of("1.各科室要指定专人负责。"),
        tasks("2026年5月12日局长办公会议纪要\n一、关于档案数字化\n会议讨论了以下问题：\n1.各科室要指定专人负责。\n2.扫描设备。\n"));
  }

  @Test
  void aSpeechSentenceOpeningWithATransitiveVerbDirectsUnderAPoint() {
    List<String> t =
        tasks(
            "同志们：\n"
                + "上半年，公司经营总体平稳。实现产值三千万元，同比增长百分之五。\n"
                + "一、调整队伍结构\n"
                + "今年的重点放在基层。\n"
                + "抽调业务骨干充实一线，压缩机关人员。\n"
                + "收缩战线，不铺太大的摊子。\n"
                + "考核评估也存在走过场的现象。\n"
                + "积压文件都已清理。\n"
                + "比如，这个科室去年就换了三任科长。\n"
                + "估计明年的任务会更重。\n"
                + "参加今天培训的，有各车间的班组长。\n"
                + "不能说每个班组都做得好。\n"
                + "二、守住安全底线\n"
                + "安全生产没有捷径。\n");
    assertEquals(List.of("抽调业务骨干充实一线，压缩机关人员。", "收缩战线，不铺太大的摊子。"), t);
  }

  @Test
  void nounsThatStartWith要AreNotModalsButTheModalBeforeAVerbIs() {
    List<String> t =
        tasks(
            "各科室都要点一下名，说清楚。\n"
                + "我们一定要冲到市场最前沿去。\n"
                + "要紧紧围绕年度目标安排工作。\n"
                + "这是今年的工作要点。\n"
                + "各车间要正视这些隐患。\n"
                + "今年的指标要高些。\n"
                + "各乡镇的做法要有所区别。\n"
                + "要发挥村级组织应有的作用。\n"
                + "这件事很要紧。\n"
                + "这个要素长期存在。\n");
    assertEquals(
        List.of(
            "各科室都要点一下名，说清楚。",
            "我们一定要冲到市场最前沿去。",
            "要紧紧围绕年度目标安排工作。",
            "各车间要正视这些隐患。",
            "各乡镇的做法要有所区别。",
            "要发挥村级组织应有的作用。"),
        t);
  }

  @Test
  void aSpeakerHurryingSomeoneOnOrAskingForAReplyOrders() {
    List<String> t =
        tasks(
            "人事科抓紧把新录用人员的名单报上来。\n"
                + "小王你记一下，这两件事周五前给我回复。\n"
                + "他赶紧跑过去，把落水的孩子救了上来。\n"
                + "这件事情大家都很关心。\n"
                + "让我再讲一点意见。\n"
                + "要把这件事当作头等大事来抓。\n");
    assertEquals(List.of("人事科抓紧把新录用人员的名单报上来。", "小王你记一下，这两件事周五前给我回复。", "要把这件事当作头等大事来抓。"), t);
  }

  @Test
  void aSentenceThatGivesTheWorkToABodyDirects() {
    List<String> t =
        tasks(
            "由人力资源部牵头梳理各岗位职责。\n"
                + "这件事由财务部统一核算。\n"
                + "这笔款项由财务部支付。\n"
                + "由党的集体决定重大问题，已经形成了传统。\n"
                + "此项整治由分管副区长负总责。\n"
                + "道路改造由区住建局承办。\n");
    assertEquals(List.of("由人力资源部牵头梳理各岗位职责。", "这件事由财务部统一核算。", "此项整治由分管副区长负总责。", "道路改造由区住建局承办。"), t);
  }

  @Test
  void aLaterClauseGivingTheWorkToABodyDirectsWhatTheFirstSaidOrExplained() {
    List<String> t =
        tasks(
            "我们不搞一刀切的标准，由各分公司根据本地情况制定考核基线。\n"
                + "食堂的账目关系到每个职工的利益，由职工代表自己去监督。\n"
                + "群众方面，由乡村干部和农会领导，重新订立互助公约。\n"
                + "闭幕式由办公室主任主持。\n"
                + "这个项目过去是由外包公司负责的，效果不好。\n");
    assertEquals(
        List.of(
            "我们不搞一刀切的标准，由各分公司根据本地情况制定考核基线。",
            "食堂的账目关系到每个职工的利益，由职工代表自己去监督。",
            "群众方面，由乡村干部和农会领导，重新订立互助公约。"),
        t);
  }

  @Test
  void thanksToTheRoomAndTheTimeSomethingTakesOrderNothing() {
    List<String> t =
        tasks("保障团队的同事们很辛苦，我代表厂里感谢大家。\n" + "现在一张订单从签约到交货要半年，客户等不起。\n" + "各车间要在三个月内完成设备检修。\n");
    assertEquals(List.of("各车间要在三个月内完成设备检修。"), t);
  }

  @Test
  void aChangeByAShareIsATargetAndABattleOfSpeechIsNoCount() {
    String text = "今年物流中心要打一场翻身仗，两年内把配送时间缩短一半。\n" + "全年能耗要降低两成。\n";
    assertEquals(List.of("GOAL", "GOAL"), kinds(text));
  }

  @Test
  void aSetOfRulesNamedByItsCountIsKeptNotDone() {
    String text = "全体民兵必须遵守三大纪律八项注意。\n" + "各科室要严格执行中央八项规定。\n" + "各科室每月开展一次安全检查。\n";
    assertEquals(List.of("REQUIREMENT", "REQUIREMENT", "ACTION"), kinds(text));
  }

  @Test
  void aPlanPeriodDatesTheWorkButMakesNoAction() {
    Plan plan =
        LUOSHI.plan(
            SourceText.of("t.txt", "“十五五”时期，各县区要坚持把乡村振兴摆在突出位置。\n"),
            new PlanOptions(java.time.LocalDate.of(2025, 12, 1)));
    Task task = plan.tasks().get(0);
    assertEquals("2030-12-31", task.deadline().date().toString());
    assertEquals("REQUIREMENT", task.kind().name());
  }

  @Test
  void 坚定不移IsResolveNotAStateOfMind() {
    List<String> t = tasks("各部门要坚定不移推进流程改革。\n全体干部要坚定信心。\n");
    assertEquals(List.of("各部门要坚定不移推进流程改革。"), t);
  }

  @Test
  void establishingDraftingAndIncludingAreDeliverablesWhateverTheirObject() {
    String text =
        "各乡镇要建立覆盖全部村组的巡查网络。\n"
            + "县财政局要制定切实可行的资金拨付流程。\n"
            + "要把安全生产纳入年度考核。\n"
            + "各科室要加强值班值守。\n"
            + "各科室要逐项梳理本部门的办事事项。\n";
    List<String> kinds = kinds(text);
    assertEquals(List.of("ACTION", "ACTION", "ACTION", "REQUIREMENT", "ACTION"), kinds);
  }

  @Test
  void relayingInstructionsIsADeliverableAndRelayingThemToALevelNoTarget() {
    String text =
        "会后各村要及时传达这次会议的精神。\n" + "各乡镇应将防火通告传达到每家每户。\n" + "力争今年粮食亩产达到一千斤。\n" + "各乡镇要加强巡查值守。\n";
    assertEquals(List.of("ACTION", "ACTION", "GOAL", "REQUIREMENT"), kinds(text));
  }

  @Test
  void whatAnEncouragedPartyDeliversIsNotTheDirectivesOwnDeliverable() {
    String text = "各乡镇要鼓励农民专业合作社设立产品展销点，拓宽销售渠道。\n" + "要支持有条件的村集体组建物业服务队。\n" + "县商务局要设立农产品展销点。\n";
    List<String> kinds = kinds(text);
    assertEquals(List.of("REQUIREMENT", "REQUIREMENT", "ACTION"), kinds);
  }

  @Test
  void placingPeopleAndHandingOverWorkAreDeliverables() {
    String text =
        "各车间要选派技术骨干到一线蹲点。\n"
            + "人事科要配齐各班组的安全员。\n"
            + "各班组的台账由办公室汇总后上传。\n"
            + "这项审批权要下放给各分厂。\n"
            + "宣传科要在厂报上发表评论员文章。\n"
            + "各分厂要开办班组长培训班。\n"
            + "各车间要加强现场管理。\n";
    List<String> kinds = kinds(text);
    assertEquals(
        List.of("ACTION", "ACTION", "ACTION", "ACTION", "ACTION", "ACTION", "REQUIREMENT"), kinds);
  }

  @Test
  void buildingAPlatformAndPayingOutFundsAreDeliverables() {
    String text =
        "信息中心要建一个全厂共用的设备台账系统。\n" + "我们要搭建供需对接平台。\n" + "财务科要把第一批奖补资金拨付到位。\n" + "要建好职工之家，让职工有归属感。\n";
    assertEquals(List.of("ACTION", "ACTION", "ACTION", "REQUIREMENT"), kinds(text));
  }

  @Test
  void puttingPeopleOrWorkInAPlaceIsADeliverableAPriorityIsNot() {
    String text = "各车间要把技术骨干派到一线去，帮助班组解决难题。\n" + "要将这批设备分配给新建的三个车间。\n" + "要把安全生产放到重要位置，常抓不懈。\n";
    assertEquals(List.of("ACTION", "ACTION", "REQUIREMENT"), kinds(text));
  }

  @Test
  void aFigureToFallOrRiseToIsATarget() {
    String text = "今年全县二氧化硫排放量要下降到800吨以下。\n" + "明年全市专职消防员要增加到500人。\n" + "各乡镇要减少会议数量。\n";
    assertEquals(List.of("GOAL", "GOAL", "REQUIREMENT"), kinds(text));
  }

  @Test
  void aFigureToFallToSaidShortIsATargetToo() {
    String text = "明年要把产品返修率降到千分之三以下。\n" + "到2025年，县域内就诊率要提高至90%。\n" + "各车间要降低能耗。\n";
    assertEquals(List.of("GOAL", "GOAL", "REQUIREMENT"), kinds(text));
  }

  @Test
  void speedAskedForWhateverHappensIsAStandingRule() {
    String text = "各村巡查员要每天进山巡查，发现火情立即报告。\n" + "遇有险情，值班人员要马上通知转移。\n" + "各村要立即开展一次火源排查，发现隐患及时整改。\n";
    assertEquals(List.of("REQUIREMENT", "REQUIREMENT", "ACTION"), kinds(text));
  }

  @Test
  void whatIsBuiltInASpanOfYearsIsATarget() {
    String text = "力争用两年左右时间，基本建成覆盖全县的养老服务网络。\n" + "要用两年时间清理完历年积压的档案。\n";
    assertEquals(List.of("GOAL", "ACTION"), kinds(text));
  }

  @Test
  void aFigureToHoldIsATarget() {
    String text = "今年全县生猪存栏要稳定在12万头以上。\n" + "各乡镇要保持防控力度不减。\n";
    assertEquals(List.of("GOAL", "REQUIREMENT"), kinds(text));
  }

  @Test
  void workAskedForAtOnceIsAnActionAStandingRuleToActFastIsNot() {
    String text =
        "各乡镇要尽快恢复受损道路的通行。\n" + "县卫健局要立即组织医疗队赶赴灾区。\n" + "发现险情，各村要第一时间向镇防汛办报告。\n" + "各乡镇要加强值班值守。\n";
    assertEquals(List.of("ACTION", "ACTION", "REQUIREMENT", "REQUIREMENT"), kinds(text));
  }

  @Test
  void aTimeLimitCountedFromWhateverHappensIsAStandingRuleADatedSpanBoundsWork() {
    String text =
        "发生水质污染的，供水单位要在2小时内向县水利局报告。\n" + "接到群众投诉后，窗口人员要在三个工作日内反馈处理结果。\n" + "各乡镇要在三个工作日内向县水利局报告。\n";
    assertEquals(List.of("REQUIREMENT", "REQUIREMENT", "ACTION"), kinds(text));
  }

  @Test
  void aStageOfWorkIsAWindowNotABound() {
    String text = "整改期内，各科室要保持人员稳定。\n" + "各科室要在三个月内完成整改。\n";
    assertEquals(List.of("REQUIREMENT", "ACTION"), kinds(text));
  }

  @Test
  void aVerbUsedAsAnAgentOrASubjectDeliversNothing() {
    String text = "各类标准制定者也要经常到车间听取意见。\n" + "涉农补贴的发放标准制定要多听农户意见。\n" + "办公室要制定节日值班方案。\n";
    assertEquals(List.of("REQUIREMENT", "REQUIREMENT", "ACTION"), kinds(text));
  }

  @Test
  void whatToDoWheneverSomethingHappensIsAStandingRule() {
    String text = "一旦发现险情，各村要立即组织转移并上报。\n" + "各村要在汛前组织一次转移演练。\n";
    assertEquals(List.of("REQUIREMENT", "ACTION"), kinds(text));
  }

  @Test
  void theSpeakerStressingNowReportsNothing() {
    List<String> t = tasks("最后，我再强调一点，各乡镇党委书记是第一责任人，一定要靠前指挥，出了问题要严肃问责。\n" + "去年，我们强调了要加强管理。\n");
    assertEquals(List.of("最后，我再强调一点，各乡镇党委书记是第一责任人，一定要靠前指挥，出了问题要严肃问责。"), t);
  }

  @Test
  void aStateOfMindAskedForIsNoTask() {
    assertEquals(List.of(), tasks("对这个问题，大家一定要有清醒的认识。\n"));
    assertEquals(List.of(), tasks("这些苗头性问题，必须引起我们的高度重视。\n"));
  }

  @Test
  void aVerbThatOpensAPhraseOfTimeDeliversNothing() {
    String text = "对排查中发现的问题，各科室要认真对待，不能敷衍。\n" + "清理过程中各村要做好登记。\n" + "各科室要在月底前完成检查。\n";
    assertEquals(List.of("REQUIREMENT", "REQUIREMENT", "ACTION"), kinds(text));
  }

  @Test
  void workAssignedDownToEachPostOrPersonIsADeliverable() {
    String text = "各科室要把年度任务落实到岗到人。\n" + "各村要把防汛责任压实到户。\n" + "各科室要把年度任务抓好抓实。\n";
    assertEquals(List.of("ACTION", "ACTION", "REQUIREMENT"), kinds(text));
  }

  @Test
  void handingATextUpForApprovalIsADeliverable() {
    String text =
        "会议原则同意该实施意见，会后由县教育局修改完善后报县政府审定。\n" + "各乡镇要对照标准逐项自查，报县委办备案。\n" + "各乡镇要及时向县委汇报工作进展。\n";
    assertEquals(List.of("ACTION", "ACTION", "REQUIREMENT"), kinds(text));
  }

  @Test
  void 应有应予And均须ObligeAsTheirModalsDo() {
    String text =
        "各值班室应有专人全天值守。\n"
            + "各车间都应该有一名专职安全员。\n"
            + "各分厂均须于每月5日前报送一次安全报表。\n"
            + "对擅自改动台账的，应予通报批评。\n"
            + "各班组要发挥应有的作用。\n"
            + "这是我们应有之义。\n";
    assertEquals(
        List.of(
            "各值班室应有专人全天值守。",
            "各车间都应该有一名专职安全员。",
            "各分厂均须于每月5日前报送一次安全报表。",
            "对擅自改动台账的，应予通报批评。",
            "各班组要发挥应有的作用。"),
        tasks(text));
  }

  @Test
  void whatIsAboutToHappenIsNoOrder() {
    String text = "现在旺季都要来了，有些班组的人手还没有配齐。\n" + "各班组要在月底前把人手配齐了。\n";
    assertEquals(List.of("各班组要在月底前把人手配齐了。"), tasks(text));
  }

  @Test
  void aNecessityArguedIsAMaximNotAnOrder() {
    String text = "没有安全就没有效益。\n" + "安全是底线，没有安全，一切都无从谈起。\n" + "各车间要落实安全责任。\n";
    assertEquals(List.of("各车间要落实安全责任。"), tasks(text));
  }

  @Test
  void aSpeechHeaderGluedToItsOpeningLeavesTheOpeningCeremonial() {
    List<String> t =
        tasks(
            "在全县安全生产工作会议上的讲话（2025年3月1日）王立新同志们：今天，我们召开全县安全生产工作会议，" + "部署今年的安全生产工作。各乡镇要在3月底前完成隐患排查。");
    assertEquals(List.of("各乡镇要在3月底前完成隐患排查。"), t);
  }

  @Test
  void theChairHandingTheFloorToASpeakerIsTheOrderOfBusiness() {
    List<String> t =
        tasks(
            "主持人：下面请刘副县长讲话。\n刘副县长：各村要在本周内清理沟渠。\n主持人：下面，请县水利局宣读防汛责任人名单。\n"
                + "请各村支书会后把名单张贴到村务公开栏。\n"
                + "主持人：今天请水文站的陈站长给大家讲课，大家有问题可以随时提。\n");
    assertEquals(List.of("刘副县长：各村要在本周内清理沟渠。", "请各村支书会后把名单张贴到村务公开栏。"), t);
  }

  @Test
  void theChairAskingForAReportInTheRoomIsTheOrderOfBusiness() {
    List<String> t =
        tasks(
            "孙副县长：先请水利局把汛前检查的情况说一下。\n" + "孙副县长：下面请财政局通报一下防汛资金到位情况。\n" + "孙副县长：会后请水利局把检查情况汇报一下。\n");
    assertEquals(List.of("孙副县长：会后请水利局把检查情况汇报一下。"), t);
  }

  @Test
  void theLinesNamingWhoAttendedAreNoTasks() {
    List<String> t = tasks("参加人员：钱进、孙立、郑红。\n参会单位：县水利局、县农业农村局。\n记录人：吴敏。\n" + "参加人员要在散会后交回材料。\n");
    assertEquals(List.of("参加人员要在散会后交回材料。"), t);
  }

  @Test
  void theChairLabelledAsChairStillOrders() {
    List<String> t = tasks("记录人：吴敏\n主持人：各村要在周五前交回巡查表。\n");
    assertEquals(List.of("主持人：各村要在周五前交回巡查表。"), t);
  }

  @Test
  void aTelegramsOpeningWangAsksTheBodyItNames() {
    String text =
        "各分局：\n来电收到。望各分局于接电后三日内将春耕准备情况电告。以上各项，望即遵照执行。"
            + "群众盼望早日修通水渠，登高望远，处处喜人。务使各村在谷雨前备足种子。\n特此通知。\n";
    assertEquals(List.of("望各分局于接电后三日内将春耕准备情况电告。", "以上各项，望即遵照执行。", "务使各村在谷雨前备足种子。"), tasks(text));
  }

  @Test
  void theItemsOfADecisionListedInOneParagraphAreTasks() {
    List<String> t =
        tasks(
            "2026年5月12日镇长办公会议纪要\n"
                + "一、关于集镇污水管网\n"
                + "会议议定：一是由镇建设办牵头，7月底前完成管网摸排；二是镇财政所做好资金保障；"
                + "三是成绩是大家干出来的。\n"
                + "二、关于其他事项\n"
                + "会议同意调整部分村组道路养护经费。\n");
    assertTrue(t.contains("会议议定：一是由镇建设办牵头，7月底前完成管网摸排；"), t.toString());
    assertTrue(t.contains("二是镇财政所做好资金保障；"), t.toString());
    assertTrue(t.stream().noneMatch(x -> x.startsWith("三是")), t.toString());
  }

  @Test
  void aLongPointOpeningWithQingAsksItsReaders() {
    String text =
        "关于报送春季防火检查情况的通知\n"
            + "各乡镇、各林场：\n"
            + "一、请各单位对照春季防火责任清单，逐项检查上半年防火工作完成情况。\n"
            + "二、请于4月10日前将检查情况报送县林业局，同时报送电子版。\n"
            + "三、春季防火工作完成情况\n"
            + "各林场已完成防火道清理。\n";
    assertEquals(
        List.of("一、请各单位对照春季防火责任清单，逐项检查上半年防火工作完成情况。", "二、请于4月10日前将检查情况报送县林业局，同时报送电子版。"),
        tasks(text));
  }

  @Test
  void aMeetingsDecisionOpeningASentenceOfItsMinutesIsATask() {
    String text =
        "县卫生健康局局务会议纪要\n"
            + "会议听取了医政科关于春季传染病防控工作的汇报。\n"
            + "会议同意开展为期一个月的院感防控专项检查。\n"
            + "会议决定，下月起执行新的值班制度。\n"
            + "会议决定：\n"
            + "一、由医政科牵头修订应急预案。\n";
    List<String> t = tasks(text);
    assertTrue(t.contains("会议同意开展为期一个月的院感防控专项检查。"), t.toString());
    assertTrue(t.contains("会议决定，下月起执行新的值班制度。"), t.toString());
    assertTrue(t.stream().noneMatch(x -> x.startsWith("会议听取") || x.equals("会议决定：")), t.toString());
  }

  @Test
  void aPermissionAfterTimedWorkLeavesTheWorkStanding() {
    List<String> t = tasks("培训中心下个月拿出轮训计划，有意向的都可以报名。\n明年，有意向的都可以报名。\n各科室可以自行安排培训时间。\n");
    assertEquals(List.of("培训中心下个月拿出轮训计划，有意向的都可以报名。"), t);
  }

  @Test
  void anOrdersOpeningWordsAskTheBodyTheyName() {
    String text =
        "各分局、各支队：\n"
            + "（一）令各支队于本月二十五日前完成冬训准备。\n"
            + "（二）盼各分局将春耕贷款发放情况于月底前报来。\n"
            + "（三）着各支队查明渠道损毁原因。\n"
            + "（四）望各分局即行转发。\n"
            + "沿着河堤种了一排柳树。他的来信令人欣慰，大家盼着水渠早日通水。\n"
            + "各支队也希望上级拨付经费。各分局要着力抓好春耕备耕。\n";
    assertEquals(
        List.of(
            "（一）令各支队于本月二十五日前完成冬训准备。",
            "（二）盼各分局将春耕贷款发放情况于月底前报来。",
            "（三）着各支队查明渠道损毁原因。",
            "（四）望各分局即行转发。",
            "各分局要着力抓好春耕备耕。"),
        tasks(text));
  }

  @Test
  void aDocumentsOwnProvisionsDirectNobody() {
    String text = "各乡镇要在6月底前建立供水台账。\n本办法由县水利局负责解释。\n本办法自印发之日起施行，有效期三年。\n";
    assertEquals(List.of("各乡镇要在6月底前建立供水台账。"), tasks(text));
    String numbered = "一、各车间要在6月底前完成设备点检。\n二、本决议自通过之日起生效，由厂务委员会负责解释。\n";
    assertEquals(List.of("一、各车间要在6月底前完成设备点检。"), tasks(numbered));
  }

  @Test
  void aDocumentsWordOnItselfAndTheScopeItDefinesDirectNobody() {
    String text =
        "县交通运输局关于开展农村公路清障行动的实施方案\n"
            + "为改善农村公路通行条件，决定自4月1日起开展清障行动。现制定如下方案。\n"
            + "一、工作目标\n"
            + "清障范围为全县通村公路及建成区外的县道。\n"
            + "二、主要任务\n"
            + "（一）清理路障。清理公路两侧堆放的柴草、砂石和建筑垃圾。\n"
            + "（二）拆除违建。拆除公路用地范围内的违法建筑。\n"
            + "（三）整治摊点。取缔占道摆摊设点。\n"
            + "（四）规范标志。完善交通标志标线。\n"
            + "三、保障措施\n"
            + "（一）加强领导。成立清障行动领导小组。\n"
            + "（二）强化督查。加强对各乡镇清障进度的督查。\n"
            + "（三）严格考核。将清障成效纳入年度考核。\n";
    List<String> t = tasks(text);
    assertTrue(t.contains("清理公路两侧堆放的柴草、砂石和建筑垃圾。"), t.toString());
    assertFalse(t.contains("现制定如下方案。"), t.toString());
    assertFalse(t.contains("清障范围为全县通村公路及建成区外的县道。"), t.toString());
  }

  @Test
  void theSpeakerLookingOverWhatWasAskedForNarratesNothing() {
    List<String> t = tasks("财务部下周拿出一个预算方案来，我看一下。\n我看这个事情急不得。\n");
    assertEquals(List.of("财务部下周拿出一个预算方案来，我看一下。"), t);
  }

  @Test
  void theOrderWordsOfTelegramsDirect() {
    List<String> t = tasks("各分区务须注意保护春耕。\n春耕季节已到。\n");
    assertEquals(List.of("各分区务须注意保护春耕。"), t);
  }

  @Test
  void aNounWith要OrWith准备InItObligesNoOneAndForetellsNothing() {
    List<String> t =
        tasks(
            "一、关于发展\n"
                + "县委成立以来，就把发展经济作为第一要务。\n"
                + "县委对编制五年规划十分重视，相关准备工作正在进行。\n"
                + "各单位要务实高效，把发展作为第一要务。\n"
                + "省里的发展规划纲要明确提出了三大目标。\n"
                + "行政要舍得花钱购买好的服务。\n");
    assertEquals(List.of("各单位要务实高效，把发展作为第一要务。", "行政要舍得花钱购买好的服务。"), t);
  }

  @Test
  void chargingOrCommandingABodyOpeningAClauseDirectsIt() {
    List<String> t =
        tasks(
            "一、关于秋季整训\n"
                + "责成各军区政治部检查执行情况。\n"
                + "命令第三纵队即日开赴前线。\n"
                + "他接到命令后即行出发。\n"
                + "这是上级的命令。\n");
    assertEquals(List.of("责成各军区政治部检查执行情况。", "命令第三纵队即日开赴前线。"), t);
  }

  @Test
  void aFigureSpeltOutOrARankToReachIsATargetAndAPlansYearsCountNothing() {
    String text =
        "终端公司今年要实现收入增长百分之二十。\n"
            + "希望各代表处两年内把毛利率提高三个百分点。\n"
            + "我们要在三年内进入全球前三。\n"
            + "各地区部要争取在明年实现扭亏为盈。\n"
            + "十四五期间，力争改造老旧小区五百个。\n"
            + "今年要举办三期培训班。\n";
    assertEquals(List.of("GOAL", "GOAL", "GOAL", "GOAL", "GOAL", "ACTION"), kinds(text));
  }

  @Test
  void workOrganisedOrTakenOnIsAnActionWhateverHanLpTagsIt() {
    String text = "请住房城乡建设厅组织编制全省老旧小区改造规划。\n要组织好群众，搞好团结。\n";
    assertEquals(List.of("ACTION", "REQUIREMENT"), kinds(text));
  }

  @Test
  void workBoundByADayWith以前IsAnAction() {
    String text = "各分区均须于四月十日以前将春耕情况电告。\n以前的做法要改一改。\n";
    assertEquals(List.of("ACTION", "REQUIREMENT"), kinds(text));
  }

  @Test
  void sendingAListUpIsAnActionButCarryingWarmthIsNot() {
    String text = "财务处下个月把核对后的名单报给我。\n各科室下周把自查清单交上来。\n要把组织的关怀送到每一位困难职工家中。\n";
    assertEquals(List.of("ACTION", "ACTION", "REQUIREMENT"), kinds(text));
  }

  @Test
  void workNotDoneYetOrThatCannotBeDoneIsNoDeliverable() {
    List<String> t =
        tasks(
            "目前质检部门核对旧台账只是开了个头，还没有全面清理。\n"
                + "我们的年轻技术员培养、提拔不起来，原因是提拔时只看资历。\n"
                + "我们在清理积压合同时看到，采购部门有四十份合同没有归档。\n"
                + "质检部门月底前要全面清理旧台账。\n");
    assertEquals(List.of("质检部门月底前要全面清理旧台账。"), t);
  }

  @Test
  void aTrendOfTheSituationDescribesWhereThingsStand() {
    List<String> t =
        tasks(
            "为缓解停车难，现就有关事项通知如下：\n"
                + "随着城镇化进程加快，群众对停车位的需求越来越迫切，供需矛盾日益突出。\n"
                + "各区要在年底前新增公共停车位五千个。\n");
    assertEquals(List.of("各区要在年底前新增公共停车位五千个。"), t);
  }

  @Test
  void anAnniversaryTellsOfWhatWasDoneLongAgo() {
    List<String> t = tasks("今年适逢我县撤县设区20周年，也是县总工会成立70周年。\n今年县总工会要组建职工服务中心。\n");
    assertEquals(List.of("今年县总工会要组建职工服务中心。"), t);
  }

  @Test
  void aDocumentNamingItsOwnMakingIntroducesIt() {
    List<String> t =
        tasks("为贯彻落实省委部署，进一步加强农村供水保障，制定本实施方案。\n" + "一、工作任务\n" + "各乡镇要在6月底前制定本乡镇的供水应急预案。\n");
    assertEquals(List.of("各乡镇要在6月底前制定本乡镇的供水应急预案。"), t);
    // …in a document's register too, whatever it is called: a plan, a system of rules
    for (String kind : List.of("预案", "制度")) {
      List<String> own =
          tasks(
              "镇森林火灾应急"
                  + kind
                  + "\n1 总则\n1.1 编制目的\n为有效预防和扑救森林火灾，制定本"
                  + kind
                  + "。\n"
                  + "2 组织指挥体系\n2.1 镇森林防灭火指挥部\n镇森林防灭火指挥部负责组织全镇森林火灾扑救工作。\n"
                  + "3 预警\n3.1 预警响应\n发布红色预警后，各村要加强巡山护林。\n");
      assertFalse(own.stream().anyMatch(u -> u.contains("制定本")), own.toString());
      assertTrue(own.contains("发布红色预警后，各村要加强巡山护林。"), own.toString());
    }
  }

  @Test
  void aSentenceOpeningWith没有SaysWhatIsNotThere() {
    List<String> t = tasks("同志们：\n一、抓好团队建设\n没有哪个人能包打天下。\n抽调业务骨干充实一线。\n二、守住安全底线\n安全生产没有捷径。\n");
    assertEquals(List.of("抽调业务骨干充实一线。"), t);
  }

  @Test
  void aTargetIsAnOutcomeToReachNotADirectionOrABatch() {
    String text =
        "各乡镇要扶持一批龙头企业做大做强。\n"
            + "各乡镇要打造一批特色农业品牌。\n"
            + "要提高农产品加工率。\n"
            + "农产品加工率要提高到70%。\n"
            + "我县要在全市率先实现乡村客运全覆盖。\n"
            + "各乡镇要争取全年招商引资好成绩。\n"
            + "要走出一条山区县高质量发展的新路子。\n";
    List<String> kinds = kinds(text);
    assertEquals(
        List.of("REQUIREMENT", "GOAL", "REQUIREMENT", "GOAL", "GOAL", "GOAL", "GOAL"), kinds);
  }

  @Test
  void aSentenceThatOpensByEncouragingEncouragesAllItSays() {
    String text = "鼓励农业龙头企业采取订单收购等方式，在山区乡镇建立原料基地，带动农户增收。\n" + "各乡镇要在山区建立三个原料基地，带动农户增收。\n";
    assertEquals(List.of("REQUIREMENT", "ACTION"), kinds(text));
  }

  @Test
  void buildingABatchOfThingsIsAnActionButForgingATeamIsATarget() {
    String text =
        "各县要建设一批乡村物流服务站。\n"
            + "市教育局要遴选认定一大批优质网络课程。\n"
            + "每个乡镇要建立一支不少于二十人的护林队伍。\n"
            + "各县要打造一支懂农业、爱农村的干部队伍。\n";
    assertEquals(List.of("ACTION", "ACTION", "ACTION", "GOAL"), kinds(text));
  }

  @Test
  void anImplementationPlanIsADocumentNotAnImplementing() {
    String text = "各乡镇要把县里的部署转化为实施方案，层层压实责任。\n各乡镇要实施农村道路提升项目。\n";
    List<String> kinds = kinds(text);
    assertEquals(List.of("REQUIREMENT", "ACTION"), kinds);
  }

  @Test
  void aStrongModalAfterACopulaClauseStillOrders() {
    List<String> t = tasks("不能什么事都是一把手说了算，一定要坚持集体决策。\n防汛是一场必须打赢的硬仗，是全县上下的共同责任。\n");
    assertEquals(List.of("不能什么事都是一把手说了算，一定要坚持集体决策。"), t);
  }

  @Test
  void anAssignmentWithItsWorkDirects() {
    List<String> t = tasks("会议纪要由办公室负责起草。\n我们单位实行首长负责制。\n他这个人做事很负责。\n");
    assertEquals(List.of("会议纪要由办公室负责起草。"), t);
  }

  @Test
  void anAssignmentAfterALongTopicOrAClauseDirectsButAnExplanationDoesNot() {
    String text =
        "本次年中述职的全部书面材料由办公室指定专人汇总，转给各科室传阅。\n"
            + "这项工作不再设专门科室，由各网点自己去落实。\n"
            + "这些经费的使用是由年度预算来约束的，超支很少。\n"
            + "由于天气原因，部分项目推迟开工。\n";
    assertEquals(
        List.of("本次年中述职的全部书面材料由办公室指定专人汇总，转给各科室传阅。", "这项工作不再设专门科室，由各网点自己去落实。"), tasks(text));
  }

  @Test
  void newsFurnitureIsNoDirective() {
    List<String> t =
        tasks(
            "（2024年3月1日在全县安全生产工作会议上的讲话）\n"
                + "本报讯 2024年3月1日，全县安全生产工作会议在县委礼堂隆重召开。\n"
                + "各乡镇要在3月底前完成隐患排查。\n");
    assertEquals(List.of("各乡镇要在3月底前完成隐患排查。"), t);
  }

  /** A document of rules: numbered items whose sentences open with a verb and say no 我们. */
  private static final String DOCUMENT =
      """
      关于加强乡村学校建设的实施意见
      一、改善办学条件
      （一）加强校舍建设。完善乡村学校校舍标准，推进薄弱学校改造。改善寄宿制学校生活设施。
      （二）充实教学设备。推动实验室和图书室达标建设。配齐音体美器材。
      二、建强教师队伍
      （三）优化教师配置。健全县域内教师交流轮岗制度。落实乡村教师生活补助政策。
      （四）提升教师能力。实施乡村教师能力提升培训。组织城区骨干教师送教下乡。
      三、强化保障措施
      （五）加强组织领导。建立联席会议制度，定期研究解决重大问题。
      （六）强化督导评估。将乡村学校建设纳入年度考核。
      """;

  @Test
  void inADocumentASentenceOpeningWithAnyVerbDirects() {
    List<String> t = tasks(DOCUMENT);
    assertTrue(t.contains("改善寄宿制学校生活设施。"), t.toString());
    assertTrue(t.contains("配齐音体美器材。"), t.toString());
  }

  @Test
  void inADocumentAVerbAfterATopicOrASettingDirects() {
    String text =
        DOCUMENT
            + "机关方面，重新订立节约公约，自己开检讨会。\n"
            + "在冬季整训中，彻底清查各连队的枪支弹药。\n"
            + "在抓好秋收的同时，组织群众兴修水利。\n"
            + "在考核上，加大一线业绩的权重。\n"
            + "在去年的整训中，涌现出一大批先进连队。\n"
            + "对考核不合格的乡村教师，组织一次脱产轮训。\n"
            + "对此，大家的认识是一致的。\n";
    List<String> t = tasks(text);
    assertTrue(t.contains("对考核不合格的乡村教师，组织一次脱产轮训。"), t.toString());
    assertFalse(t.contains("对此，大家的认识是一致的。"), t.toString());
    assertTrue(t.contains("机关方面，重新订立节约公约，自己开检讨会。"), t.toString());
    assertTrue(t.contains("在冬季整训中，彻底清查各连队的枪支弹药。"), t.toString());
    assertTrue(t.contains("在抓好秋收的同时，组织群众兴修水利。"), t.toString());
    assertTrue(t.contains("在考核上，加大一线业绩的权重。"), t.toString());
    assertFalse(t.contains("在去年的整训中，涌现出一大批先进连队。"), t.toString());
  }

  @Test
  void inASpeechAVerbalNounOpensATopicNotADirective() {
    String speech =
        DOCUMENT
            .replace("关于加强乡村学校建设的实施意见", "同志们，我们今天开会。我们大家都知道。我们说过。我们做了。我们看到。")
            .replace("配齐音体美器材。", "配齐音体美器材，我们也看到了。我们要重视。")
            .replace("（六）强化督导评估。", "（六）强化督导评估。督导评估形式主义严重。");
    List<String> t = tasks(speech);
    assertTrue(t.contains("改善寄宿制学校生活设施。"), t.toString());
    assertFalse(t.contains("督导评估形式主义严重。"), t.toString());
    assertEquals(
        tasks(DOCUMENT).contains("完善乡村学校校舍标准，推进薄弱学校改造。"),
        t.contains("完善乡村学校校舍标准，推进薄弱学校改造。"),
        "a listed opener directs in both registers");
  }

  @Test
  void aPhotoCreditGluedToADirectiveIsNeitherItsOwnerNorEditorial() {
    Plan plan =
        LUOSHI.plan(
            SourceText.of("t.txt", "三月五日，市长在河口镇察看了堤防加固工程。 新华社记者 张明/摄坚持问题导向，各乡镇要在汛前完成隐患排查。\n"),
            PlanOptions.defaults());
    assertEquals(1, plan.tasks().size(), plan.tasks().toString());
    Task t = plan.tasks().get(0);
    assertEquals("坚持问题导向，各乡镇要在汛前完成隐患排查。", t.text());
    assertEquals(List.of("各乡镇"), t.owners().stream().map(o -> o.name()).toList());
  }

  @Test
  void aModalThatDescribesOrConcludesDirectsNoOne() {
    String text =
        "四、关于整改\n"
            + "有的乡镇扩大了应当核查的范围；\n"
            + "这是每个干部所必须遵守的基本规矩。\n"
            + "应当说，今年的防汛工作比往年更加主动了。\n"
            + "不这样做，就不能把隐患消灭在萌芽状态。\n"
            + "这样做下去，将使全县的河道面貌焕然一新。\n"
            + "整改工作应当是有步骤的。\n"
            + "各乡镇要在汛前完成隐患排查，应当核查的范围一个也不能少。\n"
            + "这里特别要强调防汛安全。\n"
            + "别的县能做到，我们也应该能做到。\n"
            + "堤防再不加固，汛期可能要出大问题。\n"
            + "不维护的设备迟早都要出故障的。\n"
            + "明年的工作重点应当放在哪里？\n"
            + "查台账就像医生要看病历一样，一看就清楚。\n"
            + "今年的汛情比预想的要轻。\n"
            + "要把这支队伍带好，的确不容易。\n"
            + "认为防汛工作必须等上级部署才能开展的观点，是错误的。\n"
            + "这里我还要强调，各乡镇要落实巡堤制度。\n"
            + "必须指出，个别乡镇对汛情估计不足。\n"
            + "应该承认，去年的排查还有死角。\n"
            + "需要说明的是，这些数字还是初步的。\n";
    assertEquals(List.of("各乡镇要在汛前完成隐患排查，应当核查的范围一个也不能少。", "这里我还要强调，各乡镇要落实巡堤制度。"), tasks(text));
  }

  @Test
  void aYearBeforeTheMeetingTellsWhatHappened() {
    String text =
        "2016年5月，市委市政府批准设立高新区，建立管委会统一管理。\n"
            + "2020年底前，高新区管委会要完成规划修编。\n"
            + "对2016年以来引进的项目，管委会要逐一建立台账。\n";
    assertEquals(
        List.of("2020年底前，高新区管委会要完成规划修编。", "对2016年以来引进的项目，管委会要逐一建立台账。"),
        tasks(text, LocalDate.of(2020, 3, 2)));
  }

  @Test
  void anOrderBeforeAClosingQuestionStillDirects() {
    String text = "各单位要把隐患台账建起来，不建台账，出了问题怎么追责？\n" + "那今年的防汛重点要放在哪里？\n" + "我们要不要再等一等？\n";
    assertEquals(List.of("各单位要把隐患台账建起来，不建台账，出了问题怎么追责？"), tasks(text));
  }

  @Test
  void aPermissionAfterAnOrderLeavesTheOrderStanding() {
    String text =
        "关于经费保障的通知\n"
            + "一、加强经费保障\n"
            + "发挥财政资金引导作用，鼓励社会力量参与，各县可按规定给予适当补助。\n"
            + "各县可以根据实际情况安排配套资金。\n"
            + "有序开展项目资金的审计工作所体现的监督职能，为项目建设提供保障。\n";
    List<String> t = tasks(text);
    assertTrue(t.contains("发挥财政资金引导作用，鼓励社会力量参与，各县可按规定给予适当补助。"), t.toString());
    assertFalse(t.contains("各县可以根据实际情况安排配套资金。"), t.toString());
  }

  @Test
  void whatATopicSaysOfThePastDoesNotMakeTheUnitAReport() {
    assertEquals(
        List.of("对于已经开工、需要补办手续的，原则上于2024年6月底前完成。"),
        tasks("对于已经开工、需要补办手续的，原则上于2024年6月底前完成。\n", LocalDate.of(2024, 1, 15)));
  }

  @Test
  void aRuleInPrincipleDirectsAsAModalDoes() {
    String text = "新提拔的干部原则上先到艰苦地区锻炼两年。\n各种会议原则上不超过半天。\n";
    assertEquals(List.of("新提拔的干部原则上先到艰苦地区锻炼两年。", "各种会议原则上不超过半天。"), tasks(text));
  }

  @Test
  void aVerbOpeningWith紧Or冲AfterAModalObliges() {
    String text = "各乡镇要紧盯防汛薄弱环节。\n党员干部要冲在抗洪第一线。\n这座桥是交通要冲。\n这件事很要紧。\n";
    assertEquals(List.of("各乡镇要紧盯防汛薄弱环节。", "党员干部要冲在抗洪第一线。"), tasks(text));
  }

  @Test
  void aPurposeWeighedAsHardAfterAConditionIsNoOrder() {
    assertEquals(List.of(), tasks("缺少群众的支持，要办成这样大的事情，那是困难的。\n"));
  }

  @Test
  void aVerbInAClauseOfConditionOrFoundingIsNoDeliverable() {
    assertEquals(List.of("REQUIREMENT"), kinds("这个委员会一经成立，就要切实担负起协调的责任。\n"));
  }

  @Test
  void aSubjectAndAVerbAfterACommaWithNoModalDescribe() {
    assertEquals(List.of(), tasks("沿海省份开放程度较高，落实新政策的任务更重。\n"));
  }

  @Test
  void 就应当AfterAConditionDirectsAndInTheFirstClauseDrawsAConsequence() {
    String text =
        "既然试点证明这样做是可行的，那么，各县就应当这样做。\n在其他县，也就应当这样做。\n"
            + "遇到这样的情况，我们就应该停下来。\n这些数字就必须掌握。\n改一个数字就得折腾半天。\n";
    assertEquals(List.of("既然试点证明这样做是可行的，那么，各县就应当这样做。", "在其他县，也就应当这样做。"), tasks(text));
  }

  @Test
  void buildingUpIsATargetByAHorizonAndAnActionWithinABound() {
    String text =
        "到2030年，要建成覆盖城乡的养老服务网络。\n年底前，各街道要建成一个日间照料中心。\n"
            + "县文旅局要在上半年建成全域旅游信息平台。\n到2030年，要建成覆盖城乡的养老服务网络，打造一批示范社区。\n";
    assertEquals(List.of("GOAL", "ACTION", "ACTION", "GOAL"), kinds(text));
  }

  @Test
  void anActionVerbDoneAlreadyOrNotDoneDeliversNothing() {
    String text = "上个月县里启动了试点，各乡镇要认真总结经验。\n新项目不启动，各乡镇的路就修不起来，各乡镇要抓紧协调。\n";
    assertEquals(List.of("REQUIREMENT", "REQUIREMENT"), kinds(text));
  }

  @Test
  void whatItTakesAndWhatCannotBeHadOrderNothing() {
    String text =
        "干部要有开放的胸怀，才能担当重任。\n高层干部要有开阔的眼界，才能做好迎接挑战的准备。\n" + "问题拖着不办，就会长期不得解决。\n各地要抓紧落实，不得拖延。\n";
    assertEquals(List.of("各地要抓紧落实，不得拖延。"), tasks(text));
  }

  @Test
  void 不应该JudgingWhatWasDoneIsAReproach() {
    String text = "把经费花在装修门面上，实在不应该！\n各科室不应该再搞突击花钱。\n";
    assertEquals(List.of("各科室不应该再搞突击花钱。"), tasks(text));
  }

  @Test
  void aStateOfMindWithAProhibitionAfterItDirects() {
    String text = "要认识到安全员就是质检员，不要把安全员的待遇定得太低。\n大家要看到整改之难，希望大家都不要去破坏规矩。\n" + "要增强忧患意识，树立底线思维。\n";
    assertEquals(List.of("要认识到安全员就是质检员，不要把安全员的待遇定得太低。", "大家要看到整改之难，希望大家都不要去破坏规矩。"), tasks(text));
  }

  @Test
  void aShiftOfFocusIsNoHandover() {
    String text = "要把工作重心转到项目建设上来。\n要把技术骨干派到一线班组去。\n";
    assertEquals(List.of("REQUIREMENT", "ACTION"), kinds(text));
  }

  @Test
  void theSpeakersRequestAfterWhatOthersSaidDirects() {
    String text = "今天，各位代表对明年的工作提出了很多好的意见和建议，请有关部门认真研究吸收。\n";
    assertEquals(List.of("今天，各位代表对明年的工作提出了很多好的意见和建议，请有关部门认真研究吸收。"), tasks(text));
  }

  @Test
  void aTitleMeasuringThisYearAgainstTheLastLooksForward() {
    String text =
        "（一）春耕工作已经部署。\n\n（二）今年的种植任务，是在去年的基础上使油菜增产两成。为此，必须抓紧修好灌渠。" + "良种的价格，由县农技站在下种以前公布，使农户心中有数。\n";
    assertEquals(List.of("为此，必须抓紧修好灌渠。", "良种的价格，由县农技站在下种以前公布，使农户心中有数。"), tasks(text));
  }

  @Test
  void askingWhyAndStatesOfMindOrderNothing() {
    String text =
        "那年暑假在村里帮工，他才明白自己为什么要学这一行。\n对此，大家一定要保持清醒头脑，绝不能有丝毫松懈麻痹。\n"
            + "安全生产是底线，任何时候都不能掉以轻心。\n新来的同事不要怕出错，谁没有出过错？\n各班组要在周五前报送检查结果。\n";
    assertEquals(List.of("各班组要在周五前报送检查结果。"), tasks(text));
  }

  @Test
  void whatBefellCountsNoActivity() {
    String text = "第一年栽下的果苗成活率不到一成，第二年一场大旱又几乎全部枯死。\n第二年要组织一场技术培训。\n";
    assertEquals(List.of("第二年要组织一场技术培训。"), tasks(text));
  }

  @Test
  void theDecisionsOfMinutesAreTasksAndTheirHeadingAndRecordAreNot() {
    String text =
        "区政府常务会议纪要\n2026年3月2日，区长主持召开区政府常务会议。现将会议议定事项纪要如下。\n"
            + "一、会议议定事项\n（一）关于老旧小区改造\n会议听取了区住建局关于老旧小区改造的汇报。\n"
            + "由区住建局牵头，4月底前拿出改造清单。\n改造清单报区政府备案。\n";
    assertEquals(List.of("由区住建局牵头，4月底前拿出改造清单。", "改造清单报区政府备案。"), tasks(text));
  }

  @Test
  void goingOverAListIsWorkToDoNotAPastDeed() {
    String text = "这件事由采购部和质量部负责，本月底前把现有分包商过一遍。\n上个月我们把名单看过一遍。\n";
    assertEquals(List.of("这件事由采购部和质量部负责，本月底前把现有分包商过一遍。"), tasks(text));
  }

  @Test
  void aDocumentsNameUnderItsHeaderLinesGivesNoRule() {
    String text =
        "总经理办公室电子邮件\n\n签发人：总经理\n\n关于严禁在采购中收受回扣的规定\n\n各部门：\n" + "为此，作如下规定：\n（一）任何员工不得收受供应商的回扣。\n";
    assertEquals(List.of("（一）任何员工不得收受供应商的回扣。"), tasks(text));
  }

  @Test
  void whyAPieceOfWorkMattersOrdersNothing() {
    String text = "做好冬季供暖，事关千家万户的冷暖。\n各供热企业要做好冬季供暖，这事关千家万户的冷暖。\n";
    assertEquals(List.of("各供热企业要做好冬季供暖，这事关千家万户的冷暖。"), tasks(text));
  }

  @Test
  void whatAStateOfThingsRevealsDescribesIt() {
    String text = "但也要看到，一些乡镇隐患仍然不少，暴露出责任落实不到位的问题。\n必须认识到，问题仍然突出，要抓紧整改。\n";
    assertEquals(List.of("必须认识到，问题仍然突出，要抓紧整改。"), tasks(text));
  }

  @Test
  void aChaptersLongFirstSentenceRunningIntoItsParagraphDirects() {
    String text =
        "（一）各地的秋征工作已经开始。\n\n（二）秋征中要注意照顾军属烈属和缺乏劳动力的贫苦农户。但是照顾必须经过村民评议，"
            + "不得由少数干部包办。\n\n（三）要坚持公平合理的原则，不要让群众吃亏。各地要及时总结。\n";
    assertEquals(
        List.of("（二）秋征中要注意照顾军属烈属和缺乏劳动力的贫苦农户。", "但是照顾必须经过村民评议，不得由少数干部包办。", "各地要及时总结。"), tasks(text));
  }

  @Test
  void whatThereIsWhatWillBefallAndTheSpeakersOwnActsOrderNothing() {
    String text =
        "还有作风问题。\n还有一类新对手，过去只做软件的公司，现在开始自己造设备。\n成绩不说跑不了，问题不说要出大事。\n"
            + "到那时候你们再办班，请我来讲一课，我一定不推辞。\n我要提醒大家，同我们一起起步的几家公司，现在只剩一家了。\n"
            + "首先，请允许我向各位老同志表示崇高的敬意！\n我还要强调，各县要把防汛责任落实到人。\n";
    assertEquals(List.of("我还要强调，各县要把防汛责任落实到人。"), tasks(text));
  }

  @Test
  void filingDrawingUpAnnouncingAndReturningAreActions() {
    String text =
        "教育局要把防溺水知识写进中小学的校本教材。\n培训中心要把学员结业后的表现跟踪起来，归入个人档案。\n"
            + "各乡镇要结合本地情况，订出具体的实施计划。\n被错误扣押的车辆，应当查明发还。\n";
    assertEquals(List.of("ACTION", "ACTION", "ACTION", "ACTION"), kinds(text));
  }

  @Test
  void whatLiesAheadAndAJudgementOfThePastOrderNothing() {
    String text = "胜利已经在望，但是还有很多硬仗要打，还有许多困难要克服。\n一年来的工作，成绩是主要的，这一点必须肯定。\n" + "还有很多工作要做，各支部要抓紧。\n";
    assertEquals(List.of("还有很多工作要做，各支部要抓紧。"), tasks(text));
  }

  @Test
  void aMeetingsFindingInItsMinutesIsNoDecision() {
    String text =
        "县政府常务会议纪要\n现将会议议定事项纪要如下。\n一、关于农村饮水工作\n"
            + "会议指出，部分山区村组在用水高峰期仍存在缺水问题，群众意见较多。\n会议指出，各乡镇要加强供水工程管护。\n"
            + "供水应急预案报县水利局备案。\n";
    assertEquals(List.of("会议指出，各乡镇要加强供水工程管护。", "供水应急预案报县水利局备案。"), tasks(text));
  }

  @Test
  void idiomsAndTalesOfOthersOrderNothing() {
    List<String> t =
        tasks(
            "五年前，局里请了一家咨询公司来梳理流程。\n"
                + "那套系统上线以后，各科室都抢着要。\n"
                + "仓库里堆着一批没人要的旧设备，要在月底前处置完毕。\n"
                + "账目乱成这样，不能怪基层的财务人员。\n"
                + "进度慢一点不要紧，质量必须守住。\n"
                + "连本县的市场都没站稳，更不要说走出省外了。\n"
                + "记得刚参加工作那年，一份材料要跑五个部门盖章。\n"
                + "还有人跟我讲，一张报销单要签七个字。\n");
    assertEquals(List.of("仓库里堆着一批没人要的旧设备，要在月底前处置完毕。", "进度慢一点不要紧，质量必须守住。"), t);
  }

  @Test
  void aCountOfThingsToDoAndATitleOfDecisionsIntroduceWhatFollows() {
    List<String> t = tasks("做好这次换届工作，有几件事要抓紧办好。\n" + "一是严把人选关口，各乡镇党委要逐一考察。\n");
    assertEquals(List.of("一是严把人选关口，各乡镇党委要逐一考察。"), t);
    List<String> minutes =
        tasks(
            "会议纪要\n一、关于当前形势\n今年以来，全县安全生产形势总体平稳。\n二、会议决定\n"
                + "第一，在全县开展一次安全生产大检查。\n此项工作由县应急管理局负责组织，三月底以前结束。\n");
    assertEquals(List.of("此项工作由县应急管理局负责组织，三月底以前结束。"), minutes);
  }

  @Test
  void aSloganOfASeriesThatItsParagraphRunsOnFromIsATitle() {
    List<String> t =
        tasks(
            "第一，要在优化营商环境上走在全市前列。这几年我们做了不少工作，但同先进地区比差距还很大。各部门要在月底前梳理一遍审批事项。\n"
                + "第二，各乡镇要在月底前完成摸底工作。摸底结果报县农业农村局。\n");
    assertEquals(List.of("各部门要在月底前梳理一遍审批事项。", "第二，各乡镇要在月底前完成摸底工作。"), t);
  }

  @Test
  void judgementsSituationsAndClosingFormulasOrderNothing() {
    List<String> t =
        tasks(
            "改革从来不是一帆风顺的。\n"
                + "你还坐在办公室里等材料。\n"
                + "这些成绩应当肯定。\n"
                + "种子由县供销社负责调运，先借给农户，秋收打下了粮食再归还。\n");
    assertEquals(List.of("种子由县供销社负责调运，先借给农户，秋收打下了粮食再归还。"), t);
    assertEquals(
        List.of("各乡镇要在月底前完成受损房屋鉴定。"),
        tasks("三、抓紧恢复生产\n受灾群众最盼的是早日回到正常生活。恢复重建任务很重，时间很紧。各乡镇要在月底前完成受损房屋鉴定。\n"));
    assertEquals(List.of("一、各部队入城后一律不准住民房。"), tasks("各分局：\n为整顿纪律，兹规定如下：\n一、各部队入城后一律不准住民房。\n此电。\n"));
  }

  @Test
  void whatFollowsFromWhatAndWhatIsExpectedOrderNothing() {
    assertEquals(
        List.of("一、各县须于月底前上报秋收情况。", "二、各县不得擅自加征。"),
        tasks(
            "各县委：\n现规定如下：\n一、各县须于月底前上报秋收情况。\n干部不下乡，情况就摸不准；\n"
                + "领导带头下地，群众就会跟上。\n这种事情如不及早处理，秋后的征粮将受到影响。\n这是不对的。\n"
                + "今后还将有更多的县份划归本区。\n数据不通、重复录入等问题依然存在。\n二、各县不得擅自加征。\n"));
  }

  @Test
  void whatIsWantedAndWhatOneThingTakesOrderNothing() {
    assertEquals(
        List.of("财务部要在下个月把报销流程减到两个环节。"),
        tasks("我们要的是能打胜仗的队伍，不是摆样子的队伍。\n现在一张发票要跑三个部门、签五个字。\n财务部要在下个月把报销流程减到两个环节。\n"));
  }

  @Test
  void aDecisionsTopicLabelAndAContactLineAreNoTasks() {
    assertEquals(
        List.of("成立由副总经理任组长的搬迁小组，6月底前完成新仓库选址。", "食堂承包合同到期后重新招标。"),
        tasks(
            "各部门：\n经研究，现决定如下：\n（一）关于仓库搬迁。成立由副总经理任组长的搬迁小组，6月底前完成新仓库选址。\n"
                + "（二）关于食堂管理。食堂承包合同到期后重新招标。\n"));
    assertEquals(
        List.of("一、各乡镇于本月底前完成隐患排查。"),
        tasks(
            "各乡镇人民政府：\n现将有关事项通知如下：\n一、各乡镇于本月底前完成隐患排查。\n"
                + "（联系人：县应急局李某，电话：0571-8888XXXX；\n县水利局王某，电话：0571-6666XXXX）\n"));
  }

  @Test
  void whyTheRoomWasCalledGreetingsPassedOnAndAnOldOrderByWireOrderNothing() {
    assertEquals(
        List.of("各乡镇要把意见整理好报县委办。"), tasks("今天请大家来，是想听听基层的意见。\n请代我向各位老同志问候。\n各乡镇要把意见整理好报县委办。\n"));
    assertEquals(List.of("此后各部一律不准借用民房。"), tasks("各分局：\n军区当时曾电示各部：“不准借用民房。”\n此后各部一律不准借用民房。\n"));
  }

  @Test
  void understandingAsidesSaysSimilesAndClosingCallsOrderNothing() {
    assertEquals(
        List.of("各代表处下个月底前把应收账款清理一遍。"),
        tasks(
            "销售费用超了多少，这一点各代表处心里要有数。\n希望大家记住这一课。\n各部门要想清楚，钱是客户给的。\n"
                + "抓质量好比带孩子，一天也要盯着。\n老书记常讲：“干部要把脚板子磨厚。”\n客户请你喝酒，是看中你手里的订单。\n"
                + "希望全县干部群众团结一心，为建设美丽乡村作出新的更大贡献！\n各代表处下个月底前把应收账款清理一遍。\n"));
  }

  @Test
  void aBodyNamedAnOrganisationIsNoVerbOfOrganising() {
    assertEquals(List.of("REQUIREMENT"), kinds("行业评价组织应更新课程方案。\n"));
    assertEquals(List.of("ACTION"), kinds("县总工会组织一次职工技能竞赛。\n"));
  }

  @Test
  void aNumberedPointThatGivesTheWorkToABodyIsATaskAsWellAsAHeading() {
    List<String> t =
        tasks(
            "县督查室要对重点项目实行分级督办：\n（一）进度慢于计划一成的，挂黄牌，由县重点办发函督办；\n" + "（二）连续两月挂黄牌的，挂红牌，由县重点办发函通报。\n",
            LocalDate.of(2022, 1, 4));
    assertTrue(t.contains("（一）进度慢于计划一成的，挂黄牌，由县重点办发函督办；"), t.toString());
  }

  @Test
  void reportsReceivedPrinciplesForAllTimeAndTheSpeakersOwnWordsOrderNothing() {
    assertEquals(
        List.of("据县里来电，个别乡已出现抢购，望各区即派人查明纠正。", "各乡镇要在月底前把存粮情况摸清。"),
        tasks(
            "另据二区报告，部分村庄派粮过急，一律按户平摊，群众颇有怨言。\n"
                + "据县里来电，个别乡已出现抢购，望各区即派人查明纠正。\n"
                + "防火这根弦，任何时候都不能松。\n"
                + "看病贵的问题，我要多讲几句。\n"
                + "犯错不可怕，可怕的是犯了错不认账。\n"
                + "村干部要能安心干事，这个道理并不复杂。\n"
                + "我讲几条意见，大家不要介意。\n"
                + "各乡镇要在月底前把存粮情况摸清。\n"));
    assertEquals(1, tasks("任何时候都不能以降低标准为代价赶工期。\n").size());
  }

  @Test
  void aLessonToKeepARemarkOpenedAndAJudgementOfHowMuchOrderNothing() {
    assertEquals(
        List.of("各站所要在本周内把值班表报办公室。"),
        tasks(
            "那次停水的教训要深刻汲取。\n"
                + "要知道，老百姓心里都有一杆秤。\n"
                + "这里要说明一点：整改不是要推倒重来。\n"
                + "会议不是越多越好，能合并的要合并。\n"
                + "各站所要在本周内把值班表报办公室。\n"));
  }

  @Test
  void abilityWantingHospitalityAndFeelingsOrderNothing() {
    assertEquals(
        List.of("各班组要在周五前把设备点检表交给车间。"),
        tasks(
            "这些土办法不但不能解决问题，反而添了新的麻烦。\n"
                + "老张干了十年钳工，手艺好，几个车间都点名要他。\n"
                + "明天中午车间请大家吃顿便饭，忙了一个季度，该犒劳还是要犒劳。\n"
                + "可是大家心里要清楚，质量是厂子的饭碗。\n"
                + "各科室要对一线的同事有一份敬意。\n"
                + "我们的计划部门还是太粗，一个季度才调整一次。\n"
                + "各班组要在周五前把设备点检表交给车间。\n",
            LocalDate.of(2023, 3, 6)));
  }

  @Test
  void aDecisionsAdoptionLineIsNoTask() {
    assertEquals(List.of(), tasks("关于建立值班制度的决定\n（二〇二三年三月六日厂务会议通过）\n", LocalDate.of(2023, 3, 6)));
  }

  @Test
  void whatIsToBeSortedOutIsNoPermissionAndTooMuchIsNoPast() {
    assertEquals(
        List.of("月底前，各车间把现有的报表列个清单交上来，哪些可以合并、哪些可以取消，先拿出意见。"),
        tasks("月底前，各车间把现有的报表列个清单交上来，哪些可以合并、哪些可以取消，先拿出意见。\n", LocalDate.of(2023, 3, 6)));
    assertTrue(
        tasks("为开好班前会，现规定如下：\n班前会由班长主持。\n扩大班前会的规模不宜过长，一般以十人为宜。\n")
            .contains("扩大班前会的规模不宜过长，一般以十人为宜。"));
  }

  @Test
  void theSpeakersOwnProposalAsks() {
    assertEquals(
        List.of("我建议新来的技术员，第一年跟着老师傅把每道工序都做一遍。", "我的意见是先不要全面推开，选两个车间试点。"),
        tasks(
            "我建议新来的技术员，第一年跟着老师傅把每道工序都做一遍。\n"
                + "我的意见是先不要全面推开，选两个车间试点。\n"
                + "评审组的意见是可以先投产，因为客户催得紧。\n",
            LocalDate.of(2023, 3, 6)));
  }

  @Test
  void aNumberedPointWithWuxuDirects() {
    assertTrue(
        tasks(
                "（一）秋季征粮工作，务须有计划、有步骤地进行，切忌层层加码。各区接到通知后即行布置。\n" + "（二）征粮数字应于十月底以前报县政府。\n",
                LocalDate.of(1948, 9, 1))
            .contains("（一）秋季征粮工作，务须有计划、有步骤地进行，切忌层层加码。"));
  }

  @Test
  void aClosedTitleAloneOnItsLineHeadsItsParagraphUnlessItNamesSomeoneOrATime() {
    assertEquals(
        List.of("质检科要在月底前把返修的原因逐项分析清楚。", "（二）各车间必须守住交货期。", "（三）月底前必须清点一遍库存。"),
        tasks(
            "二、几项硬要求\n（一）返修率必须降下来。\n质检科要在月底前把返修的原因逐项分析清楚。\n"
                + "（二）各车间必须守住交货期。\n上个月有三批货晚了。\n"
                + "（三）月底前必须清点一遍库存。\n账实不符的情况不少。\n",
            LocalDate.of(2023, 3, 6)));
  }

  @Test
  void idiomsOfNoPermissionSayingsLessonsFindingsAndACommemorationsOpeningOrderNothing() {
    assertEquals(
        List.of("各车间要在节前完成一次安全检查。"),
        tasks(
            "这次检查暴露出一些问题：有的车间台账千篇一律，有的记录不够及时。\n"
                + "看了大家报上来的材料，我不得不多说几句。\n"
                + "春耕一天也等不得，农时不等人。\n"
                + "我常讲，班组长要做技术上的明白人。\n"
                + "我们既要守正，又要创新，这是多年来的一条重要经验。\n"
                + "节前几起事故表明，外包人员是安全管理的薄弱环节。\n"
                + "今天，我们在这里隆重集会，纪念建厂六十周年，就是要回顾来路、激励后人。\n"
                + "各车间要在节前完成一次安全检查。\n",
            LocalDate.of(2023, 1, 9)));
  }

  @Test
  void aPastParticleInsideAModifierOrAQuestionOfAmountReportsNothing() {
    List<String> t =
        tasks(
            "同志们：\n我给新来的同事提个具体要求：每位新员工都要建一个自己的错题本，把工作中踩过的坑记下来。\n"
                + "厂长强调，评先进要看实绩，看他这一年干了多少活。\n"
                + "我讲三条纪律：第一，上班时间不准喝酒；第二，不允许把图纸带出厂区；第三，不准私自调换岗位。\n");
    assertTrue(t.contains("我给新来的同事提个具体要求：每位新员工都要建一个自己的错题本，把工作中踩过的坑记下来。"), t.toString());
    assertTrue(t.contains("厂长强调，评先进要看实绩，看他这一年干了多少活。"), t.toString());
    assertTrue(t.contains("第二，不允许把图纸带出厂区；"), t.toString());
  }

  @Test
  void aWelcomeThatADirectiveGoesOnToIsNoCeremony() {
    assertEquals(
        List.of("要积极引进海外人才，欢迎各国专家来厂工作交流。"), tasks("欢迎大家来厂里参观指导！\n要积极引进海外人才，欢迎各国专家来厂工作交流。\n"));
  }

  @Test
  void whatAThingComesToEvenSoIsArguedNotARule() {
    String text =
        "关于做好冬季供暖保障工作的通知\n各街道、区直各单位：\n现将有关事项通知如下：\n"
            + "供热企业每日巡查管网一次。\n"
            + "设备再先进，也只能算半个保障，人不到位就是空的。\n"
            + "锅炉房的制度再健全，也难以替代现场值守。\n"
            + "这样的检查，搞十次也没有用处。\n"
            + "保障群众温暖过冬，既是民生工程，也是民心工程。\n";
    assertEquals(List.of("供热企业每日巡查管网一次。"), tasks(text));
  }

  @Test
  void aMeasureSaidTwiceTellsHowNotHowMany() {
    assertEquals(
        List.of("各车间要开展一次设备安全检查。"), tasks("各车间要开展一次设备安全检查。\n班组长要有敢于叫停的勇气，这种勇气是在现场一次次练出来的。\n"));
  }

  @Test
  void aClassOfCasesOpeningTheUnitGetsItsTreatment() {
    String text =
        "今年的安全生产，我讲三点意见。\n"
            + "对隐患整改不到位的，一律停产整顿。\n"
            + "对于虚报瞒报事故的，一经查实，严肃追究责任。\n"
            + "凡逾期未交整改报告的，全县通报。\n"
            + "对主动报告隐患的，可以给予奖励。\n";
    assertEquals(
        List.of("对隐患整改不到位的，一律停产整顿。", "对于虚报瞒报事故的，一经查实，严肃追究责任。", "凡逾期未交整改报告的，全县通报。"), tasks(text));
  }

  @Test
  void aTaleOfNotLongAgoIsNoOrder() {
    assertEquals(
        List.of("各车间要在月底前把这类问题排查一遍。"),
        tasks("前不久我到车间去，一位班组长问我，设备老化的问题要不要报。\n各车间要在月底前把这类问题排查一遍。\n"));
  }

  @Test
  void theDistributionAndTheVoteOfAResolutionAreFurniture() {
    String text =
        "关于调整安全生产委员会组成的决议\n各部门、各子公司：\n经董事会审议，现将决议事项通知如下：\n"
            + "安全生产委员会每季度召开一次全体会议。\n"
            + "表决结果：同意7票，反对0票，弃权0票。\n"
            + "分送：各部门、各子公司\n";
    assertEquals(List.of("安全生产委员会每季度召开一次全体会议。"), tasks(text));
  }

  @Test
  void aRuleChangedAWorkPutInChargeAndWorkDueByADateDirect() {
    String text =
        "今年的预算工作，我讲几句。\n"
            + "从下个月起，我们不再按人头分配经费，改为按项目核定。\n"
            + "这项改革由分管副总亲自挂帅。\n"
            + "安监部要把今年以来的事故逐一复盘，6月底前贴到内网上，不要怕丢面子。\n";
    assertEquals(
        List.of(
            "从下个月起，我们不再按人头分配经费，改为按项目核定。", "这项改革由分管副总亲自挂帅。", "安监部要把今年以来的事故逐一复盘，6月底前贴到内网上，不要怕丢面子。"),
        tasks(text));
  }

  @Test
  void meansArguedPointsCountedAndAWayOfSpeakingAreNoOrders() {
    String text =
        "关于做好夏粮收购工作的通知\n（县政府办公室2023年5月6日印发）\n"
            + "要收好粮，就要有足够的仓容。\n"
            + "我看要做到三条。\n"
            + "对这些隐患，要有足够的警醒。\n"
            + "你们看，一个粮站的经验比十次大会的号召还管用。\n"
            + "各粮站要在6月10日前完成仓房检修。\n";
    assertEquals(List.of("各粮站要在6月10日前完成仓房检修。"), tasks(text));
  }

  @Test
  void theMeetingsFramingTimeLeftAndWhatIsToBeSeenOrderNothing() {
    String text =
        "元宵刚过，局党委就召开这次动员会，目的就是要把全年的劲头鼓起来。\n"
            + "这次会议，主要是总结上半年的工作，部署下半年的任务，确保全年目标顺利实现。\n"
            + "今天市防办召集大家开会，就是要把防汛准备再过一遍。\n"
            + "等一会儿，刘市长还要作重要讲话。\n"
            + "同志们，离汛期只剩不到二十天了。\n"
            + "有的同志觉得去年没出事，今年也不会出事，这种想法要不得。\n"
            + "工作做得实不实，最终要看群众满不满意。\n"
            + "这个苗头要引起大家的警惕。\n"
            + "大家要把这几句话记在心里。\n"
            + "荣誉面前，我们更要保持清醒。\n"
            + "我们要深刻认识到，防汛不是季节性工作，防灾减灾永远在路上。\n"
            + "也要看到，有的乡镇还存在“重建轻管”的问题，个别村为了应付检查，把旧台账重新抄了一遍。\n"
            + "对今年新认定的星级农家乐，在县级补助之外再给予每户两万元奖励。\n"
            + "各乡镇要在5月底前完成山塘水库的汛前检查。\n";
    assertEquals(
        List.of("对今年新认定的星级农家乐，在县级补助之外再给予每户两万元奖励。", "各乡镇要在5月底前完成山塘水库的汛前检查。"),
        tasks(text, LocalDate.of(2025, 5, 6)));
  }

  @Test
  void eachFigureOfASentenceThatSetsTargetsIsAGoal() {
    String text =
        "二、今年的主要目标\n"
            + "去年全县粮食产量增长3.2%，农民人均可支配收入增长6.1%。\n"
            + "今年全县农业农村工作的主要目标是：粮食播种面积稳定在120万亩以上；"
            + "农林牧渔业增加值增长4%左右；农村居民人均可支配收入增长7%。\n"
            + "这个目标是经过反复测算定下来的。\n"
            + "今年新增高标准农田目标为3万亩，耕地保有量不低于上级下达任务。\n";
    assertEquals(
        List.of(
            "今年全县农业农村工作的主要目标是：粮食播种面积稳定在120万亩以上；",
            "农林牧渔业增加值增长4%左右；",
            "农村居民人均可支配收入增长7%。",
            "今年新增高标准农田目标为3万亩，耕地保有量不低于上级下达任务。"),
        tasks(text, LocalDate.of(2025, 2, 10)));
  }

  @Test
  void reportedFiguresWordsRecalledFromElsewhereAndAMinutesFurnitureAreNoOrders() {
    String text =
        "关于进一步加强校园食品安全管理工作的通知\n"
            + "为切实保障师生饮食安全，经区政府同意，现就进一步加强全区校园食品安全管理工作通知如下。\n"
            + "前三季度，全区学校食堂营业收入8600万元，同比增长3.4%；\n"
            + "学生就餐人数较上年增加1200人。\n"
            + "市政府分管领导在全市食品安全工作会议上强调，要“把风险挡在校门之外”。\n"
            + "区长在会上强调，各学校要在9月底前完成食堂视频监控全覆盖。\n"
            + "会议最后，李区长就下一步工作提出三点要求。\n"
            + "参加会议人员：王某（区教育局）、李某（区市场监管局）\n"
            + "区政府办公室　　2025年9月2日印发\n";
    assertEquals(List.of("区长在会上强调，各学校要在9月底前完成食堂视频监控全覆盖。"), tasks(text, LocalDate.of(2025, 9, 1)));
  }

  @Test
  void aReportsStretchOfTheYearACaseWithheldAndTheClosingWishOrderNothing() {
    String text =
        "今年1至9月，全县共受理群众投诉1320件，办结1296件。\n"
            + "截至8月底，全县累计完成造林2.1万亩。\n"
            + "今年端午节前，某镇两名干部违规接受企业宴请，均受到党内警告处分。\n"
            + "这次事故的教训，我们每一个乡镇的主要负责人都要记牢。\n"
            + "下面我讲讲下半年要抓的几件事。\n"
            + "各乡镇要在10月底前完成林长制巡护档案整理。\n"
            + "希望大家鼓足干劲、真抓实干，以优异成绩向全县人民交上满意答卷！\n";
    assertEquals(List.of("各乡镇要在10月底前完成林长制巡护档案整理。"), tasks(text, LocalDate.of(2025, 9, 20)));
  }

  @Test
  void aMinutesFindingAJudgeNamedAndTheFieldsCountedOrderNothingWhereAPartnerNamedDoes() {
    String text =
        "会议指出，岁末年初人员流动频繁，各类事故易发多发。\n"
            + "服务好不好，不看台账做得多厚，要看群众满不满意。\n"
            + "治理成效如何，最终要由居民来评判。\n"
            + "群众要的不是口号，要的是实实在在的变化。\n"
            + "下一阶段，要重点抓好四个方面的工作。\n"
            + "我们要始终保持“赶考”的清醒。\n"
            + "县卫健局会同县医保局，每季度抽查定点医疗机构不少于20家。\n";
    assertEquals(List.of("县卫健局会同县医保局，每季度抽查定点医疗机构不少于20家。"), tasks(text, LocalDate.of(2025, 12, 2)));
  }

  @Test
  void eachLineOfADivisionOfDutiesIsATask() {
    String text = "（二）成员单位职责\n" + "县民政局：负责受灾群众的临时安置和基本生活救助。\n" + "县供水公司、县燃气公司：负责抢修受损管网，尽快恢复供应。\n";
    assertEquals(List.of("县民政局：负责受灾群众的临时安置和基本生活救助。", "县供水公司、县燃气公司：负责抢修受损管网，尽快恢复供应。"), tasks(text));
  }

  @Test
  void aClosingWishOrdersNothingUnlessItSetsATime() {
    String text = "希望大家把今天的会议精神带回去，认认真真抓落实，让群众看得见变化。\n" + "希望大家会后认真对照检查，月底前把自查报告报上来。\n";
    assertEquals(List.of("希望大家会后认真对照检查，月底前把自查报告报上来。"), tasks(text, LocalDate.of(2025, 6, 3)));
  }

  @Test
  void aMaximOfTheMoreTheMoreAReminderAndACourtesyOrderNothing() {
    String text =
        "须知群众的支持不是天上掉下来的，全靠我们一件一件事情办出来。\n"
            + "任务愈是紧迫，愈要沉着。\n"
            + "这次失误的教训是深刻的，各县均须引以为戒。\n"
            + "山里路远，大家一定要注意安全，保重身体。\n"
            + "今天话说得重了一些，大家不要往心里去。\n"
            + "各县须于十月十日以前将秋征进度电告分局。\n";
    assertEquals(List.of("各县须于十月十日以前将秋征进度电告分局。"), tasks(text, LocalDate.of(1948, 9, 20)));
  }

  @Test
  void storiesSayingsAndWeighingInASpeechOrderNothing() {
    String text =
        "去年我到一个分公司查库存，仓库里压着三年前进的货，谁也说不清要放到什么时候。\n"
            + "上个月有个片区要给客户补发一批配件，审批走了十几天。\n"
            + "我们有一位老会计，报销单上差一分钱都要退回去重填。\n"
            + "去年没有完成的改造项目，今年要在六月底前全部完成。\n"
            + "老话说，打铁还要自身硬。\n"
            + "他常对徒弟讲，干活要先看图纸，不要凭感觉下料。\n"
            + "车间主任说，“这批订单我们一定要按期交货。”\n"
            + "这个问题各部门负责人都要好好想一想。\n"
            + "相信在全体职工的共同努力下，我们一定能够完成今年的各项目标。\n"
            + "灾情持续下去，不但生产要受影响，群众生活也会更加困难。\n"
            + "单靠上级拨款，数量有限，不能解决问题。\n"
            + "大家不要以为安全只是安监科的事，车间主任不懂安全，就等于司机不看路。\n"
            + "各车间要在月底前把设备台账报安监科。\n";
    assertEquals(
        List.of("去年没有完成的改造项目，今年要在六月底前全部完成。", "各车间要在月底前把设备台账报安监科。"),
        tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void afterANoticeAnnouncesItsRulesAReportASayingOrAWeighingIsNoRule() {
    String text =
        "现将有关事项通知如下：\n"
            + "一些家长要求幼儿园提前教识字，有的幼儿园也乐于迎合。\n"
            + "3月2日凌晨，一名护林员发现山脚起火，立即报告并组织扑救，半小时内将明火扑灭。\n"
            + "要知道，群众心里都有一杆秤。\n"
            + "老百姓有一句话，叫做众人拾柴火焰高。\n"
            + "其实，孩子需要的是陪伴，不是更多的补习班。\n"
            + "搞好职业教育，关系千万家庭的生计。\n"
            + "建设现代农业，既需要资金投入，更需要懂技术的人。\n"
            + "各乡镇于四月底前完成护林员培训。\n";
    assertEquals(List.of("各乡镇于四月底前完成护林员培训。"), tasks(text, LocalDate.of(2026, 3, 10)));
  }

  @Test
  void aTitleThatObligesLooksForwardThoughItNamesLastYear() {
    String text =
        "一、秋征工作必须依靠群众。\n"
            + "各县应召开村干部会议，讲清政策。\n"
            + "二、征粮数目不得超过规定。\n"
            + "三、本指示和分局去年关于秋征的各项规定，须在党内外广泛传达。\n"
            + "各县报纸应连续登载有关的社论和通讯。\n";
    assertTrue(tasks(text).contains("各县报纸应连续登载有关的社论和通讯。"), tasks(text).toString());
  }

  @Test
  void aTelegramsOrderAfterWhatWasHeardAndARulingForACaseAreTasks() {
    String text =
        "听说城关一带已有粮价上涨的情形，此事关系重大，望即查明电告。\n"
            + "如有人借清查之机打击报复，由县政府依法惩处。\n"
            + "听说城关一带已有粮价上涨的情形，群众议论很多。\n";
    assertEquals(
        List.of("听说城关一带已有粮价上涨的情形，此事关系重大，望即查明电告。", "如有人借清查之机打击报复，由县政府依法惩处。"),
        tasks(text, LocalDate.of(1948, 9, 20)));
  }

  @Test
  void aSpeakersTurnInMinutesEndsTheDecisionsBeforeIt() {
    String text =
        "仓储工作会议纪要\n"
            + "一、关于仓储改造\n"
            + "会议决定：\n"
            + "（一）物流部在五月底前完成仓储改造方案。\n"
            + "（二）财务部会同物流部核定改造预算。\n"
            + "总经理讲话要点：\n"
            + "我们不是没有困难，但困难不等于绝境。\n"
            + "二、关于安全检查\n"
            + "会议决定：\n"
            + "（一）安全科每月组织一次消防检查。\n";
    assertEquals(
        List.of("（一）物流部在五月底前完成仓储改造方案。", "（二）财务部会同物流部核定改造预算。", "（一）安全科每月组织一次消防检查。"), tasks(text));
  }

  @Test
  void aNumberedPartSummingUpASpeechIsASpeakersTurn() {
    String text =
        "经营办公会议纪要\n"
            + "现将总经理讲话要点及会议决定纪要如下。\n"
            + "一、总经理讲话要点\n"
            + "今年的订单看着多，其实利润很薄。\n"
            + "客户压价压得很厉害，同行也在抢。\n"
            + "二、会议决定\n"
            + "（一）销售部在五月底前报送重点客户清单。\n";
    assertEquals(List.of("（一）销售部在五月底前报送重点客户清单。"), tasks(text));
  }

  @Test
  void theDecisionsOfMinutesHoldOnlyForTheMatterTheyAreTakenOn() {
    String text =
        "厂务会议纪要\n"
            + "会议听取了各车间的汇报，一是订单增加，二是人手偏紧。\n"
            + "一、关于夏季用电\n"
            + "会议决定：\n"
            + "（一）动力车间在六月十日前完成配电柜检修。\n"
            + "二、关于食堂改造\n"
            + "会议听取了后勤科关于食堂改造的设想。\n"
            + "一个吃得好的工人，干起活来劲头是不一样的。\n"
            + "上周，二号仓库门口发生一起叉车剐蹭事件，所幸无人受伤。\n"
            + "会议要求：\n"
            + "1.后勤科在月底前拿出食堂改造预算。\n";
    assertEquals(
        List.of("（一）动力车间在六月十日前完成配电柜检修。", "1.后勤科在月底前拿出食堂改造预算。"),
        tasks(text, LocalDate.of(2026, 5, 20)));
  }

  @Test
  void aMatterWithNoDecisionsOfItsOwnIsStillDecidedUnderTheLastOnes() {
    String text =
        "厂务会议纪要\n"
            + "一、关于夏季用电\n"
            + "会议决定：\n"
            + "（一）动力车间在六月十日前完成配电柜检修。\n"
            + "二、关于班车线路\n"
            + "会议原则同意行政科提出的班车调整方案。\n"
            + "新线路的站点设置、发车时间同步研究确定。\n"
            + "三、关于食堂改造\n"
            + "会议听取了后勤科关于食堂改造的设想。\n"
            + "一个吃得好的工人，干起活来劲头是不一样的。\n"
            + "会议要求：\n"
            + "1.后勤科在月底前拿出食堂改造预算。\n";
    assertEquals(
        List.of(
            "（一）动力车间在六月十日前完成配电柜检修。",
            "会议原则同意行政科提出的班车调整方案。",
            "新线路的站点设置、发车时间同步研究确定。",
            "1.后勤科在月底前拿出食堂改造预算。"),
        tasks(text, LocalDate.of(2026, 5, 20)));
  }

  @Test
  void whatAThingDependsOnIsArguedButLeaningOnSomeoneIsOrdered() {
    String text = "留住骨干不能只靠发奖金，要靠事业平台。\n技术进步要靠人才。\n各村要依靠群众搞好人居环境整治。\n";
    assertEquals(List.of("各村要依靠群众搞好人居环境整治。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aQuotationThatRunsOnPastTheUnitIsSomebodysWords() {
    String text = "“功夫要下在平时，本事要练在前头。”这是老站长常挂在嘴边的话。各站要在月底前完成设备巡检。\n";
    assertEquals(List.of("各站要在月底前完成设备巡检。"), tasks(text, LocalDate.of(2026, 5, 20)));
  }

  @Test
  void whatWorkMeansADraftsContentAndWhatSomePeopleSayAreArguedNotOrdered() {
    String text =
        "修订这部条例，对于规范集贸市场秩序、保护消费者权益具有重要意义。\n"
            + "抓好秋粮收购，对稳定农民收入十分重要。\n"
            + "方案稿提出，要在三年内建成覆盖全市的社区食堂网络。\n"
            + "草案明确了各级河长的职责，规定了禁止采砂的具体情形。\n"
            + "有的同志讲，要招商就要让利，不让利哪来的企业？\n"
            + "产量要翻一番，就要先把人招齐。\n"
            + "道理很简单：产品要卖得出去，就得先让客户用得放心。\n"
            + "党支部要完成全年的发展任务，就必须依靠全体党员。\n"
            + "各乡镇要在月底前完成防汛物资储备。\n";
    assertEquals(
        List.of("党支部要完成全年的发展任务，就必须依靠全体党员。", "各乡镇要在月底前完成防汛物资储备。"),
        tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void anOrderGivenBeforeWithAPastAdverbIsReported() {
    String text =
        "上月召开的局务会议曾要求各科室对办公用房进行清理，目前清理工作已经完成。\n"
            + "县里年初曾经指示各乡镇，防汛物资必须提前储备，看来有的乡镇没有照办。\n"
            + "各科室要在下周五前报送用房清理结果。\n";
    assertEquals(List.of("各科室要在下周五前报送用房清理结果。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aTopicOfWhatIsAlreadyThereIsNoReportOfThePast() {
    String text =
        "已经建成的文化广场，由各村指定专人负责日常管理。\n"
            + "各村已经选出的网格员，其名单由乡镇汇总后于月底前报县委组织部。\n"
            + "在这种情况下，全县的秋粮收购工作已经成为压倒一切的任务，其紧迫程度，将要超过防汛。\n";
    assertEquals(
        List.of("已经建成的文化广场，由各村指定专人负责日常管理。", "各村已经选出的网格员，其名单由乡镇汇总后于月底前报县委组织部。"),
        tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aGuestsViewAJudgementHeartAndAStoryOfTheBeginningOrderNothing() {
    String text =
        "刚才，张教授谈到，要把品种改良放在更加突出的位置。\n"
            + "王研究员建议，要加快建立种子质量追溯体系。\n"
            + "大家要对形势有一个清醒的判断。\n"
            + "大家要振作起来，不要垂头丧气。\n"
            + "建厂之初，全厂只有三台机床，工人们要靠手工打磨零件。\n"
            + "各县要在月底前报送种子储备情况。\n";
    assertEquals(List.of("各县要在月底前报送种子储备情况。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aDecisionListsPointThatOnlyNamesAPartHeadsItsParagraph() {
    String text =
        "现将筹备工作的几件事规定如下：\n"
            + "第一，物资的调运。\n"
            + "各县委须于五月底以前将所需物资数目报告分局。\n"
            + "第二，人员的集中。\n"
            + "各地参加训练的干部，务必于六月十日以前到达。\n";
    assertEquals(
        List.of("各县委须于五月底以前将所需物资数目报告分局。", "各地参加训练的干部，务必于六月十日以前到达。"),
        tasks(text, LocalDate.of(1946, 4, 20)));
  }

  @Test
  void aDirectiveThatAnnouncesItsRulesMakesThemRulesButNotItsArguments() {
    String text =
        "为整顿入城纪律，特作如下规定：\n"
            + "一、各团每周检查一次纪律执行情况，发现问题，就地纠正。\n"
            + "二、这种说法是不对的，借用民房不是小事。\n"
            + "三、灾荒之后，往往继之以疫病。\n"
            + "四、情节严重的，公开处分。\n";
    assertEquals(
        List.of("一、各团每周检查一次纪律执行情况，发现问题，就地纠正。", "四、情节严重的，公开处分。"),
        tasks(text, LocalDate.of(1949, 4, 26)));
    assertEquals(List.of(), tasks("各团每周检查一次纪律执行情况，发现问题，就地纠正。\n", LocalDate.of(1949, 4, 26)));
  }

  @Test
  void aRulesMeasureAScaledPenaltyAndACompensationGivenOutAreRules() {
    String text =
        "粮食运输以就近供应为原则，尽可能减少长途转运。\n"
            + "训练时间一般以十天为宜。\n"
            + "发现违犯者，轻则批评教育，重则撤职查办。\n"
            + "民工的口粮损失，由政府照章补偿。\n"
            + "以国内市场为主体，绝不是关起门来搞建设。\n";
    assertEquals(
        List.of(
            "粮食运输以就近供应为原则，尽可能减少长途转运。", "训练时间一般以十天为宜。", "发现违犯者，轻则批评教育，重则撤职查办。", "民工的口粮损失，由政府照章补偿。"),
        tasks(text, LocalDate.of(1948, 10, 5)));
  }

  @Test
  void aTimeOfOnesOwnWorkAConsequenceAndWhatOneMeansCannotDoOrderNothing() {
    String text =
        "我在县里工作的时候，曾到一个村蹲点，老支书说，种粮要靠天吃饭。\n"
            + "所以不要怕干部下去吃苦，吃过苦的干部，回来讲话才有分量。\n"
            + "最后，大家年底压力都很大，要注意身体，少熬夜。\n"
            + "保障供水，归根到底要靠各村自己管好水源。\n"
            + "单靠上级调拨，已经不能满足春耕的需要。\n"
            + "我们如果不能尽快稳住物价，谣言就会有人相信。\n"
            + "这种现象，各县都要深以为戒。\n"
            + "各村要在月底前完成水源排查。\n";
    assertEquals(List.of("各村要在月底前完成水源排查。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aClassOfPeopleAndWhatEachIsToGetIsARuling() {
    String text = "对主动上报差错的人，考核不扣分；\n" + "对隐瞒差错的人，一经发现从严处理。\n" + "凡不肯下基层的人，算不上好干部。\n";
    assertEquals(List.of("对主动上报差错的人，考核不扣分；", "对隐瞒差错的人，一经发现从严处理。"), tasks(text));
  }

  @Test
  void aDraftsFurtherContentAndWhatItLeftOutAreReported() {
    String text =
        "条例稿还明确，要把物业服务纳入社区治理的考核内容。\n"
            + "草案专门作出规定，要求各街道不得向居民摊派费用。\n"
            + "经反复研究，草案没有采纳这条意见，由各区自行确定标准更为稳妥。\n"
            + "各街道要在月底前报送物业服务清单。\n";
    assertEquals(List.of("各街道要在月底前报送物业服务清单。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void whatSomeoneThinksAtAMeetingIsTheirView() {
    String text =
        "与会同志认为，试点范围可以再扩大一些，但要防止一哄而上。\n"
            + "起草组认为，制度要管用，关键在执行。\n"
            + "有人以为节约下来的经费可以随便花，这种看法是错误的。\n"
            + "现在有些科室为了赶进度，把该走的审批程序省掉了。\n"
            + "办公室要在下周三前汇总各科室的意见。\n";
    assertEquals(List.of("办公室要在下周三前汇总各科室的意见。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void whatSomeDoIsToldUntilTheSpeakerOrdersItCorrected() {
    String text =
        "有的乡镇把秸秆一烧了之，污染了空气，还容易引发火灾，这种做法必须坚决制止。\n"
            + "有些干部说，年底了，忙完这阵再说，这种思想要在会上好好批评。\n"
            + "有的单位台账记得很乱，查一笔账要翻半天。\n";
    assertEquals(
        List.of("有的乡镇把秸秆一烧了之，污染了空气，还容易引发火灾，这种做法必须坚决制止。", "有些干部说，年底了，忙完这阵再说，这种思想要在会上好好批评。"),
        tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aMisfortuneForetoldADisclaimerAndAnOrderGivenBeforeOrderNothing() {
    String text =
        "要是种子不过关，再好的耕作技术也要打折扣。\n"
            + "倘若还用老办法管新企业，那就一定要碰钉子。\n"
            + "我今天没有带稿子，讲得不对的地方，大家不要当成决定。\n"
            + "以上意见如有不当之处，请同志们批评指正。\n"
            + "去年汛期，省政府发出紧急通知，要求各地全面排查病险水库。\n"
            + "省领导多次作出批示，要求有关部门尽快解决拖欠工资问题。\n"
            + "各县要在汛前完成病险水库除险加固。\n";
    assertEquals(List.of("各县要在汛前完成病险水库除险加固。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aJudgementOfWhatItTakesOrWhereTheKeyLiesOrdersNothing() {
    String text =
        "渠道要打得开、守得住，关键在于把售后网点铺到县城。\n"
            + "工厂要上规模，关键在人。\n"
            + "汛期即将到来，做好堤防巡查意义重大。\n"
            + "倘若没有一支过硬的队伍，要在三个月里建成这座桥是不可想象的。\n"
            + "一个企业如果不搞研发，要长期站稳市场几乎是不可能的。\n"
            + "这种干劲是好的，但是如果不摸清情况就铺开，那就一定要出乱子。\n"
            + "好些新组长一上任，恨不得每件事都自己上手。\n"
            + "假如还照老规矩摊派，群众就要吃亏，这是对手求之不得的。\n"
            + "水利局要在汛前完成堤防巡查。\n";
    assertEquals(List.of("水利局要在汛前完成堤防巡查。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aViewGoingRoundTheAddresseesLetterAndWhatNotToForgetOrderNothing() {
    String text =
        "这两年，有一种说法，认为实体店要把门面都关掉，全部转到网上去。\n"
            + "有人会说，延期交货，客户要闹的。\n"
            + "另一种人说，上面要怎样就怎样，这才叫听指挥。\n"
            + "你们来电说，有些乡收购要价过高，农民意见很大。\n"
            + "三、关于补贴标准问题：你们问，省里是否要统一规定一个数额。\n"
            + "我们决不能忘记当年支援过我们的老乡。\n"
            + "这段历史，我们是不能忘记的。\n"
            + "这个教训，各县的同志们是应当知道的。\n"
            + "我今天讲两点意见，讲得不对的地方，请大家批评。\n"
            + "各乡要在月底前把收购价格报县政府。\n";
    assertEquals(List.of("各乡要在月底前把收购价格报县政府。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aPastAdverbInsideWhatPicksOutANounReportsNothing() {
    String text = "会议要求，各乡镇在月底前把已下达的补助资金发放到户。\n" + "我们已经取得了很大的成绩。\n" + "这批设备已经返修过三次，质量确实不过关。\n";
    assertEquals(List.of("会议要求，各乡镇在月底前把已下达的补助资金发放到户。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void theTreatmentACaseIsToGetAndTheLeastEachIsToDoDirectWithoutAModal() {
    String text =
        "验收不合格的摊点，坚决予以取缔。\n"
            + "自愿返乡的，发给车票和干粮，予以安置。\n"
            + "对于屡教不改、顶风作案的个别人，从严惩处。\n"
            + "乡镇干部每人每周至少走访两户困难群众。\n"
            + "数额巨大的，移送司法机关追究刑事责任。\n"
            + "去年我们举全县之力予以支援，效果很好。\n";
    assertEquals(
        List.of(
            "验收不合格的摊点，坚决予以取缔。",
            "自愿返乡的，发给车票和干粮，予以安置。",
            "对于屡教不改、顶风作案的个别人，从严惩处。",
            "乡镇干部每人每周至少走访两户困难群众。",
            "数额巨大的，移送司法机关追究刑事责任。"),
        tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void whatAThingDependsOnWhatItIsNotAndASloganOfTwoWordsExplain() {
    String text =
        "现就社区治理工作通知如下：\n"
            + "改制能不能成功，在很大程度上取决于班子。\n"
            + "我们不是不放心基层，而是因为制度还不健全。\n"
            + "我提这件事，不是要追究谁，而是希望大家引以为戒。\n"
            + "扶贫既要“扶志”，更要“扶智”。\n"
            + "一些小区仍存在消防通道被占、楼道堆物等问题，居民意见不小。\n"
            + "物业公司要在本月底前清理楼道堆物。\n";
    assertEquals(List.of("物业公司要在本月底前清理楼道堆物。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aPointOfASeriesRunOnByItsMarkersOwn要OrdersAsTheFirstDoes() {
    String text = "师资不足，办法有三条：一要从县里抽调；二要在本地培养；三要把退休的老教师请回来。\n" + "一要压实责任。\n" + "二要严格督察。\n";
    assertEquals(
        List.of("师资不足，办法有三条：一要从县里抽调；", "二要在本地培养；", "三要把退休的老教师请回来。"),
        tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aNumberedPointWhoseTitleIsARuleInTwoClausesDirects() {
    String text =
        "现将有关事项通知如下：\n"
            + "1.各乡要在十日内把受灾户名单报县政府。\n"
            + "2.乱收费用，一律停止。确有必要的，须经县政府批准。\n"
            + "3.各村的集体财产，不准私分，不准变卖。\n";
    assertEquals(
        List.of("1.各乡要在十日内把受灾户名单报县政府。", "2.乱收费用，一律停止。", "确有必要的，须经县政府批准。", "3.各村的集体财产，不准私分，不准变卖。"),
        tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aStoryOfADecadeGoneByOrOfOnesTimeAtAPostTellsWhatWasNeededThen() {
    String text =
        "八十年代初，我们厂里还在用算盘记账，月底对账要熬几个通宵。\n"
            + "我在乡镇工作时，到过一个偏远的村子，村干部说，要修一条路至少要三年。\n"
            + "财务科要在月底前完成电子账套的切换。\n";
    assertEquals(List.of("财务科要在月底前完成电子账套的切换。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aStateCouncilReadoutDecidesWithWhatItSettles() {
    String text =
        "会议确定，一是扩大家政服务培训规模，各地可以对参训人员给予适当补贴，中央财政予以支持。\n"
            + "会议确定，一是完善养老服务设施。\n"
            + "会议指出，家政服务业发展潜力巨大。\n";
    assertEquals(
        List.of("会议确定，一是扩大家政服务培训规模，各地可以对参训人员给予适当补贴，中央财政予以支持。"),
        tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aNewsAgencyNamedAsAnOwnerIsNoDateline() {
    String text = "凡涉及重大政策的报道，各地报纸须以新华社播发的电讯为准，不得自行解释。\n" + "新华社北京3月1日电　国务院近日印发通知。\n";
    assertEquals(
        List.of("凡涉及重大政策的报道，各地报纸须以新华社播发的电讯为准，不得自行解释。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aBoundOnAFigureIsARuleWithoutAModal() {
    String text =
        "新提拔的科级干部每年到基层蹲点的时间不少于一个月。\n"
            + "（2）各科室的加班费增幅原则上不高于全局的平均水平。\n"
            + "去年全县粮食产量不低于历史最好水平。\n"
            + "文化站的工作人员都很辛苦。\n";
    assertEquals(
        List.of("新提拔的科级干部每年到基层蹲点的时间不少于一个月。", "（2）各科室的加班费增幅原则上不高于全局的平均水平。"),
        tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aMembersViewAndWhatSomeTeamsDoAreTold() {
    String text =
        "也有委员提出，各科室要把考核周期拉长到一个季度。\n"
            + "这位委员说，各科室要少发文件，多给办法。\n"
            + "有的项目组出了问题，第一反应是要先把责任推给机关。\n"
            + "我在车间当学徒的时候，师傅要我每天把机床擦三遍。\n"
            + "人事科要在月底前拿出考核周期的调整方案。\n";
    assertEquals(List.of("人事科要在月底前拿出考核周期的调整方案。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aShortTitleEndingWithItsNounNamesAPartOfTheRules() {
    String text =
        "关于做好春季防火工作的通知\n\n各乡镇：\n\n"
            + "　　为做好春季森林防火工作，兹规定如下：\n\n"
            + "　　一、巡山制度。\n"
            + "各村护林员每天巡山不少于两次，发现火情立即报告。\n\n"
            + "　　二、野外用火管理。\n"
            + "清明期间，各村要在主要路口设卡劝导。\n";
    assertEquals(
        List.of("各村护林员每天巡山不少于两次，发现火情立即报告。", "清明期间，各村要在主要路口设卡劝导。"),
        tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void whatACheckIsToFindOutIsNoReportOfThePast() {
    String text = "质监站查明这两次验收为什么拖了工期，五日内书面报告。\n" + "这两次验收拖了工期，施工队意见很大。\n";
    assertEquals(List.of("质监站查明这两次验收为什么拖了工期，五日内书面报告。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aRuleSetFromATimeToComeDirectsButAForecastDoesNot() {
    String text =
        "从下个季度起，车间的计件工资按合格品算，返工的件数不计。\n" + "仓储部从本月起单列退货台账。\n" + "从明年开始，行业将进入整合期，小厂会越来越难。\n";
    assertEquals(
        List.of("从下个季度起，车间的计件工资按合格品算，返工的件数不计。", "仓储部从本月起单列退货台账。"),
        tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void figuresOfAPeriodOverOrAsOfADateReportWhatHappened() {
    String text =
        "今年上半年，一线员工流失率百分之二十九，收银岗最高。\n"
            + "一季度，华东区域毛利增长百分之四。\n"
            + "截止到六月底，公司在外的应收款是一亿二千万。\n"
            + "下半年，各区域要把退货率压到百分之二以内。\n";
    assertEquals(List.of("下半年，各区域要把退货率压到百分之二以内。"), tasks(text, LocalDate.of(2026, 8, 20)));
  }

  @Test
  void aRoughCountOfWhatItTakesIsNoOrderButAnAmountToDoIs() {
    String text =
        "现在办一张通行证要跑五六个窗口，群众意见很大。\n" + "一个安全员要盯四五个工地，白天巡查，晚上写日志。\n" + "各乡镇要抓一两个示范村，取得经验再推开。\n";
    assertEquals(List.of("各乡镇要抓一两个示范村，取得经验再推开。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void whoNamesOrPicksSomeoneIsGivenTheWork() {
    String text = "各站所的联络员由站长指定，每个村配一名联络员。\n" + "这个办法是由老书记提名的。\n";
    assertEquals(List.of("各站所的联络员由站长指定，每个村配一名联络员。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void theMinutesRecordOfHowAMeetingEndedIsNoDecision() {
    String text =
        "村两委会议纪要\n"
            + "时间：2026年3月1日晚\n"
            + "会议研究了春季防火和改厕两项工作。\n"
            + "会议决定：\n"
            + "一、村委会下周一前把改厕户名单张榜公示。\n"
            + "二、护林员每天巡山两遍。\n"
            + "参会人员无异议。\n"
            + "会议于晚上八点四十分结束。\n";
    assertEquals(
        List.of("一、村委会下周一前把改厕户名单张榜公示。", "二、护林员每天巡山两遍。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void aThirdPersonsWordsRetoldAreNoOrderButAnInstructionReportedIs() {
    String text = "老站长退休前跟我们聊过。\n" + "他还说，带队伍要像熬汤一样，火候不到不行。\n" + "她说，要把巡河记录一天一天补齐。\n";
    assertEquals(List.of("她说，要把巡河记录一天一天补齐。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void whatIsNoLongerDoneToAClassIsARuleButWhatIsNoLongerSoIsNot() {
    String text = "已经完成确权的村，不再重新丈量。\n" + "这些年农村变化很大，种地不再单单是体力活。\n";
    assertEquals(List.of("已经完成确权的村，不再重新丈量。"), tasks(text, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void theLastDecisionOfAListGivenToSomeoneIsNoTitleOfAPart() {
    String text = "会议决定：\n" + "一、村委会下周一前把改厕户名单张榜公示。\n" + "二、防火物资由村会计统一采购。\n" + "请各位同志抓好落实。\n";
    assertEquals(
        List.of("一、村委会下周一前把改厕户名单张榜公示。", "二、防火物资由村会计统一采购。", "请各位同志抓好落实。"),
        tasks(text, LocalDate.of(2026, 3, 2)));
  }
}
