package dev.luoshi.cli;

import dev.luoshi.Futures;
import dev.luoshi.Luoshi;
import dev.luoshi.config.ConfigLoader;
import dev.luoshi.config.Settings;
import dev.luoshi.model.TaskModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.FutureTask;

/**
 * The planner of the usual run, begun before the command line is read: {@code luoshi extract}
 * without luoshi.yaml, {@code --config}, {@code --dict} or a model plans with the built-in rules
 * alone, and building those and loading HanLP's dictionaries takes longer than anything else before
 * the first plan. Begun at once on threads of their own, they overlap with the JVM's work on the
 * command line (picocli's model, the configuration, the inputs). When the run turns out to need
 * another planner it is made as before, and the one begun is left to the garbage collector.
 */
final class HeadStart implements Planners {
  /** Options after which the settings or the model may not be the built-in ones. */
  private static final Set<String> ADAPTING =
      Set.of("--config", "--dict", "--model", "--builtin-model");

  /** Options that print and plan nothing. */
  private static final Set<String> NOT_PLANNING = Set.of("-h", "--help", "-V", "--version");

  private final FutureTask<Luoshi> usual;

  private HeadStart(FutureTask<Luoshi> usual) {
    this.usual = usual;
  }

  /**
   * {@code Luoshi::create}, with the usual planner begun on a daemon thread when the arguments are
   * an {@code extract} that will most likely plan with the built-in rules alone.
   */
  static Planners of(String[] args, Path workingDir) {
    if (!usual(args) || Files.exists(workingDir.resolve(ConfigLoader.FILE_NAME))) {
      return Luoshi::create;
    }
    FutureTask<Luoshi> task = new FutureTask<>(() -> Luoshi.create(Settings.none(), null));
    Thread thread = new Thread(task, "luoshi-head-start");
    thread.setDaemon(true);
    thread.start();
    return new HeadStart(task);
  }

  /** Whether the arguments are an extract run that names no configuration, word list or model. */
  static boolean usual(String[] args) {
    if (!Cli.calls(args, "extract")) {
      return false;
    }
    for (String arg : args) {
      String name = arg.startsWith("--") && arg.indexOf('=') > 0 ? arg.split("=", 2)[0] : arg;
      if (ADAPTING.contains(name) || NOT_PLANNING.contains(name)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Luoshi create(Settings settings, TaskModel model) {
    if (model != null || !settings.equals(Settings.none())) {
      return Luoshi.create(settings, model);
    }
    usual.run(); // no-op when the thread has begun it; waits below either way
    return Futures.await(usual); // a failure as Luoshi.create would have thrown it here
  }
}
