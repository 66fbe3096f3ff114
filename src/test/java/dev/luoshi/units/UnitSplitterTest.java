package dev.luoshi.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitSplitterTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "会后要召开会议。各科室要上报。|会后要召开会议。/各科室要上报。",
        "一要抓落实；二要强作风；|一要抓落实；/二要强作风；",
        "同志们！今天开会？是的|同志们！/今天开会？/是的",
        "　　段首缩进的句子。  |段首缩进的句子。",
        "half; width! marks?|half;/width!/marks?",
        "“引号里的话。”后面的话。|“引号里的话。/”后面的话。",
        // A 。 typed as a half-width full stop ends a unit after Chinese or closing punctuation.
        "会后要召开会议.各科室要上报.|会后要召开会议./各科室要上报.",
        "他说“马上办”.随后散会|他说“马上办”./随后散会",
        "（见附件）. 下一句|（见附件）./下一句",
        // … but not inside a number, a version, a file name, an ellipsis, or after Latin text.
        "增长1.5个百分点|增长1.5个百分点",
        "见说明.md文件|见说明.md文件",
        "升级到v2.0版本|升级到v2.0版本",
        "等等...然后|等等...然后",
        "中.A计划|中.A计划",
        "Mr. Wang 来了|Mr. Wang 来了",
      })
  void splitsAtSentenceMarks(String text, String expected) {
    assertEquals(List.of(expected.split("/")), texts(UnitSplitter.split(text)));
  }

  @Test
  void splitsAtLineBreaksAndKeepsOffsetsAndLines() {
    String text = "一、总体要求\r\n  （一）各乡镇要在月底前完成。\n\n下一行";
    List<Unit> units = UnitSplitter.split(text);
    assertEquals(List.of("一、总体要求", "（一）各乡镇要在月底前完成。", "下一行"), texts(units));
    for (Unit u : units) {
      assertEquals(u.text(), text.substring(u.start(), u.end()));
    }
    assertEquals(List.of(1, 2, 4), units.stream().map(Unit::line).toList());
  }

  @Test
  void aCarriageReturnDoesNotHideAFullStop() {
    assertEquals(List.of("会议结束.", "下一行"), texts(UnitSplitter.split("会议结束.\r\n下一行")));
  }

  @Test
  void cutsWhereTheSourceEndsUnitsAndQuotesTheNormalisedText() {
    // A full-width digit after the stop is not an ASCII one: the source is cut, as units.py cuts
    // it, even though the normalised text has 1 there.
    assertEquals(List.of("会议结束.", "1号文件"), texts(UnitSplitter.split("会议结束.１号文件", "会议结束.1号文件")));
  }

  @Test
  void trimsAsPythonDoes() {
    // Python's str.strip trims the no-break spaces and NEL, and keeps a byte order mark.
    assertEquals(
        List.of("甲。", "\ufeff乙"), texts(UnitSplitter.split("\u2007甲。\u202f\u0085\ufeff乙\u00a0")));
  }

  @Test
  void aUnitEndedByAFullStopIsClosed() {
    assertEquals(
        List.of(true, false, true),
        UnitSplitter.split("会后召开会议.\n增长1.\n好的。").stream().map(Unit::closed).toList());
  }

  @Test
  void dropsBlankPieces() {
    assertEquals(List.of(), UnitSplitter.split(" \n\u3000\u3000\n"));
  }

  private static List<String> texts(List<Unit> units) {
    return units.stream().map(Unit::text).toList();
  }
}
