package dev.luoshi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code luoshi}: only dispatches to its commands. Its model, bound to these fields, is {@link
 * CommandModels#root}.
 */
final class RootCommand implements Callable<Integer> {
  /** The environment variable that turns {@code --debug} on: any value but empty, 0 or false. */
  static final String DEBUG_ENV = "LUOSHI_DEBUG";

  CommandSpec spec;

  /** {@code --debug}, inherited by every command. */
  boolean debugOption;

  private final boolean debugFromEnvironment;

  RootCommand(boolean debugFromEnvironment) {
    this.debugFromEnvironment = debugFromEnvironment;
  }

  /** Whether internal errors show their stack trace. */
  boolean debug() {
    return debugOption || debugFromEnvironment;
  }

  /** Whether an environment value of {@link #DEBUG_ENV} turns debugging on. */
  static boolean debugValue(String value) {
    return value != null
        && !value.isBlank()
        && !value.strip().equals("0")
        && !value.strip().equalsIgnoreCase("false");
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command, e.g. 'luoshi extract'");
  }
}
