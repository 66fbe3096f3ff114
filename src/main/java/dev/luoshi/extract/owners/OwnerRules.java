package dev.luoshi.extract.owners;

import dev.luoshi.analysis.WordClasses;
import dev.luoshi.rules.RuleFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that {@link RuleOwnerFinder} reads, from {@code owner-rules.txt} beside this class
 * plus the unit and role names of the user's settings. Immutable.
 */
public final class OwnerRules {
  /** What the end of a phrase names. */
  public enum HeadKind {
    /** A body: 部门, 局, 党委. */
    UNIT,
    /** People in a role: 干部, 负责人, 书记. */
    PERSON,
    /** Members of the public: 市民, 青年 (owners only before a modal). */
    PUBLIC,
    /** A body named by one word: 国家, 党中央. */
    BARE,
    /** A head that names an agent only after another agent: 机制. */
    QUALIFIED,
    /** Nothing that can act. */
    NONE
  }

  private final Map<String, Set<String>> sections;
  private final Map<String, List<String>> longestFirst;
  private final Map<String, HeadKind> suffixes;
  private final int longestSuffix;

  /** Per section, per first character, its words that start with it, longest first. */
  private final Map<String, Map<Character, List<String>>> byFirst;

  /** Per character, the length of the longest head word ending with it (0: none does). */
  private final short[] suffixEndingWith = new short[Character.MAX_VALUE + 1];

  private final WordClasses classes = WordClasses.builtIn();

  private OwnerRules(Map<String, Set<String>> sections) {
    this.sections = frozen(sections);
    Map<String, List<String>> sorted = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : sections.entrySet()) {
      List<String> words = new ArrayList<>(e.getValue());
      words.sort(Comparator.comparingInt(String::length).reversed());
      sorted.put(e.getKey(), List.copyOf(words));
    }
    this.longestFirst = frozen(sorted);
    Map<String, HeadKind> s = new HashMap<>();
    put(s, "bare-agents", HeadKind.BARE);
    put(s, "unit-heads", HeadKind.UNIT);
    put(s, "person-heads", HeadKind.PERSON);
    put(s, "role-heads", HeadKind.PERSON);
    put(s, "public-heads", HeadKind.PUBLIC);
    put(s, "qualified-heads", HeadKind.QUALIFIED);
    put(s, "sector-heads", HeadKind.QUALIFIED);
    put(s, "function-heads", HeadKind.QUALIFIED);
    put(s, "not-agents", HeadKind.NONE);
    this.suffixes = frozen(s);
    this.longestSuffix = s.keySet().stream().mapToInt(String::length).max().orElse(1);
    for (String w : s.keySet()) {
      char last = w.charAt(w.length() - 1);
      suffixEndingWith[last] =
          (short) Math.max(suffixEndingWith[last], Math.min(w.length(), Short.MAX_VALUE));
    }
    Map<String, Map<Character, List<String>>> first = new HashMap<>();
    for (Map.Entry<String, List<String>> e : longestFirst.entrySet()) {
      Map<Character, List<String>> index = new HashMap<>();
      for (String w : e.getValue()) {
        if (!w.isEmpty()) {
          index.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
        }
      }
      index.replaceAll((c, words) -> List.copyOf(words));
      first.put(e.getKey(), frozen(index));
    }
    this.byFirst = frozen(first);
  }

  /**
   * An unmodifiable copy that is a hash map: the rules look words and sections up many times a
   * unit, and {@code Map.copyOf}'s table spends a division on every probe (2% of a profile).
   */
  private static <K, V> Map<K, V> frozen(Map<K, V> map) {
    return Collections.unmodifiableMap(new HashMap<>(map));
  }

  private void put(Map<String, HeadKind> into, String section, HeadKind kind) {
    for (String w : section(section)) {
      into.put(w, kind);
    }
  }

  /** The built-in rules with the user's extra unit names and role names. */
  static OwnerRules load(List<String> extraUnitNames, List<String> extraRoleNames) {
    RuleFile file = RuleFile.load(OwnerRules.class, "owner-rules.txt");
    Map<String, Set<String>> sections = new HashMap<>();
    for (String group : file.groups()) {
      sections.put(group, new LinkedHashSet<>(file.entries(group)));
    }
    addAll(sections, "unit-heads", extraUnitNames);
    for (String section : List.of("person-heads", "role-heads", "shared-heads")) {
      addAll(sections, section, extraRoleNames);
    }
    return new OwnerRules(sections);
  }

  private static void addAll(Map<String, Set<String>> sections, String name, List<String> words) {
    Set<String> set = sections.computeIfAbsent(name, k -> new LinkedHashSet<>());
    for (String w : words) {
      String s = w == null ? "" : w.strip();
      if (!s.isEmpty()) {
        set.add(s);
      }
    }
  }

  private Set<String> section(String name) {
    return sections.getOrDefault(name, Set.of());
  }

  /** Whether the word is in the named section. */
  public boolean in(String section, String word) {
    return section(section).contains(word);
  }

  /** The words of a section, longest first. */
  public List<String> longestFirst(String section) {
    return longestFirst.getOrDefault(section, List.of());
  }

  /**
   * The words of a section that start with the character, longest first (in the order of {@link
   * #longestFirst}); an empty word starts with any character.
   */
  public List<String> longestFirst(String section, char first) {
    Map<Character, List<String>> index = byFirst.get(section);
    List<String> words = index == null ? null : index.get(first);
    return words == null ? List.of() : words;
  }

  /** The longest known head word that the text ends with, or null. */
  public String headWord(String text) {
    return headWord(text, -1);
  }

  /**
   * The longest known head word that the text ends with, or null; a word that names no agent is
   * passed over when it starts inside the text's last word (全部 in 国家/安全部).
   *
   * @param lastStart where the text's last word starts, or -1 when words are unknown
   */
  String headWord(String text, int lastStart) {
    if (text.isEmpty()) {
      return null;
    }
    int longest = suffixEndingWith[text.charAt(text.length() - 1)];
    for (int n = Math.min(longest, text.length()); n >= 1; n--) {
      String tail = text.substring(text.length() - n);
      HeadKind kind = suffixes.get(tail);
      boolean inside = lastStart >= 0 && text.length() - n > lastStart;
      if (kind != null && !(kind == HeadKind.NONE && inside)) {
        return tail;
      }
    }
    return null;
  }

  /** What the end of the text names. */
  public HeadKind headKind(String text) {
    return headKind(text, -1);
  }

  /**
   * What the end of the text names.
   *
   * @param lastStart where the text's last word starts, or -1 when words are unknown
   */
  HeadKind headKind(String text, int lastStart) {
    return kindOf(text, headWord(text, lastStart));
  }

  /** What the text names given the head word it ends with (null: none known). */
  private HeadKind kindOf(String text, String head) {
    if (head == null) {
      return HeadKind.NONE;
    }
    HeadKind kind = suffixes.get(head);
    if (kind != HeadKind.QUALIFIED) {
      return kind;
    }
    String before = text.substring(0, text.length() - head.length());
    String fields =
        in("sector-heads", head) ? "sectors" : in("function-heads", head) ? "functions" : null;
    if (fields != null) {
      // 民政系统, 教育战线, 研发体系: everyone working in a field of public or company work, never a
      // thing's part (信息系统, 公司的车库系统, 教育体系); 各条线, 各个口: every such field
      if (fields.equals("sectors") && (before.equals("各") || before.equals("各个"))) {
        return HeadKind.UNIT;
      }
      for (String field : longestFirst(fields)) {
        if (before.endsWith(field)) {
          return HeadKind.UNIT;
        }
      }
      return HeadKind.NONE;
    }
    for (int i = before.length(); i > 0; i--) {
      HeadKind k = headKind(before.substring(0, i));
      if (k != HeadKind.NONE && k != HeadKind.QUALIFIED) {
        return HeadKind.UNIT;
      }
    }
    return HeadKind.NONE;
  }

  /**
   * What the end of a whole phrase names, by the lists or else by the thesaurus class of its last
   * word (not used for the conjuncts of a coordination, which a shared head completes).
   *
   * @param lastStart where the text's last word starts
   */
  public HeadKind agentKind(String text, int lastStart) {
    String head = headWord(text, lastStart);
    if (head == null && lastStart >= 0 && lastStart < text.length()) {
      return thesaurusKind(text.substring(lastStart));
    }
    return kindOf(text, head);
  }

  /**
   * What an unlisted last word names by its main sense in the thesaurus: people by occupation,
   * office or standing (教师, 主官, 企业家), or institutions (学校, 机关); pronouns and people in general (我们,
   * 群众) are no agents.
   */
  private HeadKind thesaurusKind(String word) {
    if (word.length() < 2) {
      return HeadKind.NONE;
    }
    if (classes.first(word, longestFirst("person-classes")) && !alsoAThing(word)) {
      return HeadKind.PERSON;
    }
    if (classes.first(word, longestFirst("unit-classes"))) {
      return HeadKind.UNIT;
    }
    return HeadKind.NONE;
  }

  /**
   * Whether the thesaurus also files the word among concrete things (B): its codes come in the
   * order of the classes, not of the senses, so 材料 is filed first as talent (Al) and then as
   * material (Ba); a word that can name a thing does not name people by its first code alone.
   */
  private boolean alsoAThing(String word) {
    for (String code : classes.codes(word)) {
      if (code.startsWith("B")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the thesaurus lists the word at all (经济, 对象: a word, not a preposition glued on). */
  public boolean known(String word) {
    return !classes.codes(word).isEmpty();
  }

  /**
   * Whether the word's main sense in the thesaurus is a thing, a time or place, a quality or idea.
   */
  public boolean thingLike(String word) {
    return classes.first(word, longestFirst("thing-classes"));
  }

  /** Whether the word's main sense in the thesaurus is a right, a duty or discipline (责任, 任务). */
  public boolean duty(String word) {
    return classes.first(word, longestFirst("duty-classes"));
  }

  /**
   * Whether the word's main sense in the thesaurus is a time or a place (时代, 地方), which never acts.
   */
  public boolean placeOrTime(String word) {
    return classes.first(word, longestFirst("place-time-classes"));
  }

  /** The shared head that the text ends with after other words (部门 in 教育部门), or null. */
  String sharedHead(String text) {
    return longestEnding("shared-heads", text);
  }

  /** The role head that the text ends with after other words (负责人 in 局属单位负责人), or null. */
  String roleHead(String text) {
    return longestEnding("role-heads", text);
  }

  private String longestEnding(String section, String text) {
    for (String h : longestFirst(section)) {
      if (text.endsWith(h) && text.length() > h.length()) {
        return h;
      }
    }
    return null;
  }
}
