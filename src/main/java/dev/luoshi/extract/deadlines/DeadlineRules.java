package dev.luoshi.extract.deadlines;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The word lists and phrase patterns of {@code deadline-rules.txt}: {@code @NAME = words} lists,
 * {@code &NAME = regex} fragments and {@code kind = regex} patterns, with {NAME} references
 * expanded. Immutable.
 */
final class DeadlineRules {
  /** A compiled phrase pattern, its kind and the named groups it has. */
  record Rule(PhraseKind kind, Pattern pattern, Set<String> groups) {
    Rule {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(pattern, "pattern");
      groups = Set.copyOf(groups);
    }
  }

  private static final String RESOURCE = "deadline-rules.txt";
  private static final Pattern REFERENCE = Pattern.compile("\\{([A-Z][A-Z0-9_]*)\\}");
  private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
  private static final List<String> SUFFIX_LISTS =
      List.of("BEFORE", "UNTIL", "FROM", "DURING", "SINCE");

  private final Map<String, Map<String, String>> lists;
  private final List<Rule> rules;

  private DeadlineRules(Map<String, Map<String, String>> lists, List<Rule> rules) {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    lists.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    this.lists = Collections.unmodifiableMap(copy);
    this.rules = List.copyOf(rules);
  }

  /** The rules shipped beside this class. */
  static DeadlineRules builtIn() {
    return BuiltIn.RULES;
  }

  /** Holds the built-in rules, read once on first use. */
  private static final class BuiltIn {
    static final DeadlineRules RULES = load();

    private static DeadlineRules load() {
      try (InputStream in = DeadlineRules.class.getResourceAsStream(RESOURCE)) {
        return read(Objects.requireNonNull(in, RESOURCE));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Reads rules in the format described at the top of {@code deadline-rules.txt}. */
  static DeadlineRules read(InputStream in) throws IOException {
    Map<String, Map<String, String>> lists = new LinkedHashMap<>();
    Map<String, String> fragments = new LinkedHashMap<>();
    List<String[]> patterns = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNo++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      int eq = s.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": no '=' in " + s);
      }
      String key = s.substring(0, eq).strip();
      String value = s.substring(eq + 1).strip();
      if (key.startsWith("@")) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String item : value.split("\\s+")) {
          int colon = item.indexOf(':');
          words.put(
              colon < 0 ? item : item.substring(0, colon),
              colon < 0 ? "" : item.substring(colon + 1));
        }
        lists.put(key.substring(1), words);
      } else if (key.startsWith("&")) {
        fragments.put(key.substring(1), value);
      } else {
        patterns.add(new String[] {key, value, Integer.toString(lineNo)});
      }
    }
    Set<String> suffixes = new LinkedHashSet<>();
    for (String name : SUFFIX_LISTS) {
      suffixes.addAll(Objects.requireNonNull(lists.get(name), "word list " + name).keySet());
    }
    lists.put("SUFFIX_WORDS", toMap(suffixes));
    List<Rule> rules = new ArrayList<>();
    for (String[] p : patterns) {
      PhraseKind kind;
      try {
        kind = PhraseKind.valueOf(p[0].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(RESOURCE + ":" + p[2] + ": unknown kind " + p[0], e);
      }
      String regex = expand(p[1], lists, fragments, 0);
      Set<String> groups = new LinkedHashSet<>();
      Matcher g = GROUP.matcher(regex);
      while (g.find()) {
        groups.add(g.group(1));
      }
      try {
        rules.add(new Rule(kind, Pattern.compile(regex), groups));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException(RESOURCE + ":" + p[2] + ": " + e.getMessage(), e);
      }
    }
    return new DeadlineRules(lists, rules);
  }

  private static Map<String, String> toMap(Set<String> words) {
    Map<String, String> m = new LinkedHashMap<>();
    words.forEach(w -> m.put(w, ""));
    return m;
  }

  private static String expand(
      String regex,
      Map<String, Map<String, String>> lists,
      Map<String, String> fragments,
      int depth) {
    if (depth > 10) {
      throw new IllegalStateException("fragments nest too deep in " + regex);
    }
    Matcher m = REFERENCE.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement;
      if (lists.containsKey(name)) {
        replacement = alternation(lists.get(name).keySet());
      } else if (fragments.containsKey(name)) {
        replacement = "(?:" + expand(fragments.get(name), lists, fragments, depth + 1) + ")";
      } else {
        throw new IllegalStateException(RESOURCE + ": undefined {" + name + "} in " + regex);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String alternation(Set<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder b = new StringBuilder("(?:");
    for (String w : sorted) {
      if (b.length() > 3) {
        b.append('|');
      }
      b.append(Pattern.quote(w));
    }
    return b.append(')').toString();
  }

  /** The phrase patterns, in file order. */
  List<Rule> rules() {
    return rules;
  }

  /** Whether the named list holds the word. */
  boolean contains(String list, String word) {
    return word != null && words(list).containsKey(word);
  }

  /** The value the named list gives the word, or null when it does not hold it. */
  String value(String list, String word) {
    return word == null ? null : words(list).get(word);
  }

  /** The words of the named list, each with its value ("" when it has none). */
  Map<String, String> words(String list) {
    Map<String, String> words = lists.get(list);
    if (words == null) {
      throw new IllegalStateException(RESOURCE + ": no word list @" + list);
    }
    return words;
  }
}
