package dev.luoshi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.luoshi.OwnLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HanLpAnalyzerTest {
  @Test
  void theConverterAloneFoldsScriptAsTheAnalyzerDoes() {
    String text = "各處室要會同局屬單位，於3月15日前完成檢查。";
    String alone = HanLpAnalyzer.scriptConverter().toSimplified(text);
    assertEquals("各处室要会同局属单位，于3月15日前完成检查。", alone);
    assertEquals(alone, HanLpAnalyzer.create(Lexicon.builtIn()).toSimplified(text));
  }

  /** The lines of HanLP's traditional → simplified table, as "phrase=phrase". */
  private static List<String> table() throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in =
            HanLpAnalyzerTest.class
                .getClassLoader()
                .getResourceAsStream(HanLP.Config.tcDictionaryRoot + "t2s.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        lines.add(line);
      }
    }
    return lines;
  }

  @Test
  void aTextTheCheckPassesIsOneHanLpLeavesAsItIs() throws IOException {
    List<String> table = table();
    assertTrue(table.size() > 1000, "t2s.txt: " + table.size() + " lines");
    int passed = 0;
    for (String line : table) {
      String from = line.substring(0, line.indexOf('='));
      // Each phrase alone, and inside a simplified sentence.
      for (String text : List.of(from, "各部门要" + from + "，抓好落实。")) {
        String converted = HanLP.convertToSimplifiedChinese(text);
        if (!HanLpAnalyzer.Traditional.changes(text)) {
          passed++;
          assertEquals(text, converted, "the check let through a text HanLP changes: " + text);
        }
        if (converted.length() == text.length()) {
          assertEquals(converted, HanLpAnalyzer.scriptConverter().toSimplified(text), text);
        }
      }
    }
    // The phrases that map to themselves (万=万, 乾坤=乾坤) pass it.
    assertTrue(passed > 100, passed + " passed");
  }

  /** The words of a segmented sentence, joined by slashes. */
  private static String words(String text) {
    StringBuilder sb = new StringBuilder();
    for (Token t : HanLpAnalyzer.create(Lexicon.builtIn()).segment(text)) {
      sb.append(sb.length() == 0 ? "" : "/").append(t.word());
    }
    return sb.toString();
  }

  /** The tag of the word's first occurrence in the text's words. */
  private static String tagOf(String text, String word) {
    for (Token t : HanLpAnalyzer.create(Lexicon.builtIn()).segment(text)) {
      if (t.word().equals(word)) {
        return t.pos();
      }
    }
    return "absent";
  }

  /** Asserts that the sentence's words hold the cut (队伍/的), printing them when they do not. */
  private static void assertCut(String sentence, String cut) {
    String w = words(sentence);
    assertTrue(w.contains(cut), w);
  }

  /**
   * Asserts that the sentence's words open with the cut (从/前委/), printing them when they do not.
   */
  private static void assertOpens(String sentence, String cut) {
    String w = words(sentence);
    assertTrue(w.startsWith(cut), w);
  }

  @Test
  void aModalGluedToTheVerbAfterASubjectIsSplit() {
    // HanLP reads 要冲 (a pass), 要强 (ambitious), 要说 (a conjunction) here.
    assertEquals("团员/要/冲/在/前面/。", words("团员要冲在前面。"));
    assertEquals("对/用户/要/说/实话/。", words("对用户要说实话。"));
    assertEquals("都/要/好/一点", words("都要好一点"));
    // Where they are nouns they stay: before a mark or 的, or with no subject before them.
    assertEquals("《/年度/工作/要点/》", words("《年度工作要点》"));
    assertEquals("这里/是/交通/要冲/。", words("这里是交通要冲。"));
    assertEquals("申报/要件/的/审查", words("申报要件的审查"));
  }

  @Test
  void beforeATimeZaiXiaIsAPrepositionAndTheNextTimeNotAPronoun() {
    // HanLP reads 在下 as a humble "I" (在下/r 周三/t).
    assertEquals("仓储/科/在/下周三/前/交/清单/。", words("仓储科在下周三前交清单。"));
    assertEquals("各/车间/在/下/一/阶段/完成/检修/。", words("各车间在下一阶段完成检修。"));
    assertEquals("在下/不才", words("在下不才"));
  }

  @Test
  void mustIsOneWordWhereHanLpGluesItsSecondHalfToTheNextWord() {
    // HanLP cuts 必/须按/时 and 必/须经/nz.
    assertEquals("必须", words("每位队员必须按时归队。").split("/")[2]);
    assertEquals("必须", words("这笔资金必须经党委批准。").split("/")[2]);
  }

  @Test
  void aModalGluedToTheVerbAfterItIsCutOff() {
    // The forced custom dictionary cuts 各县/应报/送 and 须经/县委: the modal is lost to the rules.
    assertEquals("各县/应/报送/名单/。", words("各县应报送名单。"));
    assertEquals("此项/工作/须/经/县委/批准/。", words("此项工作须经县委批准。"));
    // …also after a comma, where the clause opens with it.
    assertEquals("确/需/调整/的/，/须/经/县政府/同意/。", words("确需调整的，须经县政府同意。"));
    // Not a known word (应急, 应对).
    assertEquals("各地/要/做好/应急/准备/。", words("各地要做好应急准备。"));
  }

  @Test
  void aNounOfASystemGivesBackTheVerbItTookTheFirstCharacterOf() {
    // HanLP cuts 负责制/定: the verb 制定 wins where 定 is left on its own.
    assertEquals("行政/服务部/负责/制定/标准/。", words("行政服务部负责制定标准。"));
    assertEquals("负责/制定", words("负责制定"));
    // A system before a longer word, or at the end, stays.
    assertEquals("实行/首长/负责制/定期/考核/。", words("实行首长负责制定期考核。"));
    assertEquals("实行/首长/负责制/。", words("实行首长负责制。"));
  }

  @Test
  void aCoreWordWinsBackWhatACustomWordTookFromIt() {
    // The forced custom word 对工 takes 工 from 工作; 须按 takes 按 from 按照.
    assertEquals("要/把/对/工作/的/热情/转化/为/动力/。", words("要把对工作的热情转化为动力。"));
    assertEquals("须/按照/规定/办理/。", words("须按照规定办理。"));
    // 理工, 县市, 应保 took the first character of 工作, 市场, 保障; 治, 供 get theirs back.
    assertEquals("加强/源头/治理/工作/。", words("加强源头治理工作。"));
    assertOpens("县市场监管局要加强检查。", "县/市场/");
    assertCut("健全药品供应保障制度。", "供应/保障");
  }

  @Test
  void aCoreWordWinsBackItsLastCharacterFromAParticleGluedToIt() {
    // HanLP's forced custom words 伍的, 新的, 住在 took the ends of 队伍, 创新, 居住.
    assertCut("要站到国际化队伍的前列。", "队伍/的");
    assertCut("注意调动创新的积极性。", "创新/的");
    assertCut("村民多居住在坡地上。", "居住/在");
    // 紧盯 holds a verb besides 紧: 要/紧盯 stays, and the modal with it.
    assertCut("营销中心要紧盯重点区域。", "要/紧盯");
  }

  @Test
  void aWordOfTheLexiconWinsBackItsFirstCharacterFromACoreWordOpenedByAPreposition() {
    // HanLP reads 从前 (formerly) and leaves 委 alone; 前委 is one of the lexicon's committees.
    assertOpens("从前委到连队都要整顿。", "从/前委/");
    // A core word after 从前 that is whole keeps it: 从前/委员会.
    assertOpens("从前委员会开会很少。", "从前/委员会/");
  }

  @Test
  void aModalGluedToThe内ClosingATimeIsSplit() {
    // HanLP cuts 本月/内应/完成: 内应 is an insider.
    assertEquals("本月/内/应/完成/登记/。", words("本月内应完成登记。"));
    assertEquals("要/防止/敌人/的/内应/。", words("要防止敌人的内应。"));
  }

  @Test
  void aShortNameOfAFieldOfWorkKeeps会同Whole() {
    // HanLP cuts 会/同住/建 (to live together).
    assertEquals("要/会同/住建/、/交通/等/部门/检查/。", words("要会同住建、交通等部门检查。"));
  }

  @Test
  void theLocative中BeforeAParticleIsNoVerb() {
    // HanLP makes 中的 (to hit the mark) of 工作/中/的: the place word and 的 that close a modifier.
    assertEquals("对/工作/中/的/偏差/要/纠正/。", words("对工作中的偏差要纠正。"));
  }

  @Test
  void theOrgansOfTheCentreAndTheStateAreTwoWordsAndTheirWorkingCommitteeOne() {
    assertEquals("中央/和/国家机关/要/带头/。", words("中央和国家机关要带头。"));
    assertEquals("中央和国家机关工委/要/指导/。", words("中央和国家机关工委要指导。"));
  }

  @Test
  void theChiefAndTheDeputiesAreOneModifierBeforeTheRole() {
    // HanLP cuts 正/副书记 and tags 正 an adverb.
    assertEquals("县委/正副/书记/要/带头/。", words("县委正副书记要带头。"));
  }

  @Test
  void aSectionOfABureauIsANounAndAMeasureOfStrengthIsNot() {
    assertEquals("n", tagOf("工程股要报送清单。", "股"));
    assertEquals("q", tagOf("一股劲要鼓起来。", "股"));
  }

  @Test
  void aTeamsForceStaysOneWordWithNoNumeralInIt() {
    // HanLP cuts 救援队/伍 and tags 伍 as a numeral.
    assertEquals("救援队伍/要/随时/待命/。", words("救援队伍要随时待命。"));
    assertEquals("医疗队伍/要/到位/。", words("医疗队伍要到位。"));
  }

  @Test
  void simplifiedTextPassesTheCheckAndTraditionalDoesNot() {
    assertFalse(HanLpAnalyzer.Traditional.changes("各处室要会同局属单位，于3月15日前完成检查。"));
    assertFalse(HanLpAnalyzer.Traditional.changes(""));
    assertTrue(HanLpAnalyzer.Traditional.changes("各處室要會同局屬單位"));
    assertTrue(HanLpAnalyzer.Traditional.changes("检查處"));
  }

  private static String terms(List<Term> terms) {
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      sb.append(t.word).append('/').append(t.nature).append('@').append(t.offset).append(' ');
    }
    return sb.toString();
  }

  @Test
  void sparingTheCoreWordsAndTheQuickerViterbiLeaveEveryCutAndTagAsHanLpGivesThem()
      throws IOException {
    HanLpAnalyzer.create(Lexicon.builtIn()); // the lexicon's words added, as when planning
    // HanLP's own Viterbi segment reading the stock dictionary, the same reading the spared one,
    // and the analyzer's segment (the quicker Viterbi on its lattice, reading the spared one)
    Segment stock = HanLpAnalyzer.configure(HanLP.newSegment(), CustomDictionary.DEFAULT);
    Segment sparing = HanLpAnalyzer.configure(HanLP.newSegment(), HanLpAnalyzer.FORCED);
    Segment quick = HanLpAnalyzer.segment(HanLpAnalyzer.FORCED);
    assertTrue(quick instanceof HanLpAnalyzer.QuickViterbi);
    List<String> lines = OwnLines.all();
    assertTrue(lines.size() > 200, lines.size() + " lines");
    // Each line, and pieces of two lines run together, cut at random places.
    Random random = new Random(9);
    List<String> texts = new ArrayList<>(lines);
    for (int i = 0; i < 3000; i++) {
      String a = lines.get(random.nextInt(lines.size()));
      String b = lines.get(random.nextInt(lines.size()));
      int from = random.nextInt(a.length());
      int to = random.nextInt(b.length() + 1);
      texts.add(a.substring(from) + b.substring(0, to));
    }
    for (String text : texts) {
      String expected = terms(stock.seg(text));
      assertEquals(expected, terms(sparing.seg(text)), text);
      assertEquals(expected, terms(quick.seg(text)), text);
    }
  }

  @Test
  void thePairFilterNeverCallsAPairOfTheBigramTableAbsent() throws ReflectiveOperationException {
    HanLpAnalyzer.create(Lexicon.builtIn());
    java.lang.reflect.Field s = CoreBiGramTableDictionary.class.getDeclaredField("start");
    java.lang.reflect.Field p = CoreBiGramTableDictionary.class.getDeclaredField("pair");
    s.setAccessible(true);
    p.setAccessible(true);
    int[] start = (int[]) s.get(null);
    int[] pair = (int[]) p.get(null);
    int rows = start.length - 1;
    // Random pairs first, so that rows are filled in the order pairs ask for them, then every pair
    // the table holds; an absent pair must have the count 0, and most pairs of count 0 are absent.
    Random random = new Random(9);
    int zero = 0;
    int filtered = 0;
    for (int i = 0; i < 200_000; i++) {
      int a = random.nextInt(rows);
      int b = random.nextInt(rows);
      int count = CoreBiGramTableDictionary.getBiFrequency(a, b);
      boolean absent = HanLpAnalyzer.PairFilter.absent(a, b);
      assertTrue(!absent || count == 0, a + " " + b);
      assertEquals(count, HanLpAnalyzer.PairCounts.of(a, b), a + " " + b);
      zero += count == 0 ? 1 : 0;
      filtered += absent ? 1 : 0;
    }
    assertTrue(filtered > zero * 9 / 10, filtered + " of " + zero);
    for (int a = 0; a < rows; a++) {
      for (int i = start[a]; i < start[a + 1]; i++) {
        assertFalse(HanLpAnalyzer.PairFilter.absent(a, pair[2 * i]), a + " " + pair[2 * i]);
      }
    }
  }

  @Test
  void theQuickHanTestAgreesWithUnicodesScripts() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(
          Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN,
          HanLpAnalyzer.han(c),
          Integer.toHexString(c));
    }
  }
}
