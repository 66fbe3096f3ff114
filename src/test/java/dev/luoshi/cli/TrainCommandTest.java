package dev.luoshi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.luoshi.Luoshi;
import dev.luoshi.cli.CliTest.Run;
import dev.luoshi.config.Settings;
import dev.luoshi.model.TaskModel;
import dev.luoshi.model.TaskModelTrainer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code luoshi train} on a fixture of two short annotated speeches (train/src, train/gold), and
 * the model it writes loaded again by {@code extract --model}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A unit the rules alone miss and the fixture's gold labels a task. */
  private static final String LEARNED = "办公室负责汇总各科室服务清单，4月10日前在局网站公开。";

  private Luoshi rules;
  private Path src;
  private Path gold;
  private final List<Settings> settingsGiven = Collections.synchronizedList(new ArrayList<>());
  private final List<TaskModel> modelsGiven = Collections.synchronizedList(new ArrayList<>());

  /** Records what each run was given; the rules-only planner is shared, one is made per model. */
  private final Planners planners =
      (settings, model) -> {
        settingsGiven.add(settings);
        modelsGiven.add(model);
        return model == null ? rules : Luoshi.create(settings, model);
      };

  @BeforeAll
  void setUp() throws URISyntaxException {
    rules = Luoshi.create(Settings.none());
    Path fixture = Path.of(TrainCommandTest.class.getResource("train").toURI());
    src = fixture.resolve("src");
    gold = fixture.resolve("gold");
  }

  private Run run(Path workingDir, String... args) {
    settingsGiven.clear();
    modelsGiven.clear();
    return CliTest.run(workingDir, new byte[0], planners, args);
  }

  private Run train(Path dir, Path output, String... more) {
    List<String> args =
        new ArrayList<>(List.of("train", "--src", src.toString(), "--gold", gold.toString(), "-o"));
    args.add(output.toString());
    args.addAll(List.of(more));
    return run(dir, args.toArray(String[]::new));
  }

  private static byte[] bytes(TaskModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }

  private static List<String> filesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> root.relativize(f).toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void trainsAModelThatExtractThenLoads(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("models/ours.bin");

    Run trained = train(dir, model);

    assertEquals(Cli.OK, trained.code(), trained.err());
    assertEquals(0, trained.out().length);
    assertEquals(1, trained.errLines().size(), trained.err());
    assertTrue(
        trained
            .err()
            .matches(
                "luoshi: wrote "
                    + java.util.regex.Pattern.quote(model.toString())
                    + ": trained on 2 files, \\d+ labelled units \\(10 tasks\\), in \\d+\\.\\d s\n"),
        trained.err());
    assertEquals(List.of(Settings.none()), settingsGiven);
    assertEquals(Collections.singletonList(null), modelsGiven, "units are read by the rules");
    assertEquals(List.of("models/ours.bin"), filesUnder(dir));
    assertNotNull(TaskModel.read(model));

    Run extract =
        run(
            dir,
            "extract",
            "-f",
            "json",
            "--model",
            "models/ours.bin",
            src.resolve("b-zuofeng.txt").toString());

    assertEquals(Cli.OK, extract.code(), extract.err());
    assertEquals(1, modelsGiven.size());
    assertNotNull(modelsGiven.get(0), "extract --model passes the model read");
    List<String> tasks = new ArrayList<>();
    for (JsonNode t : JSON.readTree(extract.out()).get("tasks")) {
      tasks.add(t.get("text").asText());
    }
    assertTrue(tasks.contains(LEARNED), "the model learned the gold's task: " + tasks);
  }

  @Test
  void theDefaultsAreTheTrainersAndTrainingIsRepeatable(@TempDir Path dir) throws IOException {
    Run first = train(dir, dir.resolve("first.bin"));
    Run second = train(dir, dir.resolve("second.bin"));
    Run other = train(dir, dir.resolve("other.bin"), "--iterations", "5", "--cutoff", "1");

    assertEquals(
        List.of(Cli.OK, Cli.OK, Cli.OK), List.of(first.code(), second.code(), other.code()));
    byte[] expected = bytes(rules.train(src, gold, TaskModelTrainer.defaults()).model());
    assertArrayEquals(expected, Files.readAllBytes(dir.resolve("first.bin")));
    assertArrayEquals(expected, Files.readAllBytes(dir.resolve("second.bin")));
    assertFalse(
        java.util.Arrays.equals(expected, Files.readAllBytes(dir.resolve("other.bin"))),
        "--iterations and --cutoff reach the trainer");
  }

  @Test
  void trainsWithTheConfiguredSettingsAndNoModel(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("luoshi.yaml"),
        "units: [红石榴工作室]\nmodel: models/missing.bin\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("words.txt"), "巡河员 role\n", StandardCharsets.UTF_8);

    Run run = train(dir, dir.resolve("ours.bin"), "--dict", "words.txt");

    assertEquals(Cli.OK, run.code(), run.err());
    assertEquals(
        List.of(new Settings(List.of("红石榴工作室"), List.of("巡河员"), List.of(), List.of())),
        settingsGiven);
    assertEquals(Collections.singletonList(null), modelsGiven, "luoshi.yaml's model is not read");
  }

  @Test
  void usageErrorsExitWithTwoBeforeAnyPlannerIsMade(@TempDir Path dir) throws IOException {
    String s = src.toString();
    String g = gold.toString();
    String out = dir.resolve("m.bin").toString();
    Files.createDirectories(dir.resolve("folder.bin"));
    String[][] cases = {
      {"train", "--src", s, "-o", out},
      {"train", "--src", s, "--gold", g},
      {"train", "--src", dir.resolve("nowhere").toString(), "--gold", g, "-o", out},
      {"train", "--src", s, "--gold", g, "-o", out, "--iterations", "0"},
      {"train", "--src", s, "--gold", g, "-o", out, "--cutoff", "-1"},
      {"train", "--src", s, "--gold", g, "-o", out, "--iterations", "many"},
      {"train", "--src", s, "--gold", g, "-o", dir.resolve("folder.bin").toString()},
      {"train", "--src", s, "--gold", g, "-o", out, "--model", "x.bin"},
    };
    List<String> firstLines = new ArrayList<>();
    for (String[] args : cases) {
      Run run = run(dir, args);
      assertEquals(Cli.USAGE, run.code(), String.join(" ", args));
      assertTrue(run.err().startsWith("luoshi: "), run.err());
      assertTrue(run.err().contains("--help' for more information."), run.err());
      firstLines.add(run.errLines().get(0));
    }
    assertEquals(List.of(), settingsGiven);
    assertFalse(Files.exists(dir.resolve("m.bin")));
    assertEquals("luoshi: --iterations must be at least 1", firstLines.get(3));
    assertEquals("luoshi: --cutoff must not be negative", firstLines.get(4));
    assertEquals(
        "luoshi: --output: '" + dir.resolve("folder.bin") + "' is a directory, not a model file",
        firstLines.get(6));
  }

  @Test
  void aBadGoldFailsInOneLineAndLeavesNoModel(@TempDir Path dir) throws IOException {
    Path badGold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(badGold.resolve("a-fanghuo.json"), "{\"tasks\": [", StandardCharsets.UTF_8);
    Path emptyGold = Files.createDirectories(dir.resolve("empty"));
    Path out = dir.resolve("out");

    Run bad =
        run(
            dir,
            "train",
            "--src",
            src.toString(),
            "--gold",
            badGold.toString(),
            "-o",
            out.resolve("m.bin").toString());
    Run empty =
        run(
            dir,
            "train",
            "--src",
            src.toString(),
            "--gold",
            emptyGold.toString(),
            "-o",
            out.resolve("m.bin").toString());

    assertEquals(Cli.FAILED, bad.code());
    assertEquals(1, bad.errLines().size(), bad.err());
    assertTrue(
        bad.err().startsWith("luoshi: " + badGold.resolve("a-fanghuo.json") + ": "), bad.err());
    assertEquals(Cli.FAILED, empty.code());
    assertEquals(List.of("luoshi: " + emptyGold + ": no gold files (*.json)"), empty.errLines());
    assertFalse(Files.exists(out), "nothing written");
  }
}
