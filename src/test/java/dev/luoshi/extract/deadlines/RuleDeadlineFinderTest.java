package dev.luoshi.extract.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadline phrases in whole sentences (written for these tests in the genre's style). */
class RuleDeadlineFinderTest {
  private static final LocalDate JAN_4_2022 = LocalDate.of(2022, 1, 4);
  private static final LocalDate JAN_30_2019 = LocalDate.of(2019, 1, 30);

  private final RuleDeadlineFinder finder = RuleDeadlineFinder.create();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence | meeting | chosen phrase | its date (empty: none)
          会后，各科室要在3月15日前将整改方案报送办公室。         | 2022-01-04 | 3月15日前        | 2022-03-15
          会后，各处室要认真传达会议精神。                         | 2022-01-04 | 会后             |
          各区应在秋收以前将公粮收齐。                             | 2022-01-04 | 秋收以前         |
          此项整修须于明年春耕以前完成。                           | 2022-01-04 | 明年春耕以前     |
          各乡镇要在汛期到来之前完成堤坝加固。                     | 2022-01-04 | 汛期到来之前     |
          2019年12月底前拿出设计方案，2020年12月底前通过竣工验收。 | 2019-01-30 | 2019年12月底前   | 2019-12-31
          当前，各地要扩大产能，尽快补齐物资短板。                 | 2022-01-04 | 尽快             |
          这几天局里会通报几个典型案例。                           | 2022-01-04 | 这几天           |
          当前重点要抓好安全生产检查。                             | 2022-01-04 | 当前             |
          对群众来信要限时办结、及时反馈。                         | 2022-01-04 | 限时             |
          在全国科普日前后集中开展宣传活动。                       | 2022-01-04 | 全国科普日前后   |
          各校要在世界读书日前完成图书采购。                       | 2022-01-04 | 世界读书日前     |
          经过3—5年左右时间，全县基本建成养老服务网络。             | 2022-01-04 | 经过3—5年左右时间 |
          整改标准逐年提高，两年达到省定要求。                     | 2022-01-04 | 两年             |
          发现问题要赶快报告，不要拖。                             | 2022-01-04 | 赶快             |
          以后应于每年正月召开一次总结会。                         | 2022-01-04 | 每年正月         |
          目前，要重点防止层层加码。                               | 2022-01-04 | 目前             |
          春节前要完成全部欠薪清零工作。                           | 2022-01-04 | 春节前           | 2022-01-31
          下周三前各处室要将修改意见反馈综合科。                   | 2022-01-04 | 下周三前         | 2022-01-12
          今年要力争实现地区生产总值增长6%。                       | 2022-01-04 | 今年             | 2022-12-31
          准备在2023年召开第二次代表大会。                          | 2022-01-04 | 2023年           | 2023-12-31
          到2025年，基本建成覆盖城乡的养老服务网络。                | 2022-01-04 | 到2025年         | 2025-12-31
          2022年我们要重点抓好九个方面的工作。                      | 2022-01-04 | 2022年           | 2022-12-31
          要在十五日内完成整改，逾期不改的要严肃问责。             | 2022-01-04 | 十五日内         | 2022-01-19
          二〇二三年六月三十日前完成全部改造任务。                 | 2022-01-04 | 二〇二三年六月三十日前 | 2023-06-30
          各县区要在下月10日前上报统计数据。                       | 2022-12-30 | 下月10日前       | 2023-01-10
          这项工作要限期完成，逾期将通报批评。                     | 2022-01-04 | 限期             |
          务必于年前将拖欠的工资全部兑付到位。                     | 2023-11-15 | 年前             | 2024-02-09
          自2020年起，每年3月底前各县要报送上一年度考核结果。      | 2019-01-30 | 自2020年起，每年3月底前 |
          从今年起，各单位每季度末要向局党组报告一次工作。         | 2022-01-04 | 每季度末         |
          从今天开始，各项工作要迅速步入正轨。                     | 2022-01-04 | 从今天开始       |
          该项工作于2019年6月底前完成。                            | 2019-01-30 | 2019年6月底前    | 2019-06-30
          明年一季度，要完成全部项目的招标工作。                   | 2022-01-04 | 明年一季度       | 2023-03-31
          本月25日前，各支部要召开专题组织生活会。                 | 2022-01-04 | 本月25日前       | 2022-01-25
          要抓紧研究制定实施细则，尽早启动招标工作。               | 2022-01-04 | 尽早             |
          要保持过渡期内主要帮扶政策总体稳定。                     | 2022-01-04 | 过渡期内         |
          国庆节前要全面完成校舍安全排查。                         | 2022-01-04 | 国庆节前         | 2022-09-30
          在新系统上线之前，各科室要完成数据核对。                 | 2022-01-04 | 在新系统上线之前 |
          流程可以改，但在修订前，要先按现行规定办。               | 2022-01-04 | 在修订前         |
          各县要在2022年6月底前完成验收。                          | 2022-01-04 | 2022年6月底前    | 2022-06-30
          十二月五日前，各乡镇要报送年度工作总结。                 | 2022-01-04 | 十二月五日前     | 2022-12-05
          请各部门于本周五前报送材料。                             | 2022-01-04 | 本周五前         | 2022-01-07
          第一季度要完成全部项目的开工准备。                       | 2022-01-04 | 第一季度         | 2022-03-31
          要把第一季度的工作抓紧抓实。                             | 2022-01-04 | 第一季度         | 2022-03-31
          各乡镇要于3月份完成摸底登记。                            | 2022-01-04 | 3月份            | 2022-03-31
          3月1日至3月15日，开展集中宣传活动。                      | 2022-01-04 | 3月1日至3月15日  | 2022-03-15
          要在24小时内上报突发事件信息。                           | 2022-01-04 | 24小时内         |
          自收到通知之日起15日内提交申请材料。                     | 2022-01-04 | 自收到通知之日起15日内 |
          节前要开展一次安全生产大检查。                           | 2022-01-04 | 节前             |
          在端午节来临之前，要做好防溺水宣传。                     | 2022-01-04 | 端午节来临之前   | 2022-06-02
          中秋、国庆期间要加强值班值守。                           | 2022-01-04 | 中秋、国庆期间   |
          清明和五一期间，各景区要控制客流。                       | 2022-01-04 | 清明和五一期间   |
          中秋、国庆节前，要完成一轮安全检查。                     | 2022-01-04 | 中秋、国庆节前   | 2022-09-30
          要保持疫情期间基本公共服务不断档。                       | 2020-02-23 | 疫情期间         |
          整改期间，各科室要每周报送一次进度。                     | 2022-01-04 | 整改期间         |
          各县应于十一月底以前报告地委，地委汇总后于十二月十五日以前报告省委。 | 2022-01-04 | 十一月底以前 | 2022-11-30
          在集中攻坚期内，驻村干部一律不得离岗。                   | 2022-01-04 | 集中攻坚期内     |
          到了现在这个阶段，要注意把握好防控的度。                 | 2020-02-23 | 到了现在这个阶段 |
          明年上半年，将召开全省代表大会。                         | 1948-10-10 | 明年上半年       | 1949-06-30
          准备在一九四九年召集各界代表开会。                       | 1948-10-10 | 一九四九年       | 1949-12-31
          战争的第三年内，必须培训好一批骨干，以便第四年内随军前进。 | 1948-10-10 | 第三年内         |
          要加大研发力度，力争早日取得突破。                       | 2020-02-23 | 早日             |
          让他们早日康复、尽早返岗。                               | 2020-02-23 | 尽早             |
          各地每年3月、9月各开展一次检查。                         | 2022-01-04 | 每年3月          |
          各单位务必于2月20日（星期一）前将名单报县委办。          | 2023-02-10 | 2月20日（星期一）前 | 2023-02-20
          要在“五一”前完成景区提升改造。                           | 2023-02-10 | “五一”前         | 2023-04-30
          自即日起至3月31日，开展专项整治行动。                    | 2023-02-10 | 自即日起至3月31日 | 2023-03-31
          从现在起到春节前，要集中开展安全检查。                   | 2022-01-04 | 从现在起到春节前 | 2022-01-31
          要在7个工作日内办结群众诉求。                            | 2023-02-10 | 7个工作日内      | 2023-02-21
          今后三年，要新建改建农村公路500公里。                    | 2023-02-10 | 今后三年         | 2026-02-10
          今年新建的服务中心要在6月底前全部投入使用。              | 2023-02-24 | 6月底前          | 2023-06-30
          上半年要把成本降一半，6月30日前上线运行。                | 2024-01-06 | 6月30日前        | 2024-06-30
          七一前，镇党委要走访慰问老党员。                         | 2023-02-24 | 七一前           | 2023-06-30
          教师节前，学校工会要组织表彰活动。                       | 2023-08-30 | 教师节前         | 2023-09-09
          各地要在汛前完成水库安全鉴定。                           | 2024-04-25 | 汛前             |
          主汛期，各级防指要实行24小时值班制度。                   | 2024-04-25 | 主汛期           |
          请相关部会于下次院会前书面回报办理进度。                 | 2024-11-21 | 下次院会前       |
          各纵队应即向所属传达，并将结果电告。                     | 1948-10-10 | 即               |
          望即转告各县委。                                         | 1948-10-10 | 即               |
          各分区即行组织检查。                                     | 1948-10-10 | 即行             |
          各支队接电后，即派员前往接收。                           | 1948-10-10 | 即               |
          以上各条，仰即遵照办理。                                 | 1948-10-10 | 即               |
          收到本通知后即组织一次自查。                             | 2023-02-10 | 即               |
          各地须于今年秋冬完成冬修水利。                           | 1948-10-10 | 今年秋冬         | 1948-12-31
          为了明年的春耕，各区应于阴历腊月召开劳动英雄大会。       | 1948-10-10 | 阴历腊月         | 1949-01-28
          各分局不迟于6月30日报送自查报告。                        | 2023-02-10 | 不迟于6月30日    | 2023-06-30
          各厂要在年终以前完成清产核资。                           | 1948-10-10 | 年终以前         | 1948-12-31
          各村要在冬季到来以前修好水渠。                           | 1948-10-10 | 冬季到来以前     |
          各乡要在今冬明春完成塘坝清淤。                           | 2026-10-10 | 今冬明春         |
          自2025年11月20日至2月底，各乡要完成危房排查。             | 2025-11-04 | 自2025年11月20日至2月底 | 2026-02-28
          11月10日至20日，县市场监管局要开展特种设备集中检查。     | 2025-09-25 | 11月10日至20日 | 2025-11-20
          国庆节后一周内，各景区要完成安全隐患复查。               | 2025-09-25 | 国庆节后一周内 | 2025-10-08
          自2027年1月1日至3月31日，要开展河道清障行动。             | 2025-06-01 | 自2027年1月1日至3月31日 | 2027-03-31
          力争全年新增市场主体5000户。                             | 2025-03-01 | 全年             | 2025-12-31
          全年招商引资到位资金要达到100亿元。                      | 2023-02-10 | 全年             | 2023-12-31
          确保全年校园安全零事故。                                 | 2025-03-01 | 全年             | 2025-12-31
          发生水质污染的，供水单位要在2小时内报告县水利局。       | 2025-03-01 | 2小时内          |
          接到预警通知后，各村要在三日内完成转移名单核对。         | 2025-03-01 | 三日内           |
          审计发现的问题，被审计单位须在15个工作日内整改到位。     | 2025-03-01 | 15个工作日内     |
          接诉后，值班人员要在30分钟内回访。                       | 2025-03-01 | 30分钟内         |
          开学后一周内，各校要完成一轮晨午检演练。                 | 2025-03-01 | 开学后一周内     |
          会后三日内，各科室要报送自查清单。                       | 2025-03-01 | 三日内           | 2025-03-04
          各分区均须于接电后三日内将布置情况电告。                 | 1948-10-10 | 三日内           | 1948-10-13
          散会以后，各村马上组织落实。                             | 2025-10-08 | 散会以后         |
          本通知印发后30日内，各县要报送实施方案。                 | 2025-03-01 | 30日内           | 2025-03-31
          各科室要在五个工作日内报送自查清单。                     | 2025-03-03 | 五个工作日内     | 2025-03-10
          """)
  void choosesTheBoundingPhrase(String sentence, LocalDate meeting, String text, LocalDate date) {
    Optional<DeadlineMatch> found = finder.find(sentence, meeting);
    assertTrue(found.isPresent(), "nothing found in " + sentence);
    assertEquals(text, found.get().text());
    assertEquals(date, found.get().date());
    assertEquals(text, sentence.substring(found.get().start(), found.get().end()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence | meeting
          各单位要及时总结经验，迅速抓紧推进各项工作。             | 2022-01-04
          要加快推进项目建设，确保按期完成。                       | 2022-01-04
          2021年，我们完成了各项工作任务。                          | 2022-01-04
          过去的2021年，全局上下攻坚克难，取得了显著成绩。          | 2022-01-04
          去年全市新增就业岗位3万个。                               | 2022-01-04
          在过去一年里，大家付出了很多。                            | 2022-01-04
          5年来，全市累计投入资金12亿元。                           | 2022-01-04
          要按照《2022年全区教育工作要点》抓好落实。                | 2022-01-04
          各乡镇每两个月报送一次进展情况。                          | 2022-01-04
          自2024年3月8日至7月7日，全县共受理来信来访412件。         | 2024-11-04
          要圆满完成全年工作目标。                                  | 2025-03-01
          今年的防汛形势比往年更加复杂。                            | 2025-03-01
          哪个村出了问题，村干部年底的考核就要扣分。                | 2025-03-01
          去年全年完成固定资产投资12亿元。                          | 2025-03-01
          自2025年1月1日至20日，全县共发放临时救助金86万元。        | 2025-09-25
          各窗口单位要树立“马上就办、办就办好”的服务理念。          | 2025-09-25
          一个月一次，每次都要有记录。                              | 2022-01-04
          3月2日，国道沿线发生一起交通事故，造成2人受伤。           | 2024-04-09
          对上半年进度滞后的单位要约谈。                            | 2024-07-12
          职工在改革过程中要服从安排。                              | 2022-01-04
          支持退役人员在服役期间取得职业资格证书。                  | 2022-01-04
          整改期间的问题要逐条登记。                                | 2022-01-04
          那几年仓库人手少，每到年底就加班加点盘库。                | 2022-01-04
          每逢月底，便有人来催要报表。                              | 2022-01-04
          研究谋划“十四五”时期交通发展，要着眼长远。                | 2020-09-22
          落实通报、约谈、限期整改等制度。                          | 2022-01-04
          这是在三年前定下的规矩。                                  | 2022-01-04
          镇机关每周五下午固定为集中学习时间。                      | 2024-03-01
          各科室要严格落实限时办结制度。                            | 2024-03-01
          审批时限压缩至15个工作日以内。                             | 2024-03-01
          十二月五日，县里召开了专题会议。                          | 2024-12-20
          要尽早实施医疗干预，提高治愈率。                          | 2020-02-23
          刚才，局长部署了2022年安全生产工作。                      | 2022-01-04
          2018年11月，党中央印发了实施意见。                        | 2019-01-30
          1月7日，我主持召开专题会议研究部署相关工作。              | 2022-03-01
          1月7日，我主持召开专题会议研究部署相关工作。              |
          根据国办发〔2019〕4号文件精神，风力达到12级时，要停止户外作业。 | 2019-01-30
          投资增长5%，总额达到900亿元。                              | 2022-01-04
          报送的时间（每季度末月的下旬）如遇节假日可以顺延。        | 1948-01-07
          要实现质量和效益、眼前利益和长远利益相统一。                | 2019-01-30
          各乡镇进展情况要定期报告工作专班。                        | 2019-01-30
          今年以来，全县经济运行总体平稳。                          | 2022-01-04
          要坚持政治清明，营造风清气正的环境。                      | 2022-01-04
          两年内，全县动员了三千余人参加培训。                      | 1948-10-10
          （新华社北京9月3日电）                                     |
          考核数据的时间范围为上一年度1月至12月。                  | 2019-01-30
          要抓住关键环节前移监管关口。                             | 2022-01-04
          要认真编制下一年度工作计划。                             | 2022-01-04
          由2015年底的4200户减少到2020年底的870户。                 |
          要统筹安排轮休，防止出现周期性疲劳。                     | 2022-01-04
          多年前，这里还是一片荒地。                               | 2022-01-04
          团结社会各界，发挥工会后备力量作用。                     | 2022-01-04
          项目建设要实行周调度、月通报、季考核。                   | 2023-02-10
          一周一调度，一月一通报。                                 | 2023-02-10
          近年来，全县经济社会发展取得明显成效。                   | 2023-02-10
          在建党102周年之际，要开展系列活动。                      | 2023-02-10
          当前，全市的营商环境有了明显改善，我们要再接再厉。        | 2023-02-10
          目前园区还有部分企业没有复工，要逐户摸清情况。            | 2023-02-10
          即使条件再差，也要把工作做好。                           | 1948-10-10
          各地应即是本次整顿的重点。                               | 1948-10-10
          敌军随即行动，向南撤退。                                 | 1948-10-10
          实行精兵简政，即减少机关人员。                           | 1948-10-10
          这些办法经过试点后，即将推开。                           | 2023-02-10
          各地春季学期要加强安全管理。                             | 2023-02-10
          各单位要认真搞好年终总结。                               | 2023-02-10
          明春联欢会的节目要早做准备。                             | 2023-02-10
          """)
  void rejectsWhatIsNoDeadline(String sentence, LocalDate meeting) {
    assertEquals(List.of(), finder.findAll(sentence, meeting), sentence);
    assertEquals(Optional.empty(), finder.find(sentence, meeting));
  }

  @Test
  void findAllListsEveryPhraseInOrderWithOffsets() {
    String s = "会后，各处室要在3月15日前报送方案，4月底前完成整改，并尽快建立长效机制。";
    List<DeadlineMatch> all = finder.findAll(s, JAN_4_2022);
    assertEquals(
        List.of("会后", "3月15日前", "4月底前", "尽快"), all.stream().map(DeadlineMatch::text).toList());
    for (DeadlineMatch m : all) {
      assertEquals(m.text(), s.substring(m.start(), m.end()));
    }
    assertEquals(0, all.get(0).start());
    assertEquals(s.indexOf("3月15日前"), all.get(1).start());
    assertEquals(LocalDate.of(2022, 4, 30), all.get(2).date());
    assertEquals(null, all.get(3).date());
  }

  @Test
  void recurringBoundStaysWithTheStartBeforeIt() {
    String s = "2021年起，每年2月底前各县市完成本地普查工作，3月底前汇总上报。";
    List<DeadlineMatch> all = finder.findAll(s, JAN_30_2019);
    assertEquals("2021年起，每年2月底前", all.get(0).text());
    assertEquals(null, all.get(0).date());
    assertEquals("3月底前", all.get(1).text());
    assertEquals("2021年起，每年2月底前", finder.find(s, JAN_30_2019).orElseThrow().text());
  }

  @Test
  void recurringBoundAwayFromItsStartIsChosenOverTheStart() {
    String s = "2020年起，省教育厅每年3月底前完成年度评估。";
    assertEquals("每年3月底前", finder.find(s, JAN_30_2019).orElseThrow().text());
  }

  @Test
  void findsAPhraseAtTheEndAndBesideCharactersOutsideTheBasicPlane() {
    // Where a pattern can start is judged by a character and the next one; the last character of
    // a unit, and one before half a surrogate pair, by the character alone.
    for (String sentence :
        List.of("整改方案要在3月15日前", "𠮷3月15日前完成整改。", "要在3月15日前𠮷完成整改。", "要在3𠮷月15日前完成。")) {
      List<DeadlineMatch> all = finder.findAll(sentence, JAN_4_2022);
      List<String> texts = all.stream().map(DeadlineMatch::text).toList();
      assertEquals(sentence.contains("3𠮷") ? List.of("15日前") : List.of("3月15日前"), texts, sentence);
    }
    assertEquals(
        List.of("本月"), finder.findAll("本月", JAN_4_2022).stream().map(DeadlineMatch::text).toList());
    assertEquals(
        List.of("会后"), finder.findAll("会后", JAN_4_2022).stream().map(DeadlineMatch::text).toList());
  }

  @Test
  void whitespaceInsideAPhraseIsKeptInItsText() {
    String s = "请在 2019 年 4 月底前完成清理。";
    DeadlineMatch m = finder.find(s, JAN_30_2019).orElseThrow();
    assertEquals("2019 年 4 月底前", m.text());
    assertEquals(3, m.start());
    assertEquals(LocalDate.of(2019, 4, 30), m.date());
  }

  @Test
  void withoutAMeetingDateOnlySelfContainedPhrasesGetADate() {
    assertEquals(
        LocalDate.of(2019, 3, 31), finder.find("2019年3月底前，建立信息系统。", null).orElseThrow().date());
    DeadlineMatch relative = finder.find("年底前要完成验收。", null).orElseThrow();
    assertEquals("年底前", relative.text());
    assertEquals(null, relative.date());
  }

  @Test
  void pastDatesAreRejectedAgainstTheMeeting() {
    assertEquals(Optional.empty(), finder.find("2019年3月底前完成建设。", LocalDate.of(2020, 2, 1)));
    assertEquals(Optional.empty(), finder.find("本周二前报送材料。", LocalDate.of(2022, 1, 6)));
  }

  @Test
  void numberedYearMustFrameTheWork() {
    assertEquals("2019年", finder.find("2019年，在全国启动绩效考核工作。", JAN_30_2019).orElseThrow().text());
    assertEquals(Optional.empty(), finder.find("要认真落实2019年党建工作要求。", JAN_30_2019));
  }

  @Test
  void unitWithoutTimeYieldsNothing() {
    assertEquals(List.of(), finder.findAll("", JAN_4_2022));
    assertEquals(Optional.empty(), finder.find("同志们：", JAN_4_2022));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence | meeting | phrase naming an earlier year (empty: none)
          2018年11月，省政府印发了实施意见。                   | 2020-05-06 | 2018年11月
          1995年，县里建成了第一座水库。                       | 2020-05-06 | 1995年
          2020年底前各乡镇要完成改造。                         | 2020-05-06 |
          对2018年以来立项的项目要全面清理。                   | 2020-05-06 |
          要认真落实《2018年度考核办法》。                     | 2020-05-06 |
          08年我们的期望是销售额。                             | 2020-05-06 |
          """)
  void aYearBeforeTheMeetingsIsNamed(String sentence, String meeting, String phrase) {
    Optional<DeadlineMatch> past = finder.phrases(sentence).pastYear(LocalDate.parse(meeting));
    assertEquals(phrase == null ? "" : phrase, past.map(DeadlineMatch::text).orElse(""));
  }

  @Test
  void noYearIsEarlierWithoutAMeetingDate() {
    assertEquals(Optional.empty(), finder.phrases("2018年11月，省政府印发了实施意见。").pastYear(null));
  }
}
