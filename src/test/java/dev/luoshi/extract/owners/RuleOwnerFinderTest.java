package dev.luoshi.extract.owners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.analysis.HanLpAnalyzer;
import dev.luoshi.analysis.Lexicon;
import dev.luoshi.extract.deadlines.RuleDeadlineFinder;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Owners of sentences written for these tests in the genre's style (GUIDELINE §4). */
class RuleOwnerFinderTest {
  private static final HanLpAnalyzer ANALYZER = HanLpAnalyzer.create(Lexicon.builtIn());
  private static final RuleOwnerFinder FINDER = RuleOwnerFinder.builtIn();

  /** "name:role,name:role", or "" for none. */
  private static String owners(RuleOwnerFinder finder, String sentence) {
    return finder.find(sentence, ANALYZER.segment(sentence)).stream()
        .map(o -> o.name() + ":" + o.role().label())
        .collect(Collectors.joining(","));
  }

  private static String expected(String column) {
    return column == null ? "" : column;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # subject before a modal, after lead-ins and time phrases
          预算编制要提前启动，财务处会同各科室在10月中旬前拿出总体框架。 | 财务处:lead,各科室:support
          财务科要牵头清理超过一年的应收账款，逐笔明确责任人。 | 财务科:lead
          复核结果报人事处备案。 |
          东山林场要把护林员的事迹整理好。 | 东山林场:lead
          二是片区HR五一前拿出轮岗的激励办法； | 片区HR:lead
          人事处五一前拿出方案。 | 人事处:lead
          质量部下周五前把整改报告报上来。 | 质量部:lead
          宣传科在月底前把各村的宣传栏更新一遍。 | 宣传科:lead
          档案室在年底前把新员工的档案整理归档。 | 档案室:lead
          未通过年检的企业，要在一个月内整改到位。 | 未通过年检的企业:lead
          未达标的水厂，要加快改造。 | 未达标的水厂:lead
          # 所 and 站 that HanLP cuts from a township office's name (国土/所, 农业/站), not the particle 所
          国土所和司法所要把违建台账对一遍。 | 国土所:lead,司法所:lead
          土地所下周二前把确权名单张榜公示。 | 土地所:lead
          扶贫办会同农业站，一季度拿出产业项目清单。 | 扶贫办:lead,农业站:support
          群众所关心的问题，要一件一件解决。 |
          # cadres answerable for a village or a household, which HanLP cuts 包/村干部
          包村干部吃住在村里，不准回镇上。 | 包村干部:lead
          包保干部要盯住每一户。 | 包保干部:lead
          # a verb after 各 names the kind of body, not a predicate of 各
          各新建园区，要建立安全巡查制度。 | 各新建园区:lead
          各级驻村干部，一律不准在农户家吃饭。 | 各级驻村干部:lead
          各接管专员接收之后，须在十日内清点账目。 | 各接管专员:lead
          3. 片区合并后，原片区经理不自动留任，由大区组织重新竞聘。 | 大区:lead
          这两条，行政和代表处要一条一条落实。 | 行政:lead,代表处:lead
          审计与内控分委会要加强监督。 | 审计与内控分委会:lead
          交付与服务部要把响应时间再压缩三分之一。 | 交付与服务部:lead
          （一）由区水务局牵头、区城管局配合，对低洼易涝点逐一开展排查。 | 区水务局:lead,区城管局:support
          招聘会于7月中旬在区体育馆举办，由区人社局负责组织。 | 区人社局:lead
          # a line of a division of duties: the bodies before the colon
          县民政局：负责受灾群众的临时安置和基本生活救助。 | 县民政局:lead
          （三）县供水公司、县燃气公司：负责抢修受损管网，尽快恢复供应。 | 县供水公司:lead,县燃气公司:lead
          工作目标：负责全镇道路的日常养护。 |
          # a modal phrase HanLP lists as a noun ends in 会 and is no body
          改制一定会触动一些人的利益，各厂要做好思想工作。 | 各厂:lead
          # verbs of supervision HanLP lists as names, a regional bureau it cuts 华东/局, 各自 before the verb
          进度滞后的，由区督查室约谈项目负责人。 | 区督查室:lead
          各施工单位一律依法编报施工方案。 | 各施工单位:lead
          种子的调剂办法，由华东局和中原局各自拟定，月底以前报中央。 | 华东局:lead,中原局:lead
          # bodies picked out by what they are, then 由 another: those are whom the work is for
          受灾严重的乡镇，由县民政局统筹安排救灾物资。 | 县民政局:lead
          # a later clause with no modal whose subject is given a time or a recurrence before its verb
          各科室要带头下基层，科室负责人每月至少走访两户困难群众。 | 各科室:lead,科室负责人:lead
          财务处要抓紧清理往来款，审计科年底前把审计报告报上来。 | 财务处:lead,审计科:lead
          仓储科要盘清库存，物流部在下周三前把调拨计划报上来。 | 仓储科:lead,物流部:lead
          物流部在下月底前拿出调拨方案。 | 物流部:lead
          # a rank above the post names it (HanLP cuts 更高/d 一级/b)
          更高一级主管要亲自到现场去。 | 更高一级主管:lead
          更高一级的主管，还要亲自到现场去。 | 更高一级的主管:lead
          # a time of its own between the bodies listed and what they are to do
          各车间主任，在检修期间，一律不准离岗。 | 各车间主任:lead
          各车间主任，到月底，都要交一份检修小结。 | 各车间主任:lead
          这几件事由总裁办负责督办，年底前汇报进展。 | 总裁办:lead
          经营管理团队和董事会要在月底前审定方案。 | 经营管理团队:lead,董事会:lead
          由财经委员会牵头，HR和干部部配合，元旦后先在两个片区试点。 | 财经委员会:lead,HR:support,干部部:support
          化肥厂和水泥厂要在月底前完成检修。 | 化肥厂:lead,水泥厂:lead
          会后，各科室和院属单位负责人要及时传达会议精神。 | 各科室负责人:lead,院属单位负责人:lead
          # light verbs HanLP tags as nouns (进行/vn, 组织/n) still close the subject before them
          档案室进行一次库房安全检查。 | 档案室:lead
          县卫健局组织一次食品安全抽检。 | 县卫健局:lead
          乡组织办要在月底前报送后备干部名单。 | 乡组织办:lead
          # a township's stations and offices HanLP cuts X/站, X/办 with a verb's tag
          乡水利站落实专人看守闸门。 | 乡水利站:lead
          县重点办每季度要对在建项目核查一次。 | 县重点办:lead
          # 联合 opening the clause after the lead's names who works with it
          由县林业局牵头，联合县公安局，开展打击盗伐专项行动。 | 县林业局:lead,县公安局:support
          各乡镇、各街道要在3月底前完成摸底排查。 | 各乡镇:lead,各街道:lead
          市教育局必须于本月20日前报送整改方案。 | 市教育局:lead
          同时，区财政局要做好资金保障。 | 区财政局:lead
          尤其是班子成员要带头遵守各项纪律。 | 班子成员:lead
          每位党员都要亮明身份、主动担当。 | 每位党员:lead
          全院干部职工要严格执行考勤制度。 | 全院干部职工:lead
          各级党委和政府要切实扛起主体责任。 | 各级党委:lead,政府:lead
          有条件的地方可以先行先试。 | 有条件的地方:lead
          符合条件的企业要按时申报。 | 符合条件的企业:lead
          疫情较轻的地区要有序恢复生产。 | 疫情较轻的地区:lead
          没有疫情或疫情较轻的地区要抓紧复工复产。 | 没有疫情或疫情较轻的地区:lead
          市直机关各部门要带头落实。 | 市直机关各部门:lead
          老同志要发挥传帮带作用，年轻同志要虚心学习。 | 老同志:lead,年轻同志:lead
          要加强应急物资保障，省应急管理厅要及时调拨，各市有关部门和单位要积极配合。 | 省应急管理厅:lead,各市有关部门:support,单位:support
          从今年起，各学校要建立家访制度。 | 各学校:lead
          现在，县直各单位要全面复工。 | 县直各单位:lead
          # bodies named as a topic (X方面，) do what the subjectless clause after them says
          机关方面，重新订立节约公约，自己开检讨会。 | 机关方面:lead
          部队方面，召开一次检讨会。 | 部队方面:lead
          # …or what the modal after them says
          部队方面，应抽出人力帮助驻地群众修整水渠。 | 部队方面:lead
          # the party and government of a place are a body beside the others listed
          由当地党政和农会牵头，重新订立互助公约。 | 当地党政:lead,农会:lead
          # the force of a field of work is a body, a workforce to build is not
          各地森林消防队伍要集中待命。 | 各地森林消防队伍:lead
          各地公安队伍要加强夜间巡逻。 | 各地公安队伍:lead
          # 由 before the members of what 各 names, and before a body doing the work itself
          小额采购由各门店自己审批。 | 各门店:lead
          由各班组负责清扫。 | 各班组:lead
          由项目部自己组织验收。 | 项目部:lead
          # a company's managers, whom HanLP tags as a verbal noun (主管/vn)
          由部门主管负责考核。 | 部门主管:lead
          # a government's treasury pays what falls to it; adverbs may stand before a verb HanLP read as a noun
          所需经费由县财政解决。 | 县财政:lead
          培训补助由省级财政统筹安排。 | 省级财政:lead
          所需经费由县财政共同负担。 | 县财政:lead
          财政、教育等部门要加强协调。 | 财政部门:lead,教育部门:lead
          # the leaders of a body as one
          新一届局领导集体要带头立规矩。 | 新一届局领导集体:lead
          # 报 (tagged a noun, 报/学校/办公室) reports to the body after it, which is no owner
          各科室负责制定本科室的年度计划，并报学校办公室备案。 | 各科室:lead
          后勤处在每年初制定维修计划，报学校领导审批后实施。 | 后勤处:lead
          主管部门要加强监管。 | 主管部门:lead
          # a body that takes the work in hand with 把, after the clause that named it
          交付工具要统一，年底前，变革项目组把几个平台打通。 | 变革项目组:lead
          另一方面，要恢复工业生产。 |
          管理方面，加强日常巡查。 |
          # committees under a committee, which HanLP cuts 分/委会
          审计与内控分委会按照制度去核实和处理。 | 审计与内控分委会:lead
          各专委会要按期报送审议意见。 | 各专委会:lead
          # a body announces what it will do with 会; people with 会 tell a habit
          公司会通报几个典型案例。 | 公司:lead
          公司会加强对各部门的考核。 | 公司:lead
          人力资源部会发布新的考核办法。 | 人力资源部:lead
          老干部会说这是形式主义。 |
          # everyone of a place: its party, government, army and people
          各边区的党政军民，都要动员起来。 | 各边区的党政军民:lead
          # a party group shared by bodies before it, never by a party committee
          民政局和财政局党组要加强领导。 | 民政局党组:lead,财政局党组:lead
          通讯社和报社党组都要建立会议制度。 | 通讯社党组:lead,报社党组:lead
          县委和县政府党组要带头落实。 | 县委:lead,县政府党组:lead
          # a range of levels from one body to another is one owner
          从省委至区委，都必须建立会议制度。 | 省委至区委:lead
          从兵团至旅委以及后方机关，都要订出整训计划。 | 兵团至旅委:lead,后方机关:lead
          各县至迟于月底前报告。 | 各县:lead
          # who decided or asked owns the work only when nobody else is named
          县委决定，由县纪委牵头开展专项检查。 | 县纪委:lead
          区政府要求，各街道要在月底前完成摸排。 | 各街道:lead
          局党组研究决定，各科室要建立工作台账。 | 各科室:lead
          公司决定，从下月起取消交通补贴。 | 公司:lead
          # a joint conference, a think tank and a third party act as bodies
          市联席会议统筹协调全市养老服务工作。 | 市联席会议:lead
          各高校和智库以及其他承担课题的单位要修订管理办法。 | 各高校:lead,智库:lead,其他承担课题的单位:lead
          第三方平台要加强内容审核。 | 第三方平台:lead
          请有关方面抓紧研究落实。 | 有关方面:lead
          各部门之间要加强信息互通。 | 各部门:lead
          县政府主要负责统筹规划、制定政策。 | 县政府:lead
          县政府主要负责同志要亲自抓。 | 县政府主要负责同志:lead
          受援县市要主动对接帮扶单位的需求。 | 受援县市:lead
          受灾群众要及时转移。 | 受灾群众:lead
          # members of the public before a copula are addressed, unless the order acts upon them
          广大青年是国家的未来，要勇于担当、敢于奋斗。 | 广大青年:lead
          人民群众是历史的创造者，要紧紧依靠人民群众。 |
          关爱员工是企业履行社会责任的重要方面，要稳定就业岗位。 |
          会议也不要开得太长。 |
          发挥财政资金引导作用，鼓励社会力量参与，各县可按规定给予适当补助。 |
          # the speaker's own people (我们的X) and emphasis before the modal (还是要, 就是要)
          我们的班组长还是要把安全放在第一位。 | 班组长:lead
          调度中心就是要把每一趟车盯住。 | 调度中心:lead
          # a head no list holds, known from the thesaurus: occupations, officials, institutions
          驾驶员要定期参加安全培训。 | 驾驶员:lead
          各村会计要在月底前上交账册。 | 各村会计:lead
          # a short bare noun before a modal names who acts, unless it names a thing or an idea
          PMO要每周通报项目进度。 | PMO:lead
          # the subject of a copula hands a body the directive after it
          县教育局作为牵头单位，要抓好统筹协调。 | 县教育局:lead
          # a modal inside the subject's 的-modifier is not the directive's modal
          需要搬迁的贫困户要在年底前搬迁到位。 | 需要搬迁的贫困户:lead
          流程要简化，节奏要加快。 |
          # a thing whose predicate acts on an object stands for the people behind it
          后勤要把食堂和宿舍的保障全部接过来。 | 后勤:lead
          终端要改善渠道的库存结构。 | 终端:lead
          # but not when it only relates to something, or names a time
          报表应基于真实的业务数据。 |
          网络时代要走向开放合作。 |
          # prohibitions oblige like 要 (不许, 不允许 as well as 不准, 不得)
          财务人员不允许虚列支出。 | 财务人员:lead
          各科室不许私自改动台账。 | 各科室:lead
          下周三前各处室要将修改意见反馈综合科。 | 各处室:lead
          节前各单位要开展一次安全生产大检查。 | 各单位:lead
          每两个月各县要报告一次。 | 各县:lead
          全县各级各部门要迅速行动起来。 | 全县各级各部门:lead
          县直各部门主要负责人要亲自抓、负总责。 | 县直各部门主要负责人:lead
          驻村工作队要吃住在村。 | 驻村工作队:lead
          各村（社区）要建立工作台账。 | 各村（社区）:lead
          各省（自治区、直辖市）要于年底前报送总结。 | 各省（自治区、直辖市）:lead
          # examples in brackets say what a name covers and are no part of it; 校 is an institution
          县直机关的科（例如综合科）、校（例如职业中学）、室（例如办公室），亦应建立值班制度。 | 县直机关的科:lead,校:lead,室:lead
          各科（例如综合科、财务科）要建立值班制度。 | 各科:lead
          各校要在开学前完成校舍安全检查。 | 各校:lead
          各县（市、区）教育行政部门要加强督导。 | 各县（市、区）教育行政部门:lead
          村两委要履行属地责任。 | 村两委:lead
          研发团队要在6月底前完成样机。 | 研发团队:lead
          各事业部总经理要亲自挂帅。 | 各事业部总经理:lead
          各BG要在年底前完成组织调整。 | 各BG:lead
          街道办事处要加强网格化管理。 | 街道办事处:lead
          派出所、司法所要联合开展矛盾纠纷排查。 | 派出所:lead,司法所:lead
          卫生院、村卫生室要做好健康监测。 | 卫生院:lead,村卫生室:lead
          班主任要每日报告学生健康状况。 | 班主任:lead
          广大青年要勇担重任。 | 广大青年:lead
          各网格员要做好入户排查。 | 各网格员:lead
          这些单位要立即整改。 | 这些单位:lead
          上述企业要于10月底前完成整改。 | 上述企业:lead
          被评为先进的单位要发挥示范作用。 | 被评为先进的单位:lead
          全市上下要凝心聚力。 | 全市上下:lead
          武汉市要全力做好救治工作。 | 武汉市:lead
          各位局长要把好关。 | 各位局长:lead
          一要提高政治站位，各级党组织要把这项工作列入重要议事日程。 | 各级党组织:lead
          二是各科室要加强协作。 | 各科室:lead
          （三）各单位要于本周五前报送自查报告。 | 各单位:lead
          3.各县（市、区）要建立工作专班。 | 各县（市、区）:lead
          关于安全生产工作，各企业要落实主体责任。 | 各企业:lead
          各部会应于下周三前提出检讨报告。 | 各部会:lead
          各野战军应于十月底以前完成整训。 | 各野战军:lead
          各地工作进展情况要按月报送。 | 各地:lead
          需要其他部门配合的，区政府要主动协调。 | 区政府:lead
          建成后移交学校的，当地教育部门要及时接收。 | 当地教育部门:lead
          要把安全生产摆在突出位置，各企业负责人要亲自检查。 | 各企业负责人:lead
          乡镇党委书记是第一责任人，要亲自抓。 | 乡镇党委书记:lead
          在疫情防控中各级党组织要发挥战斗堡垒作用。 | 各级党组织:lead
          按照省里统一部署各县要在月底前完成。 | 各县:lead
          根据工作需要各部门要及时调整人员。 | 各部门:lead
          各级干部特别是领导干部要带头遵守。 | 各级干部:lead,领导干部:lead
          全市各党派、各团体、各界人士要团结一心。 | 全市各党派:lead,各团体:lead,各界人士:lead
          按照《市政府关于加强安全生产的意见》，各乡镇要抓好落实。 | 各乡镇:lead
          各乡镇是防汛工作的责任主体，必须守土有责。 | 各乡镇:lead
          # support
          市财政局要积极配合做好资金拨付。 | 市财政局:support
          各有关部门要协助做好安保工作。 | 各有关部门:support
          物业服务企业要配合社区做好封控管理。 | 物业服务企业:support
          下一步，县财政局要牵头建立专项资金监管平台，各乡镇要积极配合。 | 县财政局:lead,各乡镇:support
          # document style: an agent, then its verb, preposition, adverb or time word
          2023年6月底前，省卫生健康委出台具体实施细则。 | 省卫生健康委:lead
          各地于每年1月底前报送上年度工作情况。 | 各地:lead
          市场监管部门按职责开展专项检查。 | 市场监管部门:lead
          各区县组织乡镇卫生院完成设备更新。 | 各区县:lead
          医院调整完善内部薪酬分配办法。 | 医院:lead
          从2024年起，各学校每学期开展一次安全演练。 | 各学校:lead
          高级职称人员及业务骨干到基层去蹲点。 | 高级职称人员:lead,业务骨干:lead
          书记在基层调研时，要带着问题去。 | 书记:lead
          省级教育行政部门于每年3月底前将上年度工作总结报教育部。 | 省级教育行政部门:lead
          公司决定明年起实行新的考核办法。 | 公司:lead
          # a body named after the public it serves; 将 taking an object forward (HanLP: 将/d, 报/n)
          乡镇政府、居民委员会按照分工做好巷道的日常保洁。 | 乡镇政府:lead,居民委员会:lead
          村民和居民做好门前的垃圾分类。 |
          各地市住房城乡建设部门每季度末将检查情况报省住房城乡建设厅。 | 各地市住房城乡建设部门:lead
          # a clause that only lists bodies
          # bodies picked out by what they did are whom the body after them acts on
          考核优秀的合作社，县农业农村局要给予奖励。 | 县农业农村局:lead
          即使是任务最重的乡镇和人口较多的街道，也要按时完成。 | 任务最重的乡镇:lead,人口较多的街道:lead
          局机关各处室、各直属单位，要认真对照检查。 | 局机关各处室:lead,各直属单位:lead
          市委、市政府，各区县党委和政府，要统筹推进。 | 市委:lead,市政府:lead,各区县党委:lead,政府:lead
          各直属单位和机关各处室，由主要负责人亲自抓。 | 各直属单位:lead,机关各处室:lead,主要负责人:lead
          各地区、各部门，特别是各级领导干部，要带头执行。 | 各地区:lead,各部门:lead,各级领导干部:lead
          华东局、华北局，由书记负责，每月向中央作一次报告。 | 华东局:lead,华北局:lead,书记:lead
          各兵团、各纵队首长，必须严格执行入城纪律。 | 各兵团首长:lead,各纵队首长:lead
          # 归X管, 归X去协调, 交给X去办: as 由X, the one named does the work; not what belongs to someone
          日常保洁归物业公司管。 | 物业公司:lead
          采购的事归后勤处去统一协调。 | 后勤处:lead
          这些钱归集体所有。 |
          这件事交给综合科去办。 | 综合科:lead
          在县政府的领导下，由县应急局具体负责。 | 县应急局:lead
          把材料交给综合科。 |
          # 由X, 经X, 请X, 要求X, 决定X, X会同Y
          国家发展改革委会同有关部门制定配套政策。 | 国家发展改革委:lead,有关部门:support
          由市住房城乡建设局牵头，市财政局、市自然资源局配合。 | 市住房城乡建设局:lead,市财政局:support,市自然资源局:support
          工程建设由区城投公司负责，区水务局参与。 | 区城投公司:lead,区水务局:support
          # 这事由X: not 事由 (a cause) and an owner 件事由X
          这件事由县人社局牵头，县财政局配合。 | 县人社局:lead,县财政局:support
          这事由办公室负责跟进。 | 办公室:lead
          实施方案由办公室起草，经分管领导审核后印发。 | 办公室:lead,分管领导:lead
          请各科室于周五前报送材料。 | 各科室:lead
          请市教育局会同市财政局研究提出意见。 | 市教育局:lead,市财政局:support
          请内政部会同法务部先行研议。 | 内政部:lead,法务部:support
          # an army's divisions, in a list
          各兵团及各独立师均应于月底以前完成整训。 | 各兵团:lead,各独立师:lead
          # those picked out with 凡 are treated so when the verb takes no object; with one they act
          凡投诚的敌方人员，均应妥善安置。 |
          凡是有隐患的路段都要标一下。 |
          凡县以上干部，均须参加轮训。 | 县以上干部:lead
          # commanders addressed by a telegram, before its receipt, a time or the troops they lead
          周吴、郑王接此电后，应即率部北上。 | 周吴:lead,郑王:lead
          冯韩于五日内将部署电告。 | 冯韩:lead
          # company functions given a part, as they are before a modal
          质量部牵头，财经、HR、采购配合，在9月底前完成成本核算。 | 质量部:lead,财经:support,HR:support,采购:support
          # HanLP reads 处在 where an office's name ends (各/代表/处在)
          各代表处在下个月10日前把培训情况报上来。 | 各代表处:lead
          # HanLP cuts 部会/同 after a short name (计划/部会/同)
          计划部会同采购部在月底前完成盘点。 | 计划部:lead,采购部:support
          请国发会、主计总处协助各部会检讨计划期程。 | 国发会:support,主计总处:support
          会议要求各乡镇抓紧完成秸秆禁烧巡查。 | 各乡镇:lead
          王县长要求各乡镇加快推进项目建设。 | 各乡镇:lead
          县委决定全县干部职工下沉社区。 | 全县干部职工:lead
          会议原则同意该方案，会后由办公室修改完善后报县政府。 | 办公室:lead
          经研究，同意由市卫生健康委负责组织实施。 | 市卫生健康委:lead
          决定：（一）由县财政局牵头制定方案。 | 县财政局:lead
          总经理办公会决定，由人力资源部牵头修订考核办法。 | 人力资源部:lead
          由分管副县长牵头，县发改局、县财政局配合，6月底前完成。 | 分管副县长:lead,县发改局:support,县财政局:support
          由县水利局牵头，5月底前制定方案，报县政府审定后实施。 | 县水利局:lead
          各科室要于月底前将自查报告报送院办公室。 | 各科室:lead
          就业促进处要会同各县区人社部门，把任务分解到县区。 | 就业促进处:lead,各县区人社部门:support
          医保部门要会同卫生健康部门，加强对定点医疗机构的监管。 | 医保部门:lead,卫生健康部门:support
          教育部会同国家发展改革委、财政部制定实施办法。 | 教育部:lead,国家发展改革委:support,财政部:support
          所需经费由各级财政按规定予以保障。 | 各级财政:lead
          本次各科室报送的材料由办公室统一汇总。 | 办公室:lead
          # 由X with an adverb or distinguishing word before the verb; 交由; the level's government
          差旅补贴由公司总支付，不再分摊到各部门。 | 公司:lead
          食堂的外包业务由后勤公司全部承接后，再统一招标。 | 后勤公司:lead
          试点项目的验收交由市里组织。 | 市里:lead
          这项改革要由高层投入保证。 | 高层:lead
          季度报表由销服中心指派专人汇总。 | 销服中心:lead
          经济部门要加强协调。 | 经济部门:lead
          要从事后补救转向事前防范，业务主管和流程OWNER要切实担起把关责任。 | 业务主管:lead,流程OWNER:lead
          无线产品线要加快新版本的交付。 | 无线产品线:lead
          # officers named in English, after a unit and 的 too
          各事业部的CEO要对本部门的利润负责。 | 各事业部的CEO:lead
          片区的CFO和HRBP要一起参加评审。 | 片区的CFO:lead,HRBP:lead
          # a word that names people and also acts upon what follows, alone before its modal: the people
          代表要牵头把本地供应商的名录整理出来。 | 代表:lead
          领导要带头深入基层蹲点调研。 | 领导:lead
          督促要到位，不能一发了之。 |
          # the latest time between the subject and its verb is an adverb, not a word of the name
          各乡镇最迟在十月中旬以前完成秋播。 | 各乡镇:lead
          各乡镇最晚要在十月底前报送台账。 | 各乡镇:lead
          # a project's preliminary work (前期工作) places nothing in the past
          县水利局牵头，县财政局配合，尽快完成水库项目的前期工作。 | 县水利局:lead,县财政局:support
          # 可以由X…: a permission names no one who must act
          要先立项，评审可以由产品线自己组织。 |
          # 凡(是)…的X: the bodies the condition picks out act
          凡是承接外包业务的子公司，都要建立风险台账。 | 承接外包业务的子公司:lead
          凡年度考核不合格的分公司，要在下月完成整改。 | 年度考核不合格的分公司:lead
          # 这类/那类 and its noun are one phrase (HanLP cuts 这/类)
          这类单位要在月底前完成自查。 | 这类单位:lead
          # a recurrence between the subject and its modal, read from the words (每季度, 每月)
          各车间每季度要开展一次设备点检。 | 各车间:lead
          各班组每月要组织一次应急演练。 | 各班组:lead
          各分局，每季度向总局作一次书面报告。 | 各分局:lead
          # 每个 and a place: its people act, as with 各 (not a time: 每个月)
          每个村都要建立留守老人台账。 | 每个村:lead
          每个月都要开展一次安全检查。 |
          # bodies before "body 的 role" have the role each, as without 的
          各科室和班组的负责人要带头参加。 | 各科室的负责人:lead,班组的负责人:lead
          县委、县政府的领导班子要带头落实。 | 县委的领导班子:lead,县政府的领导班子:lead
          # a company's function alone before its modal names the people who do it
          财经要对每一笔回款的真实性负责。 | 财经:lead
          研发要把测试前移到设计阶段。 | 研发:lead
          稽查要独立于业务部门。 | 稽查:lead
          # …and each of a list of functions, with bodies or officers among them
          财经和人力资源要把预算管住。 | 财经:lead,人力资源:lead
          研发、销售和交付要打通数据。 | 研发:lead,销售:lead,交付:lead
          采购和各代表处的CFO要按月对账。 | 采购:lead,各代表处的CFO:lead
          # 各 and one character HanLP cuts from it: each of those bodies
          各站要在月底前完成设备检修。 | 各站:lead
          各段要在月底前完成设备检修。 | 各段:lead
          # 全局 ending a phrase is the whole situation, not the whole bureau
          今年春耕关系全局，各区应于五月底以前完成播种。 | 各区:lead
          全局干部职工要统一思想。 | 全局干部职工:lead
          # a body before a 对-phrase and its verb, with no modal, is the subject (对 makes no compound)
          明年起，集团对干部实行任期制。 | 集团:lead
          县政府对企业实行减税。 | 县政府:lead
          # a company's function right after the speaker's 我们 starts the subject
          我们研发体系要减少不必要的评审。 | 研发体系:lead
          我们研发要把测试前移。 | 研发:lead
          # spoken 那边, 这块 after a body before its modal: the body owns what follows
          财政局那边要尽快把资金拨下去。 | 财政局:lead
          住建局这块要抓紧出方案。 | 住建局:lead
          # the speaker's own place after a verbal noun is its object, not part of a name
          气象部门预测我县今冬降雪偏多，防寒形势严峻。 |
          我县各乡镇要在月底前完成排查。 | 我县各乡镇:lead
          # a business group or unit named in English is a body
          终端BG和企业BG要共享一个平台。 | 终端BG:lead,企业BG:lead
          # …and after 由 or 让 with its verb
          这件事由财经牵头，各BG配合。 | 财经:lead,各BG:support
          这件事让人力资源来牵头。 | 人力资源:lead
          # …and cast in a part with 作为 before the clause that directs it
          稽查作为第二道关口，要把抽检比例提高一倍。 | 稽查:lead
          财经作为公司的监控体系，要对数据的真实性负责。 | 财经:lead
          # a clause that only says who speaks: they own none of what is said
          市长作出批示指出，各区和市水务局要全力做好排涝工作。 | 各区:lead,市水务局:lead
          县长在讲话中强调，要抓好汛前检查。 |
          # the speaker's label of a line of minutes: one person before the colon, who gives the order
          孙副县长：交通局也要参加，负责调度车辆。 | 交通局:lead
          水利局钱局长：各村要在周五前清完沟渠。 | 各村:lead
          主持人：各组要在散会后交回表格。 | 各组:lead
          区住建局陈局长：各街道要在周五前报送改造进度。 | 各街道:lead
          各分局：各县应于本月底以前电告。 | 各分局:lead,各县:lead
          各支部要在节前完成一次廉洁提醒，通过短信方式送达每名党员。 | 各支部:lead
          # a verbal noun after an adverb is the verb of a document-style subject (不再/考核)
          以后各分厂不再考核加班时长。 | 各分厂:lead
          # a body to be set up, with who heads it: neither the clause nor its head acts
          成立由分管副县长任组长的工作专班，由县住建局负责日常调度。 | 县住建局:lead
          成立以县长为组长的领导小组，由县委办负责具体协调。 | 县委办:lead
          # the bodies a division of work names by their part in it
          各牵头单位每季度报送一次进展情况。 | 各牵头单位:lead
          # minutes approve a body's draft and go on with what is still to do: the body does it
          会议原则同意县交通局提出的公交线路调整方案，会后修改完善后报县政府审定。 | 县交通局:lead
          # …and the body whose opinion on the matter the minutes approve (X关于…的意见)
          会议原则同意县交通局关于公交线路调整的意见，会后修改完善后报县政府审定。 | 县交通局:lead
          会议原则同意关于调整停车收费的请示，由县发改局会后印发。 | 县发改局:lead
          # a party to a procedure named by what is done to it (被V + body) acts in turn
          被审计单位须在十五个工作日内整改到位。 | 被审计单位:lead
          被巡察党组织要认真抓好反馈问题整改。 | 被巡察党组织:lead
          对被处分的干部要跟踪教育。 |
          # a township's stations are bodies, and 站 as a verb names none
          镇农机站要在五月底前完成农机年检。 | 镇农机站:lead
          各水利站要做好汛前检查。 | 各水利站:lead
          我们要站在群众的角度想问题。 |
          # who covers a village, and who inspects, before a modal
          包村干部要进村入户。 | 包村干部:lead
          巡察干部要严于律己。 | 巡察干部:lead
          # a bound of time after 要 (HanLP had 要不/晚/于) leaves the subject before it
          各村要不晚于本月25日完成排查。 | 各村:lead
          各科室要不迟于月底报送台账。 | 各科室:lead
          # 推进 (tagged intransitive) takes the bodies after it as what it pushes on, not as a name's start
          （3）推进机关和企业食堂节约，及时通报浪费行为。 |
          # offices a county names by the work they coordinate, which HanLP cut X/办
          由河长办、防汛办组织验收。 | 河长办:lead,防汛办:lead
          会议原则同意县交通局提出的公交线路调整方案，会后由县财政局测算补贴。 | 县财政局:lead
          # a demonstrative naming the text, then a telegram's order word: the body after it acts
          本办法仰各县遵照施行。 | 各县:lead
          此电希各团于月底前电告。 | 各团:lead
          # a body, then what it is to act on, cut off by a comma from the modal: the body acts
          各县党委对春耕中的浪费现象，必须坚决制止。 | 各县党委:lead
          各街道对辖区内的空置厂房，要逐栋登记。 | 各街道:lead
          # 把…的Y is the verb's object, not a modifier of the subject as 对…的Y is
          散会以后，各科室把今天的会议精神传达到每个人。 | 各科室:lead
          国家层面要统筹制定标准，操作层面要细化流程。 | 国家层面:lead
          # 让X去V and 通过X对…进行: X acts; the public and the audience are only let act
          要让项目经理去攻坚克难，机关人员要做好服务。 | 项目经理:lead,机关人员:lead
          要通过人力资源部对新入职的员工进行轮岗培训。 | 人力资源部:lead
          必须使我军主力向敌后发展。 | 我军主力:lead
          抓好安全培训，包括班组长做好新员工的岗前培训。 | 班组长:lead
          # a 等-tail: the others concerned are owners too; a category of the named is not
          民政局、财政局等有关部门要加强对政策的宣传解读。 | 民政局:lead,财政局:lead,有关部门:lead
          工会、团委等群团组织要组织动员。 | 工会:lead,团委:lead
          # the speaker's 我还要强调 directs nothing: the document-style subject after it stands
          这里我还要强调，乡镇党委和政府对安全生产负主体责任。 | 乡镇党委:lead,政府:lead
          乡镇抓落实，就是要把责任压实到村。 | 乡镇:lead
          # a telegram's order names whom it charges or commands; not whom an owner designates
          责成各军区政治部检查执行情况。 | 各军区政治部:lead
          命令第三纵队即日开赴前线。 | 第三纵队:lead
          书记外出时，指定副书记代理。 | 书记:lead
          # the public hoped to act, as before a modal; not in document style
          希望广大青年勇于到基层一线建功立业。 | 广大青年:lead
          广大市民积极参与垃圾分类。 |
          # the front and the rear, the people of a nation, compatriots
          前方要服从统一指挥。 | 前方:lead
          后方要保证弹药供应。 | 后方:lead
          全国各族人民要团结一心。 | 全国各族人民:lead
          港澳同胞要共同维护繁荣稳定。 | 港澳同胞:lead
          # the public by age, sex or home, and HanLP's cut of 侨胞 (海/外侨/胞) mended
          广大青少年要刻苦读书、强健体魄。 | 广大青少年:lead
          广大妇女要在家庭建设中发挥独特作用。 | 广大妇女:lead
          旅居各国的侨胞要做好沟通交流的桥梁。 | 旅居各国的侨胞:lead
          年轻一代要把接力棒接稳接好。 | 年轻一代:lead
          # a person's name that HanLP cut into characters before 同志 (谭/震/林/同志), and a city's 军管会
          谭震林同志要即赴前线指挥。 | 谭震林同志:lead
          饶漱石同志、陈毅同志应于下旬来中央开会。 | 饶漱石同志:lead,陈毅同志:lead
          各城市军管会要切实保护民族工商业。 | 各城市军管会:lead
          # a name with no title, cut into characters before a modal, a joiner or a role verb, where a
          # name can stand (a clause's start, after 由 or 请); and one HanLP knows, alone in its conjunct
          卢子恒应即率部南下。 | 卢子恒:lead
          会后由叶文澜负责联系各县。 | 叶文澜:lead
          请郑秋萍牵头起草方案。 | 郑秋萍:lead
          彭德怀、谭震林应即来中央开会。 | 彭德怀:lead,谭震林:lead
          这两天就要把方案定下来。 |
          # a county's office named by its work (县/整治/办), and its work safety committee (安/委会)
          各乡镇逐项推进，县整治办每月通报一次进展情况。 | 各乡镇:lead,县整治办:lead
          对整改不力的，县安委会将进行约谈。 | 县安委会:lead
          这件事要抓紧办，办好了再报县里。 |
          # a plan's section number before a space is no part of the owner; a figure runs on
          3.1 县气象局应及时发布火险预报。 | 县气象局:lead
          # a body set up as the topic by a spoken particle owns what follows; a matter so set up does not
          各乡镇呢，回去以后马上摸个底，下周三以前报上来。 | 各乡镇:lead
          这个事情呢，回去以后马上摸个底。 |
          # 成立 sets a body up (HanLP tags it intransitive, as 挂职 is): the body is no owner
          会议决定，成立县防汛抗旱指挥部前线工作组，由分管副县长任组长。 |
          # communists as people who act, and everyone
          新时代的共产党人要敢于斗争、善于斗争。 | 新时代的共产党人:lead
          人人都要当好安全员。 | 人人:lead
          每个人都要守住纪律的底线。 | 每个人:lead
          所有人都要到一线去。 | 所有人:lead
          每一个人都要参加这次培训。 | 每一个人:lead
          # a note's mark after a name is no part of it; a short gloss is
          党委[3]要行使一票否决权。 | 党委:lead
          各省（区、市）要加强组织领导。 | 各省（区、市）:lead
          # some of them, told of in a clause with no modal, are not given the work the unit orders
          有些科室把任务层层转交，这种做法要坚决纠正。 |
          个别干部上班时间玩手机，这个问题要严肃处理。 |
          有些乡镇要先行一步。 | 有些乡镇:lead
          一些村底子薄，县农业农村局要加大扶持力度。 | 县农业农村局:lead
          # a short name set off in quotation marks reads as the name, and keeps its marks
          “一把手”要亲自抓。 | “一把手”:lead
          各级党委“一把手”要亲自抓。 | 各级党委“一把手”:lead
          “两委”干部要带头。 | “两委”干部:lead
          “一把手”和班子成员要互相支持。 | “一把手”:lead,班子成员:lead
          # HanLP's 负责制/定 gives the verb back (负责/制定), but a longer word after it stays
          行政服务部负责制定标准。 | 行政服务部:lead
          # a framing verb after the subject opens its predicate, as a preposition does
          各科室对照整改清单要逐项销号。 | 各科室:lead
          各乡镇聚焦薄弱环节要集中攻坚。 | 各乡镇:lead
          # an adverbial with 地 before a verb makes the words a clause, not a subject
          各村的小组没有能够明确地执行我党严禁摊派的规定。 |
          # a numbered unit (第/三/兵团) after a telegram's order word, and 仰 as one
          令第四纵队于十日前进至指定地区。 | 第四纵队:lead
          望各分局检查一下，将结果电告中央。 | 各分局:lead
          盼各县委研究一下。 | 各县委:lead
          # bodies set up as the topic, then addressed as you
          那么设备科呢，你们回去要把台账理一理。 | 设备科:lead
          设备科呢，我们回去要把台账理一理。 |
          # a word the thesaurus files among people first and among things too names a thing (材料: talent, material)
          材料要求实事求是，重点突出。 |
          # an older document's part numbered by a heavenly stem and its 、
          乙、各区区长须亲自检查，并于月底以前报告县政府。 | 各区区长:lead
          仰各区公所遵照办理为要。 | 各区公所:lead
          让人民过上更好的日子。 |
          # media, websites and hotlines a government runs act as bodies
          县级政务新媒体要及时回应网民关切。 | 县级政务新媒体:lead
          各级政府网站要按月更新办事指南。 | 各级政府网站:lead
          市民服务热线要做到有问必答。 | 市民服务热线:lead
          # a bare verb before 单位 names a participant, not a verb and its object; 机构 is acted upon
          实施单位要按季度报送项目进度。 | 实施单位:lead
          参建单位要落实扬尘治理措施。 | 参建单位:lead
          撤销机构要稳妥有序推进。 |
          # a 系统 that works jointly with another is an agent, and so is its partner
          行政系统要和人事处商量。 | 行政系统:lead,人事处:support
          财务系统要和人事系统去商量。 | 财务系统:lead,人事系统:support
          # cast in a part that answers for the work, beside the others the unit directs
          乡镇党委和政府对安全生产负主体责任，党政主要负责人是第一责任人，分管负责人要具体抓。 | 乡镇党委:lead,政府:lead,党政主要负责人:lead,分管负责人:lead
          督查室作为牵头科室，要加强调度，各科室要积极配合。 | 督查室:lead,各科室:support
          社区是基层治理的基础，各街道要推动资源下沉。 | 各街道:lead
          全市工人阶级和广大劳动群众要积极投身家乡建设。 | 全市工人阶级:lead,广大劳动群众:lead
          院长提示：各科室要做好节前安全检查。 | 各科室:lead
          会议强调，各部门要强化担当。 | 各部门:lead
          # coordinations: shared heads and roles, appositive 等, 或
          县委和县政府负责人要靠前指挥。 | 县委负责人:lead,县政府负责人:lead
          人社、民政、卫生健康等部门要加强协作。 | 人社部门:lead,民政部门:lead,卫生健康部门:lead
          科协和侨联组织要积极参与帮扶工作。 | 科协组织:support,侨联组织:support
          财政和审计部门要加强资金监管。 | 财政部门:lead,审计部门:lead
          住房和城乡建设部、工业和信息化部要加强指导。 | 住房和城乡建设部:lead,工业和信息化部:lead
          中、高级管理人员要到一线去。 | 中级管理人员:lead,高级管理人员:lead
          区、村干部要带头清理河道。 | 区干部:lead,村干部:lead
          县、乡干部要分片包村。 | 县干部:lead,乡干部:lead
          区、乡、村干部要带头清淤。 | 区干部:lead,乡干部:lead,村干部:lead
          省、市政府要加强对这项工作的领导。 | 省政府:lead,市政府:lead
          市、县委书记要亲自过问。 | 市委书记:lead,县委书记:lead
          # one character that is no level borrows nothing (not 党政府)
          党和人民政府要关心困难群众。 | 党和人民政府:lead
          # 或 between two people: one post, filled by either
          班长或副班长要每天点名。 | 班长或副班长:lead
          # national bodies HanLP cuts into a noun and a measure word or a verb
          生态环境部、农业农村部要加强指导。 | 生态环境部:lead,农业农村部:lead
          由应急管理部牵头，交通运输部、国家疾控局配合，做好演练。 | 应急管理部:lead,交通运输部:support,国家疾控局:support
          与会人员一律不得录音录像。 | 与会人员:lead
          研发主管在每次评审之前，要通读设计文档。 | 研发主管:lead
          # a verbal noun counted after its subject or a frequency is the verb
          质检科每季度抽查一次。 | 质检科:lead
          产品线下个月拿出路标。 | 产品线:lead
          车间主任逢年过节要到班组去看一看。 | 车间主任:lead
          # levels counted as one set by the last of them: one name
          省、市、县三级财政要按比例分担配套资金。 | 省、市、县三级财政:lead
          县、乡两级干部要轮流到堤上值守。 | 县、乡两级干部:lead
          # the first half of a pair of demands on one body
          各级党委既要抓好春耕，又要管好防火。 | 各级党委:lead
          水务局不仅要查清漏点，还要拿出维修计划。 | 水务局:lead
          各乡镇一方面要排查隐患，另一方面要备足物资。 | 各乡镇:lead
          # a part named beside the subject with 包括, not a 包括…在内 modifier
          机关各科室，包括各直属事业单位，都要在周五前交回表格。 | 机关各科室:lead,各直属事业单位:lead
          包括直属事业单位在内的机关各科室都要在周五前交回表格。 | 包括直属事业单位在内的机关各科室:lead
          # bodies a rule names by what they do: HanLP tags 实施 and 承办 as verbs
          实施单位在开工前报送施工方案。 | 实施单位:lead
          承办单位负责场地布置和安全保卫。 | 承办单位:lead
          # a manager named by surname and 总, who asks the body after the verb; a function asked
          余总要求各产品线在三月底前完成版本规划。 | 各产品线:lead
          张总指示财经在年底前把账算清楚。 | 财经:lead
          李总要亲自盯这件事。 | 李总:lead
          县委指示各区委于月底前报告秋征情况。 | 各区委:lead
          请财经在两周内拿出测算方案。 | 财经:lead
          # what is to be done away with is no owner; one who goes down or keeps on is
          多余的科室要撤掉。 |
          那些不作为的站长要撤下来。 |
          机关干部要沉下去。 | 机关干部:lead
          # internal audit and legal affairs name the people who do them, in a list too
          财经和内审要加强对工程结算的监督。 | 财经:lead,内审:lead
          财经、审计、法务都要参加合同评审。 | 财经:lead,审计:lead,法务:lead
          # a unit's top official (一把手) after its body, before 回去以后
          各科室一把手回去以后要逐人传达。 | 各科室一把手:lead
          男、女职工一律同工同酬。 | 男职工:lead,女职工:lead
          各级主管一要敢于压担子，二要敢于调整。 | 各级主管:lead
          机关本身要带头精简会议。 | 机关:lead
          各地文化和旅游部门要加强节日市场检查。 | 各地文化和旅游部门:lead
          汛前，镇安监站要牵头开展一次隐患排查。 | 镇安监站:lead
          省级住房和城乡建设主管部门要会同有关部门制定方案。 | 省级住房和城乡建设主管部门:lead,有关部门:support
          值班期间，有关负责同志原则上不得离岗外出。 | 有关负责同志:lead
          科研院所、高校、企业等要加强协同创新。 | 科研院所:lead,高校:lead,企业:lead
          工会、共青团、妇联等群团组织要发挥桥梁作用。 | 工会:lead,共青团:lead,妇联:lead
          局领导班子及各科室、二级单位负责人要带头执行。 | 局领导班子:lead,各科室负责人:lead,二级单位负责人:lead
          教育、公安、交通运输等部门要联合开展整治。 | 教育部门:lead,公安部门:lead,交通运输部门:lead
          在沪有关部门和单位要做好服务保障。 | 在沪有关部门:lead,单位:lead
          各区县政府和市有关部门要压实责任。 | 各区县政府:lead,市有关部门:lead
          人口流出地和流入地要加强信息互通。 | 人口流出地:lead,流入地:lead
          区政府及其职能部门要依法行政。 | 区政府:lead,职能部门:lead
          各省、自治区、直辖市人民政府要加强领导。 | 各省人民政府:lead,自治区人民政府:lead,直辖市人民政府:lead
          湖北省和武汉市要加强统筹。 | 湖北省:lead,武汉市:lead
          环保署及各地方政府应加强稽查。 | 环保署:lead,各地方政府:lead
          发展改革委、财政部、税务总局等部门要抓紧制定配套政策。 | 发展改革委:lead,财政部:lead,税务总局:lead
          地方各级人民政府和有关部门要加强组织领导。 | 地方各级人民政府:lead,有关部门:lead
          税务部门、人民银行要加强信息共享。 | 税务部门:lead,人民银行:lead
          # audience pronouns are dropped, named groups kept
          我们各级领导干部要以身作则。 | 各级领导干部:lead
          咱们各科室要团结协作。 | 各科室:lead
          我们的干部要敢于担当。 | 干部:lead
          # a subject standing alone before a comma, then adverbs and a modal
          承担攻坚任务的单位，一定要有清晰目标。 | 承担攻坚任务的单位:lead
          各级领导干部特别是主要负责同志，必须增强责任意识。 | 各级领导干部:lead,主要负责同志:lead
          # 希望X要…: the hoped-for actor is the subject
          希望各级主管要把骨干人员派到一线去。 | 各级主管:lead
          全社会要崇尚劳动。 | 全社会:lead
          # the subject of a clause of time owns the directive after it
          各分局、各支队处理问题的时候，都应该这样办。 | 各分局:lead,各支队:lead
          项目单位申报资金时，要如实填报材料。 | 项目单位:lead
          # official names with 和 inside are one body each
          请工业和信息化部、文化和旅游部等部门加强指导。 | 工业和信息化部:lead,文化和旅游部:lead
          县人力资源和社会保障局要会同县住房和城乡建设局做好工资支付工作。 | 县人力资源和社会保障局:lead,县住房和城乡建设局:support
          # partners after 要和/要与 … 一起/共同/商量
          财务处要与人事处共同制定方案。 | 财务处:lead,人事处:support
          办公室一定要同财务处去商量经费安排。 | 办公室:lead,财务处:support
          区级融媒体中心要与本地区宣传部门建立协调机制。 | 区级融媒体中心:lead
          # no owner: the audience, non-agents, parties acted upon, reports
          我们要进一步统一思想。 |
          节奏和力度要把握好。 |
          今年各项改革任务要全面完成。 |
          干部的培养和使用一定要坚持标准。 |
          已经出台的扶持政策要尽快兑现。 |
          相邻区域之间要加强信息共享。 |
          监管人员的待遇也要相应提高。 |
          企业的主体责任要压实，监管部门的监管责任要落实。 |
          对工作不力的单位要严肃通报。 |
          组长由分管副局长担任，成员由各科室负责人组成。 |
          公共服务由政府包办为主向政府购买服务转变。 |
          让人民群众来评判我们的工作。 |
          流程要与实际相结合。 |
          交通补贴可以直接发到个人账上。 |
          结余资金可以用于下一年度的项目。 |
          一大批地方本科高校向应用型转变，建设一批示范专业。 |
          具有高级职称的教师占专任教师总数超过三成，建设一批教学团队。 |
          民营医院参与基层诊疗的热情明显提高，建设一批示范医院。 |
          到2025年，县级医院诊疗条件基本达标。 |
          乡镇卫生院服务能力全面提升，群众就医更加便利。 |
          让大家去学习先进经验。 |
          过去的一年，全县各级各部门克服困难，攻坚克难，取得了来之不易的成绩。 |
          今年以来，市场监管局共查处案件120起。 |
          各地在推进过程中还存在一些问题，主要是认识不到位、措施不精准。 |
          去年，县财政局牵头建立了专项资金监管平台。 |
          公司有很多年轻人成长很快。 |
          各级干部特别是基层干部连续奋战，十分辛苦。 |
          如果各单位不按时报送，要通报批评。 |
          经县政府同意，现将有关事项通知如下。 |
          社区是基层治理的基础，要推动资源下沉。 |
          企业是安全生产的责任主体。 |
          要加快项目建设，确保年底前竣工。 |
          考核结果作为年度评优的重要依据。 |
          由于各地情况不同，要因地制宜。 |
          对各地上报的材料要认真审核。 |
          在这个问题上我们要保持清醒。 |
          医务人员是抗疫的主力军，要关心爱护他们。 |
          市政府办公室关于开展安全检查的通知 |
          我代表县委、县政府，向大家表示感谢。 |
          要支持符合条件的企业扩大生产。 |
          而现在你又没有这个能力。 |
          四、组织实施 |
          新建小区严格按标准配建托育点。 |
          报告的内容是：各县对扶贫政策的执行情况和存在的问题。 |
          # an agent noun that HanLP cuts before its 者; a determiner spreading a bare noun
          档案制定者也要深入基层，听取意见。 | 档案制定者:lead
          课程管理者要对教学进度负责。 | 课程管理者:lead
          各国人民应该坚持“和平”理念，共同应对挑战。 | 各国人民:lead
          # the people a condition describes own the directive after it
          现任科长缺少基层经验的，应先到窗口岗位锻炼。 | 现任科长:lead
          挂职干部如需延长期限，须报组织部门批准。 | 挂职干部:lead
          # …and as a document-style subject before its time and verb (售后/vi 服务中心)
          售后服务中心12月15日前把投诉分析报经营管理团队。 | 售后服务中心:lead
          挂职干部每季度向组织部报告一次工作。 | 挂职干部:lead
          # an office named X所 before its modal (HanLP reads 所要 as a particle and a modal)
          各市场监管所要对辖区内小餐饮每季度巡查一次。 | 各市场监管所:lead
          各司法所要做好矛盾纠纷排查。 | 各司法所:lead
          承办单位发生变更的，应及时报告。 | 承办单位:lead
          培训平台承办单位发生变更的，应及时报告。 | 培训平台承办单位:lead
          经费如有结余，应及时上缴。 |
          系统发生故障的，应立即报告。 |
          # HanLP glues 会要 after a body's root: 证/监/会要
          证监会要加强对上市公司的监管。 | 证监会:lead
          开会要少而精。 |
          # a party committee's staffing office, which HanLP cuts 编/办
          县委编办要会同县人社局核定教师编制。 | 县委编办:lead,县人社局:support
          # a company's regional units, which HanLP cuts 地区/部 and 片/联
          地区部HR要每月到一线走访。 | 地区部HR:lead
          片联要推动干部在各区域之间轮换。 | 片联:lead
          # 要 glued to the verb after the subject (团员/要冲/在)
          团员要冲在抢险第一线。 | 团员:lead
          # 每个 starts a group as 每位 does
          每个团员都必须按时交纳团费。 | 每个团员:lead
          每名网格员都要签订责任书。 | 每名网格员:lead
          每个月都要报送一次进度。 |
          # bodies listed by commas before the one that opens the directive
          各分局、各直属队，各派出所，各中队应即将本通知传达到每位民警。 | 各分局:lead,各直属队:lead,各派出所:lead,各中队:lead
          县委书记，县长要亲自过问。 | 县委书记:lead,县长:lead
          这批项目，各乡镇要逐一核实。 | 各乡镇:lead
          # a thing handed over to someone is given, not the giver
          经费要分给各个片区。 |
          指标要分配给各个片区。 |
          # a 系统 or 战线 of a field of work is everyone working in it; of anything else, a thing
          全市民政系统要扎实做好救助帮扶工作。 | 全市民政系统:lead
          教育系统要抓好秋季开学准备。 | 教育系统:lead
          卫生健康系统要做好冬春季疫情防控。 | 卫生健康系统:lead
          政法战线要开展队伍教育整顿。 | 政法战线:lead
          财务系统和人力资源系统要共同核对人员名单。 | 财务系统:lead,人力资源系统:lead
          信息系统要在年底前完成升级。 |
          # titles and units HanLP cuts at a numeral or a one-character place (第一/书记, 镇/街)
          各驻村第一书记要吃住在村。 | 各驻村第一书记:lead
          各镇街要在本周内完成摸排。 | 各镇街:lead
          # a body before a figure measured against a target owns the figure, it does not act
          到2030年，农村社区养老服务覆盖率超过80%。 |
          县域义务教育巩固率达到98%。 |
          # 请X就Y…: the body before 就 is asked; 并 between a subject and its modal
          请财政部就专项资金的使用情况提出意见。 | 财政部:lead
          各部门要关注节日物价，市场监管局并要每周通报一次。 | 各部门:lead,市场监管局:lead
          # 同 joins bodies before the modal as 和 does (HanLP tags it a preposition); after it, a partner
          县发改局同县财政局要加强项目衔接。 | 县发改局:lead,县财政局:lead
          县财政局要同县发改局一起研究。 | 县财政局:lead,县发改局:support
          # a body answerable for what a 的-phrase names (对…的安全生产负主体责任) is the subject of the duty
          各乡镇对辖区内的森林防火负主体责任。 | 各乡镇:lead
          # 会同 opening a clause of its own after the lead's
          由区城管局牵头，会同区公安分局、区市场监管局，开展占道经营整治。 | 区城管局:lead,区公安分局:support,区市场监管局:support
          厂区的智能门禁系统要覆盖到每个车间。 |
          # a company function's 体系 is its people; a public field's 体系 is the system itself
          交付体系和财经体系要共同核对项目收入。 | 交付体系:lead,财经体系:lead
          营销体系要把客户回访做到每个季度。 | 营销体系:lead
          职业教育体系要更加完善。 |
          # 再 before the verb of a document-style subject sequences the work, it reports nothing
          会后，办公室再梳理一套考核办法，报局党组审定。 | 办公室:lead
          # 以后 opening a clause is a time phrase, not part of the subject
          以后各分公司每个季度上报一次库存。 | 各分公司:lead
          # 口 after a field of work or after 各 is everyone in it; 条线 and 系统 after 各 likewise
          在改革过程中，各个口都要积极配合。 | 各个口:support
          人事口要把干部档案再核一遍。 | 人事口:lead
          各条线要抓好本条线的安全生产。 | 各条线:lead
          出口要继续扩大。 |
          # a role after 各X is part of the subject, and going back to one's post starts the predicate
          散会后，各科室负责人回去要把会议精神传达到每一名职工。 | 各科室负责人:lead
          各单位回去要认真传达会议精神。 | 各单位:lead
          # 各区域 is each region's body, as 各地 is; a region named alone is a place
          各产品线、各区域要在年底前拿出改进计划。 | 各产品线:lead,各区域:lead
          重点区域要加强巡查。 |
          # a duty given to people names nobody, though its predicate acts on them (责任要到人)
          第一个，责任要落到人头上。 |
          任务要分解到每个岗位。 |
          # a party after 对 is acted upon, also where HanLP glued 对 to the word after it (对工/作)
          对工作推进快、成效明显的县区，在分配奖补资金时予以倾斜。 |
          # a modal glued to the verb after it (应报/县政府) ends the subject all the same
          各乡镇应报县政府备案。 | 各乡镇:lead
          # a unit named X办 that HanLP cut before 办 (质控/办), before a verb that gives a role
          医务科牵头，护理部、质控办参与，本月底前完成一轮专项检查。 | 医务科:lead,护理部:support,质控办:support
          # a field after a distributive prefix borrows the next conjunct's head, as a bare field does
          各级市场监管、公安部门要开展联合执法。 | 各级市场监管部门:lead,公安部门:lead
          各地卫生、教育部门要加强协作。 | 各地卫生部门:lead,教育部门:lead
          全国各民族、各党派和各人民团体要团结起来。 | 全国各民族:lead,各党派:lead,各人民团体:lead
          由各村妇救会和儿童团负责慰问。 | 各村妇救会:lead,儿童团:lead
          # 建议 hands the work to the body after it, as 请 does; 须经 is a modal, not part of a name
          建议省人民政府做好长期监测工作。 | 省人民政府:lead
          确需借住民房的，须经当地村委会同意。 |
          # a topic a demonstrative opens names no one: the body after it acts on it
          这项工作各乡镇要高度重视。 | 各乡镇:lead
          这件事县农业农村局要抓紧办。 | 县农业农村局:lead
          这一点各单位要特别注意。 | 各单位:lead
          这个道理每一位教师都要牢记于心。 | 每一位教师:lead
          这些单位主要负责人要亲自抓。 | 这些单位主要负责人:lead
          该县委应即收回这个口号。 | 该县委:lead
          # 各位 opens each conjunct of a list as it opens the first
          各位局长、各位主任要把好关。 | 各位局长:lead,各位主任:lead
          各位校长和各位书记要靠前指挥。 | 各位校长:lead,各位书记:lead
          # a count of people by their classifier names them; a count of things does not
          两位副局长要分别抓好分管领域工作。 | 两位副局长:lead
          三名驻村干部要吃住在村。 | 三名驻村干部:lead
          三个方面要统筹兼顾。 |
          # X联合Y开展…: Y supports, as after 会同; not bodies acted upon
          县教育局联合县公安局开展校园周边治理。 | 县教育局:lead,县公安局:support
          县教育局要联合县卫生健康局开展晨午检抽查。 | 县教育局:lead,县卫生健康局:support
          鼓励职业学校联合中小学开展劳动教育。 |
          # a time told by an event between the subject and its modal
          各党小组开展活动时要请老党员列席。 | 各党小组:lead
          施工队长每天收工前必须清点人数和工具。 | 施工队长:lead
          水库建成后要及时移交管护单位。 |
          # each place named is an agent, though the place alone is not
          各城市要在年底前完成停车泊位普查。 | 各城市:lead
          城市要建设得更有温度。 |
          # words before the bodies: along the route, at no fixed time
          沿线各乡镇政府应予配合。 | 各乡镇政府:support
          县应急局要不定期抽查值班记录。 | 县应急局:lead
          # levels of the state share the body after the last; one body's name holds a coordination
          中央和国家机关要带头过紧日子。 | 中央机关:lead,国家机关:lead
          中央和国家机关各部门要带头落实。 | 中央机关各部门:lead,国家机关各部门:lead
          中央和国家有关部门要加强指导。 | 中央有关部门:lead,国家有关部门:lead
          中央和地方财政要加大投入。 | 中央财政:lead,地方财政:lead
          中央和国家机关工委、教育部要加强指导。 | 中央和国家机关工委:lead,教育部:lead
          中央要加强统筹。 | 中央:lead
          # a shared role with its modifier (the chief and the deputies)
          县委和乡镇党委正副书记要带头包村。 | 县委正副书记:lead,乡镇党委正副书记:lead
          # a county bureau's sections and a township's stations and offices
          工程股要在月底前报送维修清单。 | 工程股:lead
          各乡镇站所要摸清在岗人数。 | 各乡镇站所:lead
          县防指办要在汛前修订应急预案。 | 县防指办:lead
          这股劲要一直鼓下去。 |
          # wholes side by side with no joiner
          全党全国各族人民要同心协力。 | 全党:lead,全国各族人民:lead
          全党全社会要关心下一代。 | 全党:lead,全社会:lead
          全党同志要牢记嘱托。 | 全党同志:lead
          # the people a hope names, whatever HanLP tags the word after them
          希望广大乡村教师坚定信心，扎根基层。 | 广大乡村教师:lead
          希望全县青年志愿者勇挑重担。 | 全县青年志愿者:lead
          希望这次培训办出实效。 |
          # a telegram's order word after the bodies it orders
          各区党委、各军分区，望于月底以前电告执行情形。 | 各区党委:lead,各军分区:lead
          """)
  void ownersOfSentences(String sentence, String owners) {
    assertEquals(expected(owners), owners(FINDER, sentence));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "我们要清醒地看到差距。",
        "大家要珍惜来之不易的发展局面。",
        "同志们要振奋精神，再接再厉。",
        "你们要把好事办好。",
        "我局要抓好贯彻落实。",
        "你省要认真抓好落实。",
        "各位要各司其职。",
        "大家回去以后要抓紧传达。",
        "请各位回去后把今天的会议精神传达到每一名职工。",
      })
  void audiencePronounsAreNoOwners(String sentence) {
    assertEquals("", owners(FINDER, sentence));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "要鼓励民营企业参与项目建设。",
        "要组织专家开展论证。",
        "要支持高校毕业生自主创业。",
        "要帮助困难企业渡过难关。",
        "要引导社会组织有序参与。",
        "要让基层干部把精力用在抓落实上。",
        "要使广大群众真正受益。",
        "要把各项任务落实到各处室。",
        "要向上级部门及时报告。",
        "对不担当不作为的干部，要严肃问责。",
        "要督促各地落实属地责任。",
        "要指导基层医疗机构做好分诊。",
        "要推动银行机构加大信贷投放。",
        "加强和改进对妇联工作的领导，支持其依法开展工作。",
        "畅通基层青年干部成长渠道。",
        "完善面向农村留守儿童的关爱服务体系。",
      })
  void partiesActedUponAreNoOwners(String sentence) {
    assertEquals("", owners(FINDER, sentence));
  }

  @Test
  void theActorIsKeptWhileTheOneActedUponIsNot() {
    assertEquals("各地:lead", owners(FINDER, "各地要指导基层医疗机构做好分诊。"));
    assertEquals("各县区:lead", owners(FINDER, "各县区要组织乡镇开展交叉检查。"));
    assertEquals("各地:lead", owners(FINDER, "各地要引导企业加大研发投入。"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          （市发展改革委牵头，市财政局、市商务局配合） | 市发展改革委:lead,市财政局:support,市商务局:support
          （国家发展改革委会同有关部门负责） | 国家发展改革委:lead,有关部门:support
          （牵头单位：市教育局；配合单位：市财政局、市人社局） | 市教育局:lead,市财政局:support,市人社局:support
          （各区县按职责分工负责） | 各区县:lead
          （住房和城乡建设部负责）。 | 住房和城乡建设部:lead
          (市卫生健康委牵头，各区政府落实) | 市卫生健康委:lead,各区政府:lead
          # 等 closes the list: the bodies before it take no head from the one after it
          （市商务局、市农业农村局等和各县区人民政府负责） | 市商务局:lead,市农业农村局:lead,各县区人民政府:lead
          （文化和旅游局等按职责分工负责） | 文化和旅游局:lead
          （市工商联、市供销合作总社负责） | 市工商联:lead,市供销合作总社:lead
          # a part that only says when or how long assigns nobody and leaves the tag a tag
          （市交通运输局负责，2026年9月底前完成） | 市交通运输局:lead
          （市市场监管局牵头，市公安局配合，持续推进） | 市市场监管局:lead,市公安局:support
          （牵头单位：市民政局；2027年6月底前完成） | 市民政局:lead
          # the leader answerable for the task, named as the tag writes it
          （责任领导：刘副县长；牵头单位：县水利局；配合单位：县财政局） | 刘副县长:leader,县水利局:lead,县财政局:support
          （责任领导：刘副县长、陈副县长） | 刘副县长:leader,陈副县长:leader
          # bodies listed before a comma, with no verb of their own, lead
          （市委宣传部、市文化广电旅游局，各区人民政府负责） | 市委宣传部:lead,市文化广电旅游局:lead,各区人民政府:lead
          （市应急管理局，各乡镇配合，2026年底前完成） | 市应急管理局:lead,各乡镇:support
          （县住建局负责，2026年9月底前） | 县住建局:lead
          （县水利局、各乡镇负责；2027年汛期前） | 县水利局:lead,各乡镇:lead
          # bodies that guide or oversee lead; taking part or backing is support
          （省教育厅指导，各市教育局负责） | 省教育厅:lead,各市教育局:lead
          （县农业农村局负责，县财政局、县审计局参加） | 县农业农村局:lead,县财政局:support,县审计局:support
          （责任处室：办公室；配合处室：财务处） | 办公室:lead,财务处:support
          （负责单位：县住建局；协助单位：县消防救援大队） | 县住建局:lead,县消防救援大队:support
          （市司法局负责组织实施） | 市司法局:lead
          # 由 opens the part; a full stop may close the inside
          （由市数据局负责） | 市数据局:lead
          （由市数据局会同市财政局负责） | 市数据局:lead,市财政局:support
          （市教育局负责，各区教育局配合。） | 市教育局:lead,各区教育局:support
          # labels apart by a space, a time label, a closing note
          （牵头单位：市商务局　配合单位：市财政局） | 市商务局:lead,市财政局:support
          （牵头单位：市商务局 配合单位：市财政局 完成时限：2026年9月底） | 市商务局:lead,市财政局:support
          （责任单位：市民政局、市卫生健康委，完成时限：2026年底） | 市民政局:lead,市卫生健康委:lead
          # a list in brackets belongs to its name, and a label's list goes on past a comma
          （责任单位：市直各有关单位、各县（市、区）人民政府、各开发区管委会） | 市直各有关单位:lead,各县（市、区）人民政府:lead,各开发区管委会:lead
          （市发展改革委牵头，各县（市、区）政府负责） | 市发展改革委:lead,各县（市、区）政府:lead
          责任单位：市卫生健康委、市医保局等，各县（市、区）政府 | 市卫生健康委:lead,市医保局:lead,各县（市、区）政府:lead
          牵头单位：市发展改革委；配合单位：市财政局，市住建局 | 市发展改革委:lead,市财政局:support,市住建局:support
          （市委编办、市财政局按职责分工负责，下同） | 市委编办:lead,市财政局:lead
          （人民银行县中心支行、县金融办按职责分工负责） | 人民银行县中心支行:lead,县金融办:lead
          # a list of bodies vouches for a last name no list knows (市气象台, 市科协)
          （市农业农村局、市气象台按职责分工负责） | 市农业农村局:lead,市气象台:lead
          （市教育局、市科协负责） | 市教育局:lead,市科协:lead
          （县残联、县民政局负责） | 县残联:lead,县民政局:lead
          # the names before a 等 share the head after it; 高等 is a word, no list's end
          （民政、卫生健康等部门按职责分工负责） | 民政部门:lead,卫生健康部门:lead
          （市发展改革委、市财政局等有关部门负责） | 市发展改革委:lead,市财政局:lead,有关部门:lead
          （市人社局牵头，市教育局等部门配合） | 市人社局:lead,市教育局:support
          （卫生健康等部门负责） | 卫生健康部门:lead
          （市教育局、高等学校负责） | 市教育局:lead,高等学校:lead
          """)
  void ownerTagsAreParsed(String unit, String owners) {
    List<Owner> tag = FINDER.ownerTag(unit).orElseThrow();
    String got =
        tag.stream().map(o -> o.name() + ":" + o.role().label()).collect(Collectors.joining(","));
    assertEquals(owners, got);
    assertEquals(tag, FINDER.find(unit, ANALYZER.segment(unit)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          牵头单位：市人力资源社会保障局 | 市人力资源社会保障局:lead
          配合单位：市财政局、市税务局。 | 市财政局:support,市税务局:support
          责任领导：王副市长 | 王副市长:leader
          【牵头单位】市发展改革委【配合单位】市财政局、市统计局 | 市发展改革委:lead,市财政局:support,市统计局:support
          """)
  void aLabelOnALineOfItsOwnIsATag(String unit, String owners) {
    String got =
        FINDER.ownerTag(unit).orElseThrow().stream()
            .map(o -> o.name() + ":" + o.role().label())
            .collect(Collectors.joining(","));
    assertEquals(owners, got);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "主要任务：加强队伍建设",
        "牵头单位：",
        "联系电话：12345",
        "完成时限：2026年底",
        "【牵头单位】【配合单位】市财政局",
        "【工作目标】完成全部改造"
      })
  void otherLabelledUnitsAreNoTags(String unit) {
    assertTrue(FINDER.ownerTag(unit).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "（亲自起草，不要他人代笔）",
        "（一）",
        "（占46%）",
        "（GB 50180）",
        "（后台不是指办公地点，财务、采购也算后台）",
        "各科室负责。",
        "（市、区）",
        "建立健全长效机制（市委组织部负责）。",
        "（2026年底前完成）",
        "（持续推进，长期坚持）",
        "（责任领导：）",
        "（市交通运输局负责，加快修路）",
        "（市应急管理局，2026年底前完成）",
        "（市应急管理局，市消防救援支队）",
        "（市教育局、对学生的安全负责）",
        "（对学生的安全负责）",
        "（市教育局、对学生安全负责）",
        "（完成时限：2026年底）",
        "（下同）",
        "（牵头单位：市商务局　备注：另行通知）",
      })
  void otherUnitsAreNoTags(String unit) {
    assertTrue(FINDER.ownerTag(unit).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # a whole unit that is a tag
          （县民政局牵头，县财政局配合） | 县民政局:lead,县财政局:support
          # a tag that only closing punctuation follows
          要在月底前建立困难群众台账（县民政局负责）。 | 县民政局:lead
          要加强巡查(街道办牵头，社区配合)； | 街道办:lead,社区:support
          # a bracket at the end that assigns nobody, a tag that text follows, no bracket
          要在月底前报送名单（附表3）。 |
          要落实交接班登记（县应急局负责），做到不漏一班。 |
          （县应急局负责）要加强值班抽查。 |
          要加强值班抽查。 |
          """)
  void aTagClosingAUnitIsFound(String unit, String owners) {
    String got =
        FINDER.closingTag(unit).orElse(List.of()).stream()
            .map(o -> o.name() + ":" + o.role().label())
            .collect(Collectors.joining(","));
    assertEquals(expected(owners), got);
  }

  @Test
  void aTagInsideAUnitNamesItsOwners() {
    assertEquals("市委组织部:lead", owners(FINDER, "建立健全长效机制（市委组织部负责）。"));
    assertEquals("", owners(FINDER, "各科室的报告（亲自起草，不要他人代笔）要简明。"));
  }

  @Test
  void theSameNameIsGivenOnce() {
    assertEquals("人社部门:lead,民政部门:lead", owners(FINDER, "人社和民政部门研究完善补贴标准，人社和民政部门按季度公布发放情况。"));
  }

  @Test
  void theUsersUnitAndRoleNamesAreKnown() {
    String unit = "星火坊负责数据备份。";
    String role = "各科室联络人要每周报送进度。";
    assertEquals("", owners(FINDER, unit));
    assertEquals("各科室:lead", owners(FINDER, role), "各科室 owns its liaisons' duty");
    RuleOwnerFinder custom = RuleOwnerFinder.create(List.of("星火坊"), List.of("联络人"));
    assertEquals("星火坊:lead", owners(custom, unit));
    assertEquals("信息中心:lead,星火坊:lead", owners(custom, "信息中心和星火坊要做好数据备份。"));
    assertEquals("各科室联络人:lead", owners(custom, role));
    assertEquals("处室联络人:lead,局属单位联络人:lead", owners(custom, "处室和局属单位联络人要按时报送。"));
  }

  @Test
  void timePhrasesOfADeadlineFinderAreSkipped() {
    String sentence = "在端午节来临之前各学校要做好防溺水宣传。";
    assertEquals("", owners(FINDER, sentence));
    RuleOwnerFinder withDeadlines = FINDER.withTimePhrases(RuleDeadlineFinder.create());
    assertEquals("各学校:lead", owners(withDeadlines, sentence));
    // a time phrase that HanLP tags as no time word (下个月/nz) still starts the predicate
    String after = "人力资源部下个月拿出一个方案来。";
    assertEquals("人力资源部:lead", owners(withDeadlines, after));
    // and one between the subject and its modal is no part of the subject
    assertEquals("各村:lead", owners(withDeadlines, "各村这两天要把秸秆清运完。"));
    // bodies listed alone, then a time and what they are to do
    String telegram = "各兵团及各军分区，自即日起实行每月报告制度。";
    assertEquals("各兵团:lead,各军分区:lead", owners(withDeadlines, telegram));
  }

  @Test
  void rolesAreLeadUnlessSupporting() {
    List<Owner> owners = FINDER.find("由县委办牵头，县政府办配合。", ANALYZER.segment("由县委办牵头，县政府办配合。"));
    assertEquals(List.of(new Owner("县委办", Role.LEAD), new Owner("县政府办", Role.SUPPORT)), owners);
  }

  @Test
  void anEmptyUnitHasNoOwners() {
    assertEquals(List.of(), FINDER.find("", List.of()));
    assertTrue(FINDER.ownerTag("").isEmpty());
  }

  @Test
  void oneFinderServesManyThreads() throws Exception {
    List<String> sentences =
        List.of(
            "会后，各科室和院属单位负责人要及时传达会议精神。",
            "由市住房城乡建设局牵头，市财政局、市自然资源局配合。",
            "要鼓励民营企业参与项目建设。",
            "人社、民政、卫生健康等部门要加强协作。");
    List<String> expected = new ArrayList<>();
    for (String s : sentences) {
      expected.add(owners(FINDER, s));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String s = sentences.get(i % sentences.size());
        futures.add(pool.submit(() -> owners(FINDER, s)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % sentences.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
