package dev.luoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.luoshi.Luoshi;
import dev.luoshi.cli.CliTest.Run;
import dev.luoshi.config.ModelChoice;
import dev.luoshi.config.Settings;
import dev.luoshi.model.TaskModel;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --config}, {@code --dict} and the model options through the command line, with real
 * planners made once per distinct settings for the whole class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfigOptionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A speech of the genre with one unit for each kind of entry: a role shared across a
   * coordination, a unit name, a directive word the rules do not know and a never-task phrase.
   */
  static final String SPEECH =
      "关于做好汛期河湖管护工作的讲话\n"
          + "一、压实管护责任\n"
          + "各乡镇、各村巡河员要每周巡河一次。\n"
          + "红石榴工作室要在5月底前完成入户宣传。\n"
          + "办公室要做好会务保障。\n"
          + "各村着紧把好河道采砂审批关。\n"
          + "二、严肃会议纪律\n"
          + "参会人员因故不能出席的，要向办公室请假。\n";

  /** The word list a secretary would keep for the speech above. */
  static final String DICT =
      "\uFEFF# 本单位词表（秘书科维护）\n"
          + "红石榴工作室\n"
          + "巡河员 role\n"
          + "着紧 cue      # 本地说法\n"
          + "请假\u3000never\n";

  static final Settings DICT_SETTINGS =
      new Settings(List.of("红石榴工作室"), List.of("巡河员"), List.of("着紧"), List.of("请假"));

  private static final String MUST = "各村着紧把好河道采砂审批关。";
  private static final String LEAVE = "参会人员因故不能出席的，要向办公室请假。";

  private final Map<Settings, Luoshi> made = new ConcurrentHashMap<>();
  private final List<Settings> settingsGiven = Collections.synchronizedList(new ArrayList<>());
  private final List<TaskModel> modelsGiven = Collections.synchronizedList(new ArrayList<>());

  /** Records what each run was given; one rules-only planner per distinct settings. */
  private final Planners planners =
      (settings, model) -> {
        settingsGiven.add(settings);
        modelsGiven.add(model);
        return made.computeIfAbsent(settings, Luoshi::create);
      };

  private Run run(Path workingDir, String... args) {
    settingsGiven.clear();
    modelsGiven.clear();
    return CliTest.run(workingDir, new byte[0], planners, args);
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static List<String> taskTexts(Run run) throws IOException {
    List<String> out = new ArrayList<>();
    JSON.readTree(run.out()).get("tasks").forEach(t -> out.add(t.get("text").asText()));
    return out;
  }

  private static JsonNode task(Run run, String text) throws IOException {
    for (JsonNode t : JSON.readTree(run.out()).get("tasks")) {
      if (t.get("text").asText().equals(text)) {
        return t;
      }
    }
    throw new AssertionError("no task " + text + " in " + run.text());
  }

  private static List<String> owners(JsonNode task) {
    List<String> out = new ArrayList<>();
    task.get("owners").forEach(o -> out.add(o.get("name").asText()));
    return out;
  }

  @Test
  void dictEntriesReachThePlanner(@TempDir Path dir) throws IOException {
    Path speech = write(dir.resolve("speech.txt"), SPEECH);
    Path dict = write(dir.resolve("words.txt"), DICT);

    Run plain = run(dir, "extract", "-f", "json", speech.toString());
    Run adapted = run(dir, "extract", "-f", "json", "--dict", dict.toString(), speech.toString());

    assertEquals(Cli.OK, plain.code(), plain.err());
    assertEquals(Cli.OK, adapted.code(), adapted.err());
    assertEquals(List.of(DICT_SETTINGS), settingsGiven);
    assertTrue(taskTexts(plain).contains(LEAVE), plain.text());
    assertFalse(taskTexts(adapted).contains(LEAVE), "a never phrase: " + adapted.text());
    assertFalse(taskTexts(plain).contains(MUST), plain.text());
    JsonNode must = task(adapted, MUST);
    assertTrue(must.get("cues").toString().contains("着紧"), must.toString());
  }

  @Test
  void unitAndRoleNamesBecomeOwners(@TempDir Path dir) throws IOException {
    Path speech = write(dir.resolve("speech.txt"), SPEECH);
    Path dict = write(dir.resolve("words.txt"), DICT);

    Run run = run(dir, "extract", "-f", "json", "--dict", dict.toString(), speech.toString());

    assertEquals(Cli.OK, run.code(), run.err());
    assumeTrue(
        owners(task(run, "办公室要做好会务保障。")).contains("办公室"), "the pipeline finds no owners yet");
    assertEquals(List.of("红石榴工作室"), owners(task(run, "红石榴工作室要在5月底前完成入户宣传。")));
    assertEquals(List.of("各乡镇巡河员", "各村巡河员"), owners(task(run, "各乡镇、各村巡河员要每周巡河一次。")));
  }

  @Test
  void findsLuoshiYamlInTheWorkingDirectory(@TempDir Path dir) throws IOException {
    Path office = dir.resolve("office");
    write(office.resolve("luoshi.yaml"), "# 本局设置\ndict: words/ours.txt\n");
    write(office.resolve("words/ours.txt"), DICT);
    Path speech = write(dir.resolve("speech.txt"), SPEECH);

    Run inOffice = run(office, "extract", "-f", "json", speech.toString());
    List<Settings> inOfficeSettings = List.copyOf(settingsGiven);
    Run elsewhere = run(dir, "extract", "-f", "json", speech.toString());
    List<Settings> elsewhereSettings = List.copyOf(settingsGiven);
    Run given =
        run(dir, "extract", "-f", "json", "--config", "office/luoshi.yaml", speech.toString());

    assertEquals(Cli.OK, inOffice.code(), inOffice.err());
    assertEquals(List.of(DICT_SETTINGS), inOfficeSettings);
    assertFalse(taskTexts(inOffice).contains(LEAVE), inOffice.text());
    assertEquals(List.of(Settings.none()), elsewhereSettings);
    assertTrue(taskTexts(elsewhere).contains(LEAVE), elsewhere.text());
    assertEquals(Cli.OK, given.code(), given.err());
    assertEquals(List.of(DICT_SETTINGS), settingsGiven);
  }

  @Test
  void yamlListsAndDictsAddUp(@TempDir Path dir) throws IOException {
    write(dir.resolve("luoshi.yaml"), "units: [红石榴工作室]\nroles: [巡河员]\ncues:\n  - 着紧\nnever: []\n");
    write(dir.resolve("never.txt"), "请假 never\n");
    Path speech = write(dir.resolve("speech.txt"), SPEECH);

    Run run = run(dir, "extract", "-f", "json", "--dict", "never.txt", speech.toString());

    assertEquals(Cli.OK, run.code(), run.err());
    assertEquals(List.of(DICT_SETTINGS), settingsGiven);
  }

  @Test
  void aBadConfigurationIsAUsageErrorInOneLine(@TempDir Path dir) throws IOException {
    Path speech = write(dir.resolve("speech.txt"), SPEECH);
    Path typo = write(dir.resolve("typo/luoshi.yaml"), "units: [办公室]\nunit: [综合科]\n");
    Path dict = write(dir.resolve("words.txt"), "办公室\n科长 roles\n");
    Path folder = dir.resolve("typo");
    String src = dir.toString();

    Run extract = run(folder, "extract", speech.toString());
    Run eval = run(folder, "eval", "--src", src, "--gold", src);
    Run train = run(folder, "train", "--src", src, "--gold", src, "-o", dir + "/m.bin");
    Run badDict = run(dir, "extract", "--dict", dict.toString(), speech.toString());
    Run missing = run(dir, "extract", "--dict", "nowhere.txt", speech.toString());
    Run missingConfig = run(dir, "extract", "--config", "nowhere.yaml", speech.toString());

    String unknownKey =
        "luoshi: luoshi.yaml: line 2: unknown key 'unit' (expected units, roles, cues, never,"
            + " dict, model)";
    for (Run r : List.of(extract, eval, train)) {
      assertEquals(Cli.USAGE, r.code(), r.err());
      assertEquals(List.of(unknownKey), r.errLines());
      assertEquals(0, r.out().length);
    }
    assertEquals(Cli.USAGE, badDict.code());
    assertEquals(
        List.of(
            "luoshi: "
                + dict
                + ": line 2: unknown type 'roles' (expected unit, role, cue or never)"),
        badDict.errLines());
    assertEquals(List.of("luoshi: nowhere.txt: no such file"), missing.errLines());
    assertEquals(List.of("luoshi: nowhere.yaml: no such file"), missingConfig.errLines());
    assertEquals(List.of(), settingsGiven, "no planner is made");
    assertTrue(Files.notExists(dir.resolve("m.bin")));
    assertTrue(typo.toFile().isFile());
  }

  @Test
  void theModelOptionsChooseAndTheirFailuresAreUsageErrors(@TempDir Path dir) throws IOException {
    Path speech = write(dir.resolve("speech.txt"), SPEECH);
    write(dir.resolve("bad.bin"), "这不是模型\n");
    Path office = dir.resolve("office");
    write(office.resolve("luoshi.yaml"), "model: models/ours.bin\n");

    Run bad = run(dir, "extract", "--model", "bad.bin", speech.toString());
    Run missing = run(dir, "extract", "--model", "none.bin", speech.toString());
    Run both = run(dir, "extract", "--model", "bad.bin", "--no-model", speech.toString());
    Run yamlModel = run(office, "extract", speech.toString());
    Run rulesOnly = run(office, "extract", "--no-model", speech.toString());

    assertEquals(Cli.USAGE, bad.code());
    assertEquals(
        List.of("luoshi: bad.bin: not a luoshi task model, or a damaged one"), bad.errLines());
    assertEquals(List.of("luoshi: none.bin: no such file"), missing.errLines());
    assertEquals(Cli.USAGE, both.code());
    assertEquals(
        "luoshi: --model, --builtin-model and --no-model exclude each other",
        both.errLines().get(0));
    assertTrue(both.err().contains("--help' for more information."), both.err());
    assertEquals(Cli.USAGE, yamlModel.code());
    assertEquals(List.of("luoshi: models/ours.bin: no such file"), yamlModel.errLines());
    assertEquals(Cli.OK, rulesOnly.code(), rulesOnly.err());
    assertEquals(Collections.singletonList(null), modelsGiven);
  }

  @Test
  void theBuiltInModelIsUsedWhenChosenAndMustThenBeThere(@TempDir Path dir) throws IOException {
    boolean bundled = TaskModel.class.getResource(TaskModel.BUILT_IN) != null;
    Path speech = write(dir.resolve("speech.txt"), SPEECH);

    Run chosen = run(dir, "extract", "--builtin-model", speech.toString());
    List<TaskModel> chosenModels = List.copyOf(modelsGiven);
    Run byDefault = run(dir, "extract", speech.toString());

    if (bundled) {
      assertEquals(Cli.OK, chosen.code(), chosen.err());
      assertEquals(1, chosenModels.size());
      assertNotNull(chosenModels.get(0), "the bundled model is passed to the planner");
    } else {
      assertEquals(Cli.USAGE, chosen.code());
      assertEquals(
          List.of("luoshi: built-in model: not in this build of luoshi"), chosen.errLines());
    }
    assertEquals(Cli.OK, byDefault.code(), byDefault.err());
    assertEquals(
        ModelChoice.BUILT_IN_BY_DEFAULT && bundled,
        modelsGiven.get(0) != null,
        "the default follows ModelChoice.BUILT_IN_BY_DEFAULT");
  }

  @Test
  void evalPlansWithTheConfiguration(@TempDir Path dir) throws IOException, URISyntaxException {
    Path dict = write(dir.resolve("words.txt"), DICT);
    Path fixture = Path.of(ConfigOptionsTest.class.getResource("train").toURI());

    Run run =
        run(
            dir,
            "eval",
            "--src",
            fixture.resolve("src").toString(),
            "--gold",
            fixture.resolve("gold").toString(),
            "--dict",
            dict.toString(),
            "--no-model");

    assertEquals(Cli.OK, run.code(), run.err());
    assertEquals(List.of(DICT_SETTINGS), settingsGiven);
    assertEquals(Collections.singletonList(null), modelsGiven);
    assertTrue(run.text().contains("a-fanghuo"), run.text());
  }

  @Test
  void helpShowsTheOptionsAndTheExitCodes(@TempDir Path dir) {
    for (String command : List.of("extract", "eval")) {
      String help = run(dir, command, "--help").text();
      for (String option :
          List.of(
              "--config=FILE", "--dict=FILE", "--model=FILE", "--builtin-model", "--no-model")) {
        assertTrue(help.contains(option), command + ": " + option + "\n" + help);
      }
      assertTrue(help.contains("Without these:"), help);
      assertTrue(help.contains("Exit codes:"), help);
    }
    String train = run(dir, "train", "--help").text();
    assertTrue(train.contains("--dict=FILE") && train.contains("--config=FILE"), train);
    assertFalse(train.contains("--model=FILE") || train.contains("--no-model"), train);
    assertTrue(train.contains("  0   model written"), train);
    assertTrue(train.contains("  2   usage error"), train);
    String root = run(dir, "--help").text();
    assertTrue(root.contains("  train "), root);
    assertTrue(root.contains("  2   usage error"), root);
  }
}
