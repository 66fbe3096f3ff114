package dev.luoshi.cli;

import dev.luoshi.config.Config;
import dev.luoshi.config.ConfigLoader;
import dev.luoshi.config.ModelChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --config} and {@code --dict}: adapting luoshi to an organisation, for every command. */
final class ConfigOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = {
        "Settings in YAML: units, roles, cues, never (lists of words), dict and model (files).",
        "Default: " + ConfigLoader.FILE_NAME + " in the working directory, when there is one."
      })
  Path config;

  @Option(
      names = "--dict",
      paramLabel = "FILE",
      description = {
        "A word list, UTF-8: one 'word [type]' a line, type unit (default), role, cue or never;"
            + " # starts a comment. May be repeated; added after --config."
      })
  List<Path> dicts = new ArrayList<>();

  /**
   * The merged configuration.
   *
   * @param workingDir where luoshi.yaml is looked for and relative paths are resolved
   * @param model the model chosen on the command line, or null
   * @throws dev.luoshi.ConfigException when a file cannot be used
   */
  Config load(Path workingDir, ModelChoice model) {
    return new ConfigLoader(workingDir).load(config, dicts, model);
  }
}
