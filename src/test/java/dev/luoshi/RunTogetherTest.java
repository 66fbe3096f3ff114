package dev.luoshi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceText;
import dev.luoshi.plan.OutlineNode;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A speech scraped from the web as one line, its paragraphs run on and each opened by two
 * ideographic spaces (HARD_CASES: lost line breaks), gives the outline and the meeting date of the
 * same speech with its line breaks.
 */
class RunTogetherTest {
  private static Luoshi luoshi;

  @BeforeAll
  static void planner() {
    luoshi = Luoshi.create(Settings.none());
  }

  @ParameterizedTest
  @MethodSource("dev.luoshi.SampleTexts#all")
  void sameOutlineAndDateOnOneLine(Path sample) throws IOException {
    String broken = Files.readString(sample, StandardCharsets.UTF_8);
    String oneLine =
        broken.strip().replaceAll("[ \\t\\u3000]*\\r?\\n[\\s\\u3000]*", "\u3000\u3000");
    assertFalse(oneLine.contains("\n"));

    Plan a = luoshi.plan(SourceText.of("a.txt", broken), PlanOptions.defaults());
    Plan b = luoshi.plan(SourceText.of("b.txt", oneLine), PlanOptions.defaults());

    assertNotNull(a.meeting().date());
    assertEquals(a.meeting().date(), b.meeting().date());
    assertEquals(nodes(a.outline()), nodes(b.outline()));
  }

  @Test
  void aPointRunOnAfterItsHeadingNamesItsOwnOwner() {
    String text =
        "关于秋季征粮的指示　　一九四八年九月十日　　一、今年征粮任务很重，各地须及早布置。"
            + "　　二、征粮的办法　　（一）各地委须于十月底以前完成征粮任务。（二）各县委应将征粮情况电告。";
    Plan p = luoshi.plan(SourceText.of("c.txt", text), PlanOptions.defaults());
    Task run = p.tasks().stream().filter(t -> t.text().startsWith("二、")).findFirst().orElseThrow();
    assertEquals(List.of("各地委"), run.owners().stream().map(Owner::name).toList());
  }

  @Test
  void aLeadInOpeningARunOnLineCoversItsOwnParagraphOnly() {
    String body =
        "【导读】这是县委为冬修水利发出的通知，下面照录。\n"
            + "今冬水利任务很重，各区委须在十二月底以前修好全部塘坝。"
            + "各乡支部应将民工名册报区委。\n此通知不得在报纸上发表。";
    String head = "关于做好冬季水利建设的通知\n（一九五一年十一月二日）\n";
    Plan a = luoshi.plan(SourceText.of("a.txt", head + body), PlanOptions.defaults());
    Plan b =
        luoshi.plan(
            SourceText.of("b.txt", head + body.replace("\n", "\u3000\u3000")),
            PlanOptions.defaults());

    assertEquals(3, a.tasks().size());
    assertEquals(texts(a.tasks()), texts(b.tasks()));
  }

  private static List<String> texts(List<Task> tasks) {
    return tasks.stream().map(Task::text).toList();
  }

  private static List<String> nodes(List<OutlineNode> outline) {
    List<String> out = new ArrayList<>();
    walk(outline, 1, out);
    return out;
  }

  private static void walk(List<OutlineNode> nodes, int level, List<String> out) {
    for (OutlineNode n : nodes) {
      out.add(level + " " + n.marker() + " " + n.title());
      walk(n.children(), level + 1, out);
    }
  }
}
