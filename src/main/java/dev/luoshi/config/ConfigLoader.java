package dev.luoshi.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Merges an organisation's configuration, later sources adding to earlier ones: the built-in
 * defaults, then a luoshi.yaml (the one given, else one in the working directory), then the word
 * lists it names, then the word lists given one by one; the model is the one given, else the one
 * luoshi.yaml names, else {@link ModelChoice#byDefault()}. Relative paths given to the loader are
 * resolved against the working directory, those written in luoshi.yaml against its folder.
 *
 * <p>A file that cannot be used fails with a {@link dev.luoshi.ConfigException} naming the file and
 * saying why in one line (missing, unreadable, not UTF-8, bad YAML, an unknown key, a bad entry),
 * with the line number when the fault is on a line.
 *
 * <pre>{@code
 * Config config = new ConfigLoader(Path.of("")).load(null, List.of(Path.of("词表.txt")), null);
 * Luoshi luoshi = Luoshi.create(config.settings(), config.model().load().orElse(null));
 * }</pre>
 */
public final class ConfigLoader {
  /** The settings file looked for in the working directory. */
  public static final String FILE_NAME = "luoshi.yaml";

  private final Path workingDir;

  /** A loader that looks for luoshi.yaml in the working directory and resolves paths there. */
  public ConfigLoader(Path workingDir) {
    this.workingDir = Objects.requireNonNull(workingDir, "workingDir");
  }

  /**
   * The merged configuration.
   *
   * @param configFile a luoshi.yaml to read, or null to read {@value #FILE_NAME} in the working
   *     directory when there is one
   * @param dictFiles word lists to add, in order
   * @param model the model to use, or null to take the one luoshi.yaml names, else the default
   * @throws dev.luoshi.ConfigException when a file cannot be used
   */
  public Config load(Path configFile, List<Path> dictFiles, ModelChoice model) {
    Settings settings = Settings.none();
    ModelChoice chosen = null;
    Path yaml = configFile != null ? configFile : found();
    if (yaml != null) {
      YamlFile.Content content = YamlFile.read(workingDir.resolve(yaml), yaml.toString());
      settings = settings.plus(content.settings());
      for (YamlFile.Named dict : content.dicts()) {
        settings = settings.plus(DictFile.read(dict.file(), dict.name()));
      }
      chosen = content.model();
    }
    for (Path dict : dictFiles) {
      settings = settings.plus(readDict(dict));
    }
    if (model != null) {
      chosen = model;
    }
    return new Config(settings, chosen == null ? ModelChoice.byDefault() : chosen);
  }

  /**
   * The entries of one word list: {@code word [type]} a line, type unit (the default), role, cue or
   * never; {@code #} starts a comment; UTF-8.
   *
   * @throws dev.luoshi.ConfigException when the file cannot be read or a line is wrong
   */
  public Settings readDict(Path file) {
    return DictFile.read(workingDir.resolve(file), file.toString());
  }

  /** The luoshi.yaml of the working directory, named as the user would, or null. */
  private Path found() {
    Path name = Path.of(FILE_NAME);
    return Files.exists(workingDir.resolve(name)) ? name : null;
  }
}
