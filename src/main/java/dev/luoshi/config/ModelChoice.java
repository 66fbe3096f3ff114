package dev.luoshi.config;

import dev.luoshi.ConfigException;
import dev.luoshi.model.TaskModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which task model decides the units the rules are unsure of: none (rules only), the one bundled
 * with luoshi, or a model file made by training.
 */
public sealed interface ModelChoice {
  /**
   * Whether luoshi uses its bundled model when neither the command line nor luoshi.yaml chooses:
   * the one place where that default is set (help texts follow it).
   */
  boolean BUILT_IN_BY_DEFAULT = false;

  /**
   * The model, read now; empty for rules only.
   *
   * @throws ConfigException when the model cannot be read
   */
  Optional<TaskModel> load();

  /** Rules only. */
  static ModelChoice rulesOnly() {
    return new Rules();
  }

  /** The bundled model ({@link TaskModel#builtIn()}); loading fails when this build has none. */
  static ModelChoice builtIn() {
    return new BuiltIn(true);
  }

  /**
   * A model file.
   *
   * @param file where to read it
   * @param name the file as the user named it, for messages
   */
  static ModelChoice file(Path file, String name) {
    return new FromFile(file, name);
  }

  /**
   * What is used when nothing chooses: the bundled model when {@link #BUILT_IN_BY_DEFAULT} is set
   * and this build has one, else rules only.
   */
  static ModelChoice byDefault() {
    return BUILT_IN_BY_DEFAULT ? new BuiltIn(false) : new Rules();
  }

  /** No model: the rules decide every unit. */
  record Rules() implements ModelChoice {
    @Override
    public Optional<TaskModel> load() {
      return Optional.empty();
    }
  }

  /**
   * The model bundled with luoshi.
   *
   * @param required whether a build without one is an error (chosen by the user) or means rules
   *     only (the default)
   */
  record BuiltIn(boolean required) implements ModelChoice {
    /** How the bundled model is named in messages. */
    public static final String NAME = "built-in model";

    @Override
    public Optional<TaskModel> load() {
      Optional<TaskModel> model = TaskModel.builtIn();
      if (model.isEmpty() && required) {
        throw new ConfigException(NAME, "not in this build of luoshi");
      }
      return model;
    }
  }

  /**
   * A model file made by {@code luoshi train} or {@link TaskModel#write}.
   *
   * @param file where to read it
   * @param name the file as the user named it, for messages
   */
  record FromFile(Path file, String name) implements ModelChoice {
    /** Rejects nulls. */
    public FromFile {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public Optional<TaskModel> load() {
      if (Files.isDirectory(file)) {
        throw new ConfigException(name, "is a directory");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return Optional.of(TaskModel.read(in, name));
      } catch (IOException e) {
        throw new ConfigException(name, ConfigFiles.reason(e), e);
      }
    }
  }
}
