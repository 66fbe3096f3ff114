package dev.luoshi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceText;
import dev.luoshi.plan.OutlineNode;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A speech in traditional characters (a sample converted with HanLP's s2t) gives the same tasks,
 * kinds, owners (implied ones too), deadlines and outline as its simplified original, quoted in the
 * traditional script.
 */
class TraditionalScriptTest {
  private static Luoshi luoshi;

  @BeforeAll
  static void planner() {
    luoshi = Luoshi.create(Settings.none());
  }

  @ParameterizedTest
  @MethodSource("dev.luoshi.SampleTexts#all")
  void sameTasksInEitherScript(Path sample) throws IOException {
    String simplified = Files.readString(sample, StandardCharsets.UTF_8);
    String traditional = HanLP.convertToTraditionalChinese(simplified);
    assertNotEquals(simplified, traditional);
    assertEquals(simplified.length(), traditional.length(), "s2t changed the length");

    Plan s = luoshi.plan(SourceText.of("s.txt", simplified), PlanOptions.defaults());
    Plan t = luoshi.plan(SourceText.of("t.txt", traditional), PlanOptions.defaults());

    assertTrue(s.tasks().size() > 5);
    assertEquals(s.tasks().size(), t.tasks().size());
    for (int i = 0; i < s.tasks().size(); i++) {
      Task a = s.tasks().get(i);
      Task b = t.tasks().get(i);
      assertEquals(a.span(), b.span());
      assertEquals(a.kind(), b.kind(), b.text());
      assertEquals(traditional.substring(b.span().start(), b.span().end()), b.text());
      assertEquals(a.text(), simp(b.text()));
      assertEquals(names(a), names(b).stream().map(TraditionalScriptTest::simp).toList());
      assertEquals(implied(a), implied(b).stream().map(TraditionalScriptTest::simp).toList());
      for (var o : concat(b.owners(), b.ownersImplied())) {
        assertTrue(
            o.name().chars().allMatch(c -> traditional.indexOf(c) >= 0),
            "owner not written in the traditional script: " + o.name());
      }
      assertEquals(a.deadline() == null, b.deadline() == null, b.text());
      if (a.deadline() != null) {
        assertEquals(a.deadline().date(), b.deadline().date());
        assertEquals(a.deadline().text(), simp(b.deadline().text()));
      }
    }
    assertEquals(
        titles(s.outline()),
        titles(t.outline()).stream().map(TraditionalScriptTest::simp).toList());
  }

  private static List<String> names(Task t) {
    return t.owners().stream().map(o -> o.name()).toList();
  }

  private static List<String> implied(Task t) {
    return t.ownersImplied().stream().map(o -> o.name()).toList();
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  private static List<String> titles(List<OutlineNode> nodes) {
    List<String> out = new ArrayList<>();
    for (OutlineNode n : nodes) {
      out.add(n.level() + n.marker() + n.title());
      out.addAll(titles(n.children()));
    }
    return out;
  }

  private static String simp(String s) {
    return HanLP.convertToSimplifiedChinese(s);
  }
}
