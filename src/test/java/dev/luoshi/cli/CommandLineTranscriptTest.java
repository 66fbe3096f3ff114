package dev.luoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What the command line prints, returns and parses, kept in a transcript: {@code
 * command-line.transcript.txt} under this package's test resources. It was first written from the
 * annotated model of every command, so it holds the help texts, error messages, exit codes,
 * completion script and parsed values that the command line built without annotations must keep.
 * Both the command line of every command and the one {@code main} builds for the arguments (extract
 * alone for an extract run) must give it. Run with {@code -Dgolden.update=true} to rewrite it on
 * purpose (then review the diff).
 */
class CommandLineTranscriptTest {
  private static final Path TRANSCRIPT =
      Path.of(System.getProperty("luoshi.basedir", "."))
          .resolve("src/test/resources/dev/luoshi/cli/command-line.transcript.txt");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** Run to the end: help, version, usage errors; none of them plans. */
  private static final List<String> RUNS =
      List.of(
          "",
          "--help",
          "-h",
          "-V",
          "--debug",
          "extrct a.txt",
          "help",
          "extract --help",
          "--debug extract -h",
          "extract --version",
          "extract",
          "extract --formt json a.txt",
          "extract -f docx a.txt",
          "extract --meeting-date 2024-02-30 a.txt",
          "extract -j 0 a.txt",
          "extract -j 999 a.txt",
          "extract -j x a.txt",
          "extract --skip-existing a.txt",
          "extract --dict",
          "extract --config",
          "extract --model",
          "extract --debug --help",
          "extract -qV",
          "extract -o",
          "extract --encoding nope a.txt",
          "extract --builtin-model --no-model a.txt",
          "extract --model m.bin --no-model a.txt",
          "extract --format=xml --quiet a.txt",
          "extract --config nowhere.yaml a.txt",
          "extract --dict nowhere.txt a.txt",
          "eval --help",
          "eval -V",
          "eval",
          "eval --src .",
          "eval --src . --gold . --builtin-model --no-model",
          "eval --src . --gold . --model",
          "eval --src . --gold . --dict",
          "eval --src . --gold . --config nowhere.yaml",
          "eval --formt x",
          "--debug eval --help",
          "train --help",
          "train",
          "train --src . --gold . -o m.bin --dict",
          "train --src . --gold . -o m.bin --model x",
          "train --src . --gold . -o m.bin --config nowhere.yaml",
          "schema --help",
          "schema -x",
          "completion --help",
          "completion");

  /** Parsed only: the values every option and parameter of the command called holds after it. */
  private static final List<String> PARSES =
      List.of(
          "extract a.txt",
          "extract -q -f json -o out/ a.txt b.docx",
          "--debug extract --format=md --meeting-date 2024-02-29 --encoding GBK -j 3 a.txt",
          "extract --debug --skip-existing -o out --config c.yaml --dict a.txt --dict b.txt x.txt",
          "extract --model m.bin -fcsv -qo out.csv -",
          "extract --builtin-model --no-model a.txt",
          "extract -- -q",
          "eval --src s --gold g -v --cv --config c.yaml --dict a.txt --dict b.txt --model m.bin",
          "eval --src s --gold g -f json --builtin-model --debug",
          "train --src s --gold g -o m.bin --iterations 5 --cutoff 0 --dict a.txt --config c.yaml");

  @TempDir Path dir;

  private static StandardStreams streams(ByteArrayOutputStream out, ByteArrayOutputStream err) {
    return new StandardStreams(new ByteArrayInputStream(new byte[0]), out, err, false);
  }

  private static final Planners NONE =
      (settings, model) -> {
        throw new AssertionError("nothing here plans");
      };

  /**
   * The command line {@code main} builds for these arguments, or with {@code every} the command
   * line of every command whatever the arguments.
   */
  private CommandLine commandLine(StandardStreams streams, boolean every, String[] args) {
    return every
        ? Cli.commandLine(streams, dir, NONE, false)
        : Cli.commandLine(streams, dir, NONE, false, args);
  }

  private String run(String line, boolean every) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = commandLine(streams(out, err), every, args).execute(args);
    return "$ luoshi "
        + line
        + "\nexit "
        + code
        + "\n--- stdout\n"
        + out.toString(StandardCharsets.UTF_8).replace(dir.toString(), "DIR")
        + "--- stderr\n"
        + err.toString(StandardCharsets.UTF_8).replace(dir.toString(), "DIR");
  }

  private String parse(String line, boolean every) {
    String[] args = line.split(" ");
    CommandLine commandLine =
        commandLine(streams(new ByteArrayOutputStream(), new ByteArrayOutputStream()), every, args);
    List<CommandLine> parsed = commandLine.parseArgs(args).asCommandLineList();
    StringBuilder s = new StringBuilder("$ parse luoshi " + line + "\n");
    for (CommandLine c : parsed) {
      CommandSpec spec = c.getCommandSpec();
      s.append("[").append(spec.qualifiedName()).append("]\n");
      for (OptionSpec o : spec.options()) {
        s.append(o.longestName()).append(" = ").append(value(o.getValue())).append('\n');
      }
      for (PositionalParamSpec p : spec.positionalParameters()) {
        s.append(p.paramLabel()).append(" = ").append(value(p.getValue())).append('\n');
      }
    }
    if (parsed.get(parsed.size() - 1).getCommand() instanceof ExtractCommand x) {
      s.append("fields: ")
          .append(
              Arrays.asList(
                  x.inputs,
                  value(x.writer),
                  x.output,
                  x.meetingDate,
                  x.encoding,
                  x.jobs,
                  x.skipExisting,
                  x.quiet,
                  x.configOptions.config,
                  x.configOptions.dicts,
                  x.modelOptions.file,
                  x.modelOptions.builtIn,
                  x.modelOptions.none,
                  x.modelOptions.mixee == x.spec,
                  x.spec.commandLine() == parsed.get(parsed.size() - 1)))
          .append('\n');
    }
    return s.toString();
  }

  /** A value as text; a writer (no toString of its own) by its class. */
  private static String value(Object v) {
    if (v == null) {
      return "null";
    }
    String s = String.valueOf(v);
    return s.contains("@") ? v.getClass().getSimpleName() : s;
  }

  /** Every command's model, attribute by attribute, as help, parser and completion read it. */
  private String models(boolean every) {
    List<String> calls =
        every ? List.of("") : List.of("extract", "eval", "train", "schema", "completion");
    StringBuilder s = new StringBuilder();
    for (String call : calls) {
      String[] args = call.isEmpty() ? new String[0] : new String[] {call};
      CommandLine root =
          commandLine(
              streams(new ByteArrayOutputStream(), new ByteArrayOutputStream()), every, args);
      Map<String, CommandLine> all = new LinkedHashMap<>(Map.of("", root));
      all.putAll(root.getSubcommands());
      for (Map.Entry<String, CommandLine> named : all.entrySet()) {
        CommandLine c = named.getValue();
        // The root command once, then each command from a command line made for calling it.
        boolean wanted =
            every || (c == root ? call.equals(calls.get(0)) : named.getKey().equals(call));
        if (wanted) {
          s.append("$ model ").append(c.getCommandSpec().qualifiedName()).append('\n');
          describe(c.getCommandSpec()).forEach(line -> s.append(line).append('\n'));
          s.append("=== end\n");
        }
      }
    }
    return s.toString();
  }

  private String transcript(boolean every) {
    StringBuilder s = new StringBuilder();
    for (String line : RUNS) {
      s.append(run(line, every)).append("=== end\n");
    }
    for (String line : PARSES) {
      s.append(parse(line, every)).append("=== end\n");
    }
    s.append(models(every));
    return s.toString();
  }

  @ParameterizedTest(name = "every command: {0}")
  @ValueSource(booleans = {true, false})
  void saysReturnsAndParsesWhatItDid(boolean every) throws IOException {
    String actual = transcript(every);
    if (UPDATE && every) {
      Files.writeString(TRANSCRIPT, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(TRANSCRIPT, StandardCharsets.UTF_8);
    // Compared case by case, so that a failure names the command line that changed.
    Matcher e = Pattern.compile("(?s)\\$ .*?=== end\n").matcher(expected);
    Matcher a = Pattern.compile("(?s)\\$ .*?=== end\n").matcher(actual);
    while (e.find()) {
      assertEquals(e.group(), a.find() ? a.group() : "", "a case of the transcript");
    }
    assertEquals(expected, actual);
  }

  /** What picocli's help, parser and completion read of a command, as lines of text. */
  private static List<String> describe(CommandSpec spec) {
    List<String> out = new ArrayList<>();
    out.add(
        String.join(
            "|",
            spec.name(),
            Arrays.toString(spec.aliases()),
            Arrays.toString(spec.version()),
            String.valueOf(spec.mixinStandardHelpOptions()),
            String.valueOf(spec.usageMessage().sortOptions()),
            String.valueOf(spec.usageMessage().synopsisSubcommandLabel()),
            Arrays.toString(spec.usageMessage().description()),
            spec.usageMessage().commandListHeading(),
            spec.usageMessage().exitCodeListHeading(),
            String.valueOf(spec.usageMessage().exitCodeList()),
            String.valueOf(spec.usageMessage().hidden())));
    for (OptionSpec o : spec.options()) {
      out.add(
          describe(o)
              + "|"
              + String.join(
                  "|",
                  Arrays.toString(o.names()),
                  String.valueOf(o.usageHelp()),
                  String.valueOf(o.versionHelp()),
                  String.valueOf(o.help()),
                  String.valueOf(o.order()),
                  String.valueOf(o.negatable()),
                  String.valueOf(o.fallbackValue())));
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      out.add(describe(p) + "|" + p.index());
    }
    return out;
  }

  private static String describe(ArgSpec a) {
    return String.join(
        "|",
        Arrays.toString(a.description()),
        String.valueOf(a.descriptionKey()),
        String.valueOf(a.arity()),
        a.paramLabel(),
        String.valueOf(a.hideParamSyntax()),
        String.valueOf(a.type()),
        Arrays.toString(a.auxiliaryTypes()),
        Arrays.toString(Arrays.stream(a.converters()).map(Object::getClass).toArray()),
        String.valueOf(a.defaultValue()),
        String.valueOf(a.hidden()),
        String.valueOf(a.required()),
        String.valueOf(a.interactive()),
        String.valueOf(a.splitRegex()),
        String.valueOf(a.scopeType()),
        String.valueOf(a.inherited()),
        String.valueOf(a.showDefaultValue()),
        value(a.initialValue()),
        String.valueOf(a.hasInitialValue()),
        String.valueOf(
            a.completionCandidates() == null
                ? null
                : StreamSupport.stream(a.completionCandidates().spliterator(), false).toList()));
  }
}
