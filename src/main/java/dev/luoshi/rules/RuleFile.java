package dev.luoshi.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rule file: named groups of entries, read from a UTF-8 resource. Two ways to write a group,
 * which may be mixed:
 *
 * <pre>
 * # a comment
 * [group]          opens a group; each following line is one entry (an inline "  # …" is a comment)
 * 加强
 * re:要[^，]{0,3}些
 * &#64;GROUP = a b c  adds the words a, b and c to GROUP (a group may span several such lines)
 * </pre>
 *
 * Rules are data: each stage keeps its word lists and patterns in such a file, beside the class
 * that reads them, with a comment on each group saying why.
 */
public final class RuleFile {
  private final String name;
  private final Map<String, List<String>> groups;

  private RuleFile(String name, Map<String, List<String>> groups) {
    this.name = name;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    groups.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.groups = Collections.unmodifiableMap(copy);
  }

  /** Reads the resource beside the given class. */
  public static RuleFile load(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      return read(Objects.requireNonNull(in, resource), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }

  /** Reads a rule file; the name appears in error messages. */
  public static RuleFile read(InputStream in, String name) throws IOException {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> current = null;
    int lineNo = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNo++;
      String s = stripComment(line).strip();
      if (s.isEmpty()) {
        continue;
      }
      if (s.startsWith("[") && s.endsWith("]")) {
        current =
            groups.computeIfAbsent(
                groupName(s.substring(1, s.length() - 1)), k -> new ArrayList<>());
      } else if (s.startsWith("@") && s.indexOf('=') > 1) {
        int eq = s.indexOf('=');
        List<String> list =
            groups.computeIfAbsent(groupName(s.substring(1, eq)), k -> new ArrayList<>());
        String words = s.substring(eq + 1).strip();
        if (!words.isEmpty()) {
          list.addAll(List.of(words.split("\\s+")));
        }
        current = null;
      } else if (current == null) {
        throw new IllegalStateException(name + ":" + lineNo + ": an entry outside any group: " + s);
      } else {
        current.add(s);
      }
    }
    return new RuleFile(name, groups);
  }

  /**
   * A group's name, interned: the rules look groups up by name constants many times a unit, and a
   * map finds an interned key by identity instead of comparing its characters.
   */
  private static String groupName(String raw) {
    return raw.strip().intern();
  }

  /** A line without its comment: a line starting with #, or " #…" after an entry. */
  private static String stripComment(String line) {
    String t = line.strip();
    if (t.startsWith("#")) {
      return "";
    }
    int at = line.indexOf(" #");
    int tab = line.indexOf("\t#");
    int cut = at < 0 ? tab : (tab < 0 ? at : Math.min(at, tab));
    return cut < 0 ? line : line.substring(0, cut);
  }

  /** The file's name, for messages. */
  public String name() {
    return name;
  }

  /** The group names, in file order. */
  public List<String> groups() {
    return List.copyOf(groups.keySet());
  }

  /** Whether the file has the group. */
  public boolean has(String group) {
    return groups.containsKey(group);
  }

  /** The entries of a group, in file order (empty when the file has no such group). */
  public List<String> entries(String group) {
    return groups.getOrDefault(group, List.of());
  }

  /** The entries of a group that the file must have. */
  public List<String> required(String group) {
    List<String> out = groups.get(group);
    if (out == null) {
      throw new IllegalStateException(name + ": no group " + group);
    }
    return out;
  }
}
