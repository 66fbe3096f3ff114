package dev.luoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertIterableEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The extract run's command line built without annotations is the one the annotations make: the
 * same options with the same attributes, the same help, and the same values parsed.
 */
class ExtractCommandLineTest {
  @TempDir Path dir;

  private ExtractCommand extract() {
    return new ExtractCommand(
        new StandardStreams(
            new ByteArrayInputStream(new byte[0]),
            new ByteArrayOutputStream(),
            new ByteArrayOutputStream(),
            false),
        dir,
        (settings, model) -> {
          throw new AssertionError("nothing here plans");
        });
  }

  private CommandLine annotated(RootCommand root, ExtractCommand extract) {
    CommandLine commandLine = new CommandLine(root);
    commandLine.addSubcommand(extract);
    return commandLine;
  }

  @Test
  void theModelsAreTheSame() {
    CommandLine expected = annotated(new RootCommand(false), extract());
    CommandLine actual = ExtractCommandLine.of(new RootCommand(false), extract());
    assertIterableEquals(describe(expected.getCommandSpec()), describe(actual.getCommandSpec()));
    assertIterableEquals(
        describe(expected.getSubcommands().get("extract").getCommandSpec()),
        describe(actual.getSubcommands().get("extract").getCommandSpec()));
    assertEquals(
        List.copyOf(expected.getSubcommands().keySet()),
        List.copyOf(actual.getSubcommands().keySet()));
  }

  @Test
  void theHelpIsTheSame() {
    CommandLine expected = annotated(new RootCommand(false), extract());
    CommandLine actual = ExtractCommandLine.of(new RootCommand(false), extract());
    assertEquals(expected.getUsageMessage(), actual.getUsageMessage());
    assertEquals(
        expected.getSubcommands().get("extract").getUsageMessage(),
        actual.getSubcommands().get("extract").getUsageMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "extract a.txt",
        "extract -q -f json -o out/ a.txt b.docx",
        "--debug extract --format=md --meeting-date 2024-02-29 --encoding GBK -j 3 a.txt",
        "extract --debug --skip-existing -o out --config c.yaml --dict a.txt --dict b.txt x.txt",
        "extract --model m.bin -fcsv -qo out.csv -",
        "extract --builtin-model --no-model a.txt",
        "extract -- -q"
      })
  void parsesTheSameValues(String line) {
    String[] args = line.split(" ");
    RootCommand expectedRoot = new RootCommand(false);
    ExtractCommand expected = extract();
    annotated(expectedRoot, expected).parseArgs(args);
    RootCommand actualRoot = new RootCommand(false);
    ExtractCommand actual = extract();
    ExtractCommandLine.of(actualRoot, actual).parseArgs(args);
    assertEquals(values(expectedRoot, expected), values(actualRoot, actual));
  }

  private static List<Object> values(RootCommand root, ExtractCommand x) {
    return Arrays.asList(
        root.debug(),
        x.inputs,
        x.writer.getClass(),
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
        x.spec.commandLine().getCommandName(),
        x.modelOptions.mixee == x.spec);
  }

  /** What picocli's help, parser and completion read of a command, as text. */
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
        String.valueOf(a.initialValue()),
        String.valueOf(a.hasInitialValue()),
        String.valueOf(
            a.completionCandidates() == null
                ? null
                : StreamSupport.stream(a.completionCandidates().spliterator(), false).toList()));
  }
}
