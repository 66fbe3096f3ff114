package dev.luoshi.extract;

import dev.luoshi.rules.RuleFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named groups of cue phrases read from a resource: {@code [group]} lines open a group, other lines
 * are literal phrases, or regular expressions when they start with {@code re:}; {@code #} starts a
 * comment. Rules read as data, one comment per group saying why.
 */
public final class CueTable {
  private final Map<String, List<String>> literals;
  private final Map<String, List<Pattern>> patterns;

  private CueTable(Map<String, List<String>> literals, Map<String, List<Pattern>> patterns) {
    this.literals = literals;
    this.patterns = patterns;
  }

  /** Loads a table from a resource beside the given class. */
  public static CueTable load(Class<?> owner, String resource) {
    return of(RuleFile.load(owner, resource));
  }

  /** Reads a table from a rule file stream. */
  public static CueTable read(InputStream in) throws IOException {
    return of(RuleFile.read(in, "cues"));
  }

  /** A table over a rule file: entries starting with {@code re:} are patterns, others phrases. */
  public static CueTable of(RuleFile file) {
    Map<String, List<String>> lit = new LinkedHashMap<>();
    Map<String, List<Pattern>> pat = new LinkedHashMap<>();
    for (String group : file.groups()) {
      List<String> words = new ArrayList<>();
      List<Pattern> patterns = new ArrayList<>();
      for (String e : file.entries(group)) {
        if (e.startsWith("re:")) {
          patterns.add(Pattern.compile(e.substring(3).strip()));
        } else {
          words.add(e);
        }
      }
      lit.put(group, List.copyOf(words));
      pat.put(group, List.copyOf(patterns));
    }
    return new CueTable(Map.copyOf(lit), Map.copyOf(pat));
  }

  /** The literal phrases of a group (empty if none). */
  public List<String> words(String group) {
    return literals.getOrDefault(group, List.of());
  }

  /** The regular expressions of a group (empty if none). */
  public List<Pattern> patterns(String group) {
    return patterns.getOrDefault(group, List.of());
  }

  /** The first phrase or pattern of the group found in the text, or null. */
  public String find(String group, CharSequence text) {
    String s = text.toString();
    for (String w : words(group)) {
      if (s.contains(w)) {
        return w;
      }
    }
    for (Pattern p : patterns.getOrDefault(group, List.of())) {
      Matcher m = p.matcher(s);
      if (m.find()) {
        return m.group();
      }
    }
    return null;
  }

  /** Whether any phrase or pattern of the group occurs in the text. */
  public boolean any(String group, CharSequence text) {
    return find(group, text) != null;
  }

  /** Whether the text starts with a phrase or pattern of the group. */
  public String prefix(String group, String text) {
    for (String w : words(group)) {
      if (text.startsWith(w)) {
        return w;
      }
    }
    for (Pattern p : patterns.getOrDefault(group, List.of())) {
      Matcher m = p.matcher(text);
      if (m.lookingAt()) {
        return m.group();
      }
    }
    return null;
  }

  /** A copy with extra literal phrases appended to a group. */
  public CueTable plus(String group, List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<String, List<String>> l = new LinkedHashMap<>(literals);
    List<String> all = new ArrayList<>(words(group));
    all.addAll(more);
    l.put(group, List.copyOf(all));
    return new CueTable(Map.copyOf(l), patterns);
  }
}
