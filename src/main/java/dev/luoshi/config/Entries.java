package dev.luoshi.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The entries of one configuration file, gathered by type in file order without duplicates, and the
 * checks every entry passes whichever file it comes from.
 */
final class Entries {
  /** What an entry adapts. */
  enum Type {
    /** An organisation or department name. */
    UNIT,
    /** A person or group that can be given a task. */
    ROLE,
    /** An extra directive word. */
    CUE,
    /** A phrase whose units are never tasks. */
    NEVER;

    /** The type's name as written in a word list: unit, role, cue, never. */
    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The type a word list names, in any case, or null. */
    static Type of(String label) {
      for (Type t : values()) {
        if (t.label().equalsIgnoreCase(label)) {
          return t;
        }
      }
      return null;
    }

    /** "unit, role, cue or never". */
    static String choices() {
      return "unit, role, cue or never";
    }
  }

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000]");
  private static final Pattern SEPARATOR = Pattern.compile("[,，、;；]");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private final List<Set<String>> byType = new ArrayList<>();

  Entries() {
    for (int i = 0; i < Type.values().length; i++) {
      byType.add(new LinkedHashSet<>());
    }
  }

  void add(Type type, String word) {
    byType.get(type.ordinal()).add(word);
  }

  Settings settings() {
    return new Settings(
        List.copyOf(byType.get(Type.UNIT.ordinal())),
        List.copyOf(byType.get(Type.ROLE.ordinal())),
        List.copyOf(byType.get(Type.CUE.ordinal())),
        List.copyOf(byType.get(Type.NEVER.ordinal())));
  }

  /**
   * What is wrong with a word, or null: it must be one word or phrase, so a space or a list
   * separator in it means that several were written where one was expected.
   */
  static String problem(String word) {
    if (word.isEmpty()) {
      return "empty entry";
    }
    if (CONTROL.matcher(word).find()) {
      return "'" + ConfigFiles.oneLine(word) + "' holds a control character";
    }
    if (SPACE.matcher(word).find()) {
      return "'" + word + "' holds a space; give one word per entry";
    }
    if (SEPARATOR.matcher(word).find()) {
      return "'" + word + "' holds a separator (，、;); give one word per entry";
    }
    return null;
  }
}
