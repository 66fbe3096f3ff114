package dev.luoshi.extract.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Meeting dates from date lines. */
class MeetingDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2022年1月4日                | 2022-01-04
          （一九四八年十月十日）      | 1948-10-10
          (2017年1月11日)             | 2017-01-11
          二〇二二年一月四日          | 2022-01-04
          '　　（2019年1月9日）  '    | 2019-01-09
          【2020年2月23日】           | 2020-02-23
          2017-01-11                  | 2017-01-11
          2017.1.11                   | 2017-01-11
          （一九五〇年六月二日、七月九日） | 1950-06-02
          （一九五○年六月二日、七月九日） | 1950-06-02
          （一九五O年六月二日）       | 1950-06-02
          二OO八年三月十日            | 2008-03-10
          （一九四八年九月八日至十三日） | 1948-09-08
          2026年3月5日—6日            | 2026-03-05
          2026年3月5日、2026年4月1日  | 2026-03-05
          2026年3月5日至6日召开       |
          2022年2月30日               |
          2022年1月4日，我们召开了会议 |
          在2022年1月4日的会议上      |
          国办发〔2019〕4号           |
          """)
  void readsALineThatIsOnlyADate(String line, LocalDate expected) {
    assertEquals(Optional.ofNullable(expected), MeetingDates.parseDateLine(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          会议时间：2025年3月10日                              | 2025-03-10
          时间：2025年3月10日（星期一）上午9:00                | 2025-03-10
          日期：2025-03-10                                     | 2025-03-10
          2025年3月10日在全县安全生产工作会议上的讲话          | 2025-03-10
          在全县安全生产工作会议上的讲话（2025年3月10日）      | 2025-03-10
          （2025年3月10日在全县安全生产工作会议上）            | 2025-03-10
          在全县安全生产工作会议上的讲话（2025年3月10日）王立新同志们：今天我们召开会议。 | 2025-03-10
          2025年3月10日县政府第十二次常务会议纪要              | 2025-03-10
          2025年3月10日局务会议记录                            | 2025-03-10
          2025年3月10日，全县召开了安全生产工作会议。          |
          2025年3月10日，县长王立新主持召开县政府第十二次常务会议。 | 2025-03-10
          2025年3月10日上午，局党组举行理论学习中心组学习会。  | 2025-03-10
          2025年3月10日，县长王立新主持召开了县政府常务会议。  |
          2025年3月10日的会议纪要已印发，请各单位认真落实。    |
          关于2025年3月10日会议精神的传达提纲                  |
          会议要求：各乡镇要在3月底前完成排查                  |
          全县去年完成投资5亿元（比上年增长8%）                |
          """)
  void readsTheDateOfAHeaderLine(String line, LocalDate expected) {
    assertEquals(Optional.ofNullable(expected), MeetingDates.parseHeaderLine(line));
  }

  @Test
  void takesTheDateLineUnderTheTitle() {
    String text = "# 在全市民政工作会议上的讲话\n\n2022年1月4日\n\n同志们：\n今天召开会议，主要是部署今年的工作。\n";
    assertEquals(Optional.of(LocalDate.of(2022, 1, 4)), MeetingDates.fromDateLine(text));
  }

  @Test
  void takesABracketedChineseDateLine() {
    String text = "关于建立汇报制度\n（一九四八年一月七日）\n一、各地每两个月作一次综合报告。\n";
    assertEquals(Optional.of(LocalDate.of(1948, 1, 7)), MeetingDates.fromDateLine(text));
  }

  @Test
  void ignoresDatesInsideSentences() {
    String text = "同志们：\n2022年1月4日，我们召开了这次会议。\n会后要抓好落实。\n";
    assertEquals(Optional.empty(), MeetingDates.fromDateLine(text));
  }

  @Test
  void fallsBackToTheSignatureDateAtTheEnd() {
    StringBuilder text = new StringBuilder("关于开展专项治理工作的通知\n");
    for (int i = 1; i <= 12; i++) {
      text.append("第").append(i).append("条，各地要认真组织实施。\n");
    }
    text.append("某某市人民政府办公室\n2019年1月9日\n（此件公开发布）\n");
    assertEquals(Optional.of(LocalDate.of(2019, 1, 9)), MeetingDates.fromDateLine(text.toString()));
  }

  @Test
  void findsTheSignatureDateBeforeTheAttachments() {
    StringBuilder text = new StringBuilder("关于加强绩效考核工作的意见\n");
    for (int i = 1; i <= 12; i++) {
      text.append("第").append(i).append("条，各地要认真组织实施。\n");
    }
    text.append("某某市人民政府办公室\n2019年1月16日\n（此件公开发布）\n附件\n考核指标\n一级指标\n二级指标\n");
    assertEquals(
        Optional.of(LocalDate.of(2019, 1, 16)), MeetingDates.fromDateLine(text.toString()));
  }

  @Test
  void aDateLineDeepInTheBodyIsNotTheMeetingDate() {
    StringBuilder text = new StringBuilder("标题\n");
    for (int i = 1; i <= 12; i++) {
      text.append("第").append(i).append("段正文。\n");
    }
    text.append("2019年1月9日\n");
    for (int i = 1; i <= 5; i++) {
      text.append("后续正文第").append(i).append("段。\n");
    }
    assertEquals(Optional.empty(), MeetingDates.fromDateLine(text.toString()));
  }

  @Test
  void theLinesAreThoseTheLineBreakExpressionCuts() {
    String pieces = "a \u3000讲话（\n\r\u000B\f\u0085\u2028\u2029\t";
    java.util.Random random = new java.util.Random(9);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        b.append(pieces.charAt(random.nextInt(pieces.length())));
      }
      String text = b.toString();
      java.util.List<String> expected = new java.util.ArrayList<>();
      for (String line : text.split("\\R")) {
        if (!line.isBlank()) {
          expected.add(line);
        }
      }
      assertEquals(expected, MeetingDates.nonBlankLines(text), text);
    }
  }
}
