package dev.luoshi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceText;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Role;
import dev.luoshi.plan.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Implied owners in the plan: the tag's names, the cue that says so, never beside own owners. */
class ImpliedOwnersTest {
  private static final Luoshi LUOSHI = Luoshi.create(Settings.none());

  private static final String SPEECH =
      """
      二、抓好冬季供暖保障
      （一）做好设施检修。要在10月20日前完成全部换热站的检修调试。各供热企业要储备足量燃料。
      要开通24小时服务热线，及时回应群众诉求。
      （县住建局牵头，县市场监管局配合）
      （二）加强运行监测。
      """;

  @Test
  void aTaskThatNamesNobodyIsCarriedByTheItemsTagAndSaysSo() {
    Plan plan = LUOSHI.plan(SourceText.of("供暖.txt", SPEECH), PlanOptions.defaults());
    List<Owner> tag = List.of(new Owner("县住建局", Role.LEAD), new Owner("县市场监管局", Role.SUPPORT));
    Task first = task(plan, "要在10月20日前完成全部换热站的检修调试。");
    assertEquals(List.of(), first.owners());
    assertEquals(tag, first.ownersImplied());
    assertTrue(first.cues().contains("owner:implied"), first.cues().toString());

    Task named = task(plan, "各供热企业要储备足量燃料。");
    assertEquals(List.of(new Owner("各供热企业", Role.LEAD)), named.owners());
    assertEquals(List.of(), named.ownersImplied());
    assertFalse(named.cues().contains("owner:implied"));

    Task last = task(plan, "要开通24小时服务热线，及时回应群众诉求。");
    assertEquals(tag, last.owners(), "the tag right after a task is its own (GUIDELINE §4)");
    assertEquals(List.of(), last.ownersImplied());
  }

  private static Task task(Plan plan, String text) {
    return plan.tasks().stream()
        .filter(t -> t.text().endsWith(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no task " + text + " in " + plan.tasks()));
  }
}
