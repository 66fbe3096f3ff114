package dev.luoshi.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.luoshi.Luoshi;
import dev.luoshi.cli.EvalCommand;
import dev.luoshi.config.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/**
 * {@code luoshi eval} on the fixture sets with the real planner. The extraction is still being
 * written, so nothing here depends on what it finds: only on exit codes, the report's shape and the
 * gold side of the counts (every scored gold task is either found or missed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvalCommandTest {
  private final AtomicInteger made = new AtomicInteger();
  private Luoshi luoshi;

  private final Supplier<Luoshi> planner =
      () -> {
        made.incrementAndGet();
        synchronized (this) {
          if (luoshi == null) {
            luoshi = Luoshi.create(Settings.none());
          }
          return luoshi;
        }
      };

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new EvalCommand(planner));
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void usageErrorsExitWithTwoBeforeAnyPlannerIsMade() {
    int before = made.get();
    String src = Fixtures.dir("basic/src").toString();
    Run missingGold = run("--src", src);
    assertEquals(2, missingGold.code());
    assertTrue(missingGold.err().contains("--gold"), missingGold.err());
    Run notADir = run("--src", src, "--gold", src + "/nowhere");
    assertEquals(2, notADir.code());
    assertTrue(notADir.err().contains("Not a folder for --gold"), notADir.err());
    Run badFormat = run("--src", src, "--gold", src, "-f", "xml");
    assertEquals(2, badFormat.code());
    assertTrue(badFormat.err().contains("expected table or json, not 'xml'"), badFormat.err());
    assertEquals(before, made.get());
  }

  @Test
  void jsonReportHasScorePysKeys() throws Exception {
    Run r =
        run(
            "--src", Fixtures.dir("basic/src").toString(),
            "--gold", Fixtures.dir("basic/gold").toString(),
            "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertEquals(
        List.of(
            "tasks",
            "actions",
            "owners",
            "deadline_text",
            "outline",
            "kind_accuracy",
            "deadline_date_accuracy",
            "outline_level_accuracy",
            "files",
            "missing_predictions"),
        iterate(json.fieldNames()));
    assertEquals(
        List.of("p", "r", "f1", "tp", "fp", "fn"), iterate(json.get("tasks").fieldNames()));
    assertEquals(4, json.get("files").intValue());
    assertEquals(0, json.get("missing_predictions").intValue());
    // 17 gold tasks are not optional, 9 outline nodes in all
    assertEquals(
        17, json.get("tasks").get("tp").intValue() + json.get("tasks").get("fn").intValue());
    assertEquals(
        9, json.get("outline").get("tp").intValue() + json.get("outline").get("fn").intValue());
  }

  @Test
  void crossValidationScoresEveryFileWithAModelTrainedOnTheOthers() throws Exception {
    Run r =
        run(
            "--cv",
            "--src",
            Fixtures.dir("basic/src").toString(),
            "--gold",
            Fixtures.dir("basic/gold").toString(),
            "-f",
            "json");
    assertEquals(0, r.code(), r.err());
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertEquals(
        17, json.get("tasks").get("tp").intValue() + json.get("tasks").get("fn").intValue());
    assertEquals(0, json.get("missing_predictions").intValue());
  }

  @Test
  void tableReportListsTheFiles() {
    Run r =
        run(
            "--src",
            Fixtures.dir("basic/src").toString(),
            "--gold",
            Fixtures.dir("basic/gold").toString(),
            "-v");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals("file                         taskF1      P      R", lines[0]);
    assertTrue(lines[1].startsWith("a-anquan                     "), lines[1]);
    assertTrue(r.out().contains("\ntasks          P "), r.out());
    assertTrue(lines[lines.length - 1].startsWith("kind accuracy "), lines[lines.length - 1]);
    assertTrue(lines[lines.length - 1].endsWith(" · missing predictions 0"));
  }

  @Test
  void failedFilesGoToStderrAndExitWithOne() {
    Run r =
        run(
            "--src", Fixtures.dir("broken/src").toString(),
            "--gold", Fixtures.dir("broken/gold").toString());
    assertEquals(1, r.code());
    List<String> errors = r.err().lines().toList();
    assertEquals(4, errors.size(), r.err());
    assertTrue(errors.get(0).startsWith("luoshi: "), errors.get(0));
    assertTrue(errors.get(0).contains("e-quote.json: gold quote not found"), errors.get(0));
    assertTrue(errors.get(1).endsWith("f-nosrc.txt: no such file"), errors.get(1));
    assertTrue(errors.get(2).contains("g-badjson.json: not JSON"), errors.get(2));
    assertTrue(errors.get(3).endsWith("i-empty.txt: empty file"), errors.get(3));
    assertTrue(r.out().contains("missing predictions 2"), r.out());
  }

  private static List<String> iterate(Iterator<String> names) {
    List<String> out = new ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }
}
