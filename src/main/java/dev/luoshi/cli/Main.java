package dev.luoshi.cli;

import java.nio.file.Path;

/** The {@code luoshi} command's entry point. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // The usual run's planner is begun first, beside the JVM's work on the command line.
    Planners planners = HeadStart.of(args, Path.of("").toAbsolutePath());
    System.exit(Cli.commandLine(StandardStreams.system(), planners, args).execute(args));
  }
}
