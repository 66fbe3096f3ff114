package dev.luoshi.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TitleFinderTest {
  @Test
  void aTitleRunningOverTwoLinesIsJoined() {
    assertEquals(
        "县水利局关于做好2027年度汛准备工作的实施方案", TitleFinder.find("县水利局关于做好2027年\n度汛准备工作的实施方案\n各乡镇：\n"));
  }

  @Test
  void aNumberedPointAfterTheTitleIsNotPartOfIt() {
    assertEquals(
        "县林业局2026年工作总结和2027年工作打算",
        TitleFinder.find("县林业局2026年工作总结和2027年工作打算\n\n一、2026年主要工作\n全年完成造林1.2万亩。\n"));
    assertEquals("镇党委扩大会议纪要", TitleFinder.find("镇党委扩大会议纪要\n（一）关于秋粮收购\n"));
  }

  @Test
  void aGreetingOrAMarkdownHeadingIsRead() {
    assertNull(TitleFinder.find("同志们：\n今天召开这个会。\n"));
    assertEquals("在全镇防汛会上的讲话", TitleFinder.find("# 在全镇防汛会上的讲话\n同志们：\n"));
  }
}
