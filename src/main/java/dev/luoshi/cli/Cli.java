package dev.luoshi.cli;

import dev.luoshi.ConfigException;
import dev.luoshi.InputException;
import dev.luoshi.Luoshi;
import dev.luoshi.LuoshiException;
import dev.luoshi.config.Config;
import dev.luoshi.model.TaskModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds the {@code luoshi} command line and maps failures to messages and exit codes, in one place
 * for every command: 0 all inputs done, 1 some input failed, 2 usage error.
 */
public final class Cli {
  /** Every input was planned and written. */
  public static final int OK = 0;

  /** One or more inputs failed; the others were still planned and written. */
  public static final int FAILED = 1;

  /** The command line, an option's value or the configuration is wrong; nothing was done. */
  public static final int USAGE = 2;

  static final String EXIT_CODE_HEADING = "%nExit codes:%n";
  static final String EXIT_OK = "0:all inputs done";
  static final String EXIT_FAILED = "1:one or more inputs failed (the others are still written)";
  static final String EXIT_USAGE = "2:usage error: a bad option, value or configuration";

  private Cli() {}

  /**
   * The command line on the process's working directory, planning with {@code Luoshi::create} and
   * the configuration in force there.
   */
  public static CommandLine commandLine(StandardStreams streams) {
    return commandLine(streams, Luoshi::create, new String[0]);
  }

  /**
   * The command line for these arguments on the process's working directory and the configuration
   * in force there, planning with the given planners.
   */
  static CommandLine commandLine(StandardStreams streams, Planners planners, String[] args) {
    return commandLine(
        streams,
        Path.of("").toAbsolutePath(),
        planners,
        RootCommand.debugValue(System.getenv(RootCommand.DEBUG_ENV)),
        args);
  }

  /**
   * The command line on the given streams; {@code main} and tests both build it here.
   *
   * @param workingDir where luoshi.yaml is looked for and relative --config, --dict and --model
   *     paths are resolved
   * @param planners makes the planner for the configuration in force; called once per run, and only
   *     when there is something to plan (tests pass one shared instance)
   */
  public static CommandLine commandLine(
      StandardStreams streams, Path workingDir, Planners planners) {
    return commandLine(streams, workingDir, planners, false);
  }

  /**
   * The command line on the given streams, with internal errors shown with their stack trace when
   * {@code debug} is set (as {@code LUOSHI_DEBUG=1} sets it) or {@code --debug} is given.
   */
  public static CommandLine commandLine(
      StandardStreams streams, Path workingDir, Planners planners, boolean debug) {
    return commandLine(streams, workingDir, planners, debug, new String[0]);
  }

  /**
   * The command line for these arguments. A run of {@code extract} (the arguments name it first,
   * after {@code --debug}) gets the root command and extract alone: what it parses, prints and
   * reports is extract's, and the other commands' models (picocli reads their annotations) would
   * only cost the start of every run. The root command's and extract's models are built without
   * annotations ({@link CommandModels}). Any other arguments get every command.
   */
  static CommandLine commandLine(
      StandardStreams streams, Path workingDir, Planners planners, boolean debug, String[] args) {
    CommandLine commandLine = new CommandLine(CommandModels.root(new RootCommand(debug)));
    commandLine.addSubcommand(
        "extract",
        new CommandLine(CommandModels.extract(new ExtractCommand(streams, workingDir, planners))));
    if (!calls(args, "extract")) {
      // New commands go here. The shared options reach eval and train through their model
      // transformers, which picocli applies in a CommandLine constructor called from here (not in
      // the one addSubcommand would call on the command object).
      List<Object> commands =
          List.of(
              new EvalCommand(workingDir, planners),
              new TrainCommand(workingDir, planners),
              new SchemaCommand());
      commands.forEach(command -> commandLine.addSubcommand(new CommandLine(command)));
      commandLine.addSubcommand("completion", completion());
    }
    commandLine.setOut(utf8(streams.out()));
    commandLine.setErr(utf8(streams.err()));
    commandLine.setParameterExceptionHandler(Cli::usageError);
    commandLine.setExecutionExceptionHandler(
        (e, failed, parsed) -> {
          report(failed.getErr(), null, e, debug(failed.getCommandSpec()));
          return exitCode(e);
        });
    return commandLine;
  }

  /**
   * The planner for a configuration: its model is read first, so that a bad model file fails as a
   * configuration error; a class that fails to load is reported like any other failure.
   */
  static Luoshi planner(Planners planners, Config config) {
    TaskModel model = config.model().load().orElse(null);
    try {
      return planners.create(config.settings(), model);
    } catch (LinkageError e) {
      throw new IllegalStateException("cannot load the planner: " + reason(e), e);
    }
  }

  /** Whether the arguments call the named command: its name first, after any {@code --debug}. */
  static boolean calls(String[] args, String command) {
    int i = 0;
    while (i < args.length && args[i].equals("--debug")) {
      i++;
    }
    return i < args.length && args[i].equals(command);
  }

  /** The exit code for a failure that stopped a whole command. */
  static int exitCode(Throwable e) {
    if (e instanceof ParameterException || e instanceof ConfigException) {
      return USAGE;
    }
    return FAILED;
  }

  /** Whether {@code --debug} or {@code LUOSHI_DEBUG} asks for stack traces. */
  static boolean debug(picocli.CommandLine.Model.CommandSpec spec) {
    return spec.root().userObject() instanceof RootCommand root && root.debug();
  }

  /**
   * Reports a failure on stderr in one line, {@code luoshi: [NAME: ]REASON}. An internal error (a
   * bug, not a bad input) says how to get its stack trace, or prints it under {@code --debug}.
   *
   * @param name the input the failure is about, or null
   */
  static void report(PrintWriter err, String name, Throwable e, boolean debug) {
    String line = name == null ? describe(e) : oneLine(name) + ": " + reason(e);
    if (!isInternal(e)) {
      err.println("luoshi: " + line);
    } else if (debug) {
      err.println("luoshi: " + line);
      e.printStackTrace(err);
    } else {
      err.println(
          "luoshi: " + line + " (run with --debug or " + RootCommand.DEBUG_ENV + "=1 for details)");
    }
    err.flush();
  }

  /** Whether a failure is a bug of luoshi's rather than a bad input, file or option. */
  static boolean isInternal(Throwable e) {
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return isInternal(e.getCause());
    }
    return !(e instanceof LuoshiException
        || e instanceof IOException
        || e instanceof ParameterException);
  }

  /** A failure in one line, naming the input when it is about one. */
  static String describe(Throwable e) {
    if (e instanceof InputException input) {
      return oneLine(input.input()) + ": " + reason(e);
    }
    return reason(e);
  }

  /** Why something failed, in one line and without a stack trace. */
  static String reason(Throwable e) {
    if (e instanceof InputException input) {
      return oneLine(input.reason());
    }
    if (e instanceof LuoshiException) {
      return oneLine(e.getMessage());
    }
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return reason(e.getCause());
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return oneLine(fs.getReason());
    }
    if (e instanceof IOException) {
      return oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    String message = e.getMessage();
    return "internal error: "
        + oneLine(message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
  }

  /** Control characters and line breaks (in a message or a file name) as single spaces. */
  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine failed = e.getCommandLine();
    PrintWriter err = failed.getErr();
    err.println("luoshi: " + oneLine(e.getMessage()));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println(
        "Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
    return USAGE;
  }

  /**
   * {@code luoshi completion}: picocli's bash completion script, which zsh also runs through
   * bashcompinit.
   */
  private static CommandLine completion() {
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().usageMessage().hidden(false);
    completion
        .getCommandSpec()
        .usageMessage()
        .description(
            "Prints a completion script for bash and zsh:",
            "  source <(luoshi completion)       in ~/.bashrc",
            "  autoload -U +X bashcompinit && bashcompinit; source <(luoshi completion)"
                + "   in ~/.zshrc");
    return completion;
  }

  private static PrintWriter utf8(OutputStream out) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), true);
  }
}
