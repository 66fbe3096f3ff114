package dev.luoshi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
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
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command, e.g. 'luoshi extract'");
  }
}
