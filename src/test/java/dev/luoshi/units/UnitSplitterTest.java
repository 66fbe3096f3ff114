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
  void dropsBlankPieces() {
    assertEquals(List.of(), UnitSplitter.split(" \n\u3000\u3000\n"));
  }

  private static List<String> texts(List<Unit> units) {
    return units.stream().map(Unit::text).toList();
  }
}
