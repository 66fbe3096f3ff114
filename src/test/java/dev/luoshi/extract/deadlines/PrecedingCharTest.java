package dev.luoshi.extract.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.OwnLines;
import dev.luoshi.rules.Preceding;
import dev.luoshi.rules.RequiredText;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The deadline scan tries a pattern only where the char before allows it ({@link Preceding}): the
 * same phrases as a scan that tries every pattern its start table allows, on the lines of the
 * samples and our corpus, joins of them, and strings of deadline pieces.
 */
class PrecedingCharTest {
  private static final String PIECES =
      "今年 明年 年底 年 月 日 号 底 末 前 之前 以前 内 以内 起 到 至 在 于 从 自 要 应 须 必须 节 节前 春节 国庆 期间 期内"
          + " 尽快 立即 即 即行 会后 散会后 当前 目前 今后 以后 下一步 第 连续 三 十 二 1 12 2020 上半年 季度 下周 周三"
          + " 汛期 汛前 开学前 之日起 每年 每月 全年 ， 。 ； ： 、 （ ） 】 “ ” 的 工作 任务 完成 各 我们 并 而 但 ；\n \uD840\uDC00 ";

  static List<String> texts() throws IOException {
    List<String> lines = OwnLines.all();
    assertTrue(lines.size() > 200, lines.size() + " lines");
    Random random = new Random(13);
    List<String> texts = new ArrayList<>(lines);
    for (int i = 0; i < 2000; i++) {
      String a = lines.get(random.nextInt(lines.size()));
      String b = lines.get(random.nextInt(lines.size()));
      texts.add(
          a.substring(random.nextInt(a.length())) + b.substring(0, random.nextInt(b.length() + 1)));
    }
    String[] pieces = PIECES.split(" ");
    for (int i = 0; i < 20000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + random.nextInt(10); n > 0; n--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      texts.add(b.toString());
    }
    return texts;
  }

  @Test
  void thePhrasesAreThoseOfAScanThatDoesNotJudgeTheCharBefore() throws IOException {
    RuleDeadlineFinder judging = new RuleDeadlineFinder(DeadlineRules.builtIn(), true);
    RuleDeadlineFinder plain = new RuleDeadlineFinder(DeadlineRules.builtIn(), false);
    LocalDate meeting = LocalDate.of(2020, 6, 1);
    int found = 0;
    for (String text : texts()) {
      List<DeadlineMatch> expected = plain.findAll(text, meeting);
      found += expected.size();
      assertEquals(expected, judging.findAll(text, meeting), text);
      assertEquals(plain.findAll(text, null), judging.findAll(text, null), text);
      assertEquals(plain.phrases(text).pastTime(meeting), judging.phrases(text).pastTime(meeting));
    }
    assertTrue(found > 5000, found + " phrases");
  }

  @Test
  void theScanOfMasksFindsWhatTheScanOfListsFinds() throws IOException {
    RuleDeadlineFinder masks = new RuleDeadlineFinder(DeadlineRules.builtIn(), true, true);
    RuleDeadlineFinder lists = new RuleDeadlineFinder(DeadlineRules.builtIn(), true, false);
    LocalDate meeting = LocalDate.of(2020, 6, 1);
    for (String text : texts()) {
      assertEquals(lists.findAll(text, meeting), masks.findAll(text, meeting), text);
      assertEquals(lists.findAll(text, null), masks.findAll(text, null), text);
      assertEquals(lists.phrases(text).pastTime(meeting), masks.phrases(text).pastTime(meeting));
    }
  }

  @Test
  void everyMatchHoldsOneOfTheStringsItRequires() throws IOException {
    List<Pattern> patterns = RuleDeadlineFinder.builtInPatterns();
    int read = 0;
    int matches = 0;
    for (Pattern p : patterns) {
      List<List<String>> all = RequiredText.allOf(p);
      if (all.isEmpty()) {
        continue;
      }
      read++;
      for (String text : texts()) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          matches++;
          String match = m.group();
          for (List<String> required : all) {
            assertTrue(required.stream().anyMatch(match::contains), p + " in " + text);
          }
        }
      }
    }
    assertTrue(read >= 20, read + " patterns read");
    assertTrue(matches > 1000, matches + " matches");
  }

  @Test
  void noPatternMatchesWhereTheCharBeforeRulesItOut() throws IOException {
    List<Pattern> patterns = RuleDeadlineFinder.builtInPatterns();
    Preceding preceding = new Preceding(patterns);
    assertTrue(preceding.any());
    int ruledOut = 0;
    for (String text : texts()) {
      for (int i = 1; i < text.length(); i++) {
        for (int k = 0; k < patterns.size(); k++) {
          boolean allowed = preceding.allows(text.charAt(i - 1), k);
          if (!allowed) {
            ruledOut++;
            Matcher m = patterns.get(k).matcher(text).useTransparentBounds(true);
            m.useAnchoringBounds(false);
            m.region(i, text.length());
            assertTrue(!m.lookingAt(), k + " at " + i + " of " + text);
          }
          assertEquals(
              Character.isSurrogate(text.charAt(i - 1))
                  || Preceding.canFollow(patterns.get(k), text.charAt(i - 1))
                  || !Preceding.judgeable(patterns.get(k).pattern()),
              allowed);
        }
      }
    }
    assertTrue(ruledOut > 100000, ruledOut + " tries ruled out");
  }
}
