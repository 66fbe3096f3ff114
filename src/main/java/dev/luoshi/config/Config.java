package dev.luoshi.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that adapts a planner to an organisation, merged from its sources by {@link
 * ConfigLoader}: the settings and the task model.
 *
 * @param settings unit and role names, directive cues and never-task phrases
 * @param model the task model to plan with
 */
public record Config(Settings settings, ModelChoice model) {
  /** Rejects nulls. */
  public Config {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(model, "model");
  }

  /** No adaptation, and the default model choice ({@link ModelChoice#byDefault()}). */
  public static Config defaults() {
    return new Config(Settings.none(), ModelChoice.byDefault());
  }

  /** The model file chosen, if a file was chosen. */
  public Optional<Path> modelFile() {
    return model instanceof ModelChoice.FromFile f ? Optional.of(f.file()) : Optional.empty();
  }
}
