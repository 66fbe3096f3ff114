package dev.luoshi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HanLpAnalyzerTest {
  @Test
  void theConverterAloneFoldsScriptAsTheAnalyzerDoes() {
    String text = "各處室要會同局屬單位，於3月15日前完成檢查。";
    String alone = HanLpAnalyzer.scriptConverter().toSimplified(text);
    assertEquals("各处室要会同局属单位，于3月15日前完成检查。", alone);
    assertEquals(alone, HanLpAnalyzer.create(Lexicon.builtIn()).toSimplified(text));
  }
}
