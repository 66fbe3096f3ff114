package dev.luoshi.cli;

import dev.luoshi.config.ConfigLoader;
import dev.luoshi.write.PlanWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * The one definition of the root command, of extract and of the options extract shares with eval
 * and train ({@link ConfigOptions}, {@link ModelOptions}), built with picocli's programmatic API
 * and bound to those objects' fields; every command line uses it (help, completion, parsing).
 * Annotations would make picocli reflect on the classes and make a dynamic proxy class per
 * annotation type at every start, which an extract run pays on its main thread while the planner
 * loads (about 25 ms of processor time); here nothing is reflected on. Eval, train and schema keep
 * their own options as annotations and add the shared ones from here through a model transformer of
 * their own. CommandLineTranscriptTest holds what the annotated model printed, returned and parsed.
 */
final class CommandModels {
  private CommandModels() {}

  /** The root command: --debug, -h and -V, its texts and exit codes; bound to {@code root}. */
  static CommandSpec root(RootCommand root) {
    CommandSpec rootSpec = CommandSpec.wrapWithoutInspection(root);
    root.spec = rootSpec;
    rootSpec.name("luoshi").versionProvider(new ManifestVersion());
    rootSpec
        .usageMessage()
        .synopsisSubcommandLabel("COMMAND")
        .description(
            "Turns a Chinese meeting speech (讲话稿) into a structured plan:",
            "the outline of its numbered points and every directive with owners and deadlines.")
        .commandListHeading("%nCommands:%n")
        .exitCodeListHeading(Cli.EXIT_CODE_HEADING)
        .exitCodeList(exitCodes());
    rootSpec.addOption(
        bind(
                OptionSpec.builder("--debug")
                    .scopeType(ScopeType.INHERIT)
                    .description(
                        "On an internal error, print its stack trace (also: "
                            + RootCommand.DEBUG_ENV
                            + "=1)."),
                "debugOption",
                boolean.class,
                () -> root.debugOption,
                v -> root.debugOption = v)
            .build());
    addStandardHelpOptions(rootSpec);
    return rootSpec;
  }

  /** {@code extract}: its inputs and options, then the shared ones; bound to {@code x}. */
  static CommandSpec extract(ExtractCommand x) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(x);
    x.spec = spec;
    spec.name("extract").versionProvider(new ManifestVersion());
    spec.usageMessage()
        .sortOptions(false)
        .description(
            "Reads speeches and writes their plans: outline, tasks, owners and deadlines.",
            "Reads text files (UTF-8, UTF-16 or GB18030/GBK, told apart by themselves), Word .docx"
                + " and PDF documents.")
        .exitCodeListHeading(Cli.EXIT_CODE_HEADING)
        .exitCodeList(exitCodes());
    spec.addPositional(
        bind(
                PositionalParamSpec.builder()
                    .arity("1..*")
                    .required(true)
                    .paramLabel("INPUT")
                    .auxiliaryTypes(String.class)
                    .description(
                        "A text, .docx or .pdf file, a directory (searched for *.txt, *.docx,"
                            + " *.pdf), or - for standard input."),
                "inputs",
                List.class,
                () -> x.inputs,
                v -> x.inputs = v)
            .build());
    spec.addOption(
        bind(
                OptionSpec.builder("-f", "--format")
                    .paramLabel("FORMAT")
                    .defaultValue("yaml")
                    .converters(new Converters.Format())
                    .completionCandidates(new Converters.FormatNames())
                    .description(
                        "${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}.",
                        "csv and xlsx are the task ledger (重点工作任务分解表) for Excel, md the outline"
                            + " and ledger in Markdown, html a review page of the speech with its"
                            + " tasks."),
                "writer",
                PlanWriter.class,
                () -> x.writer,
                v -> x.writer = v)
            .build());
    spec.addOption(
        bind(
                OptionSpec.builder("-o", "--output")
                    .paramLabel("PATH")
                    .description(
                        "A file: everything goes into it; several inputs make one ledger (one"
                            + " workbook with a summary sheet, one CSV with 来源文件 …).",
                        "A directory (existing, or ending with /): one NAME.EXT per input,"
                            + " subfolders mirrored.",
                        "Without it plans go to standard output; several as YAML documents"
                            + " separated by ---, JSON Lines, or one table."),
                "output",
                String.class,
                () -> x.output,
                v -> x.output = v)
            .build());
    spec.addOption(
        bind(
                OptionSpec.builder("--meeting-date")
                    .paramLabel("YYYY-MM-DD")
                    .converters(new Converters.Date())
                    .description(
                        "The day of the meeting, for deadlines relative to it (default: a date"
                            + " line in the text)."),
                "meetingDate",
                LocalDate.class,
                () -> x.meetingDate,
                v -> x.meetingDate = v)
            .build());
    spec.addOption(
        bind(
                OptionSpec.builder("--encoding")
                    .paramLabel("NAME")
                    .converters(new Converters.Encoding())
                    .description("Read every input in this encoding, e.g. GBK (default: detect)."),
                "encoding",
                Charset.class,
                () -> x.encoding,
                v -> x.encoding = v)
            .build());
    spec.addOption(
        bind(
                OptionSpec.builder("-j", "--jobs")
                    .paramLabel("N")
                    .description(
                        "Inputs planned at once, 1 to "
                            + ExtractCommand.MAX_JOBS
                            + " (default: the processors)."),
                "jobs",
                Integer.class,
                () -> x.jobs,
                v -> x.jobs = v)
            .build());
    spec.addOption(
        bind(
                OptionSpec.builder("--skip-existing")
                    .description(
                        "Skip each input whose output file exists and is newer than the input"
                            + " (resumes a batch that was stopped); needs --output."),
                "skipExisting",
                boolean.class,
                () -> x.skipExisting,
                v -> x.skipExisting = v)
            .build());
    spec.addOption(
        bind(
                OptionSpec.builder("-q", "--quiet")
                    .description("Report no failed input and no progress on standard error."),
                "quiet",
                boolean.class,
                () -> x.quiet,
                v -> x.quiet = v)
            .build());
    addConfigOptions(spec, x.configOptions);
    addModelOptions(spec, x.modelOptions);
    addStandardHelpOptions(spec);
    return spec;
  }

  /**
   * {@code --config} and {@code --dict}, bound to {@code c}, as the mixin {@code configOptions} of
   * {@code command}.
   */
  static void addConfigOptions(CommandSpec command, ConfigOptions c) {
    CommandSpec mixin = CommandSpec.wrapWithoutInspection(c);
    mixin.addOption(
        bind(
                OptionSpec.builder("--config")
                    .paramLabel("FILE")
                    .description(
                        "Settings in YAML: units, roles, cues, never (lists of words), dict and"
                            + " model (files).",
                        "Default: "
                            + ConfigLoader.FILE_NAME
                            + " in the working directory, when there is one."),
                "config",
                Path.class,
                () -> c.config,
                v -> c.config = v)
            .build());
    mixin.addOption(
        bind(
                OptionSpec.builder("--dict")
                    .paramLabel("FILE")
                    .auxiliaryTypes(Path.class)
                    .description(
                        "A word list, UTF-8: one 'word [type]' a line, type unit (default), role,"
                            + " cue or never; # starts a comment. May be repeated; added after"
                            + " --config."),
                "dicts",
                List.class,
                () -> c.dicts,
                v -> c.dicts = v)
            .build());
    command.addMixin("configOptions", mixin);
  }

  /**
   * {@code --model}, {@code --builtin-model} and {@code --no-model}, bound to {@code m}, as the
   * mixin {@code modelOptions} of {@code command}, which {@code m} reports its usage errors on.
   */
  static void addModelOptions(CommandSpec command, ModelOptions m) {
    m.mixee = command;
    CommandSpec mixin = CommandSpec.wrapWithoutInspection(m);
    mixin.addOption(
        bind(
                OptionSpec.builder("--model")
                    .paramLabel("FILE")
                    .description(
                        "Let this task model (made by 'luoshi train') decide the units the rules"
                            + " are unsure of."),
                "file",
                Path.class,
                () -> m.file,
                v -> m.file = v)
            .build());
    mixin.addOption(
        bind(
                OptionSpec.builder("--builtin-model")
                    .description("Use the task model bundled with luoshi."),
                "builtIn",
                boolean.class,
                () -> m.builtIn,
                v -> m.builtIn = v)
            .build());
    mixin.addOption(
        bind(
                OptionSpec.builder("--no-model")
                    .description(
                        "Rules only, whatever luoshi.yaml says.", ModelOptions.DEFAULT_HELP),
                "none",
                boolean.class,
                () -> m.none,
                v -> m.none = v)
            .build());
    command.addMixin("modelOptions", mixin);
  }

  /**
   * What {@code mixinStandardHelpOptions = true} adds (picocli's mixin of -h and -V, under its
   * key), without reflecting on picocli's class for it; added last, after a command's own options
   * and mixins, where the annotation puts it.
   */
  static void addStandardHelpOptions(CommandSpec spec) {
    boolean[] requested = {false, false};
    CommandSpec mixin = CommandSpec.create();
    mixin.addOption(
        bind(
                OptionSpec.builder("-h", "--help")
                    .usageHelp(true)
                    .descriptionKey("mixinStandardHelpOptions.help")
                    .description("Show this help message and exit."),
                "helpRequested",
                boolean.class,
                () -> requested[0],
                v -> requested[0] = v)
            .build());
    mixin.addOption(
        bind(
                OptionSpec.builder("-V", "--version")
                    .versionHelp(true)
                    .descriptionKey("mixinStandardHelpOptions.version")
                    .description("Print version information and exit."),
                "versionRequested",
                boolean.class,
                () -> requested[1],
                v -> requested[1] = v)
            .build());
    spec.addMixin("mixinStandardHelpOptions", mixin);
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String entry : new String[] {Cli.EXIT_OK, Cli.EXIT_FAILED, Cli.EXIT_USAGE}) {
      int colon = entry.indexOf(':');
      codes.put(entry.substring(0, colon), entry.substring(colon + 1));
    }
    return codes;
  }

  /**
   * The builder with its type, and bound to a field through these functions as picocli binds an
   * annotated field: its value now is the initial value each parse starts from.
   */
  private static <V> OptionSpec.Builder bind(
      OptionSpec.Builder builder, String field, Class<?> type, Supplier<V> get, Consumer<V> set) {
    Binding<V> binding = new Binding<>(get, set);
    if (builder.paramLabel() == null) {
      builder.paramLabel("<" + field + ">");
    }
    if (builder.descriptionKey() == null) {
      builder.descriptionKey("");
    }
    return builder
        .type(type)
        .getter(binding)
        .setter(binding)
        .initialValue(get.get())
        .hasInitialValue(true);
  }

  /**
   * A positional parameter's builder bound as {@link #bind(OptionSpec.Builder, String, Class,
   * Supplier, Consumer)} binds an option's.
   */
  private static <V> PositionalParamSpec.Builder bind(
      PositionalParamSpec.Builder builder,
      String field,
      Class<?> type,
      Supplier<V> get,
      Consumer<V> set) {
    Binding<V> binding = new Binding<>(get, set);
    if (builder.descriptionKey() == null) {
      builder.descriptionKey("");
    }
    return builder
        .type(type)
        .getter(binding)
        .setter(binding)
        .initialValue(get.get())
        .hasInitialValue(true);
  }

  private static final class Binding<V> implements IGetter, ISetter {
    private final Supplier<V> get;
    private final Consumer<V> set;

    Binding(Supplier<V> get, Consumer<V> set) {
      this.get = get;
      this.set = set;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) get.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
      V old = get.get();
      set.accept((V) value);
      return (T) old;
    }
  }
}
