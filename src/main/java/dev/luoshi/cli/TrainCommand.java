package dev.luoshi.cli;

import dev.luoshi.Luoshi;
import dev.luoshi.config.Config;
import dev.luoshi.config.ModelChoice;
import dev.luoshi.model.TaskModelTrainer;
import dev.luoshi.model.TrainingReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code luoshi train}: trains a task model on the user's own annotated speeches and writes it
 * atomically, for {@code extract --model}. The units are read by the rules adapted by the
 * configuration in force, so the model is meant for use with the same configuration.
 */
@Command(
    name = "train",
    versionProvider = ManifestVersion.class,
    sortOptions = false,
    modelTransformer = TrainCommand.SharedOptions.class,
    description = {
      "Trains a task model on your own annotated speeches, for 'luoshi extract --model'.",
      "Each gold file GOLD/NAME.json (the guideline's gold format) labels the units of"
          + " SRC/NAME.txt; a unit it does not quote is a non-task. Train and plan with the same"
          + " --config and --dict."
    },
    exitCodeListHeading = Cli.EXIT_CODE_HEADING,
    exitCodeList = {
      "0:model written",
      "1:training failed: a bad gold or source file, nothing to learn, or the model not written",
      Cli.EXIT_USAGE
    })
final class TrainCommand implements Callable<Integer> {
  /**
   * GIS iterations unless --iterations says otherwise: those of {@link TaskModelTrainer#defaults}.
   */
  static final int DEFAULT_ITERATIONS = TaskModelTrainer.DEFAULT_ITERATIONS;

  /**
   * The feature cutoff unless --cutoff says otherwise: that of {@link TaskModelTrainer#defaults}.
   */
  static final int DEFAULT_CUTOFF = TaskModelTrainer.DEFAULT_CUTOFF;

  @Spec CommandSpec spec;

  @Option(
      names = "--src",
      required = true,
      paramLabel = "DIR",
      description = "Folder of the sources, NAME.txt.")
  Path src;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "Folder of the gold files, NAME.json.")
  Path gold;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The model file to write (replaced whole, never left half-written).")
  Path output;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_ITERATIONS,
      description = "Training iterations; default: ${DEFAULT-VALUE}.")
  int iterations;

  @Option(
      names = "--cutoff",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_CUTOFF,
      description = "Ignore features seen fewer than N times; default: ${DEFAULT-VALUE}.")
  int cutoff;

  final ConfigOptions configOptions = new ConfigOptions();

  private final Path workingDir;
  private final Planners planners;

  TrainCommand(Path workingDir, Planners planners) {
    this.workingDir = workingDir;
    this.planners = planners;
  }

  @Override
  public Integer call() throws IOException {
    requireDir(src, "--src");
    requireDir(gold, "--gold");
    if (iterations < 1) {
      throw new ParameterException(spec.commandLine(), "--iterations must be at least 1");
    }
    if (cutoff < 0) {
      throw new ParameterException(spec.commandLine(), "--cutoff must not be negative");
    }
    if (Files.isDirectory(output)) {
      throw new ParameterException(
          spec.commandLine(), "--output: '" + output + "' is a directory, not a model file");
    }
    Config config = configOptions.load(workingDir, ModelChoice.rulesOnly());
    long start = System.nanoTime();
    Luoshi luoshi = Cli.planner(planners, config);
    TrainingReport report = luoshi.train(src, gold, new TaskModelTrainer(iterations, cutoff));
    try {
      AtomicFiles.write(output, report.model()::write);
    } catch (IOException e) {
      throw new IOException("cannot write " + output + ": " + Cli.reason(e), e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        String.format(
            Locale.ROOT,
            "luoshi: wrote %s: trained on %d %s, %d labelled units (%d tasks), in %.1f s",
            Cli.oneLine(output.toString()),
            report.files(),
            report.files() == 1 ? "file" : "files",
            report.units(),
            report.tasks(),
            seconds));
    err.flush();
    return Cli.OK;
  }

  private void requireDir(Path dir, String option) {
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(
          spec.commandLine(), "Not a folder for " + option + ": '" + dir + "'");
    }
  }

  /**
   * Adds the configuration options after this command's own options, then -h and -V, where
   * {@code @Mixin} fields and {@code mixinStandardHelpOptions} put them: their one definition is
   * {@link CommandModels}.
   */
  static final class SharedOptions implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      TrainCommand train = (TrainCommand) spec.userObject();
      CommandModels.addConfigOptions(spec, train.configOptions);
      CommandModels.addStandardHelpOptions(spec);
      return spec;
    }
  }
}
