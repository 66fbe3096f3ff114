package dev.luoshi.cli;

import dev.luoshi.config.ModelChoice;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --model}, {@code --builtin-model}, {@code --no-model}: the task model a planner uses. The
 * options, bound to these fields, are defined in {@link CommandModels#addModelOptions}.
 */
final class ModelOptions {
  /** The help line on what happens without any of these options; follows the one default. */
  static final String DEFAULT_HELP =
      ModelChoice.BUILT_IN_BY_DEFAULT
          ? "Without these: the model luoshi.yaml names, else the bundled one when this build has"
              + " one, else rules only."
          : "Without these: the model luoshi.yaml names, else rules only.";

  /** The command these options are part of, which usage errors are reported on. */
  CommandSpec mixee;

  /** {@code --model}. */
  Path file;

  /** {@code --builtin-model}. */
  boolean builtIn;

  /** {@code --no-model}. */
  boolean none;

  /**
   * The model chosen on the command line, or null when none was.
   *
   * @param workingDir what a relative --model path is relative to
   * @throws ParameterException when more than one was chosen
   */
  ModelChoice choice(Path workingDir) {
    int chosen = (file != null ? 1 : 0) + (builtIn ? 1 : 0) + (none ? 1 : 0);
    if (chosen > 1) {
      throw new ParameterException(
          mixee.commandLine(), "--model, --builtin-model and --no-model exclude each other");
    }
    if (file != null) {
      return ModelChoice.file(workingDir.resolve(file), file.toString());
    }
    if (builtIn) {
      return ModelChoice.builtIn();
    }
    return none ? ModelChoice.rulesOnly() : null;
  }
}
