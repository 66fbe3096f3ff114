package dev.luoshi.config;

import dev.luoshi.ConfigException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A word list a secretary can edit: one entry a line, {@code word [type]}, the type being unit (the
 * default), role, cue or never; {@code #} starts a comment; UTF-8, a byte order mark tolerated.
 * Spaces between word and type may be half- or full-width.
 */
final class DictFile {
  private static final Pattern FIELDS = Pattern.compile("[\\s\\u00a0\\u3000]+");
  private static final Pattern LINES = Pattern.compile("\\r?\\n|\\r");

  private DictFile() {}

  /** The entries of the file, as settings. */
  static Settings read(Path file, String name) {
    return parse(ConfigFiles.readUtf8(file, name), name);
  }

  /** The entries of a word list's text; the name is used in messages. */
  static Settings parse(String text, String name) {
    Entries entries = new Entries();
    String[] lines = LINES.split(text, -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      String content = FIELDS.matcher(hash >= 0 ? line.substring(0, hash) : line).replaceAll(" ");
      content = content.strip();
      if (content.isEmpty()) {
        continue;
      }
      String[] fields = content.split(" ");
      int number = i + 1;
      if (fields.length > 2) {
        throw new ConfigException(
            name,
            "line "
                + number
                + ": '"
                + content
                + "' is more than a word and its type; write one 'word [type]' a line");
      }
      Entries.Type type = Entries.Type.UNIT;
      if (fields.length == 2) {
        type = Entries.Type.of(fields[1]);
        if (type == null) {
          throw new ConfigException(
              name,
              "line "
                  + number
                  + ": unknown type '"
                  + fields[1]
                  + "' (expected "
                  + Entries.Type.choices()
                  + ")");
        }
      }
      String problem = Entries.problem(fields[0]);
      if (problem != null) {
        throw new ConfigException(name, "line " + number + ": " + problem);
      }
      entries.add(type, fields[0]);
    }
    return entries.settings();
  }
}
