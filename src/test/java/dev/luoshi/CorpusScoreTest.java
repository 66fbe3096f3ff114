package dev.luoshi;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.luoshi.config.Settings;
import dev.luoshi.eval.EvalReport;
import dev.luoshi.eval.Evaluator;
import dev.luoshi.eval.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scores the tool must keep: on the shared dev corpus when it is beside the project (CI has it;
 * a fresh clone does not, and the test then skips), and on the project's own annotated corpus,
 * which the rules were not written against.
 */
class CorpusScoreTest {
  private static final Path BASE = Path.of(System.getProperty("luoshi.basedir", "."));
  private static final Path DEV = BASE.resolve("../shared/corpus/dev").normalize();
  private static final Path OWN = BASE.resolve("src/main/corpus");

  private static Luoshi luoshi;

  @BeforeAll
  static void planner() {
    luoshi = Luoshi.create(Settings.none());
  }

  @Test
  void devCorpusMeetsTheFloor() {
    assumeTrue(
        Files.isDirectory(DEV.resolve("gold")),
        "no " + DEV + " beside the project: the dev-corpus score floors were not checked");
    EvalReport report = Evaluator.of(luoshi).evaluate(DEV.resolve("src"), DEV.resolve("gold"));
    assertTrue(report.errors().isEmpty(), report.errors().toString());
    Summary s = report.summary();
    List<String> low = new ArrayList<>();
    // Measured on the 31-text dev corpus (tasks 0.948, actions 0.734, kind 0.814, owners 0.952,
    // deadline text 0.953, dates 1.000, outline 0.990, levels 0.983); a regression guard just
    // under those, raised as the work of issue 7 lands. Levels are counted over the nodes
    // matched.
    floor(low, "tasks F1", s.tasks().f1(), 0.946);
    floor(low, "actions F1", s.actions().f1(), 0.731);
    floor(low, "kind accuracy", s.kindAccuracy(), 0.811);
    floor(low, "owners F1", s.owners().f1(), 0.950);
    floor(low, "deadline-text F1", s.deadlineText().f1(), 0.950);
    floor(low, "deadline date accuracy", s.deadlineDateAccuracy(), 0.99);
    floor(low, "outline F1", s.outline().f1(), 0.985);
    floor(low, "outline level accuracy", s.outlineLevelAccuracy(), 0.975);
    assertTrue(low.isEmpty(), "below the floor: " + low + "\n" + report.toTable(false));
  }

  @Test
  void ownCorpusMeetsTheFloor() {
    EvalReport report = Evaluator.of(luoshi).evaluate(OWN.resolve("src"), OWN.resolve("gold"));
    assertTrue(report.errors().isEmpty(), report.errors().toString());
    Summary s = report.summary();
    List<String> low = new ArrayList<>();
    // Measured on 24 texts: tasks 0.961, actions 0.852, owners 0.960, deadline text 0.965, outline
    // 0.989. (The division of work added as the nineteenth gives two tasks the times of their tags,
    // which the gold, holding a task's time to its own words, does not: deadline fell from 0.966.)
    floor(low, "tasks F1", s.tasks().f1(), 0.958);
    floor(low, "actions F1", s.actions().f1(), 0.850);
    floor(low, "owners F1", s.owners().f1(), 0.956);
    floor(low, "deadline-text F1", s.deadlineText().f1(), 0.962);
    floor(low, "outline F1", s.outline().f1(), 0.98);
    assertTrue(low.isEmpty(), "below the floor: " + low + "\n" + report.toTable(false));
  }

  private static void floor(List<String> low, String name, Double value, double min) {
    if (value == null || value < min) {
      low.add(name + " " + value + " < " + min);
    }
  }
}
