package dev.luoshi.cli;

/** The {@code luoshi} command's entry point. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(Cli.commandLine(StandardStreams.system()).execute(args));
  }
}
