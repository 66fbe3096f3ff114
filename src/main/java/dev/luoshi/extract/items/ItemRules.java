package dev.luoshi.extract.items;

import dev.luoshi.rules.RuleFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    static final ItemRules RULES = of(RuleFile.load(ItemRules.class, RESOURCE));
  }

  /** Reads rules in the format described at the top of {@code item-rules.txt}. */
  static ItemRules read(InputStream in) throws IOException {
    return of(RuleFile.read(in, RESOURCE));
  }

  private static ItemRules of(RuleFile file) {
    Map<String, WordList> lists = new LinkedHashMap<>();
    for (String name : NAMES) {
      lists.put(name, new WordList(file.required(name)));
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
