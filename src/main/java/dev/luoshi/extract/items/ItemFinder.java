package dev.luoshi.extract.items;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the items of a counted set in a unit (GUIDELINE §4, {@code items}).
 *
 * <p>A count word (九个方面, 两大环节, 三项, “四个年”, “四统一”, 三无, “五到位” …, the number in Chinese or Arabic
 * numerals, in or out of quotes) is matched with the coordinated list it counts: after it when a
 * colon, 即 or 包括 follows, else before it, from a clause mark or an opener such as 在, 围绕, 扭住, 抓好,
 * 落实. The list is split at 、 (and, when that leaves it one item short, at the last 和 / 及 / 以及 / 与
 * of its last part), never inside quotes or brackets. A list is kept only when it holds exactly as
 * many items as the count says; otherwise the count word yields nothing. The word lists are in
 * {@code item-rules.txt} beside this class.
 *
 * <p>Items are returned as {@code [start, end)} offsets into the unit, so that the caller cuts them
 * verbatim. Immutable and thread-safe.
 */
public final class ItemFinder {
  private static final String CLAUSE_MARKS = "，。；：！？,;:!?\n\r";
  private static final char ENUMERATION_COMMA = '、';
  private static final int MAX_COUNT = 30;
  private static final int MAX_ITEM_LENGTH = 40;
  private static final int LEAD_GAP = 8;
  private static final String NUMERAL_CHARS = "0-9０-９一二三四五六七八九十两";
  private static final String NUMERAL = "(?:[0-9０-９]{1,2}+|[一二三四五六七八九十两]{1,3}+)";
  private static final Pattern QUOTED =
      Pattern.compile("[“\"「『](" + NUMERAL + ")([^”\"」』“\\s，。、；：,;:]{1,8}?)[”\"」』]");
  private static final Pattern COMPOUND =
      Pattern.compile(
          "([^" + NUMERAL_CHARS + "]{1,2})(" + NUMERAL + ")([^" + NUMERAL_CHARS + "]{1,3})");

  private final ItemRules rules;
  private final Pattern bare;

  private ItemFinder(ItemRules rules) {
    this.rules = rules;
    this.bare =
        Pattern.compile(
            "(?<![第0-9０-９.．一二三四五六七八九十两百千万亿零〇])("
                + NUMERAL
                + ")(?:("
                + alternation(rules.list("CLASSIFIERS"))
                + ")|("
                + alternation(rules.list("BARE"))
                + "))");
  }

  /** The finder with the rules shipped beside this class. */
  public static ItemFinder builtIn() {
    return BuiltIn.FINDER;
  }

  /** Holds the built-in finder, made once on first use. */
  private static final class BuiltIn {
    static final ItemFinder FINDER = new ItemFinder(ItemRules.builtIn());
  }

  /**
   * The items of the unit's counted set, as {@code [start, end)} offsets into {@code unit}, in
   * order; an empty list when the unit enumerates no counted set. When it enumerates several, the
   * one with the most items is chosen (the first of equals).
   */
  public List<int[]> find(String unit) {
    return findAll(unit).stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
  }

  /**
   * The items of every counted set the unit enumerates, in the order of their count words, each as
   * {@code [start, end)} offsets into {@code unit}.
   */
  public List<List<int[]>> findAll(String unit) {
    Objects.requireNonNull(unit, "unit");
    List<CountWord> counts = countWords(unit);
    if (counts.isEmpty()) {
      return List.of(); // most units count nothing: their quotes and brackets are not read
    }
    Nesting nesting = new Nesting(unit);
    List<List<int[]>> sets = new ArrayList<>();
    for (CountWord word : counts) {
      List<int[]> found = after(unit, nesting, word);
      List<int[]> items = found != null ? found : before(unit, nesting, word);
      if (items != null && sets.stream().noneMatch(s -> same(s, items))) {
        sets.add(List.copyOf(items));
      }
    }
    return List.copyOf(sets);
  }

  /** The items of the unit's counted set as text, cut from the unit; see {@link #find(String)}. */
  public List<String> items(String unit) {
    return find(unit).stream().map(s -> unit.substring(s[0], s[1])).toList();
  }

  private List<CountWord> countWords(String unit) {
    List<CountWord> words = new ArrayList<>();
    Matcher q = QUOTED.matcher(unit);
    while (q.find()) {
      CountWord w = quoted(q.group(1), q.group(2), q.start(), q.end());
      if (w != null) {
        words.add(w);
      }
    }
    Matcher b = bare.matcher(unit).useTransparentBounds(true).useAnchoringBounds(false);
    for (int from = 0; nextBare(b, unit, from); from = b.end()) {
      int n = CountWord.value(b.group(1));
      boolean counted = b.group(2) == null || rules.list("NOT_COUNTED").match(unit, b.end()) == 0;
      if (n >= 2 && n <= MAX_COUNT && counted) {
        words.add(
            new CountWord(
                b.start(),
                b.end(),
                List.of(new CountWord.Part(n, "")),
                countsChars(unit.substring(b.end(1)))));
      }
    }
    words.sort(Comparator.comparingInt(CountWord::start));
    return words;
  }

  /**
   * The next match of {@link #bare} from {@code from}, as {@link Matcher#find()} finds it, tried
   * only where a numeral stands (every match opens with one, after a lookbehind): at each such
   * character, a match that starts there is looked for as find() looks at a position, in a region
   * to the end whose bounds hide nothing from the lookbehind and anchor nothing. find() tries every
   * position, and the numerals are a few characters of a unit.
   */
  private static boolean nextBare(Matcher b, String unit, int from) {
    for (int i = from; i < unit.length(); i++) {
      if (NUMERAL_STARTS.indexOf(unit.charAt(i)) >= 0 && b.region(i, unit.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** The characters a numeral of a count word can start with ({@link #NUMERAL}). */
  private static final String NUMERAL_STARTS = "0123456789０１２３４５６７８９一二三四五六七八九十两";

  /** A quoted count word such as “四统一”, “三个年”, “五清一改”, or null when it counts nothing. */
  private CountWord quoted(String numeral, String rest, int start, int end) {
    int n = CountWord.value(numeral);
    if (n < 2 || n > MAX_COUNT) {
      return null;
    }
    Matcher c = COMPOUND.matcher(rest);
    if (c.matches() && rules.list("CLASSIFIERS").match(rest, 0) == 0) {
      int m = CountWord.value(c.group(2));
      if (m < 1 || n + m > MAX_COUNT) {
        return null;
      }
      return new CountWord(
          start,
          end,
          List.of(new CountWord.Part(n, c.group(1)), new CountWord.Part(m, c.group(3))),
          false);
    }
    return new CountWord(start, end, List.of(new CountWord.Part(n, "")), countsChars(rest));
  }

  /** Whether the words after a count's numeral (字, 个字) make it count characters. */
  private boolean countsChars(String afterNumeral) {
    int skip = afterNumeral.startsWith("个") ? 1 : 0;
    return rules.list("CHAR_COUNT").match(afterNumeral, skip) > 0;
  }

  /** The list after the count word, behind a colon, 即 or 包括; null when there is none. */
  private List<int[]> after(String unit, Nesting nesting, CountWord word) {
    int base = nesting.depth(word.start());
    int from = leadEnd(unit, nesting, word.end(), base);
    if (from < 0) {
      return null;
    }
    if (!word.compound()) {
      int end = trimTrailers(unit, clauseEnd(unit, nesting, from, base));
      List<int[]> items = listIn(unit, nesting, from, end, base, word.parts(), word.byChars());
      return items != null && balanced(items, items.size() - 1) ? items : null;
    }
    List<int[]> items = new ArrayList<>();
    int at = from;
    for (CountWord.Part part : word.parts()) {
      if (at >= unit.length()) {
        return null;
      }
      int end = clauseEnd(unit, nesting, at, base);
      List<int[]> got =
          listIn(unit, nesting, at, trimTrailers(unit, end), base, List.of(part), false);
      if (got == null) {
        return null;
      }
      items.addAll(got);
      at = end + 1;
    }
    return items;
  }

  /** Where the list after a count word starts, or -1 when no lead (：, 即, 包括) follows it. */
  private int leadEnd(String unit, Nesting nesting, int from, int base) {
    WordList leads = rules.list("LEADS");
    for (int i = from; i < unit.length() && i <= from + LEAD_GAP; i++) {
      if (nesting.depth(i) != base) {
        return -1;
      }
      int at = i;
      char c = unit.charAt(i);
      if (c == '，' || c == ',') {
        at = i + 1;
      }
      int len = at < unit.length() ? leads.match(unit, at) : 0;
      if (len > 0 && !blocked(unit, at, len)) {
        return at + len;
      }
      if (CLAUSE_MARKS.indexOf(c) >= 0 || c == ENUMERATION_COMMA) {
        return -1;
      }
    }
    return -1;
  }

  /** The list before the count word; null when there is none of the right size. */
  private List<int[]> before(String unit, Nesting nesting, CountWord word) {
    int base = nesting.depth(word.start());
    int end = trimTrailers(unit, word.start());
    if (end <= 0) {
      return null;
    }
    if (nesting.closes(end - 1) && nesting.depth(end - 1) == base) {
      int open = nesting.opener(end - 1);
      if (open >= 0 && hasComma(unit, nesting, open + 1, end - 1, base + 1)) {
        return listIn(unit, nesting, open + 1, end - 1, base + 1, word.parts(), word.byChars());
      }
    }
    int start = clauseStart(unit, nesting, end, base);
    List<int[]> openers = openers(unit, nesting, start, end, base);
    List<Integer> candidates = new ArrayList<>();
    candidates.add(start);
    openers.forEach(o -> candidates.add(o[1]));
    for (boolean conjunctions : new boolean[] {false, true}) {
      for (int k = candidates.size() - 1; k >= 0; k--) {
        int from = candidates.get(k);
        if (from >= end) {
          continue;
        }
        List<int[]> items =
            split(unit, nesting, from, end, base, word.parts(), word.byChars(), conjunctions);
        if (items != null) {
          items = k == 0 ? items : withGoverningVerb(unit, start, openers.get(k - 1), items);
          if (word.compound() || balanced(items, 0)) {
            return items;
          }
        }
      }
    }
    return null;
  }

  /**
   * The items, with the verb cut before the first one put back into it when every other item starts
   * with such a verb too (深化……、提升……、完善……), together with adverbs right before it (深入推进……).
   */
  private List<int[]> withGoverningVerb(String unit, int start, int[] opener, List<int[]> items) {
    if (opener[2] == 0
        || !items.subList(1, items.size()).stream().allMatch(s -> verbHeaded(unit, s[0]))) {
      return items;
    }
    WordList adverbs = rules.list("ADVERBS");
    int first = opener[0];
    for (int len; first > start && (len = adverbs.matchEnding(unit, first)) > 0; ) {
      if (first - len < start) {
        break;
      }
      first -= len;
    }
    List<int[]> out = new ArrayList<>(items);
    out.set(0, new int[] {first, items.get(0)[1]});
    return out;
  }

  /**
   * Whether the item whose outer boundary was guessed (the first of a list before its count, the
   * last of one after it) is at most about twice as long as the longest of the others: a longer one
   * has taken in the clause's subject or a trailing remark.
   */
  private static boolean balanced(List<int[]> items, int guessed) {
    int longest = 0;
    for (int i = 0; i < items.size(); i++) {
      if (i != guessed) {
        longest = Math.max(longest, items.get(i)[1] - items.get(i)[0]);
      }
    }
    int[] g = items.get(guessed);
    return g[1] - g[0] <= 2 * longest + 2;
  }

  /** Whether the text at {@code at} starts with a verb of the list, maybe after adverbs. */
  private boolean verbHeaded(String unit, int at) {
    WordList adverbs = rules.list("ADVERBS");
    int i = at;
    for (int len; i < unit.length() && (len = adverbs.match(unit, i)) > 0; ) {
      i += len;
    }
    return i < unit.length() && rules.list("VERBS").match(unit, i) > 0;
  }

  /**
   * The openers and verbs between {@code from} and {@code to}, in order, each as {start, end, 1 for
   * a verb else 0}.
   */
  private List<int[]> openers(String unit, Nesting nesting, int from, int to, int base) {
    WordList openers = rules.list("OPENERS");
    WordList verbs = rules.list("VERBS");
    WordList complements = rules.list("COMPLEMENTS");
    List<int[]> found = new ArrayList<>();
    for (int i = from; i < to; ) {
      int len =
          nesting.depth(i) == base ? Math.max(openers.match(unit, i), verbs.match(unit, i)) : 0;
      if (len > 0 && i + len <= to && !blocked(unit, i, len)) {
        int end = i + len;
        boolean verb = verbs.contains(unit.substring(i, end));
        if (verb && end < to) {
          end += complements.match(unit, end);
        }
        found.add(new int[] {i, end, verb ? 1 : 0});
        i = end;
      } else {
        i++;
      }
    }
    return found;
  }

  /** The list in {@code [from, to)}: split at 、, then if needed at a conjunction. */
  private List<int[]> listIn(
      String unit,
      Nesting nesting,
      int from,
      int to,
      int base,
      List<CountWord.Part> parts,
      boolean byChars) {
    List<int[]> items = split(unit, nesting, from, to, base, parts, byChars, false);
    return items != null ? items : split(unit, nesting, from, to, base, parts, byChars, true);
  }

  /**
   * The list in {@code [from, to)} split at 、 (with {@code conjunctions}, also its last part at its
   * last conjunction), or null when it does not hold the counted number of items.
   */
  private List<int[]> split(
      String unit,
      Nesting nesting,
      int from,
      int to,
      int base,
      List<CountWord.Part> parts,
      boolean byChars,
      boolean conjunctions) {
    List<int[]> items = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || (unit.charAt(i) == ENUMERATION_COMMA && nesting.depth(i) == base)) {
        items.add(trim(unit, start, i));
        start = i + 1;
      }
    }
    if (conjunctions) {
      int[] last = items.remove(items.size() - 1);
      int[] conj = lastConjunction(unit, nesting, last[0], last[1], base);
      if (conj == null) {
        return null;
      }
      items.add(trim(unit, last[0], conj[0]));
      items.add(trim(unit, conj[1], last[1]));
    }
    return fits(unit, items, parts, byChars) ? items : null;
  }

  /** Whether the items are sound and as many as the count asks for, part by part. */
  private static boolean fits(
      String unit, List<int[]> items, List<CountWord.Part> parts, boolean byChars) {
    for (int[] s : items) {
      if (s[1] - s[0] > MAX_ITEM_LENGTH
          || unit.substring(s[0], s[1]).codePoints().noneMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    int total = parts.stream().mapToInt(CountWord.Part::count).sum();
    if (items.size() != total) {
      return byChars
          && items.size() > 1
          && items.stream().mapToInt(s -> s[1] - s[0]).sum() == total;
    }
    int k = 0;
    for (CountWord.Part part : parts) {
      for (int j = 0; j < part.count(); j++, k++) {
        int[] s = items.get(k);
        if (!unit.substring(s[0], s[1]).contains(part.mark())) {
          return false;
        }
      }
    }
    return true;
  }

  /** The last conjunction standing alone in {@code [from, to)}, as a [start, end) pair, or null. */
  private int[] lastConjunction(String unit, Nesting nesting, int from, int to, int base) {
    WordList conjunctions = rules.list("CONJUNCTIONS");
    int[] last = null;
    for (int i = from; i < to; ) {
      int len = nesting.depth(i) == base ? conjunctions.match(unit, i) : 0;
      if (len > 0 && i + len <= to && !blocked(unit, i, len)) {
        last = new int[] {i, i + len};
        i += len;
      } else {
        i++;
      }
    }
    return last;
  }

  /** Whether a word at {@code [at, at + len)} is only part of a longer word (存在, 及时, 立即). */
  private boolean blocked(String unit, int at, int len) {
    return rules.list("BLOCKERS").covers(unit, at, len);
  }

  private static boolean hasComma(String unit, Nesting nesting, int from, int to, int depth) {
    for (int i = from; i < to; i++) {
      if (unit.charAt(i) == ENUMERATION_COMMA && nesting.depth(i) == depth) {
        return true;
      }
    }
    return false;
  }

  /** Where the clause that ends at {@code end} starts, within the pair at depth {@code base}. */
  private static int clauseStart(String unit, Nesting nesting, int end, int base) {
    for (int i = end - 1; i >= 0; i--) {
      if (nesting.depth(i) < base
          || (nesting.depth(i) == base && CLAUSE_MARKS.indexOf(unit.charAt(i)) >= 0)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Where the clause that starts at {@code from} ends, within the pair at depth {@code base}. */
  private static int clauseEnd(String unit, Nesting nesting, int from, int base) {
    for (int i = from; i < unit.length(); i++) {
      if (nesting.depth(i) < base
          || (nesting.depth(i) == base && CLAUSE_MARKS.indexOf(unit.charAt(i)) >= 0)) {
        return i;
      }
    }
    return unit.length();
  }

  /** {@code end} moved back over whitespace and words that close a list (等, 的, 这些). */
  private int trimTrailers(String unit, int end) {
    WordList trailers = rules.list("TRAILERS");
    int e = end;
    while (e > 0) {
      if (Character.isWhitespace(unit.charAt(e - 1))) {
        e--;
        continue;
      }
      int len = trailers.matchEnding(unit, e);
      if (len == 0) {
        break;
      }
      e -= len;
    }
    return e;
  }

  private static int[] trim(String unit, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(unit.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(unit.charAt(e - 1))) {
      e--;
    }
    return new int[] {s, e};
  }

  private static boolean same(List<int[]> a, List<int[]> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!Arrays.equals(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static String alternation(WordList words) {
    return words.words().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }
}
