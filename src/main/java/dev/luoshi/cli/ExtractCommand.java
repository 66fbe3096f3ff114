package dev.luoshi.cli;

import dev.luoshi.InputException;
import dev.luoshi.Luoshi;
import dev.luoshi.PlanOptions;
import dev.luoshi.config.Config;
import dev.luoshi.decode.SourceDecoder;
import dev.luoshi.decode.SourceText;
import dev.luoshi.plan.Diagnostic;
import dev.luoshi.plan.Plan;
import dev.luoshi.write.PlanWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code luoshi extract}: plans each input and writes the plans. Inputs are planned in parallel and
 * reported in sorted order; a failed input is reported in one line and the others go on.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    sortOptions = false,
    description = {
      "Reads speeches and writes their plans: outline, tasks, owners and deadlines.",
      "Reads text files (UTF-8, UTF-16 or GB18030/GBK, told apart by themselves), Word .docx"
          + " and PDF documents."
    },
    exitCodeListHeading = Cli.EXIT_CODE_HEADING,
    exitCodeList = {Cli.EXIT_OK, Cli.EXIT_FAILED, Cli.EXIT_USAGE})
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "A text, .docx or .pdf file, a directory (searched for *.txt, *.docx, *.pdf), or - for"
              + " standard input.")
  List<String> inputs;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      converter = Converters.Format.class,
      completionCandidates = Converters.FormatNames.class,
      description = {
        "${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}.",
        "csv is the task ledger (重点工作任务分解表) for Excel."
      })
  PlanWriter writer;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = {
        "One input: this file, or NAME.EXT in PATH when PATH is a directory or ends with /.",
        "Several inputs or a directory: the directory for one file per input, subfolders"
            + " mirrored.",
        "Without it plans go to standard output; several as YAML documents separated by ---,"
            + " JSON Lines, or one CSV table."
      })
  String output;

  @Option(
      names = "--meeting-date",
      paramLabel = "YYYY-MM-DD",
      converter = Converters.Date.class,
      description =
          "The day of the meeting, for deadlines relative to it (default: a date line in the"
              + " text).")
  LocalDate meetingDate;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      converter = Converters.Encoding.class,
      description = "Read every input in this encoding, e.g. GBK (default: detect).")
  Charset encoding;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Inputs planned at once, 1 to " + MAX_JOBS + " (default: the processors).")
  Integer jobs;

  /** The most inputs planned at once: more threads than this only cost memory. */
  static final int MAX_JOBS = 256;

  @Option(
      names = "--skip-existing",
      description = {
        "Skip each input whose output file exists and is newer than the input (resumes a batch"
            + " that was stopped); needs --output."
      })
  boolean skipExisting;

  @Option(
      names = {"-q", "--quiet"},
      description = "Report no failed input and no progress on standard error.")
  boolean quiet;

  @Mixin ConfigOptions configOptions;

  @Mixin ModelOptions modelOptions;

  private final StandardStreams streams;
  private final Path workingDir;
  private final Planners planners;

  ExtractCommand(StandardStreams streams, Path workingDir, Planners planners) {
    this.streams = streams;
    this.workingDir = workingDir;
    this.planners = planners;
  }

  /**
   * A planned input: its plan when it goes to standard output, or why it failed (and the error,
   * when one was thrown).
   */
  private record Outcome(Plan plan, String failure, Throwable cause, List<Diagnostic> warnings) {
    Outcome(Plan plan, String failure) {
      this(plan, failure, null, List.of());
    }

    Outcome(Plan plan, String failure, Throwable cause) {
      this(plan, failure, cause, List.of());
    }

    /** A plan made, its warnings to repeat on stderr; the plan itself when it goes to stdout. */
    static Outcome planned(Plan plan, boolean toStdout) {
      return new Outcome(
          toStdout ? plan : null,
          null,
          null,
          plan.diagnostics().stream().filter(Diagnostic::warning).toList());
    }
  }

  @Override
  public Integer call() throws IOException {
    int threads =
        jobs == null ? Math.min(Runtime.getRuntime().availableProcessors(), MAX_JOBS) : jobs;
    if (threads < 1 || threads > MAX_JOBS) {
      throw new ParameterException(
          spec.commandLine(),
          "--jobs must be between 1 and " + MAX_JOBS + " (got " + threads + ")");
    }
    Config config = configOptions.load(workingDir, modelOptions.choice(workingDir));
    boolean several = inputs.size() > 1 || inputs.stream().anyMatch(Inputs::isDirectory);
    List<Input> expanded = Inputs.expand(inputs);
    Map<Input, Path> targets = targets(expanded, several);
    List<Input> all = refuseClobbering(expanded, targets);
    if (skipExisting && output == null) {
      throw new ParameterException(spec.commandLine(), "--skip-existing needs --output");
    }
    sweepStaleTemporaries(targets, several);
    Set<Input> done = new HashSet<>();
    if (skipExisting) {
      for (Input input : all) {
        Path target = targets.get(input);
        if (input.failure() == null
            && input.file() != null
            && target != null
            && SkipExisting.upToDate(input.file(), target)) {
          done.add(input);
        }
      }
    }

    PrintWriter err = spec.commandLine().getErr();
    OutputStream stdout = new BufferedOutputStream(streams.out());
    PlanWriter.Sequence sequence = several ? writer.sequence(stdout) : null;
    Progress progress = new Progress(err, streams.errIsTerminal() && !quiet, all.size());
    ExecutorService pool = null;
    try {
      List<Future<Outcome>> outcomes = new ArrayList<>();
      if (all.stream().anyMatch(input -> input.failure() == null && !done.contains(input))) {
        Luoshi luoshi = Cli.planner(planners, config);
        PlanOptions options = new PlanOptions(meetingDate);
        SourceDecoder decoder = new SourceDecoder();
        pool = Executors.newFixedThreadPool(Math.min(threads, all.size()), new Workers());
        for (Input input : all) {
          Path target = targets.get(input);
          outcomes.add(
              input.failure() != null || done.contains(input)
                  ? null
                  : pool.submit(() -> plan(input, target, luoshi, options, decoder)));
        }
      }
      int failed = 0;
      for (int i = 0; i < all.size(); i++) {
        Input input = all.get(i);
        if (done.contains(input)) {
          progress.update(i + 1);
          continue;
        }
        Outcome outcome = input.failure() != null ? failure(input) : outcome(outcomes.get(i));
        if (outcome.failure() != null) {
          failed++;
          if (!quiet) {
            progress.clear();
            if (outcome.cause() != null) {
              Cli.report(err, input.name(), outcome.cause(), Cli.debug(spec));
            } else {
              err.println("luoshi: " + Cli.oneLine(input.name()) + ": " + outcome.failure());
            }
          }
        } else {
          if (!quiet && !outcome.warnings().isEmpty()) {
            progress.clear();
            outcome
                .warnings()
                .forEach(
                    w ->
                        err.println(
                            "luoshi: "
                                + Cli.oneLine(input.name())
                                + ": warning: "
                                + Cli.oneLine(w.message())));
          }
          if (outcome.plan() != null && !toStdout(outcome.plan(), sequence, stdout)) {
            break; // the reader has gone (… | head): nothing more to say to anyone
          }
        }
        progress.update(i + 1);
      }
      if (!done.isEmpty() && !quiet) {
        progress.clear();
        err.println(
            "luoshi: skipped "
                + done.size()
                + (done.size() == 1 ? " input" : " inputs")
                + " whose output is newer (--skip-existing)");
      }
      return failed == 0 ? Cli.OK : Cli.FAILED;
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      progress.clear();
    }
  }

  /**
   * Removes the temporary files that killed runs left where outputs go: the output folder and its
   * subfolders, or the folder of the one output file.
   */
  private void sweepStaleTemporaries(Map<Input, Path> targets, boolean several) {
    if (output == null || targets.isEmpty()) {
      return;
    }
    Path out = Path.of(output);
    if (several || Files.isDirectory(out)) {
      TempFiles.sweep(out, true);
    } else {
      targets.values().stream()
          .map(Path::toAbsolutePath)
          .map(Path::getParent)
          .distinct()
          .forEach(dir -> TempFiles.sweep(dir, false));
    }
  }

  /** Where each input's plan goes: a file, or null for standard output. */
  private Map<Input, Path> targets(List<Input> all, boolean several) {
    Map<Input, Path> targets = new HashMap<>();
    if (output == null) {
      return targets;
    }
    Path out;
    try {
      out = Path.of(output);
    } catch (InvalidPathException e) {
      throw new ParameterException(
          spec.commandLine(), "--output: not a valid file name here: '" + output + "'");
    }
    boolean intoDirectory = several || output.endsWith("/") || Files.isDirectory(out);
    if (several && Files.exists(out) && !Files.isDirectory(out)) {
      throw new ParameterException(
          spec.commandLine(),
          "--output: '" + output + "' is not a directory (several inputs need one)");
    }
    for (Input input : all) {
      if (input.failure() == null) {
        targets.put(input, intoDirectory ? out.resolve(outputName(input.relative())) : out);
      }
    }
    return targets;
  }

  /** {@code sub/speech.txt} becomes {@code sub/speech.json}. */
  private Path outputName(Path relative) {
    String name = relative.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Path file = Path.of(stem + "." + writer.extension());
    return relative.getParent() == null ? file : relative.getParent().resolve(file);
  }

  /**
   * The inputs, with those whose output would overwrite an input, or the output of an earlier
   * input, turned into failures.
   */
  private static List<Input> refuseClobbering(List<Input> all, Map<Input, Path> targets) {
    if (targets.isEmpty()) {
      return all;
    }
    Set<Path> inputPaths = new HashSet<>();
    Set<Object> inputKeys = new HashSet<>();
    for (Input input : all) {
      if (input.file() != null) {
        inputPaths.add(input.file().toAbsolutePath().normalize());
        Object key = fileKey(input.file());
        if (key != null) {
          inputKeys.add(key);
        }
      }
    }
    Map<Path, Input> claimed = new HashMap<>();
    List<Input> checked = new ArrayList<>();
    for (Input input : all) {
      Path target = targets.get(input);
      if (target == null) {
        checked.add(input);
        continue;
      }
      Path normal = target.toAbsolutePath().normalize();
      Object key = fileKey(target);
      Input earlier = claimed.putIfAbsent(normal, input);
      if (inputPaths.contains(normal) || (key != null && inputKeys.contains(key))) {
        checked.add(Input.failed(input.name(), "output " + target + " would overwrite an input"));
      } else if (earlier != null) {
        checked.add(
            Input.failed(
                input.name(), "output " + target + " is also the output of " + earlier.name()));
      } else {
        checked.add(input);
      }
    }
    return checked;
  }

  /** The file system's identity of an existing file (device and inode), or null. */
  private static Object fileKey(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  /** Reads, plans and, for a file target, writes one input; every failure becomes a reason. */
  private Outcome plan(
      Input input, Path target, Luoshi luoshi, PlanOptions options, SourceDecoder decoder) {
    try {
      SourceText source =
          input.isStdin()
              ? decoder.decode(Input.STDIN, readStdin(), encoding)
              : decoder.read(input.file(), encoding);
      Plan plan = luoshi.plan(source, options);
      if (target == null) {
        return Outcome.planned(plan, true);
      }
      try {
        AtomicFiles.write(target, out -> writer.write(plan, out));
      } catch (IOException e) {
        return new Outcome(null, "cannot write " + target + ": " + Cli.reason(e));
      }
      return Outcome.planned(plan, false);
    } catch (Exception | StackOverflowError e) {
      return new Outcome(null, Cli.reason(e), e);
    }
  }

  private byte[] readStdin() {
    try {
      return streams.in().readNBytes(SourceDecoder.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new InputException(Input.STDIN, "cannot read: " + Cli.reason(e), e);
    }
  }

  private static Outcome failure(Input input) {
    return new Outcome(null, input.failure());
  }

  private static Outcome outcome(Future<Outcome> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      return new Outcome(null, Cli.reason(e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(null, "interrupted");
    }
  }

  /**
   * Writes a plan to standard output; false when the reader has closed the pipe, which ends the run
   * quietly, as it ends cat or grep.
   */
  private boolean toStdout(Plan plan, PlanWriter.Sequence sequence, OutputStream stdout)
      throws IOException {
    try {
      if (sequence != null) {
        sequence.add(plan);
      } else {
        writer.write(plan, stdout);
      }
      stdout.flush();
      return true;
    } catch (IOException e) {
      if (BrokenPipe.is(e)) {
        return false;
      }
      throw new IOException("cannot write to standard output: " + Cli.reason(e), e);
    }
  }

  /** Daemon threads, so that a stuck input cannot keep the process alive. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "luoshi-extract-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
