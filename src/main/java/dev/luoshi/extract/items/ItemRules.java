package dev.luoshi.extract.items;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The word lists of {@code item-rules.txt}: lines {@code @NAME = word word …}, a list possibly
 * spread over several lines. Immutable.
 */
final class ItemRules {
  private static final String RESOURCE = "item-rules.txt";

  /** The lists the finder reads; a rules file must define every one of them. */
  static final List<String> NAMES =
      List.of(
          "CLASSIFIERS",
          "NOT_COUNTED",
          "BARE",
          "CHAR_COUNT",
          "LEADS",
          "OPENERS",
          "VERBS",
          "ADVERBS",
          "COMPLEMENTS",
          "CONJUNCTIONS",
          "TRAILERS",
          "BLOCKERS");

  private final Map<String, WordList> lists;

  private ItemRules(Map<String, WordList> lists) {
    this.lists = Map.copyOf(lists);
  }

  /** The rules shipped beside this class. */
  static ItemRules builtIn() {
    return BuiltIn.RULES;
  }

  /** Holds the built-in rules, read once on first use. */
  private static final class BuiltIn {
    static final ItemRules RULES = load();

    private static ItemRules load() {
      try (InputStream in = ItemRules.class.getResourceAsStream(RESOURCE)) {
        return read(Objects.requireNonNull(in, RESOURCE));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Reads rules in the format described at the top of {@code item-rules.txt}. */
  static ItemRules read(InputStream in) throws IOException {
    Map<String, List<String>> words = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNo++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      int eq = s.indexOf('=', 1);
      if (!s.startsWith("@") || eq < 0) {
        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": not a word list: " + s);
      }
      String name = s.substring(1, eq).strip();
      String value = s.substring(eq + 1).strip();
      List<String> list = words.computeIfAbsent(name, k -> new ArrayList<>());
      if (!value.isEmpty()) {
        list.addAll(List.of(value.split("\\s+")));
      }
    }
    Map<String, WordList> lists = new LinkedHashMap<>();
    for (String name : NAMES) {
      List<String> list = words.get(name);
      if (list == null) {
        throw new IllegalStateException(RESOURCE + ": no word list @" + name);
      }
      lists.put(name, new WordList(list));
    }
    return new ItemRules(lists);
  }

  /** The named list. */
  WordList list(String name) {
    WordList list = lists.get(name);
    if (list == null) {
      throw new IllegalStateException(RESOURCE + ": no word list @" + name);
    }
    return list;
  }
}
