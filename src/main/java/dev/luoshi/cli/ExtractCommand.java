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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code luoshi extract}: plans each input and writes the plans. Inputs are planned in parallel and
 * reported in sorted order; a failed input is reported in one line and the others go on. Its model,
 * bound to these fields, is {@link CommandModels#extract}.
 */
final class ExtractCommand implements Callable<Integer> {
  CommandSpec spec;

  List<String> inputs;

  PlanWriter writer;

  String output;

  LocalDate meetingDate;

  Charset encoding;

  Integer jobs;

  /** The most inputs planned at once: more threads than this only cost memory. */
  static final int MAX_JOBS = 256;

  boolean skipExisting;

  boolean quiet;

  final ConfigOptions configOptions = new ConfigOptions();

  final ModelOptions modelOptions = new ModelOptions();

  private final StandardStreams streams;
  private final Path workingDir;
  private final Planners planners;

  ExtractCommand(StandardStreams streams, Path workingDir, Planners planners) {
    this.streams = streams;
    this.workingDir = workingDir;
    this.planners = planners;
  }

  /**
   * A planned input: its plan (and, for formats that show it, its text) when it goes to standard
   * output or into the batch file, or why it failed (and the error, when one was thrown); its
   * characters and tasks for the closing line.
   */
  private record Outcome(
      Plan plan,
      String text,
      String failure,
      Throwable cause,
      List<Diagnostic> warnings,
      long chars,
      int tasks) {
    Outcome(Plan plan, String failure) {
      this(plan, null, failure, null, List.of(), 0, 0);
    }

    Outcome(Plan plan, String failure, Throwable cause) {
      this(plan, null, failure, cause, List.of(), 0, 0);
    }

    /**
     * A plan made, its warnings to repeat on stderr; the plan itself (with its text, when the
     * format shows it) when it goes to stdout or into the batch file.
     */
    static Outcome planned(Plan plan, String text, boolean collected) {
      return new Outcome(
          collected ? plan : null,
          collected ? text : null,
          null,
          null,
          plan.diagnostics().stream().filter(Diagnostic::warning).toList(),
          plan.source().chars(),
          plan.tasks().size());
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
    Outputs outputs;
    try {
      outputs = Outputs.of(output, expanded, several, writer);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--output: " + e.getMessage());
    }
    Map<Input, Path> targets = outputs.targets();
    List<Input> all = outputs.inputs();
    BatchOutput batch = new BatchOutput(writer, outputs.batchFile());
    if (skipExisting && output == null) {
      throw new ParameterException(spec.commandLine(), "--skip-existing needs --output");
    }
    sweepStaleTemporaries(targets, outputs.batchFile());
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
    PlanWriter.Sequence sequence =
        several && outputs.batchFile() == null ? writer.sequence(stdout) : null;
    Tally tally = new Tally(System.nanoTime());
    Progress progress = new Progress(err, streams.errIsTerminal() && !quiet, all.size());
    ExecutorService pool = null;
    try {
      // Plans are written in input order, each as soon as it and all before it are done; at most
      // WINDOW_PER_JOB × threads inputs are planned or wait for an earlier one at a time, so a
      // batch of any size holds a few plans in memory.
      List<Callable<Outcome>> tasks = new ArrayList<>(Collections.nCopies(all.size(), null));
      int window = 1;
      if (all.stream().anyMatch(input -> input.failure() == null && !done.contains(input))) {
        WarmUp.start(writer);
        SourceDecoder decoder = new SourceDecoder();
        // The first file is read here while the planner loads (this thread would only wait),
        // rather than first thing on the worker once it has loaded.
        Input first = null;
        for (Input input : all) {
          if (input.failure() == null && !done.contains(input)) {
            first = input.file() != null ? input : null;
            break;
          }
        }
        Read firstRead = first == null ? null : Read.of(decoder, first.file(), encoding);
        Luoshi luoshi = Cli.planner(planners, config);
        PlanOptions options = new PlanOptions(meetingDate);
        int workers = Math.min(threads, all.size());
        pool = Executors.newFixedThreadPool(workers, new Workers());
        window = WINDOW_PER_JOB * workers;
        for (int i = 0; i < all.size(); i++) {
          Input input = all.get(i);
          if (input.failure() == null && !done.contains(input)) {
            Path target = targets.get(input);
            Read read = input == first ? firstRead : null;
            tasks.set(i, () -> plan(input, target, luoshi, options, decoder, read));
          }
        }
      }
      InOrder<Outcome> inOrder = new InOrder<>(pool, window, tasks);
      int failed = 0;
      boolean readerGone = false;
      for (int i = 0; i < all.size(); i++) {
        Future<Outcome> future = inOrder.next();
        Input input = all.get(i);
        if (done.contains(input)) {
          progress.step();
          continue;
        }
        Outcome outcome = input.failure() != null ? failure(input) : outcome(future);
        if (outcome.failure() != null) {
          failed++;
          tally.failed++;
          if (!quiet) {
            progress.above(
                () -> {
                  if (outcome.cause() != null) {
                    Cli.report(err, input.name(), outcome.cause(), Cli.debug(spec));
                  } else {
                    err.println("luoshi: " + Cli.oneLine(input.name()) + ": " + outcome.failure());
                  }
                });
          }
        } else {
          tally.done++;
          tally.chars += outcome.chars();
          tally.tasks += outcome.tasks();
          if (!quiet && !outcome.warnings().isEmpty()) {
            progress.above(
                () ->
                    outcome
                        .warnings()
                        .forEach(
                            w ->
                                err.println(
                                    "luoshi: "
                                        + Cli.oneLine(input.name())
                                        + ": warning: "
                                        + Cli.oneLine(w.message()))));
          }
          if (outcome.plan() != null && batch.isOn()) {
            batch.add(outcome.plan(), outcome.text());
          } else if (outcome.plan() != null
              && !toStdout(outcome.plan(), outcome.text(), sequence, stdout)) {
            sequence = null; // the reader has gone (… | head): nothing more to say to anyone
            readerGone = true;
            break;
          }
        }
        progress.step();
      }
      if (sequence != null && !finish(sequence, stdout)) {
        readerGone = true;
      }
      String batchFailure = batch.finish();
      progress.close();
      if (batchFailure != null) {
        failed++;
        if (!quiet) {
          err.println("luoshi: " + batchFailure);
        }
      }
      if (!done.isEmpty() && !quiet) {
        err.println(
            "luoshi: skipped "
                + done.size()
                + (done.size() == 1 ? " input" : " inputs")
                + " whose output is newer (--skip-existing)");
      }
      if (!quiet && !readerGone) {
        err.println(tally.line(System.nanoTime()));
      }
      return failed == 0 ? Cli.OK : Cli.FAILED;
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      batch.close();
      progress.close();
    }
  }

  /** Inputs in flight per job: planned, or planned and waiting for an earlier one to be written. */
  static final int WINDOW_PER_JOB = 2;

  /** What the closing line tells: inputs done and failed, tasks, characters, time. */
  private static final class Tally {
    final long start;
    int done;
    int failed;
    long tasks;
    long chars;

    Tally(long start) {
      this.start = start;
    }

    /** {@code luoshi: 398 files done, 2 failed, 5321 tasks, 7.2 s, 116452 characters/s}. */
    String line(long now) {
      double seconds = (now - start) / 1e9;
      return String.format(
          Locale.ROOT,
          "luoshi: %d %s done, %d failed, %d %s, %.1f s, %d characters/s",
          done,
          done == 1 ? "file" : "files",
          failed,
          tasks,
          tasks == 1 ? "task" : "tasks",
          seconds,
          Math.round(chars / Math.max(seconds, 1e-3)));
    }
  }

  /**
   * Removes the temporary files that killed runs left where outputs go: the output folder and its
   * subfolders, or the folder of the one output file (a single input's, or the batch file's).
   */
  private void sweepStaleTemporaries(Map<Input, Path> targets, Path batchFile) {
    if (output == null) {
      return;
    }
    if (batchFile != null) {
      Path dir = batchFile.toAbsolutePath().getParent();
      if (dir != null && Files.isDirectory(dir)) {
        TempFiles.sweep(dir, false);
      }
      return;
    }
    if (targets.isEmpty()) {
      return;
    }
    Path out = Path.of(output);
    if (output.endsWith("/") || Files.isDirectory(out)) {
      TempFiles.sweep(out, true);
    } else {
      targets.values().stream()
          .map(Path::toAbsolutePath)
          .map(Path::getParent)
          .distinct()
          .forEach(dir -> TempFiles.sweep(dir, false));
    }
  }

  /**
   * A file read ahead: its text, or what reading it threw, thrown again where it would have been
   * thrown had the file been read then.
   */
  private record Read(SourceText source, Throwable failure) {
    static Read of(SourceDecoder decoder, Path file, Charset encoding) {
      try {
        return new Read(decoder.read(file, encoding), null);
      } catch (RuntimeException | Error e) {
        return new Read(null, e);
      }
    }

    SourceText get() {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return source;
    }
  }

  /**
   * Reads (unless it was read ahead), plans and, for a file target, writes one input; every failure
   * becomes a reason.
   */
  private Outcome plan(
      Input input,
      Path target,
      Luoshi luoshi,
      PlanOptions options,
      SourceDecoder decoder,
      Read read) {
    try {
      SourceText source =
          read != null
              ? read.get()
              : input.isStdin()
                  ? decoder.decode(Input.STDIN, readStdin(), encoding)
                  : decoder.read(input.file(), encoding);
      Plan plan = luoshi.plan(source, options);
      if (target == null) {
        return Outcome.planned(plan, writer.showsText() ? source.text() : null, true);
      }
      try {
        AtomicFiles.write(target, out -> writer.write(plan, source.text(), out));
      } catch (IOException e) {
        return new Outcome(null, "cannot write " + target + ": " + Cli.reason(e));
      }
      return Outcome.planned(plan, null, false);
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
  private boolean toStdout(
      Plan plan, String text, PlanWriter.Sequence sequence, OutputStream stdout)
      throws IOException {
    try {
      if (sequence != null) {
        sequence.add(plan, text);
      } else {
        writer.write(plan, text, stdout);
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

  /**
   * Completes a document of several plans on standard output (a workbook is written here); false
   * when the reader has closed the pipe.
   */
  private static boolean finish(PlanWriter.Sequence sequence, OutputStream stdout)
      throws IOException {
    try {
      sequence.finish();
      stdout.flush();
      return true;
    } catch (IOException e) {
      if (!BrokenPipe.is(e)) {
        throw new IOException("cannot write to standard output: " + Cli.reason(e), e);
      }
      return false;
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
