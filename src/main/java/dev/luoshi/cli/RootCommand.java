package dev.luoshi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code luoshi}: only dispatches to its commands. */
@Command(
    name = "luoshi",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Turns a Chinese meeting speech (讲话稿) into a structured plan:",
      "the outline of its numbered points and every directive with owners and deadlines."
    },
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = Cli.EXIT_CODE_HEADING,
    exitCodeList = {Cli.EXIT_OK, Cli.EXIT_FAILED, Cli.EXIT_USAGE})
final class RootCommand implements Callable<Integer> {
  /** The environment variable that turns {@code --debug} on: any value but empty, 0 or false. */
  static final String DEBUG_ENV = "LUOSHI_DEBUG";

  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "On an internal error, print its stack trace (also: " + DEBUG_ENV + "=1).")
  boolean debugOption;

  private final boolean debugFromEnvironment;

  RootCommand(boolean debugFromEnvironment) {
    this.debugFromEnvironment = debugFromEnvironment;
  }

  /** Whether internal errors show their stack trace. */
  boolean debug() {
    return debugOption || debugFromEnvironment;
  }

  /** Whether an environment value of {@link #DEBUG_ENV} turns debugging on. */
  static boolean debugValue(String value) {
    return value != null
        && !value.isBlank()
        && !value.strip().equals("0")
        && !value.strip().equalsIgnoreCase("false");
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command, e.g. 'luoshi extract'");
  }
}
