package dev.luoshi.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.luoshi.ConfigException;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A luoshi.yaml: the keys {@code units}, {@code roles}, {@code cues}, {@code never} (lists of
 * words), {@code dict} (a word list, or a list of them) and {@code model} (a task model file),
 * paths relative to the file's folder. Any other key is an error, so that a typo cannot pass
 * silently.
 */
final class YamlFile {
  static final List<String> KEYS = List.of("units", "roles", "cues", "never", "dict", "model");

  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  /**
   * What the file says.
   *
   * @param settings its own lists of words
   * @param dicts the word lists it names, in order
   * @param model the model it names, or null
   */
  record Content(Settings settings, List<Named> dicts, ModelChoice model) {
    Content {
      dicts = List.copyOf(dicts);
    }
  }

  /**
   * A file named by the configuration.
   *
   * @param file where to read it
   * @param name how messages name it: relative to the folder the configuration was named from
   */
  record Named(Path file, String name) {}

  private final String name;
  private final Path dir;
  private final Path nameDir;
  private final Entries entries = new Entries();
  private final List<Named> dicts = new ArrayList<>();
  private ModelChoice model;

  private YamlFile(Path file, String name) {
    this.name = name;
    this.dir = file.toAbsolutePath().getParent();
    this.nameDir = Path.of(name).getParent();
  }

  /** Reads and checks the file. */
  static Content read(Path file, String name) {
    return parse(file, name, ConfigFiles.readUtf8(file, name));
  }

  /** Checks the text of the file at the path (which relative paths in it are resolved against). */
  static Content parse(Path file, String name, String text) {
    YamlFile yaml = new YamlFile(file, name);
    try {
      try (YAMLParser parser = FACTORY.createParser(text)) {
        while (parser.nextToken() != null) {
          // The syntax is checked whole first: a bracket left open is reported as such, not as
          // the odd word the parser made of the text before it noticed.
        }
      }
      try (YAMLParser parser = FACTORY.createParser(text)) {
        yaml.document(parser);
      }
    } catch (JacksonException e) {
      throw yaml.badYaml(e);
    } catch (IOException e) {
      throw new ConfigException(name, "cannot read: " + ConfigFiles.oneLine(e.getMessage()), e);
    }
    return new Content(yaml.entries.settings(), yaml.dicts, yaml.model);
  }

  private void document(YAMLParser p) throws IOException {
    JsonToken token = p.nextToken();
    if (token == null) {
      return;
    }
    if (token != JsonToken.START_OBJECT) {
      throw fail(p, "expected keys such as 'units:' at the top, not a list or a single value");
    }
    Set<String> seen = new HashSet<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      if (!seen.add(key)) {
        throw fail(p, "key '" + key + "' appears twice");
      }
      switch (key) {
        case "units" -> words(p, key, Entries.Type.UNIT);
        case "roles" -> words(p, key, Entries.Type.ROLE);
        case "cues" -> words(p, key, Entries.Type.CUE);
        case "never" -> words(p, key, Entries.Type.NEVER);
        case "dict" -> dicts(p);
        case "model" -> model(p);
        default -> throw unknownKey(p, key);
      }
    }
    if (p.nextToken() != null) {
      throw fail(p, "a second YAML document (---); the file holds one");
    }
  }

  private void words(YAMLParser p, String key, Entries.Type type) throws IOException {
    JsonToken token = value(p);
    if (isEmpty(p, token)) {
      return;
    }
    if (token != JsonToken.START_ARRAY) {
      throw fail(p, key + ": expected a list, e.g. " + key + ": [" + example(type) + "]");
    }
    while ((token = value(p)) != JsonToken.END_ARRAY) {
      if (token == null || !token.isScalarValue() || isEmpty(p, token)) {
        throw fail(p, key + ": expected a word, not " + what(p, token));
      }
      String word = p.getText().strip();
      String problem = Entries.problem(word);
      if (problem != null) {
        throw fail(p, key + ": " + problem);
      }
      entries.add(type, word);
    }
  }

  private void dicts(YAMLParser p) throws IOException {
    JsonToken token = value(p);
    if (isEmpty(p, token)) {
      return;
    }
    if (token != JsonToken.START_ARRAY) {
      dicts.add(path(p, "dict", token));
      return;
    }
    while ((token = value(p)) != JsonToken.END_ARRAY) {
      dicts.add(path(p, "dict", token));
    }
  }

  private void model(YAMLParser p) throws IOException {
    Named file = path(p, "model", value(p));
    model = ModelChoice.file(file.file(), file.name());
  }

  /** A path written in the file, resolved against the file's folder. */
  private Named path(YAMLParser p, String key, JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_STRING || p.getText().isBlank()) {
      throw fail(p, key + ": expected a file path, not " + what(p, token));
    }
    String written = p.getText().strip();
    try {
      Path path = Path.of(written);
      return new Named(
          dir.resolve(path), (nameDir == null ? path : nameDir.resolve(path)).toString());
    } catch (InvalidPathException e) {
      throw fail(p, key + ": not a valid file name here: '" + written + "'");
    }
  }

  /** The next token, refusing aliases (which Jackson's streaming parser reads as their name). */
  private JsonToken value(YAMLParser p) throws IOException {
    JsonToken token = p.nextToken();
    if (p.isCurrentAlias()) {
      throw fail(p, "aliases (*" + p.getText() + ") are not supported; write the values out");
    }
    return token;
  }

  private ConfigException unknownKey(YAMLParser p, String key) {
    String hint =
        key.equals("meeting_date") || key.equals("meeting-date")
            ? "; the meeting date belongs to each speech: use --meeting-date"
            : "";
    return fail(p, "unknown key '" + key + "' (expected " + String.join(", ", KEYS) + ")" + hint);
  }

  /** A key with nothing after it: YAML reads it as null or as an empty string. */
  private static boolean isEmpty(YAMLParser p, JsonToken token) throws IOException {
    return token == JsonToken.VALUE_NULL
        || (token == JsonToken.VALUE_STRING && p.getText().isBlank());
  }

  /** What was found where something else was expected, for a message. */
  private static String what(YAMLParser p, JsonToken token) throws IOException {
    if (token == null) {
      return "the end of the file";
    }
    if (isEmpty(p, token)) {
      return "nothing";
    }
    return switch (token) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "keys";
      default -> "'" + p.getText() + "'";
    };
  }

  private static String example(Entries.Type type) {
    return switch (type) {
      case UNIT -> "办公室, 综合科";
      case ROLE -> "分管领导, 科长";
      case CUE -> "务求, 抓紧落实";
      case NEVER -> "请假, 会议议程";
    };
  }

  private ConfigException fail(YAMLParser p, String reason) {
    return new ConfigException(
        name, "line " + p.currentTokenLocation().getLineNr() + ": " + reason);
  }

  private ConfigException badYaml(JacksonException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        return new ConfigException(
            name,
            "line "
                + (marked.getProblemMark().getLine() + 1)
                + ": bad YAML: "
                + ConfigFiles.oneLine(String.valueOf(marked.getProblem())),
            e);
      }
    }
    int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
    String where = line > 0 ? "line " + line + ": " : "";
    return new ConfigException(
        name, where + "bad YAML: " + ConfigFiles.oneLine(e.getOriginalMessage()), e);
  }
}
