package dev.luoshi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredTextTest {
  private static List<String> of(String re) {
    return RequiredText.of(Pattern.compile(re));
  }

  @Test
  void literalsNextToEachOtherAreOneString() {
    assertEquals(List.of("把思想"), of("把思想(?:和行动)?(?:统一|凝聚)到"));
  }

  @Test
  void theStrongestPartOfASequenceIsKept() {
    assertEquals(List.of("以下", "如下"), of("(?:提出|作出|制定)(?:以下|如下)[^，。]{0,6}"));
    assertEquals(List.of("要"), of("(?:就|总|将)要"));
  }

  @Test
  void alternationNeedsOneOfItsBranches() {
    assertEquals(List.of("说过", "讲过"), of("说过|讲过"));
    assertEquals(List.of("好", "实", "，", "；"), of("[做搞处抓办管][好实]|[，；](?:并|要)?(?:把|将)"));
  }

  @Test
  void optionalPartsAndLookaroundRequireNothing() {
    assertEquals(List.of("可"), of("(?<![不认许])可(?=[提推适])"));
    assertEquals(List.of("应"), of("应该?(?:很|会)?"));
    assertNull(of("(?:今年)?|明年"));
    assertNull(of("[^，。；]{1,3}"));
  }

  @Test
  void quotedRunsAndPropertyClassesAreRead() {
    assertEquals(
        List.of("之前", "以前"),
        of("(?<![^，。])(?:(?!(?:\\Q五一节\\E|\\Q春节\\E))[^，。]){2,8}?(?:之前|以前)(?=[，,])"));
    assertEquals(List.of("期间", "期内"), of("(?:(?![在要])\\p{IsHan}){2,6}?(?:期间|期内)"));
    assertEquals(List.of("会后"), of("\\Q会后\\E三\\pL?"));
    assertEquals(List.of("会议结束后"), of("(?:\\Q会议结束后\\E|\\Q会议结束后\\E)日?"));
    assertEquals(List.of("ab"), of("\\Qab\\E+"));
    assertEquals(List.of("?*"), of("\\Q?*\\E"));
    assertEquals(List.of("末尾"), of("\\Q末尾"));
    assertNull(of("\\Qab\\E?"));
    assertNull(of("\\Q\\E"));
    assertNull(of("\\p{IsHan}+"));
    assertNull(of("[\\p{IsHan}，]"));
    assertNull(of("[\\Qab\\E]"));
  }

  @Test
  void everyPartOfASequenceIsAListOfItsOwn() {
    assertEquals(
        List.of(List.of("要"), List.of("，", ","), List.of("才"), List.of("能", "会", "可以", "可能")),
        RequiredText.allOf(Pattern.compile("要[^，。；！？]{1,25}[，,]才(?:能|会|可以|可能)")));
    assertEquals(
        List.of(List.of("以下", "如下"), List.of("提出", "作出", "制定")),
        RequiredText.allOf(Pattern.compile("(?:提出|作出|制定)(?:以下|如下)[^，。]{0,6}")));
    assertEquals(
        List.of(List.of("把思想")), RequiredText.allOf(Pattern.compile("把思想(?:和行动)?(?:统一)?")));
    assertEquals(
        List.of(List.of("可")), RequiredText.allOf(Pattern.compile("(?<![不认许])可(?=[提推适])")));
    assertEquals(List.of(List.of("说过", "讲过了")), RequiredText.allOf(Pattern.compile("说过|讲过了")));
    assertEquals(List.of(), RequiredText.allOf(Pattern.compile("[^，。；]{1,3}")));
    assertEquals(List.of(), RequiredText.allOf(Pattern.compile("(?i)abc")));
  }

  @Test
  void whatItCannotReadRequiresNothing() {
    assertNull(of("(?i)abc"));
    assertNull(of("\\d+"));
    assertNull(of("(\\w)\\1"));
    assertNull(of("[a-z]+"));
    assertNull(RequiredText.of(Pattern.compile("会议", Pattern.MULTILINE)));
  }

  @Test
  void anchoredPatternsAreToldFromAlternationsThatAreNot() {
    assertTrue(PatternStarts.anchoredAtStart(Pattern.compile("^(?:我们|我)(?:认为|相信)")));
    assertTrue(PatternStarts.anchoredAtStart(Pattern.compile("^[|(][^）)]{0,4}")));
    assertFalse(PatternStarts.anchoredAtStart(Pattern.compile("^我们|同志们")));
    assertFalse(PatternStarts.anchoredAtStart(Pattern.compile("(?m)^我们")));
    assertFalse(PatternStarts.anchoredAtStart(Pattern.compile("我们^")));
  }
}
