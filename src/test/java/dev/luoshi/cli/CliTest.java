package dev.luoshi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.luoshi.ConfigException;
import dev.luoshi.Luoshi;
import dev.luoshi.config.Settings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line in-process, built by the same factory as {@code main}. */
class CliTest {
  /** Loading HanLP takes a second: one planner for the whole class. */
  private static final Luoshi LUOSHI = Luoshi.create(Settings.none());

  private static final ObjectMapper JSON = new ObjectMapper();

  static final String SPEECH =
      "关于做好2024年安全生产工作的讲话\n"
          + "同志们：\n"
          + "一、压实安全生产责任\n"
          + "各处室要在3月15日前上报工作方案。\n"
          + "（一）市应急局牵头，市公安局配合，开展隐患排查整治。\n"
          + "二、强化督查考核\n"
          + "办公室要在每季度末通报进展情况，确保各项任务落到实处。\n";

  @TempDir Path dir;

  record Run(int code, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }

    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }

    /**
     * The lines on stderr before the closing line of {@code extract}, which must be there, last and
     * well-formed.
     */
    List<String> report() {
      return beforeClosingLine(err);
    }
  }

  /** {@code extract}'s closing line: files done and failed, tasks, seconds, characters a second. */
  static final Pattern CLOSING_LINE =
      Pattern.compile(
          "luoshi: \\d+ files? done, \\d+ failed, \\d+ tasks?, \\d+\\.\\d s, \\d+ characters/s");

  /** The lines of a stderr text before its closing line, which must be last. */
  static List<String> beforeClosingLine(String err) {
    List<String> lines = err.isEmpty() ? List.of() : List.of(err.split("\n"));
    assertFalse(lines.isEmpty(), "no closing line");
    String last = lines.get(lines.size() - 1);
    assertTrue(CLOSING_LINE.matcher(last).matches(), last);
    return lines.subList(0, lines.size() - 1);
  }

  /**
   * Runs the command line as {@code main} would, in the working directory given (where luoshi.yaml
   * is looked for), and checks that no stack trace reached stderr.
   */
  static Run run(Path workingDir, byte[] stdin, Planners planners, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StandardStreams streams = new StandardStreams(new ByteArrayInputStream(stdin), out, err, false);
    // The command line main builds for these arguments (extract alone for an extract run).
    int code = Cli.commandLine(streams, workingDir, planners, false, args).execute(args);
    String errText = err.toString(StandardCharsets.UTF_8);
    assertFalse(errText.contains("Exception"), errText);
    assertFalse(errText.contains("\tat "), errText);
    return new Run(code, out.toByteArray(), errText);
  }

  private Run run(byte[] stdin, Planners planners, String... args) {
    return run(dir, stdin, planners, args);
  }

  private Run run(String... args) {
    return run(new byte[0], (settings, model) -> LUOSHI, args);
  }

  private Path file(String name, String text, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(charset));
    return file;
  }

  private Path file(String name) throws IOException {
    return file(name, SPEECH, StandardCharsets.UTF_8);
  }

  @Test
  void writesOneInputToStandardOutputAsYaml() throws IOException {
    Path speech = file("speech.txt");

    Run run = run("extract", speech.toString());

    assertEquals(Cli.OK, run.code());
    assertEquals(List.of(), run.report());
    JsonNode plan = new YAMLMapper().readTree(run.out());
    assertEquals("luoshi/plan@1", plan.get("schema").asText());
    assertEquals(speech.toString(), plan.get("source").get("path").asText());
    assertEquals(SPEECH.length(), plan.get("source").get("chars").asInt());
    assertTrue(run.text().startsWith("schema: luoshi/plan@1\n"));
  }

  @Test
  void passesTheMeetingDateOn() throws IOException {
    Run run =
        run("extract", "-f", "json", "--meeting-date", "2024-03-01", file("a.txt").toString());

    assertEquals(Cli.OK, run.code());
    JsonNode meeting = JSON.readTree(run.out()).get("meeting");
    assertEquals("2024-03-01", meeting.get("date").asText());
    assertEquals("option", meeting.get("date_source").asText());
  }

  @Test
  void readsStandardInput() throws IOException {
    byte[] gbk = SPEECH.getBytes(Charset.forName("GBK"));

    Run run = run(gbk, (settings, model) -> LUOSHI, "extract", "-f", "json", "-");

    assertEquals(Cli.OK, run.code(), run.err());
    JsonNode source = JSON.readTree(run.out()).get("source");
    assertEquals("-", source.get("path").asText());
    assertEquals("GB18030", source.get("encoding").asText());
  }

  @Test
  void everyEncodingGivesTheSamePlanButForEncodingAndHash() throws IOException {
    JsonNode utf8 = planOf(SPEECH.getBytes(StandardCharsets.UTF_8));
    byte[][] variants = {
      concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, SPEECH.getBytes(UTF_8)),
      SPEECH.getBytes(Charset.forName("GB18030")),
      SPEECH.getBytes(Charset.forName("GBK")),
      concat(new byte[] {(byte) 0xff, (byte) 0xfe}, SPEECH.getBytes(StandardCharsets.UTF_16LE)),
      concat(new byte[] {(byte) 0xfe, (byte) 0xff}, SPEECH.getBytes(StandardCharsets.UTF_16BE)),
      SPEECH.getBytes(StandardCharsets.UTF_16LE),
    };
    for (byte[] variant : variants) {
      assertEquals(withoutEncoding(utf8), withoutEncoding(planOf(variant)));
    }
  }

  @Test
  void honoursAGivenEncoding() throws IOException {
    Path gbk = file("gbk.txt", SPEECH, Charset.forName("GBK"));

    Run run = run("extract", "-f", "json", "--encoding", "gbk", gbk.toString());

    assertEquals(Cli.OK, run.code());
    assertEquals("GBK", JSON.readTree(run.out()).get("source").get("encoding").asText());
  }

  @Test
  void reportsEachBadInputInOneLineAndGoesOn() throws IOException {
    Path good = file("good.txt");
    Path empty = file("empty.txt", "", UTF_8);
    Path blank = file("blank.txt", " \n\u3000\n", UTF_8);
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[] {'a', 0, 1, 2, 0});
    Path broken = dir.resolve("broken.txt");
    Files.write(broken, new byte[] {(byte) 0x80, (byte) 0xff, 'a', (byte) 0xff, (byte) 0x80});
    Path docx = dir.resolve("notes.docx");
    Files.write(docx, new byte[] {'P', 'K', 3, 4, 0, 0});
    Path noText = Files.createDirectories(dir.resolve("pictures"));
    Files.write(noText.resolve("photo.jpg"), new byte[] {1, 2, 3});
    Path missing = dir.resolve("missing.txt");

    Run run =
        run(
            "extract",
            "-f",
            "json",
            missing.toString(),
            good.toString(),
            empty.toString(),
            blank.toString(),
            binary.toString(),
            broken.toString(),
            docx.toString(),
            noText.toString());

    assertEquals(Cli.FAILED, run.code());
    assertEquals(
        List.of(
            "luoshi: " + binary + ": binary file (NUL bytes)",
            "luoshi: " + blank + ": only whitespace",
            "luoshi: " + broken + ": not decodable as UTF-8 or GB18030",
            "luoshi: " + empty + ": empty file",
            "luoshi: " + missing + ": no such file",
            "luoshi: " + docx + ": a zip archive but not a Word .docx document",
            "luoshi: " + noText + ": no .txt, .docx or .pdf files"),
        run.report());
    String closing = run.errLines().get(run.errLines().size() - 1);
    assertTrue(closing.startsWith("luoshi: 1 file done, 7 failed, 3 tasks, "), closing);
    List<String> lines = run.text().lines().toList();
    assertEquals(1, lines.size());
    assertEquals(good.toString(), JSON.readTree(lines.get(0)).get("source").get("path").asText());
  }

  @Test
  void writesEachPlanAsSoonAsItAndAllBeforeItAreDone() throws Exception {
    Path first = file("a.txt");
    Path slow = dir.resolve("b.txt"); // a named pipe: planning it waits until the test writes it
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", slow.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "no mkfifo to make a named pipe here");
    SharedBytes out = new SharedBytes();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StandardStreams streams =
        new StandardStreams(new ByteArrayInputStream(new byte[0]), out, err, false);
    CommandLine commandLine = Cli.commandLine(streams, dir, (settings, model) -> LUOSHI);
    Thread run =
        new Thread(
            () ->
                commandLine.execute(
                    "extract", "-j", "2", "-f", "json", first.toString(), slow.toString()));
    run.start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!out.text().contains("\n") && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      String early = out.text();
      assertEquals(1, early.lines().count(), early);
      assertEquals(first.toString(), JSON.readTree(early).get("source").get("path").asText());
    } finally {
      Files.writeString(slow, SPEECH); // opens the pipe's other end, so the run can finish
      run.join(TimeUnit.SECONDS.toMillis(60));
    }
    assertFalse(run.isAlive());
    List<String> lines = out.text().lines().toList();
    assertEquals(2, lines.size(), err.toString(StandardCharsets.UTF_8));
    assertEquals(slow.toString(), JSON.readTree(lines.get(1)).get("source").get("path").asText());
  }

  /** Bytes written by one thread and read by another. */
  private static final class SharedBytes extends java.io.OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      bytes.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
    }

    synchronized String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void quietReportsNothingButTheExitCode() throws IOException {
    Run run = run("extract", "-q", dir.resolve("missing.txt").toString(), file("a.txt").toString());

    assertEquals(Cli.FAILED, run.code());
    assertEquals("", run.err());
    assertFalse(run.text().isEmpty());
  }

  @Test
  void severalInputsGoToStandardOutputInSortedOrder() throws IOException {
    Path b = file("b.txt");
    Path a = file("a.txt");
    Path c = file("sub/c.txt");

    Run yaml = run("extract", b.toString(), dir.resolve("sub").toString(), a.toString());
    Run json =
        run("extract", "-f", "json", b.toString(), dir.resolve("sub").toString(), a.toString());
    Run csv =
        run("extract", "-f", "csv", b.toString(), dir.resolve("sub").toString(), a.toString());

    assertEquals(Cli.OK, yaml.code());
    String[] documents = yaml.text().split("(?m)^---\n");
    assertEquals(3, documents.length);
    assertFalse(yaml.text().startsWith("---"));
    List<String> paths = json.text().lines().map(line -> path(line)).toList();
    assertEquals(List.of(a.toString(), b.toString(), c.toString()), paths);
    assertEquals(1, csv.text().split("序号", -1).length - 1);
  }

  @Test
  void writesOneFilePerInputMirroringSubfolders() throws IOException {
    Path corpus = dir.resolve("corpus");
    file("corpus/2023/一季度.txt");
    file("corpus/2024/speech.txt");
    file("corpus/2024/deep/more/final.TXT");
    file("corpus/readme.md");
    file("corpus/.hidden/secret.txt");
    Path out = dir.resolve("out");

    Run run = run("extract", "-f", "json", "-o", out + "/", corpus.toString());

    assertEquals(Cli.OK, run.code(), run.err());
    assertEquals(0, run.out().length);
    assertEquals(
        List.of("2023/一季度.json", "2024/deep/more/final.json", "2024/speech.json"), filesUnder(out));
    JsonNode plan = JSON.readTree(out.resolve("2024/speech.json").toFile());
    assertEquals(corpus.resolve("2024/speech.txt").toString(), path(plan));
  }

  @Test
  void writesOneInputToAFileOrIntoADirectory() throws IOException {
    Path speech = file("speech.txt");

    Run toFile = run("extract", "-o", dir.resolve("plans/plan.yaml").toString(), speech.toString());
    Run toNewDir =
        run("extract", "-f", "csv", "-o", dir.resolve("ledger") + "/", speech.toString());
    Run toOldDir =
        run("extract", "-f", "json", "-o", dir.resolve("ledger").toString(), speech.toString());

    assertEquals(
        List.of(Cli.OK, Cli.OK, Cli.OK), List.of(toFile.code(), toNewDir.code(), toOldDir.code()));
    assertTrue(Files.readString(dir.resolve("plans/plan.yaml")).startsWith("schema: "));
    assertEquals(List.of("speech.csv", "speech.json"), filesUnder(dir.resolve("ledger")));
  }

  @Test
  void neverOverwritesAnInput() throws IOException {
    Path speech = file("speech.txt");
    Path yaml = file("notes/speech.yaml");
    Path other = file("other.txt");

    Run same = run("extract", "-o", speech.toString(), speech.toString());
    Run intoInputs =
        run("extract", "-o", yaml.getParent().toString(), yaml.toString(), other.toString());

    assertEquals(Cli.FAILED, same.code());
    assertEquals(
        List.of("luoshi: " + speech + ": output " + speech + " would overwrite an input"),
        same.report());
    assertEquals(SPEECH, Files.readString(speech));
    assertEquals(Cli.FAILED, intoInputs.code());
    assertEquals(
        List.of("luoshi: " + yaml + ": output " + yaml + " would overwrite an input"),
        intoInputs.report());
    assertEquals(SPEECH, Files.readString(yaml));
    assertTrue(Files.readString(yaml.resolveSibling("other.yaml")).startsWith("schema: "));
  }

  @Test
  void refusesTwoInputsWritingTheSameOutput() throws IOException {
    Path first = file("a/speech.txt");
    Path second = file("b/speech.txt");

    Run run = run("extract", "-o", dir.resolve("out") + "/", second.toString(), first.toString());

    assertEquals(Cli.FAILED, run.code());
    assertEquals(
        List.of(
            "luoshi: "
                + second
                + ": output "
                + dir.resolve("out/speech.yaml")
                + " is also the output of "
                + first),
        run.report());
    assertEquals(List.of("speech.yaml"), filesUnder(dir.resolve("out")));
  }

  @Test
  void leavesNoFileForAFailedInput() throws IOException {
    Path out = dir.resolve("out");
    Path empty = file("in/empty.txt", "", UTF_8);
    file("in/good.txt");

    Run run = run("extract", "-o", out + "/", empty.getParent().toString());

    assertEquals(Cli.FAILED, run.code());
    assertEquals(List.of("luoshi: " + empty + ": empty file"), run.report());
    assertEquals(List.of("good.yaml"), filesUnder(out));
  }

  @Test
  void twoRunsGiveTheSameBytes() throws IOException {
    for (int i = 0; i < 6; i++) {
      file("corpus/speech" + i + ".txt", SPEECH.repeat(i + 1), UTF_8);
    }
    String corpus = dir.resolve("corpus").toString();

    Run first = run("extract", "-j", "3", "-f", "json", corpus);
    Run second = run("extract", "-j", "1", "-f", "json", corpus);
    run("extract", "-j", "4", "-o", dir.resolve("out1") + "/", corpus);
    run("extract", "-j", "2", "-o", dir.resolve("out2") + "/", corpus);

    assertEquals(Cli.OK, first.code());
    assertArrayEquals(first.out(), second.out());
    for (String name : filesUnder(dir.resolve("out1"))) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("out1").resolve(name)),
          Files.readAllBytes(dir.resolve("out2").resolve(name)));
    }
    assertEquals(6, filesUnder(dir.resolve("out2")).size());
  }

  @Test
  void readsChineseFileNames() throws IOException {
    assumeTrue(
        StandardCharsets.UTF_8.name().equals(System.getProperty("sun.jnu.encoding")),
        "file names need a UTF-8 locale in this JVM");
    Path speech = file("会议材料/在全市安全生产工作会议上的讲话.txt");

    Run run =
        run("extract", "-f", "json", "-o", dir.resolve("输出") + "/", speech.getParent().toString());

    assertEquals(Cli.OK, run.code(), run.err());
    Path plan = dir.resolve("输出/在全市安全生产工作会议上的讲话.json");
    assertEquals(speech.toString(), path(JSON.readTree(plan.toFile())));
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhy() throws IOException {
    String speech = file("a.txt").toString();
    String[][] cases = {
      {"extract", "--meeting-date", "2024-02-30", speech},
      {"extract", "--meeting-date", "3月1日", speech},
      {"extract", "--encoding", "no-such-charset", speech},
      {"extract", "-f", "xml", speech},
      {"extract", "--jobs", "0", speech},
      {"extract", "--no-such-option", speech},
      {"extract"},
      {"no-such-command"},
      {},
    };
    for (String[] args : cases) {
      Run run = run(args);
      assertEquals(Cli.USAGE, run.code(), String.join(" ", args));
      assertEquals(0, run.out().length);
      assertTrue(run.err().startsWith("luoshi: "), run.err());
      assertTrue(run.err().contains("--help' for more information."), run.err());
    }
    assertEquals(
        "luoshi: Invalid value for option '--meeting-date': '2024-02-30' is not a date:"
            + " February 2024 has 29 days",
        run(cases[0]).errLines().get(0));
    assertEquals(
        "luoshi: Invalid value for option '--encoding': unknown encoding 'no-such-charset'",
        run(cases[2]).errLines().get(0));
  }

  @Test
  void severalInputsIntoAFileMakeOneDocument() throws IOException {
    Path taken = file("taken.yaml", "x", UTF_8);
    Path a = file("a.txt");

    Run run = run("extract", "-o", taken.toString(), a.toString(), file("b.txt").toString());
    Run intoInput = run("extract", "-o", a.toString(), a.toString(), file("c.txt").toString());

    assertEquals(Cli.OK, run.code(), run.err());
    String yaml = Files.readString(taken);
    assertEquals(2, yaml.split("(?m)^schema: ").length - 1, yaml);
    assertEquals(Cli.USAGE, intoInput.code());
    assertEquals("luoshi: --output: '" + a + "' is one of the inputs", intoInput.errLines().get(0));
    assertEquals(SPEECH, Files.readString(a));
  }

  @Test
  void helpListsTheExitCodes() {
    for (String[] args : new String[][] {{"--help"}, {"extract", "--help"}}) {
      Run run = run(args);
      assertEquals(Cli.OK, run.code());
      String help = run.text();
      assertTrue(help.contains("Exit codes:"), help);
      assertTrue(help.contains("  0   all inputs done"), help);
      assertTrue(help.contains("  1   one or more inputs failed"), help);
      assertTrue(help.contains("  2   usage error"), help);
    }
    assertTrue(run("--help").text().contains("extract"));
    assertTrue(run("extract", "--help").text().contains("重点工作任务分解表"));
  }

  @Test
  void printsTheVersion() {
    Run run = run("--version");
    assertEquals(Cli.OK, run.code());
    String version = run.text().strip();
    String manifest = Cli.class.getPackage().getImplementationVersion();
    assertEquals(manifest == null ? "luoshi (development build)" : "luoshi " + manifest, version);
    assertEquals(run.text(), run("extract", "--version").text());
  }

  @Test
  void mapsFailuresToExitCodesInOnePlace() throws IOException {
    String speech = file("a.txt").toString();

    Run config =
        run(
            new byte[0],
            (settings, model) -> {
              throw new ConfigException("dict.txt", "line 3: no part of speech");
            },
            "extract",
            speech);
    Run internal =
        run(
            new byte[0],
            (settings, model) -> {
              throw new IllegalStateException("model missing");
            },
            "extract",
            speech);

    assertEquals(Cli.USAGE, config.code());
    assertEquals(List.of("luoshi: dict.txt: line 3: no part of speech"), config.errLines());
    assertEquals(Cli.FAILED, internal.code());
    assertEquals(
        List.of(
            "luoshi: internal error: model missing (run with --debug or LUOSHI_DEBUG=1 for"
                + " details)"),
        internal.errLines());
    assertEquals("internal error: NullPointerException", Cli.reason(new NullPointerException()));
    assertEquals("internal error: a b", Cli.reason(new IllegalStateException("a\nb")));
  }

  @Test
  void plansNothingWhenNothingCanBePlanned() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    Run run =
        run(
            new byte[0],
            (settings, model) -> {
              throw new AssertionError("no planner needed");
            },
            "extract",
            empty.toString());

    assertEquals(Cli.FAILED, run.code());
    assertEquals(List.of("luoshi: " + empty + ": no .txt, .docx or .pdf files"), run.report());
  }

  private JsonNode planOf(byte[] stdin) throws IOException {
    Run run = run(stdin, (settings, model) -> LUOSHI, "extract", "-f", "json", "-");
    assertEquals(Cli.OK, run.code(), run.err());
    return JSON.readTree(run.out());
  }

  private static JsonNode withoutEncoding(JsonNode plan) {
    ObjectNode copy = plan.deepCopy();
    ((ObjectNode) copy.get("source")).remove(List.of("encoding", "sha256"));
    return copy;
  }

  private static String path(String jsonLine) {
    try {
      return path(JSON.readTree(jsonLine));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String path(JsonNode plan) {
    return plan.get("source").get("path").asText();
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

  private static final Charset UTF_8 = StandardCharsets.UTF_8;

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
