package dev.luoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An extract run's command line holds extract alone: for every argument list that does not plan, it
 * says and returns what the command line of every command says and returns.
 */
class CommandLineForArgsTest {
  @TempDir Path dir;

  private record Said(int code, String out, String err) {}

  private Said run(boolean forArgs, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StandardStreams streams =
        new StandardStreams(new ByteArrayInputStream(new byte[0]), out, err, false);
    Planners none =
        (settings, model) -> {
          throw new AssertionError("nothing here plans");
        };
    var commandLine =
        forArgs
            ? Cli.commandLine(streams, dir, none, false, args)
            : Cli.commandLine(streams, dir, none, false);
    int code = commandLine.execute(args);
    return new Said(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "extract --help",
        "--debug extract -h",
        "extract --version",
        "extract",
        "extract --formt json a.txt",
        "extract -f docx a.txt",
        "extract --meeting-date 2024-02-30 a.txt",
        "extract -j 0 a.txt",
        "extract --skip-existing a.txt",
        "extract --dict",
        "extract --debug --help",
        "extract -qV",
        "extract -o",
        "extract -j x a.txt",
        "extract --encoding nope a.txt",
        "extract --builtin-model --no-model a.txt",
        "extract --format=xml --quiet a.txt"
      })
  void saysWhatEveryCommandsCommandLineSays(String line) {
    String[] args = line.split(" ");
    assertTrue(Cli.calls(args, "extract"));
    Said full = run(false, args);
    assertEquals(full, run(true, args));
    assertFalse(full.out().isEmpty() && full.err().isEmpty(), "says something");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "extrct a.txt", "eval --help", "schema", "a.txt extract"})
  void otherArgumentsGetEveryCommand(String line) {
    String[] args = line.split(" ");
    assertFalse(Cli.calls(args, "extract"));
    assertEquals(
        List.of("extract", "eval", "train", "schema", "completion"),
        List.copyOf(
            Cli.commandLine(
                    new StandardStreams(
                        new ByteArrayInputStream(new byte[0]),
                        new ByteArrayOutputStream(),
                        new ByteArrayOutputStream(),
                        false),
                    dir,
                    (settings, model) -> null,
                    false,
                    args)
                .getSubcommands()
                .keySet()));
  }
}
