package dev.luoshi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFileTest {
  private static RuleFile read(String text) throws IOException {
    return RuleFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.txt");
  }

  @Test
  void readsBothWaysOfWritingAGroup() throws IOException {
    RuleFile f =
        read(
            """
            # heads of units
            [heads]
            部门   # a unit
            单位
            re:局$

            @NUMS = 一 二
            @NUMS = 三
            [more]
            处室
            """);
    assertEquals(List.of("heads", "NUMS", "more"), f.groups());
    assertEquals(List.of("部门", "单位", "re:局$"), f.entries("heads"));
    assertEquals(List.of("一", "二", "三"), f.entries("NUMS"));
    assertEquals(List.of("处室"), f.entries("more"));
    assertEquals(List.of(), f.entries("none"));
    assertTrue(f.has("more"));
  }

  @Test
  void anEntryOutsideAGroupIsAnErrorWithItsLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> read("\n部门\n"));
    assertTrue(e.getMessage().startsWith("t.txt:2:"), e.getMessage());
  }

  @Test
  void aRequiredGroupMustBeThere() throws IOException {
    assertThrows(IllegalStateException.class, () -> read("[a]\nx\n").required("b"));
  }
}
