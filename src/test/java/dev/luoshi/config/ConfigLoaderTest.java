package dev.luoshi.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.luoshi.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging the configuration's sources, and the files' failures as one-line reasons. */
class ConfigLoaderTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private ConfigLoader loader() {
    return new ConfigLoader(dir);
  }

  private static Settings settings(
      List<String> units, List<String> roles, List<String> cues, List<String> never) {
    return new Settings(units, roles, cues, never);
  }

  private String failure(Path config, List<Path> dicts) {
    return assertThrows(ConfigException.class, () -> loader().load(config, dicts, null))
        .getMessage();
  }

  @Test
  void withoutAnyFileTheDefaultsHold() {
    Config config = loader().load(null, List.of(), null);

    assertEquals(Config.defaults(), config);
    assertEquals(Settings.none(), config.settings());
    assertEquals(ModelChoice.byDefault(), config.model());
  }

  @Test
  void mergesYamlItsDictsThenTheGivenDictsInOrder() throws IOException {
    write(
        "luoshi.yaml",
        "# 县应急管理局的设置\n"
            + "units: [县应急管理局, 综合科]\n"
            + "roles:\n"
            + "  - 分管领导\n"
            + "cues: [务求]\n"
            + "never: [会议议程]\n"
            + "dict: words/bureau.txt\n");
    write("words/bureau.txt", "办公室\n科长 role\n");
    Path extra = write("extra.txt", "综合科\n抓紧落实 cue\n请假 never\n");

    Config config = loader().load(null, List.of(extra), null);

    assertEquals(
        settings(
            List.of("县应急管理局", "综合科", "办公室"),
            List.of("分管领导", "科长"),
            List.of("务求", "抓紧落实"),
            List.of("会议议程", "请假")),
        config.settings());
  }

  @Test
  void aGivenConfigReplacesTheOneInTheWorkingDirectory() throws IOException {
    write("luoshi.yaml", "units: [办公室]\n");
    Path other = write("conf/other.yaml", "units: [综合科]\ndict: [a.txt, b.txt]\n");
    write("conf/a.txt", "驻村第一书记 role\n");
    write("conf/b.txt", "茶歇 never\n");

    Config config = loader().load(other, List.of(), null);

    assertEquals(
        settings(List.of("综合科"), List.of("驻村第一书记"), List.of(), List.of("茶歇")), config.settings());
  }

  @Test
  void relativePathsResolveAgainstTheWorkingDirectoryAndTheYamlsFolder() throws IOException {
    write("conf/luoshi.yaml", "dict: words.txt\nmodel: ../models/ours.bin\n");
    write("conf/words.txt", "综合科\n");
    write("mine.txt", "科长 role\n");

    Config config = loader().load(Path.of("conf/luoshi.yaml"), List.of(Path.of("mine.txt")), null);

    assertEquals(settings(List.of("综合科"), List.of("科长"), List.of(), List.of()), config.settings());
    assertEquals(
        ModelChoice.file(
            dir.resolve("conf").resolve(Path.of("../models/ours.bin")),
            Path.of("conf").resolve("../models/ours.bin").toString()),
        config.model());
    assertEquals(
        dir.resolve("models/ours.bin").normalize(), config.modelFile().orElseThrow().normalize());
  }

  @Test
  void theModelGivenWinsOverTheYamlsAndTheYamlsOverTheDefault() throws IOException {
    write("luoshi.yaml", "model: ours.bin\n");

    assertEquals(
        ModelChoice.file(dir.resolve("ours.bin"), "ours.bin"),
        loader().load(null, List.of(), null).model());
    assertEquals(
        ModelChoice.rulesOnly(), loader().load(null, List.of(), ModelChoice.rulesOnly()).model());
    assertEquals(
        ModelChoice.builtIn(), loader().load(null, List.of(), ModelChoice.builtIn()).model());
  }

  @Test
  void readsADictWithCommentsTypesAndAByteOrderMark() throws IOException {
    Path dict =
        write(
            "dict.txt",
            "\uFEFF# 本单位词表，秘书科维护\n"
                + "\n"
                + "综合科\n"
                + "县应急管理局 unit   # 上级单位\n"
                + "驻村第一书记\tROLE\r\n"
                + "抓紧落实\u3000cue\n"
                + "  会议议程 never  \n"
                + "综合科 unit\n");

    assertEquals(
        settings(List.of("综合科", "县应急管理局"), List.of("驻村第一书记"), List.of("抓紧落实"), List.of("会议议程")),
        loader().readDict(dict));
  }

  @Test
  void aBadDictLineIsNamedWithItsNumber() throws IOException {
    Path typo = write("typo.txt", "# 词表\n办公室\n综合科 units\n");
    Path three = write("three.txt", "办公室 unit role\n");
    Path list = write("list.txt", "办公室，综合科\n");

    assertEquals(
        typo + ": line 3: unknown type 'units' (expected unit, role, cue or never)",
        failure(null, List.of(typo)));
    assertEquals(
        three
            + ": line 1: '办公室 unit role' is more than a word and its type; write one 'word [type]'"
            + " a line",
        failure(null, List.of(three)));
    assertEquals(
        list + ": line 1: '办公室，综合科' holds a separator (，、;); give one word per entry",
        failure(null, List.of(list)));
  }

  @Test
  void aDictThatIsNotUtf8IsNamedWithTheLine() throws IOException {
    Path gbk = dir.resolve("gbk.txt");
    Files.write(gbk, "办公室\n综合科 unit\n".getBytes("GBK"));
    Path utf16 = dir.resolve("utf16.txt");
    Files.write(utf16, "\uFEFF办公室\n".getBytes(StandardCharsets.UTF_16LE));
    Path secondLine = dir.resolve("second.txt");
    Files.write(
        secondLine, concat("办公室\n".getBytes(StandardCharsets.UTF_8), "综合科\n".getBytes("GBK")));

    assertEquals(gbk + ": line 1: not UTF-8; save the file as UTF-8", failure(null, List.of(gbk)));
    assertEquals(
        utf16 + ": line 1: not UTF-8; save the file as UTF-8", failure(null, List.of(utf16)));
    assertEquals(
        secondLine + ": line 2: not UTF-8; save the file as UTF-8",
        failure(null, List.of(secondLine)));
  }

  @Test
  void missingAndUnreadableFilesSayWhy() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("folder.txt"));

    assertEquals("missing.txt: no such file", failure(null, List.of(Path.of("missing.txt"))));
    assertEquals(folder + ": is a directory", failure(null, List.of(folder)));
    assertEquals("other.yaml: no such file", failure(Path.of("other.yaml"), List.of()));
    write("luoshi.yaml", "dict: nowhere.txt\n");
    assertEquals("nowhere.txt: no such file", failure(null, List.of()));
  }

  @Test
  void anUnknownKeyIsNamedWithItsLine() throws IOException {
    write("luoshi.yaml", "units: [办公室]\nunit: [综合科]\n");
    Path date = write("date.yaml", "meeting_date: 2024-03-01\n");

    assertEquals(
        "luoshi.yaml: line 2: unknown key 'unit' (expected units, roles, cues, never, dict,"
            + " model)",
        failure(null, List.of()));
    assertEquals(
        date
            + ": line 1: unknown key 'meeting_date' (expected units, roles, cues, never, dict,"
            + " model); the meeting date belongs to each speech: use --meeting-date",
        failure(date, List.of()));
  }

  @Test
  void badYamlIsNamedWithItsLine() throws IOException {
    String[][] cases = {
      {"units: [办公室, 综合科\nroles: [科长]\n", "line 2: bad YAML: expected ',' or ']', but got :"},
      {
        "units:\n\t- 办公室\n",
        "line 2: bad YAML: found character '\\t(TAB)' that cannot start any"
            + " token. (Do not use \\t(TAB) for indentation)"
      },
      {
        "- 办公室\n- 综合科\n",
        "line 1: expected keys such as 'units:' at the top, not a list or a" + " single value"
      },
      {"units: 办公室\n", "line 1: units: expected a list, e.g. units: [办公室, 综合科]"},
      {"roles:\n  - 科长\n  - {name: 科长}\n", "line 3: roles: expected a word, not keys"},
      {"never: [请假]\nnever: [茶歇]\n", "line 2: key 'never' appears twice"},
      {
        "units: &mine [办公室]\nroles: *mine\n",
        "line 2: aliases (*mine) are not supported; write" + " the values out"
      },
      {
        "units: [办公室]\n---\nroles: [科长]\n",
        "line 3: a second YAML document (---); the file holds" + " one"
      },
      {"model:\n", "line 1: model: expected a file path, not nothing"},
      {"dict: [a.txt, [b.txt]]\n", "line 1: dict: expected a file path, not a list"},
      {"cues: [务求, 抓紧 落实]\n", "line 1: cues: '抓紧 落实' holds a space; give one word per entry"},
    };
    for (String[] c : cases) {
      Path yaml = write("bad.yaml", c[0]);
      assertEquals(yaml + ": " + c[1], failure(yaml, List.of()), c[0]);
    }
  }

  @Test
  void emptyListsAndAnEmptyFileAreNoAdaptation() throws IOException {
    Path empty = write("empty.yaml", "");
    Path comments = write("comments.yaml", "# 暂无本单位设置\n");
    Path nulls = write("nulls.yaml", "units:\nroles: []\ndict:\n");

    for (Path yaml : List.of(empty, comments, nulls)) {
      assertEquals(Config.defaults(), loader().load(yaml, List.of(), null), yaml.toString());
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
