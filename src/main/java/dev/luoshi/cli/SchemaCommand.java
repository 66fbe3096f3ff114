package dev.luoshi.cli;

import dev.luoshi.plan.PlanSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code luoshi schema}: prints the JSON Schema of the plans {@code extract} writes. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
      "Prints the JSON Schema (draft 2020-12) of the plans 'extract' writes as JSON or YAML."
    },
    exitCodeListHeading = Cli.EXIT_CODE_HEADING,
    exitCodeList = {Cli.EXIT_OK, Cli.EXIT_USAGE})
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(PlanSchema.text());
    spec.commandLine().getOut().flush();
    return Cli.OK;
  }
}
