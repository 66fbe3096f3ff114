package dev.luoshi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordClassesTest {
  @Test
  void readsCodesPerWordInOrder() throws IOException {
    String text = "\uFEFFAe13A01= 教师 老师\nDm01A03= 机关 单位\nDi09D03= 部门 单位\nbad line\n";
    WordClasses wc =
        WordClasses.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("Ae13A01"), wc.codes("教师"));
    assertEquals(List.of("Dm01A03", "Di09D03"), wc.codes("单位"));
    assertEquals(List.of(), wc.codes("星火坊"));
    assertTrue(wc.first("单位", List.of("Dm")));
    assertFalse(wc.first("单位", List.of("Di09")), "first looks at the main sense only");
    assertTrue(wc.any("单位", List.of("Di09")));
  }

  @Test
  void theThesaurusHanLpShipsIsFound() {
    WordClasses wc = WordClasses.builtIn();
    assertTrue(wc.first("教师", List.of("A")), "people are class A");
    assertTrue(wc.first("政府", List.of("Dm")), "institutions are class Dm");
    assertFalse(wc.codes("流程").isEmpty());
  }
}
