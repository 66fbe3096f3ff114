package dev.luoshi.extract.owners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The word lists of {@code owner-rules.txt} and how heads are read from a phrase's end. */
class OwnerRulesTest {
  private static final OwnerRules RULES = OwnerRules.load(List.of(), List.of());

  private static List<String> lines() throws IOException {
    try (InputStream in = OwnerRules.class.getResourceAsStream("owner-rules.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  @Test
  void everyGroupHasACommentAndEntries() throws IOException {
    List<String> lines = lines();
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.startsWith("[")) {
        continue;
      }
      boolean commented = i > 0 && lines.get(i - 1).strip().startsWith("#");
      boolean filled =
          i + 1 < lines.size()
              && !lines.get(i + 1).isBlank()
              && !lines.get(i + 1).startsWith("[")
              && !lines.get(i + 1).startsWith("#");
      if (!commented || !filled) {
        bad.add(line);
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void theLongestHeadDecides() {
    assertEquals(OwnerRules.HeadKind.PERSON, RULES.headKind("全局干部职工"));
    assertEquals(OwnerRules.HeadKind.UNIT, RULES.headKind("局属单位"));
    assertEquals(OwnerRules.HeadKind.NONE, RULES.headKind("顾全大局"));
    assertEquals(OwnerRules.HeadKind.NONE, RULES.headKind("激励机制"));
    assertEquals(OwnerRules.HeadKind.UNIT, RULES.headKind("国务院联防联控机制"));
    assertEquals(OwnerRules.HeadKind.BARE, RULES.headKind("党中央"));
  }

  @Test
  void aNonAgentInsideTheLastWordIsPassedOver() {
    assertEquals(OwnerRules.HeadKind.NONE, RULES.headKind("国家安全部"));
    assertEquals(OwnerRules.HeadKind.UNIT, RULES.headKind("国家安全部", 2));
    assertEquals(OwnerRules.HeadKind.NONE, RULES.headKind("顾全大局", 2));
  }

  @Test
  void sharedHeadsAndRolesAreFound() {
    assertEquals("部门", RULES.sharedHead("教育部门"));
    assertEquals("人民政府", RULES.sharedHead("直辖市人民政府"));
    assertNull(RULES.sharedHead("部门"));
    assertEquals("负责人", RULES.roleHead("局属单位负责人"));
    assertEquals("主要负责人", RULES.roleHead("各单位主要负责人"));
  }

  @Test
  void extraNamesAreHeadsAndRoles() {
    OwnerRules custom = OwnerRules.load(List.of("档案馆"), List.of("联络人"));
    assertEquals(OwnerRules.HeadKind.NONE, RULES.headKind("市档案馆"));
    assertEquals(OwnerRules.HeadKind.UNIT, custom.headKind("市档案馆"));
    assertEquals(OwnerRules.HeadKind.PERSON, custom.headKind("各科室联络人"));
    assertEquals("联络人", custom.roleHead("各科室联络人"));
    assertTrue(custom.in("pronouns", "我们"));
  }
}
