package dev.luoshi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The index the build writes beside the class is the table read from the thesaurus's text, array
   * for array, and builtIn is read from it.
   */
  @Test
  void theBuiltIndexIsTheTableOfTheText() throws IOException {
    WordClasses fromText = WordClasses.readThesaurus();
    WordClasses fromIndex;
    try (InputStream in = WordClasses.class.getResourceAsStream(WordClasses.INDEX)) {
      assertNotNull(in, "the build writes " + WordClasses.INDEX + " (process-classes)");
      fromIndex = WordClasses.readIndex(in);
    }
    assertTrue(fromIndex.sameTable(fromText));
    assertTrue(WordClasses.builtIn().sameTable(fromText));
    assertFalse(fromText.codes("教师").isEmpty());
  }

  @Test
  void anIndexReadsBackAsTheTableWritten() throws IOException {
    String text = "Ae13A01= 教师 老师\nDm01A03= 机关 单位\nDi09D03= 部门 单位\n";
    WordClasses wc =
        WordClasses.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wc.write(out);
    WordClasses back = WordClasses.readIndex(new ByteArrayInputStream(out.toByteArray()));
    assertTrue(back.sameTable(wc));
    assertEquals(List.of("Dm01A03", "Di09D03"), back.codes("单位"));
    assertThrows(
        IOException.class,
        () ->
            WordClasses.readIndex(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void theThesaurusHanLpShipsIsFound() {
    WordClasses wc = WordClasses.builtIn();
    assertTrue(wc.first("教师", List.of("A")), "people are class A");
    assertTrue(wc.first("政府", List.of("Dm")), "institutions are class Dm");
    assertFalse(wc.codes("流程").isEmpty());
  }

  @Test
  void readsEdgeCasesAsLinesSplitAtSingleSpaces() throws IOException {
    String text = "  Aa01A01=  人  士 \r\nshort 词\r\nAb01A01=\nAc01A01= 士\u3000人 士\rAd01A01=人\n";
    WordClasses wc =
        WordClasses.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("Aa01A01", "Ac01A01"), wc.codes("士"));
    assertEquals(List.of("Aa01A01"), wc.codes("人"));
    assertEquals(List.of("Ac01A01"), wc.codes("士\u3000人"));
    assertEquals(List.of(), wc.codes("词"), "a first field shorter than a code makes no entry");
    assertEquals(List.of(), wc.codes("Ad01A01=人"));
    assertFalse(wc.first("士", List.of("Aa01A01X")), "a prefix longer than a code");
    assertTrue(wc.first("士", List.of("")));
  }

  /**
   * Every word of the built-in thesaurus has the codes that splitting each stripped line at spaces
   * gives, in the same order: the compact table reads the file as a map of lists would.
   */
  @Test
  void theBuiltInThesaurusReadsAsAMapOfLists() throws IOException {
    Map<String, List<String>> expected = new HashMap<>();
    try (InputStream in =
        WordClasses.class
            .getClassLoader()
            .getResourceAsStream("data/dictionary/synonym/CoreSynonym.txt")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        String[] parts = line.split(" ");
        if (parts.length < 2 || parts[0].length() < 8) {
          continue;
        }
        for (int i = 1; i < parts.length; i++) {
          if (!parts[i].isEmpty()) {
            expected
                .computeIfAbsent(parts[i], k -> new ArrayList<>())
                .add(parts[0].substring(0, 7));
          }
        }
      }
    }
    WordClasses wc = WordClasses.builtIn();
    assertTrue(expected.size() > 50_000, "the thesaurus has " + expected.size() + " words");
    expected.forEach(
        (word, codes) -> {
          assertEquals(codes, wc.codes(word), word);
          String major = codes.get(0).substring(0, 2);
          assertTrue(wc.first(word, List.of("Zz", major)), word);
          assertTrue(wc.any(word, List.of(codes.get(codes.size() - 1))), word);
        });
    assertEquals(List.of(), wc.codes("不在词林里的词"));
  }
}
