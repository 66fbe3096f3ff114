package dev.luoshi.extract.deadlines;

import dev.luoshi.rules.CharMasks;
import dev.luoshi.rules.Preceding;
import dev.luoshi.rules.RequiredText;
import dev.luoshi.rules.StartTables;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds deadline phrases by the patterns and word lists of {@code deadline-rules.txt} and resolves
 * each to the latest day it allows (GUIDELINE §4). Whitespace inside a phrase (a hard wrap, a stray
 * PDF space) is tolerated. Immutable and thread-safe.
 *
 * <p>Conventions the guideline leaves open: 月初 ends on the 5th; a span in hours ends on the day the
 * hours run out, rounded up; a range (3月1日至3月15日) is bounded by its end; a festival named by its
 * lunar day (正月十五) is that festival; a phrase dated before the meeting is narrative, not a bound.
 */
public final class RuleDeadlineFinder implements DeadlineFinder {
  /** Chars after which a clause starts. */
  private static final String CLAUSE_MARKS = "，,；;：:。！？!?）)】]";

  /**
   * Whether a month (and day) with no year, prefix or suffix falls before the meeting in the
   * meeting's year: such a date reports an event; only a bound (3月15日前) rolls to next year. A month
   * with no day has not passed while it runs (要在3月份完成 at a meeting on 3月2日).
   */
  private static boolean bareDateBefore(Map<String, String> g, LocalDate meeting) {
    if (!g.containsKey("m")
        || g.containsKey("y")
        || g.containsKey("yr")
        || g.get("s") != null
        || g.get("p") != null) {
      return false;
    }
    int m = ChineseNumerals.parse(g.get("m"));
    if (m < 1 || m > 12) {
      return false;
    }
    java.time.YearMonth ym = java.time.YearMonth.of(meeting.getYear(), m);
    int d = g.containsKey("d") ? ChineseNumerals.parse(g.get("d")) : ym.lengthOfMonth();
    return d >= 1 && d <= ym.lengthOfMonth() && ym.atDay(d).isBefore(meeting);
  }

  /**
   * Whether a half year or quarter with no year, prefix or suffix has ended by the meeting (上半年 in
   * a meeting in July, 对上半年进度滞后的单位…): it looks back; only 上半年前 rolls on.
   */
  private static boolean barePeriodOver(Map<String, String> g, LocalDate meeting) {
    if (g.containsKey("y") || g.containsKey("yr") || g.get("s") != null || g.get("p") != null) {
      return false;
    }
    return periodOver(g, meeting);
  }

  /** Whether the half year or quarter the phrase names, in the meeting's year, ended before it. */
  private static boolean periodOver(Map<String, String> g, LocalDate meeting) {
    int lastMonth;
    if (g.containsKey("h")) {
      lastMonth = g.get("h").startsWith("上") ? 6 : 12;
    } else if (g.containsKey("q")) {
      int q = ChineseNumerals.parse(g.get("q"));
      if (q < 1 || q > 4) {
        return false;
      }
      lastMonth = q * 3;
    } else {
      return false;
    }
    return java.time.YearMonth.of(meeting.getYear(), lastMonth).atEndOfMonth().isBefore(meeting);
  }

  /** Chars that end the clause a narrative check reads. */
  private static final String CLAUSE_ENDS = "，,；;。！？!?";

  private final DeadlineRules rules;
  private final DateResolver resolver;

  /**
   * Per character: the indices of the patterns that can start with it (empty for most characters of
   * a sentence), or null while not yet known. Filled lazily; races only store equal arrays, and the
   * atomic array publishes each whole, so sharing between threads is safe.
   */
  private final AtomicReferenceArray<int[]> starts =
      new AtomicReferenceArray<>(Character.MAX_VALUE + 1);

  private static final int[] NONE = new int[0];

  /** The rules' patterns, in file order. */
  private final List<Pattern> patterns;

  /** The sets the build worked out for the patterns ({@link StartTables}), or null. */
  private final StartTables.Table built;

  /**
   * Per pair of characters ({@code first << 16 | second}), the patterns that can start with both:
   * those of {@link #starts} for the first that match the two characters alone or need more text
   * after them (the patterns have no positive lookbehind, and a negative one holds on less text), a
   * fifth of them in the dev corpus. Filled lazily, up to {@link #PAIRS_KEPT} pairs.
   */
  private final Map<Integer, int[]> startsTwo = new ConcurrentHashMap<>();

  /** Pairs beyond this many are not kept (each is then read as its first character alone). */
  private static final int PAIRS_KEPT = 1 << 16;

  /**
   * The pairs of {@link #startsTwo} last read, in a direct-mapped table in front of it: that map
   * boxed each key and hashed it twice, at every character that can start a pattern. An entry is
   * immutable, so a slot read while another thread writes it is either entry whole.
   */
  private final Two[] recentTwo = new Two[1 << 12];

  private record Two(int key, int[] patterns) {}

  /**
   * Which patterns can start after a given char, or null when none is judged by it: most chars of a
   * sentence can start a pattern that opens with a clause's edge ({@code (?<![^，。；…])}), and fail
   * its lookbehind after most chars.
   */
  private final Preceding preceding;

  /**
   * Whether the scan reads its sets as masks ({@link #candidatesByMasks}), a bit per pattern in
   * {@link #banks} of 64: a position is then passed on two small tables and an AND per bank, where
   * the lists of pattern numbers cost a reference to an array of their own per character and a
   * pattern-by-pattern test of the char before.
   */
  private final boolean masks;

  /** The patterns 64 at a time, in file order, for the scan by masks; empty without it. */
  private final List<Bank> banks;

  /**
   * Per pattern, lists of strings one of each of which every match of it holds ({@link
   * RequiredText#allOf}), or null: a pattern is not tried at a position after the last place where
   * one of a list starts, for any of its lists. The undated bound before a comma
   * ({CLAUSE}…{2,8}?之前, whose every try reads a negative lookahead of 49 festivals at each char it
   * passes) was tried about 8,000 times a pass over the dev corpus for no match, most of them in
   * units holding neither 之前 nor 以前.
   */
  private final List<List<List<String>>> required;

  /** Above this many strings, looking for each costs more than the tries it would spare. */
  private static final int MAX_REQUIRED = 8;

  /** A finder with the built-in rules. */
  public RuleDeadlineFinder() {
    this(DeadlineRules.builtIn());
  }

  private RuleDeadlineFinder(DeadlineRules rules) {
    this(rules, true);
  }

  /** A finder that judges the char before a position ({@link Preceding}) or not (for tests). */
  RuleDeadlineFinder(DeadlineRules rules, boolean judgeBefore) {
    this(rules, judgeBefore, true);
  }

  /**
   * A finder that judges the char before a position or not, and reads its sets as masks when it can
   * or as lists of pattern numbers (for tests).
   */
  RuleDeadlineFinder(DeadlineRules rules, boolean judgeBefore, boolean masks) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.resolver = new DateResolver(rules);
    this.patterns = patterns(rules);
    this.built = StartTables.find(patterns);
    Preceding p = new Preceding(patterns);
    this.preceding = judgeBefore && p.any() ? p : null;
    this.masks = masks;
    List<List<List<String>>> req = new ArrayList<>();
    for (int k = 0; k < patterns.size(); k++) {
      List<List<String>> kept = new ArrayList<>();
      for (List<String> strings : RequiredText.allOf(patterns.get(k))) {
        if (!strings.isEmpty() && strings.size() <= MAX_REQUIRED) {
          kept.add(strings);
        }
      }
      req.add(kept.isEmpty() ? null : List.copyOf(kept));
    }
    this.required = Collections.unmodifiableList(req);
    List<Bank> all = new ArrayList<>();
    for (int from = 0; masks && from < patterns.size(); from += 64) {
      all.add(new Bank(from / 64, patterns, built, judgeBefore, required));
    }
    this.banks = List.copyOf(all);
  }

  private static List<Pattern> patterns(DeadlineRules rules) {
    List<Pattern> out = new ArrayList<>();
    for (DeadlineRules.Rule r : rules.rules()) {
      out.add(r.pattern());
    }
    return List.copyOf(out);
  }

  /** The built-in rules' patterns, in file order (for the build's table of where they start). */
  public static List<Pattern> builtInPatterns() {
    return patterns(DeadlineRules.builtIn());
  }

  /** A finder with the built-in rules. */
  public static RuleDeadlineFinder create() {
    return new RuleDeadlineFinder();
  }

  /** The finder {@link #resolve} uses, made once: its start table fills as phrases come. */
  private static final class BuiltIn {
    static final RuleDeadlineFinder FINDER = new RuleDeadlineFinder();
  }

  /**
   * The latest day a phrase allows, read as a whole without the sentence around it (so no check for
   * narrative or attributive use): {@code resolve("3月15日前", 2022-05-01)} is 2023-03-15. Empty when
   * the phrase is not one deadline phrase, or when it fixes no day (尽快, 从今年起, 每年2月底前).
   *
   * @param phrase the phrase as written, e.g. 春节前, 下周三, 2019年4月底前, 十五日内
   * @param meetingDate the meeting date, or null
   */
  public static Optional<LocalDate> resolve(String phrase, LocalDate meetingDate) {
    Objects.requireNonNull(phrase, "phrase");
    Squeezed s = Squeezed.of(phrase);
    List<Found> found = BuiltIn.FINDER.scan(s.text(), meetingDate, false);
    if (found.size() != 1) {
      return Optional.empty();
    }
    Found f = found.get(0);
    return f.start() == 0 && f.end() == s.text().length()
        ? Optional.ofNullable(f.date())
        : Optional.empty();
  }

  /**
   * Every deadline phrase of the unit in text order, past and narrative time, dates in 《titles》,
   * frequencies and manner words left out.
   */
  @Override
  public List<DeadlineMatch> findAll(String unit, LocalDate meetingDate) {
    return phrases(unit).all(meetingDate);
  }

  /**
   * The phrase that bounds the action most: an explicit date or period over an urgency word over a
   * start over a window (当前, 目前); the first of equals.
   */
  @Override
  public Optional<DeadlineMatch> find(String unit, LocalDate meetingDate) {
    return phrases(unit).best(meetingDate);
  }

  /**
   * {@inheritDoc} The patterns run once; only the judging of what they found (past, narrative,
   * before the meeting) is done again for each meeting date asked.
   */
  @Override
  public Phrases phrases(String unit) {
    Objects.requireNonNull(unit, "unit");
    Squeezed s = Squeezed.of(unit);
    List<Candidate> candidates = candidates(s.text());
    return new Phrases() {
      @Override
      public List<DeadlineMatch> all(LocalDate meetingDate) {
        List<DeadlineMatch> out = new ArrayList<>();
        for (Found f : judgeAll(candidates, s.text(), meetingDate, true)) {
          out.add(s.match(unit, f));
        }
        return Collections.unmodifiableList(out);
      }

      @Override
      public Optional<DeadlineMatch> best(LocalDate meetingDate) {
        Found best = null;
        for (Found f : judgeAll(candidates, s.text(), meetingDate, true)) {
          if (best == null || better(f, best, s.text())) {
            best = f;
          }
        }
        return best == null ? Optional.empty() : Optional.of(s.match(unit, best));
      }

      @Override
      public Optional<DeadlineMatch> pastTime(LocalDate meetingDate) {
        if (meetingDate == null) {
          return Optional.empty();
        }
        for (Candidate c : candidates) {
          Integer year = c.groups().containsKey("y") ? resolver.year(c.groups(), null) : null;
          boolean earlierYear =
              year != null
                  && year >= FIRST_YEAR
                  && year < meetingDate.getYear()
                  && !rules.contains("SINCE", c.groups().get("s"))
                  && !insideBookTitle(s.text(), c.start());
          if (earlierYear || opensPeriodOver(c, s.text(), meetingDate)) {
            return Optional.of(
                s.match(
                    unit, new Found(PhraseKind.DEADLINE, c.start(), c.end(), null, c.groups())));
          }
        }
        return Optional.empty();
      }
    };
  }

  /**
   * Whether the candidate is a half year or quarter of the meeting's year, over by the meeting,
   * that opens the unit as a clause of its own (今年上半年，…销售增长9%; 一季度，…流失率38% at a meeting in August):
   * the figures after it report that period. Not with a prefix or suffix (到上半年, 上半年前, 一季度内), which
   * bound work.
   */
  private boolean opensPeriodOver(Candidate c, String text, LocalDate meeting) {
    Map<String, String> g = c.groups();
    if (c.rule().kind() != PhraseKind.DEADLINE
        || g.get("s") != null
        || g.get("p") != null
        || !(g.containsKey("h") || g.containsKey("q"))
        || c.end() >= text.length()
        || text.charAt(c.end()) != '，'
        || !clauseStart(text, c.start())) {
      return false;
    }
    Integer year = resolver.year(g, meeting);
    if (year != null && year != meeting.getYear()) {
      return false; // an earlier year is pastTime's own case; a later one is to come
    }
    return periodOver(g, meeting);
  }

  /** Whether only the unit's opening (blanks, a point's marker) stands before {@code at}. */
  private static boolean clauseStart(String text, int at) {
    for (int i = 0; i < at; i++) {
      if ("，,；;：:。！？!?".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return at <= MARKER_MAX;
  }

  /** Chars a point's marker (（一）, 1., 一是) may take before a phrase that opens the unit. */
  private static final int MARKER_MAX = 4;

  /** Years written with fewer digits (08年) are not read as years before the meeting's. */
  private static final int FIRST_YEAR = 1000;

  /**
   * Whether {@code f} is preferred to {@code best}: by kind and bound ({@link #preference}); at a
   * tie of two dated bounds apart the first, which bounds the unit's first piece of work (各县委应于十一月底
   * 以前报告地委，地委汇总后于十二月十五日以前报告中央局), else the one that names more (明年阴历正月 over 明年 before it).
   */
  private static boolean better(Found f, Found best, String text) {
    boolean replaced = superseded(f, text);
    if (replaced != superseded(best, text)) {
      return !replaced;
    }
    int a = preference(f, text);
    int b = preference(best, text);
    if (a != b) {
      return a > b;
    }
    boolean apart = f.start() >= best.end() || best.start() >= f.end();
    boolean dated = f.kind() == PhraseKind.DEADLINE && best.kind() == PhraseKind.DEADLINE;
    if (bounded(f, text) && dated && apart) {
      return f.start() < best.start(); // two dated bounds: the first bounds the first work
    }
    return f.end() - f.start() > best.end() - best.start();
  }

  /** Words before a time that a notice then changes (原定九月二十五日…，现推迟至十月五日). */
  private static final List<String> SUPERSEDED = List.of("原定", "原定于", "原计划", "原计划于", "原拟", "原拟于");

  /** Whether the phrase is the time first set, which the unit goes on to change. */
  private static boolean superseded(Found f, String text) {
    for (String w : SUPERSEDED) {
      if (text.startsWith(w, f.start() - w.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * How strongly a phrase bounds the action: its kind first; among equals a phrase that ends in a
   * bound (6月底前, 三季度末之前) before one that only names a period (今年, 上半年).
   */
  private static int preference(Found f, String text) {
    return f.kind().rank() * 2 + (bounded(f, text) ? 1 : 0);
  }

  /** Whether the phrase ends in a bound (6月底前, 三季度末之前, 十五日内). */
  private static boolean bounded(Found f, String text) {
    return "前止底末内".indexOf(text.charAt(f.end() - 1)) >= 0;
  }

  /** A phrase found in the whitespace-free text, with the groups of the pattern that found it. */
  private record Found(
      PhraseKind kind, int start, int end, LocalDate date, Map<String, String> groups) {}

  /** The longest pattern match at a position. */
  private record Candidate(
      DeadlineRules.Rule rule, int start, int end, Map<String, String> groups) {}

  /** A text without whitespace, and for each of its chars the offset in the original. */
  private record Squeezed(String text, int[] origin) {
    static Squeezed of(String original) {
      StringBuilder b = new StringBuilder(original.length());
      int[] origin = new int[original.length()];
      for (int i = 0; i < original.length(); i++) {
        char c = original.charAt(i);
        if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0' && c != '\ufeff') {
          origin[b.length()] = i;
          b.append(c);
        }
      }
      return new Squeezed(b.toString(), origin);
    }

    /** The match in the original text for a phrase found in this one. */
    DeadlineMatch match(String original, Found f) {
      int start = origin[f.start()];
      int end = origin[f.end() - 1] + 1;
      return new DeadlineMatch(
          original.substring(start, end), start, end, f.date(), f.kind() == PhraseKind.LIMIT);
    }
  }

  /**
   * The patterns that can match text starting with the character: each is tried on the character
   * alone and kept when it matches it or needs more input after it (hitEnd), as the build worked it
   * out for the built-in rules ({@link StartTables}). Most characters of a sentence start none.
   */
  private int[] startingWith(char c, List<DeadlineRules.Rule> all) {
    int[] known = starts.get(c);
    if (known != null) {
      return known;
    }
    long[] bits = built != null ? built.bits(c) : StartTables.compute(patterns, c);
    int[] can = new int[all.size()];
    int n = 0;
    for (int k = 0; k < all.size(); k++) {
      if ((bits[k >> 6] & (1L << k)) != 0) {
        can[n++] = k;
      }
    }
    int[] out = n == 0 ? NONE : Arrays.copyOf(can, n);
    starts.set(c, out);
    return out;
  }

  /**
   * The patterns that can start a match at {@code i} of the text, judged by its character and the
   * next one (by its character alone at the end, or when the next is half a surrogate pair), of
   * those its character alone allows ({@code can}).
   */
  private int[] startingWith(String text, int i, int[] can, List<DeadlineRules.Rule> all) {
    if (can.length == 0 || i + 1 >= text.length() || Character.isSurrogate(text.charAt(i + 1))) {
      return can;
    }
    int key = text.charAt(i) << 16 | text.charAt(i + 1);
    int slot = (key * 0x9E3779B9) >>> 20;
    Two recent = recentTwo[slot];
    if (recent != null && recent.key() == key) {
      return recent.patterns();
    }
    int[] known = startsTwo.get(key);
    if (known != null) {
      recentTwo[slot] = new Two(key, known);
      return known;
    }
    String two = text.substring(i, i + 2);
    int[] out = new int[can.length];
    int n = 0;
    for (int k : can) {
      Matcher m = all.get(k).pattern().matcher(two);
      if (m.lookingAt() || m.hitEnd()) {
        out[n++] = k;
      }
    }
    known = n == 0 ? NONE : n == can.length ? can : Arrays.copyOf(out, n);
    if (startsTwo.size() < PAIRS_KEPT) {
      startsTwo.putIfAbsent(key, known);
    }
    recentTwo[slot] = new Two(key, known);
    return known;
  }

  /** Finds and judges the phrases of a whitespace-free text. */
  private List<Found> scan(String text, LocalDate meeting, boolean inContext) {
    return judgeAll(candidates(text), text, meeting, inContext);
  }

  /**
   * Scans left to right; at each position the longest pattern match is a candidate, and the text it
   * covers is consumed whether it is kept or rejected later (so 2018年11月 rejected as past does not
   * leave 11月 behind). Only the patterns that can start with a position's character are tried
   * there, each through one matcher made on its first use.
   */
  private List<Candidate> candidates(String text) {
    if (masks) {
      return candidatesByMasks(text);
    }
    List<DeadlineRules.Rule> all = rules.rules();
    Matcher[] matchers = null;
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (i > 0
          && ChineseNumerals.isNumeral(text.charAt(i))
          && ChineseNumerals.isNumeral(text.charAt(i - 1))) {
        i++;
        continue;
      }
      int[] can = startingWith(text.charAt(i), all);
      char before = i > 0 ? text.charAt(i - 1) : 0;
      boolean judge = preceding != null && i > 0;
      if (can.length == 0 || judge && !preceding.allowsAny(before, can)) {
        i++;
        continue;
      }
      can = startingWith(text, i, can, all);
      if (matchers == null) {
        matchers = new Matcher[all.size()];
      }
      Candidate best = null;
      for (int k : can) {
        if (judge && !preceding.allows(before, k)) {
          continue;
        }
        best = longer(matchers, all, text, k, i, best);
      }
      if (best == null) {
        i++;
        continue;
      }
      out.add(best);
      i = best.end();
    }
    return out;
  }

  /**
   * Pattern {@code k} tried at {@code i} as {@code Matcher.find} tries a position (a region to the
   * end with transparent, non-anchoring bounds): its match when longer than {@code best}, else
   * {@code best}. Each pattern's matcher is made once per text.
   */
  private Candidate longer(
      Matcher[] matchers, List<DeadlineRules.Rule> all, String text, int k, int i, Candidate best) {
    Matcher m = matchers[k];
    if (m == null) {
      m = all.get(k).pattern().matcher(text).useTransparentBounds(true);
      m.useAnchoringBounds(false);
      matchers[k] = m;
    }
    m.region(i, text.length());
    return m.lookingAt() && m.end() > i && (best == null || m.end() > best.end())
        ? new Candidate(all.get(k), i, m.end(), groups(m, all.get(k)))
        : best;
  }

  /**
   * The last place in the text where a match can start that holds one string of each list: the
   * least, over the lists, of the last place where one of its strings starts; -1 for none.
   */
  private static int lastStart(String text, List<List<String>> all) {
    int bound = Integer.MAX_VALUE;
    for (int j = 0; j < all.size() && bound >= 0; j++) {
      List<String> strings = all.get(j);
      int last = -1;
      for (int s = 0; s < strings.size(); s++) {
        last = Math.max(last, text.lastIndexOf(strings.get(s)));
      }
      bound = Math.min(bound, last);
    }
    return bound;
  }

  /**
   * {@link #candidates} with the sets as masks, a bit per pattern in each bank: the same positions,
   * the same patterns tried at each in the same order, the same candidates.
   */
  private List<Candidate> candidatesByMasks(String text) {
    List<DeadlineRules.Rule> all = rules.rules();
    Matcher[] matchers = null;
    long[] lastRead =
        new long[banks.size()]; // per bank, the patterns whose strings were looked for
    int[] lastAt = null; // per such pattern, the last place one of them starts, or -1
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char before = i > 0 ? text.charAt(i - 1) : 0;
      if (i > 0 && ChineseNumerals.isNumeral(c) && ChineseNumerals.isNumeral(before)) {
        i++;
        continue;
      }
      Candidate best = null;
      for (int j = 0; j < banks.size(); j++) {
        Bank bank = banks.get(j);
        long first = bank.startMask(c);
        long can = first;
        if (can != 0 && bank.preceding != null && i > 0) {
          can = bank.preceding.allowedAfter(before, can);
        }
        if (can == 0) {
          continue;
        }
        can &= bank.pairMask(text, i, first);
        long unread = can & bank.withRequired & ~lastRead[j];
        if (unread != 0) {
          if (lastAt == null) {
            lastAt = new int[all.size()];
          }
          lastRead[j] |= unread;
          for (; unread != 0; unread &= unread - 1) {
            int k = bank.offset + Long.numberOfTrailingZeros(unread);
            lastAt[k] = lastStart(text, required.get(k));
          }
        }
        if (matchers == null && can != 0) {
          matchers = new Matcher[all.size()];
        }
        for (; can != 0; can &= can - 1) {
          int bit = Long.numberOfTrailingZeros(can);
          int k = bank.offset + bit;
          if ((bank.withRequired & 1L << bit) != 0 && lastAt[k] < i) {
            continue; // a match here would hold none of the strings it needs
          }
          best = longer(matchers, all, text, k, i, best);
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      out.add(best);
      i = best.end();
    }
    return out;
  }

  /**
   * Up to 64 consecutive patterns of the rules, read as masks: a bit per pattern, bit b for pattern
   * {@code offset + b}. Each bank keeps its own tables, so the rules can grow past 64 patterns and
   * keep the scan by masks.
   */
  private static final class Bank {
    /** The number of the bank's first pattern. */
    final int offset;

    /** The bank's patterns. */
    private final List<Pattern> patterns;

    /**
     * The build's sets of all patterns ({@link StartTables}), or null; this bank reads its word.
     */
    private final StartTables.Table built;

    /** The bank's word of {@link #built}. */
    private final int word;

    /** Without a built table: per character, the patterns that can start with it, as masks. */
    private final CharMasks startMasks;

    /** The char-before judgements of the bank's patterns, or null when none is judged by it. */
    final Preceding preceding;

    /** The patterns with strings in {@link RuleDeadlineFinder#required}, a bit each. */
    final long withRequired;

    /**
     * The masks of the pairs last read (the patterns that can start with both characters, {@link
     * #pairMasks}), direct-mapped: two longs a slot, each the pair's key in its low half and half
     * the mask in its high half, so a slot read while another thread writes it shows a key that
     * differs between its halves, and is passed over.
     */
    private final long[] recentPairs = new long[2 << 12];

    private static final VarHandle PAIR_SLOT = MethodHandles.arrayElementVarHandle(long[].class);

    /** Per pair of characters, as {@link RuleDeadlineFinder#startsTwo}, the patterns as a mask. */
    private final Map<Integer, Long> pairMasks = new ConcurrentHashMap<>();

    Bank(
        int word,
        List<Pattern> all,
        StartTables.Table built,
        boolean judgeBefore,
        List<List<List<String>>> required) {
      this.word = word;
      this.offset = word * 64;
      this.patterns = List.copyOf(all.subList(offset, Math.min(all.size(), offset + 64)));
      this.built = built;
      Preceding p = new Preceding(patterns);
      this.preceding = judgeBefore && p.any() ? p : null;
      long with = 0;
      for (int b = 0; b < patterns.size(); b++) {
        with |= required.get(offset + b) != null ? 1L << b : 0;
      }
      this.withRequired = with;
      this.startMasks =
          built == null
              ? new CharMasks(0, (c, missing) -> StartTables.compute(patterns, c)[0])
              : null;
    }

    /**
     * The patterns that can start with the character, a bit each (as {@link
     * RuleDeadlineFinder#startingWith(char, List)}).
     */
    long startMask(char c) {
      return built != null ? built.bits(c)[word] : startMasks.passing(c, -1L);
    }

    /**
     * Of the patterns {@code can} that can start with the character at {@code i}, those that can
     * start with it and the next one (as {@link RuleDeadlineFinder#startingWith(String, int, int[],
     * List)}).
     */
    long pairMask(String text, int i, long can) {
      if (can == 0 || i + 1 >= text.length() || Character.isSurrogate(text.charAt(i + 1))) {
        return can;
      }
      int key = text.charAt(i) << 16 | text.charAt(i + 1);
      if (key != 0) {
        int slot = ((key * 0x9E3779B9) >>> 20) << 1;
        long low = (long) PAIR_SLOT.getOpaque(recentPairs, slot);
        long high = (long) PAIR_SLOT.getOpaque(recentPairs, slot + 1);
        if ((int) low == key && (int) high == key) {
          return low >>> 32 | high & 0xFFFFFFFF00000000L;
        }
      }
      Long known = pairMasks.get(key);
      long mask;
      if (known != null) {
        mask = known;
      } else {
        String two = text.substring(i, i + 2);
        mask = 0;
        for (long left = can; left != 0; left &= left - 1) {
          int k = Long.numberOfTrailingZeros(left);
          Matcher m = patterns.get(k).matcher(two);
          if (m.lookingAt() || m.hitEnd()) {
            mask |= 1L << k;
          }
        }
        if (pairMasks.size() < PAIRS_KEPT) {
          pairMasks.putIfAbsent(key, mask);
        }
      }
      if (key != 0) {
        int slot = ((key * 0x9E3779B9) >>> 20) << 1;
        PAIR_SLOT.setOpaque(recentPairs, slot, mask << 32 | key & 0xFFFFFFFFL);
        PAIR_SLOT.setOpaque(recentPairs, slot + 1, mask & 0xFFFFFFFF00000000L | key & 0xFFFFFFFFL);
      }
      return mask;
    }
  }

  /** The phrases the candidates make where they stand, ranges and recurring starts merged. */
  private List<Found> judgeAll(
      List<Candidate> candidates, String text, LocalDate meeting, boolean inContext) {
    List<Found> out = new ArrayList<>();
    for (Candidate c : candidates) {
      Found f = judge(c, text, meeting, inContext);
      if (f != null) {
        out.add(f);
      }
    }
    return merge(out, text, meeting, inContext);
  }

  private static Map<String, String> groups(Matcher m, DeadlineRules.Rule rule) {
    Map<String, String> g = new HashMap<>();
    for (String name : rule.groups()) {
      String v = m.group(name);
      if (v != null) {
        g.put(name, v);
      }
    }
    return g;
  }

  /** The phrase a candidate makes, or null when it is no deadline where it stands. */
  private Found judge(Candidate c, String text, LocalDate meeting, boolean inContext) {
    Map<String, String> g = c.groups();
    PhraseKind declared = c.rule().kind();
    PhraseKind kind = declared;
    String suffix = g.get("s");
    boolean timed = declared == PhraseKind.DEADLINE || declared == PhraseKind.RECURRING;
    if ((timed || declared == PhraseKind.UNDATED) && rules.contains("SINCE", suffix)) {
      return null;
    }
    if (declared == PhraseKind.DEADLINE) {
      if (rules.contains("FROM", suffix) || rules.contains("FROM_PREFIX", g.get("p"))) {
        kind = PhraseKind.START;
      } else if (rules.contains("DURING", suffix)) {
        kind = PhraseKind.WINDOW;
      }
    }
    if (inContext && !fitsContext(c, text, meeting)) {
      return null;
    }
    if (declared == PhraseKind.RECURRING
        && suffix == null
        && g.containsKey("wd")
        && "前止底末内".indexOf(text.charAt(c.end() - 1)) < 0) {
      return null; // 每周五下午固定为学习时间: a weekly schedule, not a bound
    }
    LocalDate date = kind == PhraseKind.DEADLINE ? resolver.date(g, meeting) : null;
    if (inContext && meeting != null && declared == PhraseKind.DEADLINE) {
      if (date != null && date.isBefore(meeting)) {
        return null;
      }
      if ((bareDateBefore(g, meeting) || barePeriodOver(g, meeting))
          && !scheduled(text, c.start())
          && !DIRECTED.matcher(text).region(c.end(), text.length()).lookingAt()) {
        return null; // 3月2日，…发生…: an unbounded date earlier this year tells what happened
      }
      Integer year = resolver.year(g, meeting);
      if (kind != PhraseKind.DEADLINE && year != null && year < meeting.getYear()) {
        return null;
      }
    }
    return new Found(kind, c.start(), c.end(), date, g);
  }

  /**
   * Whether a modal places the work in the phrase (要在3月份开展…, 拟于二季度…, 力争在…): the time is the next
   * one (GUIDELINE §4), even when this year's has passed, as at a meeting in December planning the
   * next year's work.
   */
  static boolean scheduled(String text, int start) {
    if (start < 2 || "在于".indexOf(text.charAt(start - 1)) < 0) {
      return false;
    }
    String before = text.substring(Math.max(0, start - 5), start - 1);
    for (String modal : SCHEDULING_MODALS) {
      if (before.endsWith(modal)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A modal right after the phrase, or in the clause after its comma (各乡镇一季度要…; 一季度，各乡镇要…): the
   * phrase times the work the modal asks for (not 对上半年进度滞后的单位要…, where it modifies). Fewer modals
   * than {@link #SCHEDULING_MODALS}: after a time, 需 and 计划 mostly open nouns (市场需求偏弱).
   */
  private static final Pattern DIRECTED =
      Pattern.compile("(?:[，,][^，,。；;！？!?]{0,12}?|[都也还就]?)(?:(?<![主重需只想])要(?!求)|应|须|务必|必须)");

  /** Words that place the work at the time after them with 在 or 于 (要在, 拟于, 力争在). */
  private static final List<String> SCHEDULING_MODALS =
      List.of("要", "应", "须", "需", "拟", "将", "务必", "力争", "争取", "确保", "计划", "准备");

  /** The checks that need the sentence around a phrase. */
  private boolean fitsContext(Candidate c, String text, LocalDate meeting) {
    Map<String, String> g = c.groups();
    PhraseKind declared = c.rule().kind();
    if (insideBookTitle(text, c.start()) || glossed(text, c.start())) {
      return false;
    }
    if (declared == PhraseKind.URGENT && insideQuotes(text, c.start())) {
      return false; // “马上就办”的理念: a slogan's urgency sets no time for the work
    }
    boolean timed = declared != PhraseKind.URGENT && declared != PhraseKind.WINDOW;
    if (timed && (pastBefore(text, c.start()) || pastAfter(text, c.end()) || ban(text, c.end()))) {
      return false;
    }
    if (declared != PhraseKind.DEADLINE) {
      return true;
    }
    if (habitual(text, c.start(), c.end())) {
      return false;
    }
    if (isBareMonth(g) && !boundsByMonth(g, text, c.start(), c.end())) {
      return false;
    }
    if (isAttribute(g, text, c.start(), c.end())) {
      return false;
    }
    if ((isBareYear(g) || g.containsKey("plan")) && !framesWork(g, text, c.start(), c.end())) {
      return false;
    }
    return !reportsPast(g, text, c.end(), meeting);
  }

  /**
   * Whether the time tells when a habit recurs (每到年底就加班加点, 每逢月底便…, 每当年初就…): what follows happens
   * each time it comes round, and the phrase bounds no work.
   */
  private static boolean habitual(String text, int start, int end) {
    boolean every =
        start > 0 && text.charAt(start - 1) == '每'
            || start > 1 && (text.startsWith("每逢", start - 2) || text.startsWith("每当", start - 2));
    int next = end < text.length() && text.charAt(end) == '，' ? end + 1 : end;
    return every && next < text.length() && "就便".indexOf(text.charAt(next)) >= 0;
  }

  /** 3月 or 3月份 alone: a month, with no year, day or part of it. */
  private static boolean isBareMonth(Map<String, String> g) {
    return g.containsKey("m")
        && !g.containsKey("y")
        && !g.containsKey("yr")
        && !g.containsKey("d")
        && !g.containsKey("ms")
        && !g.containsKey("s");
  }

  /**
   * Whether a bare month is a bound where it stands (于3月完成, 到6月, 3月份) rather than a month named in
   * a range, a list or a schedule (1月至12月, 3月、6月, 每年1月).
   */
  private boolean boundsByMonth(Map<String, String> g, String text, int start, int end) {
    boolean framed =
        "到".equals(g.get("p"))
            || text.substring(start, end).endsWith("份")
            || (start > 0
                && rules.contains("MONTH_FRAME_BEFORE", text.substring(start - 1, start)));
    return framed && !startsWithAny(text.substring(end), "RANGE_AFTER");
  }

  /**
   * Whether a calendar date, a relative year, a year's end or half qualifies a noun through 的
   * (减少到2017年底的3046万人, 在2月12日的会议上, 今年的春耕生产, 年底的绩效) rather than bounding an action. Quarters and
   * bounded periods keep their sense with 的 (第一季度的工作, 3月15日前的准备).
   */
  private static boolean isAttribute(Map<String, String> g, String text, int start, int end) {
    if (g.containsKey("s") || end >= text.length() || text.charAt(end) != '的') {
      return false;
    }
    // 今年的春耕生产, 年底的绩效, 下半年的奖金: the year or half a noun belongs to, even opening a clause
    boolean period = g.containsKey("yr") || g.containsKey("ys") || g.containsKey("h");
    boolean calendarDate = g.containsKey("y") || g.containsKey("m") || g.containsKey("d");
    return period || calendarDate && !startsClause(text, start);
  }

  /** A year with nothing before or after it in the phrase. */
  private static boolean isBareYear(Map<String, String> g) {
    return (g.containsKey("y") || g.containsKey("yr"))
        && g.keySet().stream().allMatch(k -> k.equals("y") || k.equals("yr"));
  }

  /**
   * Whether a bare year frames what is to be done (2022年我们要…, 准备在一九四九年召集…, 2019年，…) rather than
   * qualifying a noun (部署2022年党建工作). A relative year (今年) is taken as framing.
   */
  private boolean framesWork(Map<String, String> g, String text, int start, int end) {
    if (g.containsKey("yr")) {
      return true;
    }
    return startsClause(text, start)
        || end >= text.length()
        || endsWithAny(text.substring(0, start), "FRAME_BEFORE")
        || startsWithAny(text.substring(end), "FRAME_AFTER");
  }

  /**
   * Whether a phrase opens a clause that reports the past: a clause after it holding 了 or the like
   * (两年内，…动员了…), or, without a meeting date to tell past from future, a plain date followed by the
   * speaker's 我 (1月7日，我主持召开…).
   */
  private boolean reportsPast(Map<String, String> g, String text, int end, LocalDate meeting) {
    if (g.containsKey("p")) {
      return false;
    }
    int k = end;
    boolean comma = k < text.length() && (text.charAt(k) == '，' || text.charAt(k) == ',');
    if (comma) {
      k++;
    }
    String rest = text.substring(k);
    boolean plainDate =
        (g.containsKey("y") || g.containsKey("m") || g.containsKey("d")) && !g.containsKey("s");
    if (meeting == null
        && plainDate
        && rest.startsWith("我")
        && (rest.length() == 1 || "们要将会".indexOf(rest.charAt(1)) < 0)) {
      return true;
    }
    if (!comma) {
      return false;
    }
    int stop = 0;
    while (stop < rest.length() && CLAUSE_ENDS.indexOf(rest.charAt(stop)) < 0) {
      stop++;
    }
    String clause = rest.substring(0, stop);
    for (String word : rules.words("NOT_NARRATIVE").keySet()) {
      clause = clause.replace(word, "");
    }
    return rules.words("NARRATIVE").keySet().stream().anyMatch(clause::contains);
  }

  private static boolean startsClause(String text, int start) {
    return start == 0 || CLAUSE_MARKS.indexOf(text.charAt(start - 1)) >= 0;
  }

  private static boolean insideBookTitle(String text, int start) {
    return text.lastIndexOf('《', start - 1) > text.lastIndexOf('》', start - 1);
  }

  private static boolean insideQuotes(String text, int start) {
    return text.lastIndexOf('“', start - 1) > text.lastIndexOf('”', start - 1);
  }

  /** Whether the phrase stands in a parenthesis glossing a noun such as 时间 (报送时间（每季度末月的下旬）). */
  private boolean glossed(String text, int start) {
    int depth = 0;
    for (int k = start - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (c == '）' || c == ')') {
        depth++;
      } else if (c == '（' || c == '(') {
        if (depth == 0) {
          return endsWithAny(text.substring(0, k), "GLOSS_NOUN");
        }
        depth--;
      }
    }
    return false;
  }

  /** Whether a past marker stands right before the phrase (过去的2021年, 在过去一年内, 曾在一天内). */
  private boolean pastBefore(String text, int start) {
    String before = text.substring(Math.max(0, start - 6), start);
    while (!before.isEmpty() && "的在于".indexOf(before.charAt(before.length() - 1)) >= 0) {
      before = before.substring(0, before.length() - 1);
    }
    return endsWithAny(before, "PAST_BEFORE");
  }

  /** Whether a past marker stands later in the phrase's own clause (年前已经作了安排). */
  private boolean pastAfter(String text, int end) {
    int stop = end;
    while (stop < text.length() && CLAUSE_ENDS.indexOf(text.charAt(stop)) < 0) {
      stop++;
    }
    return containsAny(text.substring(end, stop), "PAST_AFTER");
  }

  /** Whether a span is the length of a ban that follows it (两年内不得提拔). */
  private boolean ban(String text, int end) {
    return text.charAt(end - 1) == '内' && startsWithAny(text.substring(end), "BAN_AFTER");
  }

  private boolean containsAny(String s, String list) {
    return rules.words(list).keySet().stream().anyMatch(s::contains);
  }

  private boolean endsWithAny(String s, String list) {
    return rules.words(list).keySet().stream().anyMatch(s::endsWith);
  }

  /**
   * The last day of a span counted from a dated start right before it (国庆节后一周内, 3月1日后10天内), or null
   * when the two do not make one: the span runs from that day, not from the meeting.
   */
  private LocalDate countedFrom(Found from, Found span, String gap, LocalDate meeting) {
    if (from.kind() != PhraseKind.START
        || span.kind() != PhraseKind.DEADLINE
        || !gap.isEmpty()
        || !span.groups().containsKey("n")
        || !span.groups().containsKey("u")
        || !(from.groups().containsKey("f") || from.groups().containsKey("d"))) {
      return null; // only from a day (a festival, 3月1日): 从今年起三年内 counts from the meeting
    }
    return fromStart(from, span.groups(), meeting, null);
  }

  /**
   * The date of a phrase's groups resolved from the day its start names rather than from the
   * meeting; {@code otherwise} when the start names no day.
   */
  private LocalDate fromStart(
      Found from, Map<String, String> groups, LocalDate meeting, LocalDate otherwise) {
    LocalDate start = resolver.date(from.groups(), meeting);
    return start == null ? otherwise : resolver.date(groups, start);
  }

  /**
   * The last day of a range: its end's date, except that an end without a year (至7月7日) lies in the
   * year its start names (自2004年3月8日), not in the year after the meeting, and an end without a
   * month (11月10日至20日) in the start's month.
   */
  private LocalDate rangeEnd(Found from, Found to, LocalDate meeting) {
    Map<String, String> g = to.groups();
    boolean dayAlone = !g.containsKey("m") && !g.containsKey("mr") && g.containsKey("d");
    boolean yearOfStart =
        to.date() != null
            && from.groups().containsKey("y")
            && !g.containsKey("y")
            && !g.containsKey("yr");
    return dayAlone || yearOfStart ? fromStart(from, g, meeting, to.date()) : to.date();
  }

  private boolean startsWithAny(String s, String list) {
    return rules.words(list).keySet().stream().anyMatch(s::startsWith);
  }

  /**
   * Joins a start and the recurring bound right after it (2020年起，每年2月底前: recurring, undated), and
   * the two ends of a range (3月1日至3月15日, 自即日起至3月31日: bounded by its end).
   */
  private List<Found> merge(List<Found> found, String text, LocalDate meeting, boolean inContext) {
    List<Found> out = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      if (k + 1 < found.size()) {
        Found next = found.get(k + 1);
        String gap = text.substring(f.end(), next.start());
        if (f.kind() == PhraseKind.START
            && next.kind() == PhraseKind.RECURRING
            && (gap.isEmpty() || gap.equals("，") || gap.equals(",") || gap.equals("、"))) {
          out.add(new Found(PhraseKind.RECURRING, f.start(), next.end(), null, next.groups()));
          k++;
          continue;
        }
        if (eventStart(f, text) && gap.isEmpty() && fromAnEvent(next, text)) {
          out.add(new Found(PhraseKind.UNDATED, f.start(), next.end(), null, next.groups()));
          k++; // 开学后一周内: one phrase, counted from a day the text does not give
          continue;
        }
        LocalDate counted = countedFrom(f, next, gap, meeting);
        if (counted != null) {
          out.add(new Found(PhraseKind.DEADLINE, f.start(), next.end(), counted, next.groups()));
          k++;
          continue;
        }
        if ((f.kind() == PhraseKind.DEADLINE || f.kind() == PhraseKind.START)
            && next.kind() == PhraseKind.DEADLINE
            && gap.isEmpty()
            && (text.charAt(next.start()) == '至' || text.charAt(next.start()) == '到')) {
          LocalDate end = rangeEnd(f, next, meeting);
          k++;
          if (inContext && meeting != null && end != null && end.isBefore(meeting)) {
            continue; // 自2004年3月8日至7月7日，共记录到…: a range over before the meeting tells what happened
          }
          out.add(new Found(PhraseKind.DEADLINE, f.start(), next.end(), end, next.groups()));
          continue;
        }
      }
      out.add(fromAnEvent(f, text) ? limit(f) : f);
    }
    return out;
  }

  /**
   * A start or season that names an event, not a time (开学后, 节后): no group but its prefix and
   * suffix, and the text ends with 后.
   */
  private static boolean eventStart(Found f, String text) {
    if (text.charAt(f.end() - 1) != '后') {
      return false;
    }
    for (String name : f.groups().keySet()) {
      if (!name.equals("p") && !name.equals("s")) {
        return false;
      }
    }
    return f.kind() == PhraseKind.START || f.kind() == PhraseKind.UNDATED;
  }

  private static Found limit(Found f) {
    return new Found(PhraseKind.LIMIT, f.start(), f.end(), null, f.groups());
  }

  /**
   * Whether a span counts from an event the sentence names rather than from the meeting: one right
   * after a time clause (预警发布后，…2小时内; 开学后一周内), in a sentence of what to do whenever something
   * happens (发生险情的，…; 接到通知后; 发现的问题线索…10个工作日内), or of hours and minutes (a time to respond,
   * 30分钟内到达现场). Not after 会后 or this document's issue (本通知印发后30日内), which are the meeting's own
   * day.
   */
  private boolean fromAnEvent(Found f, String text) {
    Map<String, String> g = f.groups();
    if (f.kind() != PhraseKind.DEADLINE || !g.containsKey("n") || !g.containsKey("u")) {
      return false;
    }
    int from = f.start();
    while (from > 0 && "。；;！？!?".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    String before = text.substring(from, f.start());
    int end = before.length();
    while (end > 0 && "在于，,".indexOf(before.charAt(end - 1)) >= 0) {
      end--;
    }
    String clause = before.substring(0, end); // 预警发布后，在 → 预警发布后
    if (endsWithAny(clause, "MEETING_EVENTS") || containsAny(before, "THIS_DOCUMENT")) {
      return false;
    }
    String unit = rules.value("UNIT", g.get("u"));
    if ("hour".equals(unit) || "minute".equals(unit)) {
      return true;
    }
    return containsAny(before, "EVENTS")
        || end >= 2
            && clause.charAt(end - 1) == '后'
            && Character.UnicodeScript.of(clause.charAt(end - 2)) == Character.UnicodeScript.HAN;
  }
}
