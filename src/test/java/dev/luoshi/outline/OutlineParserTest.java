package dev.luoshi.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutlineParserTest {
  private final OutlineParser parser = new OutlineParser();

  /** Each point as "level marker title", joined by " / ". */
  private String outline(String text) {
    return parser.parse(text).points().stream()
        .map(p -> p.level() + " " + p.marker().text() + " " + p.title())
        .collect(Collectors.joining(" / "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // chapter holding 一是/二要, titles to the first 。
        "chapters with enumerations|一、统一思想\\n一是收心归位。正文。\\n二要压实责任。正文。\\n二、狠抓落实\\n一要抓重点。正文。\\n二要抓创新。正文。"
            + "|1 一、 统一思想 / 2 一是 收心归位 / 2 二要 压实责任 / 1 二、 狠抓落实 / 2 一要 抓重点 / 2 二要 抓创新",
        // 一、 （一） 1. （1） ① nested
        "five families|一、总体要求\\n（一）指导思想。\\n1.摸底排查。\\n（1）列出清单。\\n（2）建立台账。\\n2.全面整改。\\n（二）基本原则。\\n二、工作任务\\n（一）严格配建。\\n（二）按期移交。"
            + "|1 一、 总体要求 / 2 （一） 指导思想 / 3 1. 摸底排查 / 4 （1） 列出清单 / 4 （2） 建立台账 / 3 2. 全面整改 / 2 （二） 基本原则 / 1 二、 工作任务 / 2 （一） 严格配建 / 2 （二） 按期移交",
        // an inline enumeration inside a paragraph, one level below its heading
        "inline enumeration|一要从严抓落实。我们要力戒形式主义。一要增强执行意识，及时请示汇报；二要加强调查研究，防止决策走样；三要提高标准，精益求精。\\n二要夯实党建抓落实。正文。"
            + "|1 一要 从严抓落实 / 2 一要 增强执行意识 / 2 二要 加强调查研究 / 2 三要 提高标准 / 1 二要 夯实党建抓落实",
        // 第一， series with no 一、 above them, inline after sentence marks
        "ordinal series|当前要抓好几项工作。第一，坚决打好攻坚战。要加强领导。第二，全力做好保障。要落实责任。第三，提高宣传实效。"
            + "|1 第一， 坚决打好攻坚战 / 1 第二， 全力做好保障 / 1 第三， 提高宣传实效",
        // a short two-clause sentence after a marker inside a paragraph is a heading whole; a
        // longer one is titled by its first clause, and so is one after a semicolon
        "slogan headings|我们的经验主要有以下几条。一是坚持统一领导，压实各级责任。正文。二是坚持问题导向，补齐工作短板。正文。"
            + "三是坚持从严管理，全面落实各项制度规定并定期开展督查。"
            + "|1 一是 坚持统一领导，压实各级责任 / 1 二是 坚持问题导向，补齐工作短板 / 1 三是 坚持从严管理",
        "slogan with 要求, not a modal|经验有两条。一是坚持高标准要求，推动工作落地。正文。二是突出关键环节，补齐薄弱项。正文。"
            + "|1 一是 坚持高标准要求，推动工作落地 / 1 二是 突出关键环节，补齐薄弱项",
        "slogan after a semicolon|问题主要有：一是基础薄弱，投入不足；二是链条短，增收难。" + "|1 一是 基础薄弱 / 1 二是 链条短",
        // numbered list items after a full stop keep their first clause
        "list items keep their first clause|会上承诺：1、我们按时到岗，不迟到。2、我们反对推诿，不敷衍。"
            + "|1 1、 我们按时到岗 / 1 2、 我们反对推诿",
        // 首先/其次/最后 is a series; a lone 首先 is not
        "sequence|首先，我代表局党组向大家致以问候。\\n下面讲几件事。首先，抓好安全生产。其次，抓好项目建设。最后，抓好作风建设。"
            + "|1 首先， 抓好安全生产 / 1 其次， 抓好项目建设 / 1 最后， 抓好作风建设",
        // a finished 1、…3、 list is not the parent of a later 一、
        "list then chapters|会上宣誓：1、我绝不迟到，按时到岗。2、我绝不推诿。3、我绝不敷衍。\\n一、坚守纪律\\n1、令行禁止。\\n2、说到做到。\\n二、提高效率"
            + "|1 1、 我绝不迟到 / 1 2、 我绝不推诿 / 1 3、 我绝不敷衍 / 1 一、 坚守纪律 / 2 1、 令行禁止 / 2 2、 说到做到 / 1 二、 提高效率",
        // points numbered inside a paragraph end with it: a series opening the next lines is theirs
        // sibling, not their child
        "enumeration then line-start points|近年来成效明显。一是投入加大；二是机制健全。大家有目共睹。\\n"
            + "一要抓投入。正文。\\n二要抓机制。正文。"
            + "|1 一是 投入加大 / 1 二是 机制健全 / 1 一要 抓投入 / 1 二要 抓机制",
        // an enumeration holds no points: a 第一， series after a finished 一是 list is its sibling,
        // while 一是 inside a point of 第一， is still the point's child
        "enumeration then ordinals|主要经验有三条。一是坚持统一领导。正文。二是坚持问题导向。正文。三是坚持从严管理。正文。"
            + "下一步要抓好两项工作。第一，抓产业。一是扩规模。二是提质量。第二，抓就业。"
            + "|1 一是 坚持统一领导 / 1 二是 坚持问题导向 / 1 三是 坚持从严管理 / 1 第一， 抓产业 / 2 一是 扩规模"
            + " / 2 二是 提质量 / 1 第二， 抓就业",
        // 一个是 opens a 第二， series; paired with 另一个是 it numbers nothing
        "一个是 then 第二|授权下去以后，一个是决策效率会大大提高；第二，切实落实前方指挥后方。" + "|1 一个是 决策效率会大大提高 / 1 第二， 切实落实前方指挥后方",
        "一个是 paired with 另一个是|我们表彰了两个单位：一个是运维中心；另一个是客服中心。|",
        // 第一个问题 holds its own 第一， series
        "question series|第一个问题：认清形势。第一，成绩显著。第二，基础扎实。第二个问题：明确任务。第一，抓产业。第二，抓就业。"
            + "|1 第一个问题： 认清形势 / 2 第一， 成绩显著 / 2 第二， 基础扎实 / 1 第二个问题： 明确任务 / 2 第一， 抓产业 / 2 第二， 抓就业",
        // 第一件事 numbers the matters a chair takes in turn, as 第一个问题 does
        "matter series|今天商量三件事。第一件事，秋粮收购。先请粮食局说一下。第二件事，冬季防火。各村要落实巡查。"
            + "|1 第一件事， 秋粮收购 / 1 第二件事， 冬季防火",
        // 第一步 numbers the steps of a piece of work, as 第一件事 numbers matters; alone it numbers
        // nothing
        "step series|清欠分三步走：第一步，摸清底数，逐户建账；第二步，集中催收，限期归还；第三步，依法处置。"
            + "|1 第一步， 摸清底数 / 1 第二步， 集中催收 / 1 第三步， 依法处置",
        "lone step|账目理清只是第一步，后面的整改更难。|",
        // a heading that lost its line break is cut after its head noun
        "run-on heading|下面讲两点意见。一、关于前一阶段防汛工作入汛以来，全市各级迅速行动。二、关于下一步重点任务各区要压实责任。"
            + "|1 一、 关于前一阶段防汛工作 / 1 二、 关于下一步重点任务",
        // a heading on its own line that ends with a head noun keeps it: 工作 alone is no body
        "heading ending with its head noun|一、关于秋冬季节农村公路建设工作\\n会议听取了汇报。\\n二、关于城区绿化问题\\n会议同意。\\n"
            + "|1 一、 关于秋冬季节农村公路建设工作 / 1 二、 关于城区绿化问题",
        // a heading whose body restates its topic, or opens with a time word
        "restated topic|一、关于人居环境整治人居环境好不好，关系群众感受。二、关于春耕生产今年全区要稳定面积。"
            + "|1 一、 关于人居环境整治 / 1 二、 关于春耕生产",
        // a heading glued to a body that opens by looking back over years
        "glued to a look back|下面讲两点。一、稳住农业基本盘长期以来，全县粮食生产连年丰收。二、壮大县域经济改革开放以来，我县工业从无到有。"
            + "|1 一、 稳住农业基本盘 / 1 二、 壮大县域经济",
        // numerals alone on their lines number chapters; the title is the first sentence after
        "bare numerals|## 一\\n去年全县的防汛工作是有成绩的。第一，预案完备。第二，队伍得力。\\n## 二\\n今年的任务更重。\\n"
            + "|1 一 去年全县的防汛工作是有成绩的 / 2 第一， 预案完备 / 2 第二， 队伍得力 / 1 二 今年的任务更重",
        // a flattened text keeps its chapter numerals glued after a byline and a dated source note
        "glued bare numerals|做好汛期工作※王立新一当前，防汛形势严峻。各地要高度重视。（2024年5月6日在全县防汛工作会议上的讲话）"
            + "二做好防汛准备是头等大事。第一，压实责任。第二，备足物资。"
            + "|1 一 当前，防汛形势严峻 / 1 二 做好防汛准备是头等大事 / 2 第一， 压实责任 / 2 第二， 备足物资",
        "a numeral after a note is a word|据统计（2024年全县数据）一些乡镇还存在短板。（2024年5月）二是发展不平衡。|",
        "one bare numeral is no series|一\\n全县上下要齐心协力。\\n|",
        // formal numerals in meeting records
        "formal numerals|壹、宣读上次会议纪录\\n贰、报告事项\\n参、讨论事项\\n"
            + "|1 壹、 宣读上次会议纪录 / 1 贰、 报告事项 / 1 参、 讨论事项",
        // the last chapter still holds the enumeration after it
        "last chapter keeps children|一、关于形势\\n正文。\\n二、关于加强领导\\n最后提几点要求。一要狠抓落实。正文。二要增强本领。正文。"
            + "|1 一、 关于形势 / 1 二、 关于加强领导 / 2 一要 狠抓落实 / 2 二要 增强本领",
        // a series after commas, and one that starts after a comma and goes on at line starts
        "comma series|这次会议有三个目的，一是通报情况，二是部署任务，三是统一思想。" + "|1 一是 通报情况 / 1 二是 部署任务 / 1 三是 统一思想",
        // a series a colon opens, its later items after commas: one series
        "colon series|问题出在哪里？原因有三条：一是底数不清，二是责任不明，三是督办不力。" + "|1 一是 底数不清 / 1 二是 责任不明 / 1 三是 督办不力",
        "comma start|对今年的期望，第一点是抓安全。\\n第二点：抓防汛。\\n第三点：抓值班。"
            + "|1 第一点是 抓安全 / 1 第二点： 抓防汛 / 1 第三点： 抓值班",
        // the spoken 第一个， of a transcript
        "spoken ordinals|好，我讲几句。\\n第一个，责任要到人。各村要盯紧。\\n第二个，收储要跟上。\\n"
            + "|1 第一个， 责任要到人 / 1 第二个， 收储要跟上",
        // a marker after a comma never continues a series of sentence-initial markers
        "comma does not continue|第一，抓安全。各单位要查隐患，第二，要落实责任。|",
        // parts before a space and a title hold the chapters; 1） numbers at a line start only
        "parts and closing brackets|第一部分 回顾去年工作\\n正文。\\n第二部分　部署今年任务\\n一、抓防汛\\n1）备足物资。\\n2）"
            + "落实值守。\\n二、抓安全\\n第三部分 提几点要求\\n"
            + "|1 第一部分 回顾去年工作 / 1 第二部分 部署今年任务 / 2 一、 抓防汛 / 3 1） 备足物资 / 3 2） 落实值守 / 2 二、 抓安全"
            + " / 1 第三部分 提几点要求",
        "closing brackets inside a line|增幅达到3）和4）两档。\\n第一部分是回顾。\\n|",
        // the articles of a resolution or rules, before a space and a title or a whole article
        "articles|第一条　总则\\n本办法适用于全厂。\\n第二条　车间主任负责本车间的安全。\\n第三条 附则\\n"
            + "|1 第一条 总则 / 1 第二条 车间主任负责本车间的安全 / 1 第三条 附则",
        // a heading line of questions is one title, up to the line's end; a paragraph that asks and
        // goes on is titled up to its question
        "question headings|一、我们为什么要整改？为什么要现在整改？\\n正文。\\n二、整改以后怎么办？\\n正文。\\n"
            + "三、谁来整改？各科室要先查一遍。\\n"
            + "|1 一、 我们为什么要整改？为什么要现在整改？ / 1 二、 整改以后怎么办？ / 1 三、 谁来整改",
        // a plan numbered by decimals before a space: chapters, sections and clauses
        "decimal sections|1 总则\\n1.1 编制目的\\n正文。\\n1.2 适用范围\\n正文。\\n2 应急响应\\n2.1 Ⅳ级响应\\n"
            + "2.1.1 启动条件\\n2.1.2 响应措施\\n2.2 Ⅲ级响应\\n增长1.5个百分点。\\n3.5万人参加。\\n1 ｜ 制定方案 ｜ 县发改局\\n"
            + "|1 1 总则 / 2 1.1 编制目的 / 2 1.2 适用范围 / 1 2 应急响应 / 2 2.1 Ⅳ级响应 / 3 2.1.1 启动条件"
            + " / 3 2.1.2 响应措施 / 2 2.2 Ⅲ级响应",
        // an excerpt whose chapters start at 二、; a lone chapter numeral numbers nothing
        "excerpt|二、主要任务\\n（一）抓项目。\\n正文。\\n（二）优环境。\\n三、保障措施\\n正文。\\n"
            + "|1 二、 主要任务 / 2 （一） 抓项目 / 2 （二） 优环境 / 1 三、 保障措施",
        "lone excerpt chapter|三、保障措施\\n正文。\\n|",
        // the heavenly stems of an older document's parts, each holding its own 一、 二、
        "stems|（甲）关于春耕\\n一、各区应即组织互助。\\n二、种子由县里调剂。\\n（乙）关于征粮\\n一、征粮应于秋后开始。\\n二、不得层层加码。"
            + "|1 （甲） 关于春耕 / 2 一、 各区应即组织互助 / 2 二、 种子由县里调剂 / 1 （乙） 关于征粮 / 2 一、 征粮应于秋后开始 / 2 二、 不得层层加码",
        // a title cut inside a bracketed remark ends before the bracket
        "open bracket|来电收到。（一）同意你们的计划。（二）各乡镇的冬训（训前须召开支部大会，由支部书记动员），一律于十二月开始。"
            + "|1 （一） 同意你们的计划 / 1 （二） 各乡镇的冬训",
        // spoken ordinals, a particle of speech before the comma
        "spoken ordinals|第一个，先说安全。各村要查一遍。\\n第二个呢，讲讲防汛。各村要备足物资。\\n首先呢，要看清形势。\\n其次，要抓住重点。"
            + "|1 第一个， 先说安全 / 1 第二个呢， 讲讲防汛 / 2 首先呢， 要看清形势 / 2 其次， 要抓住重点",
        // a line that opens a series cut by ； titles each point by its first clause; a line
        // whose ； goes on with no next point keeps its sentence
        "series on one line|一、今年的重点\\n一是抓好道路养护，年内完成大修；二是加强站所建设，年底前建成五个；三是提升服务水平。\\n二、管理方式\\n第一个问题，管理要转过来，从粗放转到精细；从总部推向一线。\\n第二个问题，考核要跟上。"
            + "|1 一、 今年的重点 / 2 一是 抓好道路养护 / 2 二是 加强站所建设 / 2 三是 提升服务水平 / 1 二、 管理方式 / 2 第一个问题， 管理要转过来，从粗放转到精细；从总部推向一线 / 2 第二个问题， 考核要跟上",
        // the stems with a 、 at a line start; 甲、乙双方 inside a line numbers nothing
        "stems with a comma|甲、各区应即组织互助组，于月底以前组织完毕。\\n乙、各区区长须亲自检查。\\n丙、所需种子，由县里调剂。\\n订约时甲、乙双方须到场。"
            + "|1 甲、 各区应即组织互助组，于月底以前组织完毕 / 1 乙、 各区区长须亲自检查 / 1 丙、 所需种子，由县里调剂",
        // markers that number nothing: mid-sentence, lone, decimals
        "not markers|这是第一点。增长1.5个百分点。一是一，二是二的作风要坚持。|",
      })
  void buildsTheOutline(String name, String text, String expected) {
    assertEquals(expected == null ? "" : expected, outline(text.replace("\\n", "\n")));
  }

  @Test
  void idsFollowNesting() {
    List<Point> points = parser.parse("一、甲\n（一）乙\n（二）丙\n二、丁\n（一）戊\n（二）己\n").points();
    assertEquals(
        List.of("1", "1.1", "1.2", "2", "2.1", "2.2"), points.stream().map(Point::id).toList());
  }

  @Test
  void titlesPointIntoTheText() {
    String text = "　　（一）各乡镇要在月底前完成排查。\n　　（二）县应急局负责督导。\n";
    for (Point p : parser.parse(text).points()) {
      assertEquals(p.title(), text.substring(p.titleStart(), p.titleEnd()));
    }
  }

  @Test
  void checksAnAnnouncedCount() {
    Outline o = parser.parse("下面，我讲三点意见。\n一、统一思想\n正文。\n二、狠抓落实\n正文。\n");
    assertEquals(1, o.issues().size());
    assertTrue(o.issues().get(0).message().contains("2"), o.issues().get(0).message());
    assertTrue(parser.parse("我讲两点意见。\n一、甲\n二、乙\n").issues().isEmpty());
  }

  @Test
  void ignoresMarkersInEndnotes() {
    String body = "一、总体要求\n各地要抓好落实。\n二、工作措施\n各地要加强督导。\n".repeat(3);
    String notes = "注释\n（一）注释里的第一条。（二）注释里的第二条。\n";
    assertEquals(6, parser.parse(body + notes).points().size());
  }

  @Test
  void scansLongOneLineTextsInLinearTime() {
    String text = "各地要抓好落实，确保工作见效。".repeat(20_000);
    long t0 = System.nanoTime();
    assertTrue(parser.parse(text).points().isEmpty());
    assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "quadratic scan");
  }
}
