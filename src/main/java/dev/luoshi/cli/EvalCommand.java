package dev.luoshi.cli;

import dev.luoshi.Luoshi;
import dev.luoshi.config.Config;
import dev.luoshi.eval.EvalReport;
import dev.luoshi.eval.EvalReport.FileError;
import dev.luoshi.eval.Evaluator;
import dev.luoshi.model.TaskModelTrainer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code luoshi eval}: runs the extraction on annotated speeches and reports the measures of the
 * reference scorer (score.py), as its text table or as its {@code --json} summary, so that the two
 * can be diffed. Exit code 0 when every file was scored, 1 when some file failed (each failure is
 * named on stderr, the other files are still scored), 2 on a usage error.
 */
@Command(
    name = "eval",
    versionProvider = ManifestVersion.class,
    sortOptions = false,
    modelTransformer = EvalCommand.SharedOptions.class,
    description = {
      "Measures the extraction against your own annotations: tasks, actions, owners, deadlines"
          + " and outline, as precision, recall and F1.",
      "Each gold file GOLD/NAME.json is scored against the plan of SRC/NAME.txt, made with the"
          + " gold's meeting_date."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file scored", "1:some file failed", "2:usage error"})
public final class EvalCommand implements Callable<Integer> {
  /** How the report is printed. */
  public enum Format {
    /** score.py's text output. */
    TABLE,
    /** score.py's {@code --json} summary. */
    JSON
  }

  @Spec private CommandSpec spec;

  @Option(
      names = "--src",
      required = true,
      paramLabel = "DIR",
      description = "Folder of the sources, NAME.txt.")
  private Path src;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "Folder of the gold files, NAME.json.")
  private Path gold;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "table or json; default: ${DEFAULT-VALUE}.")
  private Format format;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Under each file of the table, list the tasks missed, the spurious and unlocatable"
              + " ones and the outline points missed.")
  private boolean verbose;

  @Option(
      names = "--cv",
      description =
          "Leave-one-file-out cross-validation of a task model: each file is planned with a model"
              + " trained on all the other gold files (and the rules), then scored. Compare it"
              + " with a plain run to decide whether a model of your own beats the rules.")
  private boolean crossValidate;

  private final ConfigOptions configOptions = new ConfigOptions();

  private final ModelOptions modelOptions = new ModelOptions();

  private final Path workingDir;
  private final Planners planners;

  /**
   * The command with the planners it evaluates.
   *
   * @param workingDir where luoshi.yaml is looked for and relative --config, --dict and --model
   *     paths are resolved
   * @param planners makes the planner for the configuration in force; called once per run, after
   *     the options are checked
   */
  public EvalCommand(Path workingDir, Planners planners) {
    this.workingDir = Objects.requireNonNull(workingDir, "workingDir");
    this.planners = Objects.requireNonNull(planners, "planners");
  }

  /**
   * The command with the planner it evaluates, whatever the configuration says (which is still read
   * and checked). The supplier is called once per run, after the options are checked, so a shared
   * planner can be created lazily.
   */
  public EvalCommand(Supplier<Luoshi> luoshi) {
    this(Path.of("").toAbsolutePath(), fixed(luoshi));
  }

  /** The command on the process's working directory, planning with {@code Luoshi::create}. */
  public EvalCommand() {
    this(Path.of("").toAbsolutePath(), Luoshi::create);
  }

  private static Planners fixed(Supplier<Luoshi> luoshi) {
    Objects.requireNonNull(luoshi, "luoshi");
    return (settings, model) -> luoshi.get();
  }

  /**
   * Runs the evaluation, prints the report on stdout and each failed file on stderr; returns the
   * exit code.
   *
   * @throws ParameterException when --src or --gold is not a folder, or the model options clash
   * @throws dev.luoshi.ConfigException when a configuration, word list or model file cannot be used
   * @throws dev.luoshi.LuoshiException when the planner cannot be made or the gold folder listed
   *     (left to the root command's handler)
   */
  @Override
  public Integer call() {
    requireDir(src, "--src");
    requireDir(gold, "--gold");
    Config config = configOptions.load(workingDir, modelOptions.choice(workingDir));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Luoshi luoshi = Cli.planner(planners, config);
    EvalReport report =
        crossValidate
            ? luoshi.crossValidate(src, gold, TaskModelTrainer.defaults())
            : Evaluator.of(luoshi).evaluate(src, gold);
    out.print(format == Format.JSON ? report.toJson() : report.toTable(verbose));
    out.flush();
    for (FileError e : report.errors()) {
      err.println("luoshi: " + e.message());
    }
    err.flush();
    return report.failed() ? 1 : 0;
  }

  private void requireDir(Path dir, String option) {
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(
          spec.commandLine(), "Not a folder for " + option + ": '" + dir + "'");
    }
  }

  /** Reads {@code table} or {@code json}, in any case. */
  public static final class FormatConverter implements ITypeConverter<Format> {
    /** Used by picocli. */
    public FormatConverter() {}

    /** The format named by the value. */
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected table or json, not '" + value + "'");
      }
    }
  }

  /**
   * Adds the configuration and model options after this command's own options, then -h and -V,
   * where {@code @Mixin} fields and {@code mixinStandardHelpOptions} put them: their one definition
   * is {@link CommandModels}.
   */
  static final class SharedOptions implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      EvalCommand eval = (EvalCommand) spec.userObject();
      CommandModels.addConfigOptions(spec, eval.configOptions);
      CommandModels.addModelOptions(spec, eval.modelOptions);
      CommandModels.addStandardHelpOptions(spec);
      return spec;
    }
  }
}
