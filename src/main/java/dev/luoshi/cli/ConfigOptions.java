package dev.luoshi.cli;

import dev.luoshi.config.Config;
import dev.luoshi.config.ConfigLoader;
import dev.luoshi.config.ModelChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --config} and {@code --dict}: adapting luoshi to an organisation, for every command. The
 * options, bound to these fields, are defined in {@link CommandModels#addConfigOptions}.
 */
final class ConfigOptions {
  /** {@code --config}. */
  Path config;

  /** {@code --dict}, in the order given. */
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
