package dev.luoshi.extract.owners.clauses;

import dev.luoshi.analysis.Token;
import dev.luoshi.extract.deadlines.DeadlineMatch;
import dev.luoshi.extract.owners.Coordination;
import dev.luoshi.extract.owners.Coordination.Named;
import dev.luoshi.extract.owners.Coordination.Piece;
import dev.luoshi.extract.owners.FoundOwner;
import dev.luoshi.extract.owners.OwnerRules;
import dev.luoshi.extract.owners.OwnerRules.HeadKind;
import dev.luoshi.extract.owners.OwnerTags;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The owners of one unit, found over its words: bracketed remarks are set aside (owner tags among
 * them are read), the words are cut into clauses at {@code ，；：。}, each clause's start is cleared of
 * outline numbers, lead-ins and time phrases, and its subject is sought before a modal or (in
 * document style) before a verb; then 由X, 经X, 请X, 要求X, X会同Y and clauses that only list bodies add
 * theirs. Used by one thread for one unit.
 */
public final class ClauseOwners {
  private static final Set<String> QUOTES = Set.of("“", "”", "‘", "’", "《", "》", "\"", "'");

  /** How a clause's subject was found. */
  private enum Style {
    MODAL,
    DOC
  }

  /** What one clause offers, filled by {@link #inspect}. */
  private static final class Clause {
    final int from;
    final int to;
    int start;
    int[] subject;
    int[] focus;
    Style style;
    int predicate;
    boolean weak;
    boolean pronoun;
    boolean subordinate;
    boolean startsWithModal;
    boolean hasModal;

    /** The clause only lists bodies, which end here (before a focus, else at {@code to}). */
    boolean list;

    int listEnd;
    int[] copula;

    Clause(int from, int to) {
      this.from = from;
      this.to = to;
    }
  }

  private final OwnerRules rules;
  private final OwnerTags tags;
  private final String text;
  private final UnitWords words;
  private final List<Clause> clauses = new ArrayList<>();
  private final List<FoundOwner> found = new ArrayList<>();
  private final List<FoundOwner> weak = new ArrayList<>();
  private final ClauseStarts starts;

  /**
   * The owners of one unit in text order, each name once.
   *
   * @param timePhrases the unit's time phrases (found with no meeting date), skipped at clause
   *     starts
   * @param text the unit
   * @param tokens its words
   */
  public static List<Owner> find(
      OwnerRules rules,
      OwnerTags tags,
      List<DeadlineMatch> timePhrases,
      String text,
      List<Token> tokens) {
    return new ClauseOwners(rules, tags, timePhrases, text, tokens).owners();
  }

  private ClauseOwners(
      OwnerRules rules,
      OwnerTags tags,
      List<DeadlineMatch> timePhrases,
      String text,
      List<Token> tokens) {
    this.rules = rules;
    this.tags = tags;
    this.text = text;
    boolean[] hidden = new boolean[text.length()];
    for (int i = 0; i < text.length(); i++) {
      if (OwnerTags.OPEN.indexOf(text.charAt(i)) < 0) {
        continue;
      }
      int close = OwnerTags.matchingClose(text, i);
      if (close < 0) {
        continue;
      }
      found.addAll(tags.parse(text.substring(i + 1, close), i + 1));
      for (int k = i; k <= close; k++) {
        hidden[k] = true;
      }
      i = close;
    }
    for (int i = text.indexOf('《'); i >= 0; i = text.indexOf('《', i + 1)) {
      int close = text.indexOf('》', i);
      for (int k = i + 1; k < close; k++) {
        hidden[k] = true;
      }
    }
    List<Token> visible = new ArrayList<>();
    for (Token tok : tokens) {
      int at = tok.start();
      if (at >= 0 && at < text.length() && !hidden[at] && !tok.word().isBlank()) {
        visible.add(tok);
      }
    }
    this.words = new UnitWords(rules, visible);
    this.starts = new ClauseStarts(rules, words, timePhrases);
    int from = 0;
    for (int i = 0; i <= words.size(); i++) {
      if (i == words.size() || UnitWords.CLAUSE_ENDS.contains(words.w(i))) {
        if (i > from) {
          clauses.add(new Clause(from, i));
        }
        from = i + 1;
      }
    }
  }

  /** The owners of the unit in text order, each name once. */
  private List<Owner> owners() {
    for (Clause c : clauses) {
      inspect(c);
    }
    for (int k = 0; k < clauses.size(); k++) {
      apply(k);
    }
    if (found.isEmpty()) {
      found.addAll(weak);
    }
    if (found.isEmpty()) {
      copulaSubject();
    }
    return FoundOwner.owners(found);
  }

  // ---- owner phrases ----

  private boolean complete(int a, int b) {
    if (b <= a) {
      return false;
    }
    String bare = words.bare(a, b);
    int lastStart = bare.length() - words.w(b - 1).length();
    Piece whole = new Piece(0, 0, bare, words.pos(b - 1), lastStart, false);
    return Coordination.complete(rules, whole)
        || !verbalTail(b) && rules.agentKind(bare, lastStart) != HeadKind.NONE;
  }

  /** Whether the phrase's last word is a verb or function word (no thesaurus head then). */
  private boolean verbalTail(int b) {
    String p = words.pos(b - 1);
    return p.startsWith("v") && !p.equals("vn")
        || p.startsWith("d")
        || p.startsWith("p")
        || p.startsWith("c")
        || p.startsWith("u");
  }

  /**
   * Whether the words form one owner phrase: no preposition, adverb, pronoun or copula outside a
   * 的-modifier, no verb at its start unless a 的 follows (符合条件的省份) or it is a modifying verb (分管领导).
   * A lenient phrase (one bounded by a modal or by 由 … 负责) may hold verbs that HanLP cut out of a
   * name (劳务输出/地和输入/地).
   */
  private boolean npValid(int a, int b, boolean lenient) {
    if (a >= b || words.bareLength(a, b) > 40) {
      return false;
    }
    if (words.w(a).equals("在") && a + 2 < b && words.w(a + 1).length() == 1) {
      String p1 = words.pos(a + 1);
      if (p1.startsWith("b") || p1.startsWith("ns") || p1.startsWith("j") || p1.startsWith("s")) {
        a += 2;
      }
    }
    int de = words.lastDe(a, b);
    if (de == b - 1
        || (words.pronoun(a) && !rules.in("kept-pronouns", words.w(a)))
        || words.modal(a)) {
      return false;
    }
    String p0 = words.pos(a);
    if (words.w(a).equals("被") && de > a) {
      p0 = "v";
    } else if (rules.in("modifier-verbs", words.w(a)) && a + 1 < b) {
      p0 = "vn";
    }
    if (p0.startsWith("p")
        || p0.startsWith("c")
        || p0.startsWith("u")
        || p0.startsWith("w")
        || p0.startsWith("d")
        || p0.equals("ad")
        || p0.equals("vshi")
        || p0.startsWith("e")
        || p0.startsWith("y")
        || p0.startsWith("o")) {
      return false;
    }
    if (rules.in("acted-upon", words.w(a))
        && (a + 1 >= b || !rules.in("shared-heads", words.w(a + 1)))) {
      return false;
    }
    // A name ending in a unit's head may hold the verbs HanLP cut out of it (就业/促进/处).
    boolean unitName =
        lenient
            && de < 0
            && (!p0.startsWith("v") || p0.equals("vn"))
            && rules.headKind(words.bare(a, b)) == HeadKind.UNIT;
    if (de < 0 && !unitName) {
      if (p0.startsWith("v") && !p0.equals("vn")) {
        return false;
      }
      if (p0.startsWith("m") && !rules.in("quantity-starts", words.w(a))) {
        return false;
      }
      if (a + 1 < b
          && p0.equals("vn")
          && words.pos(a + 1).startsWith("v")
          && !words.pos(a + 1).equals("vn")) {
        return false;
      }
    }
    for (int i = a; i < b; i++) {
      if (!(i <= de ? modifierWord(i) : headWord(i, lenient)) || (i > a && words.pronoun(i))) {
        return false;
      }
    }
    return true;
  }

  /** A word of a 的-modifier: anything but a clause conjunction or a copula. */
  private boolean modifierWord(int i) {
    String p = words.pos(i);
    return !(p.startsWith("c") && !words.joiner(i)) && !p.equals("vshi");
  }

  /** A word after the last 的: nouns, modifiers and joiners; verbs only when lenient. */
  private boolean headWord(int i, boolean lenient) {
    String p = words.pos(i);
    String w = words.w(i);
    return !(p.startsWith("p") && !w.equals("与"))
        && !p.startsWith("d")
        && !p.equals("ad")
        && !p.equals("vshi")
        && !p.equals("vyou")
        && (lenient || !p.startsWith("v") || p.equals("vn"))
        && !(p.startsWith("c") && !words.joiner(i))
        && !(p.startsWith("u") && !w.equals("等") && !w.equals("地"))
        && !(p.startsWith("w") && !w.equals("、") && !QUOTES.contains(w))
        && !words.modal(i)
        && !UnitWords.CLAUSE_ENDS.contains(w);
  }

  /** Whether the word could carry a noun phrase on (a noun, a modifier, 和, 的 …). */
  private boolean extendsNp(int j) {
    String p = words.pos(j);
    String w = words.w(j);
    if (words.pronoun(j) || words.modal(j) || rules.in("narrative-words", w)) {
      return false;
    }
    return p.startsWith("n")
        || p.startsWith("b")
        || p.equals("a")
        || p.startsWith("s")
        || p.startsWith("f")
        || (p.startsWith("r") && !p.equals("rr"))
        || p.startsWith("m")
        || p.startsWith("q")
        || p.startsWith("g")
        || p.equals("vn")
        || p.equals("an")
        || p.equals("j")
        || p.equals("x")
        || p.equals("k")
        || words.joiner(j)
        || w.equals("的")
        || w.equals("等")
        || QUOTES.contains(w);
  }

  /** Whether the word after a document-style subject starts its predicate. */
  private boolean docPredicate(int s, int j, int to) {
    String w = words.w(j);
    String p = words.pos(j);
    if (rules.in("narrative-words", w)) {
      return false;
    }
    if (rules.in("acted-upon", w) && j + 1 < to && compoundHead(j + 1)) {
      return false;
    }
    if (rules.in("acted-upon", w)
        || rules.in("assigning-verbs", w)
        || w.equals("会同")
        || words.modal(j)
        || starts.timeStart(j, to)) {
      return true;
    }
    if (p.startsWith("v")) {
      if (p.equals("vshi") || p.equals("vyou")) {
        return false;
      }
      return !p.equals("vn") || !compound(s, j, to);
    }
    if (p.startsWith("p")) {
      return !rules.in("passive-prepositions", w);
    }
    return p.startsWith("d")
        || p.equals("ad")
        || p.startsWith("t")
        || rules.in("adverbial-words", w);
  }

  /** Whether the word is a head that makes compounds (机关 in 领导机关, 部门 in 组织部门). */
  private boolean compoundHead(int j) {
    return rules.in("shared-heads", words.w(j)) || rules.in("role-heads", words.w(j));
  }

  /** Whether a verbal noun after an agent is part of a longer name (机构 + 编制 + 部门). */
  private boolean compound(int s, int j, int to) {
    for (int k = j + 1; k <= Math.min(j + 3, to); k++) {
      String p = words.pos(k - 1);
      if (p.startsWith("p") || p.startsWith("d") || p.startsWith("w") || p.startsWith("u")) {
        return false;
      }
      if (k > j + 1 && rules.headKind(words.bare(s, k)) != HeadKind.NONE) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word after a subject that precedes a modal opens an adverbial (对人, 于…前). */
  private boolean modalPredicate(int s, int j) {
    String w = words.w(j);
    String p = words.pos(j);
    if (rules.in("vocatives", w) || rules.in("adverbial-words", w)) {
      return true;
    }
    if (p.startsWith("p")) {
      return !rules.in("passive-prepositions", w);
    }
    if (p.startsWith("d") || p.equals("ad") || p.startsWith("t")) {
      return true;
    }
    return words.w(s).startsWith("各")
        && (p.startsWith("n") || p.equals("vn"))
        && words.lastDe(s, j) < 0;
  }

  /**
   * The shortest owner phrase from {@code s} whose next word starts a predicate, or null when the
   * phrase breaks off first. Members of the public are no document-style subjects.
   */
  private int[] shortestPrefix(int s, int limit, Style style, boolean lenient) {
    for (int j = s + 1; j < limit; j++) {
      // Both tests only read; the cheaper, which fails more often, first.
      if (!npValid(s, j, lenient) || !complete(s, j)) {
        continue;
      }
      if (style == Style.DOC && rules.headKind(words.bare(s, j)) == HeadKind.PUBLIC) {
        return null;
      }
      if (style == Style.DOC ? docPredicate(s, j, limit) : modalPredicate(s, j)) {
        return new int[] {s, j};
      }
      if (!extendsNp(j)) {
        return null;
      }
    }
    return null;
  }

  /** The owner phrase starting at {@code i} (after 由, 经, 请, 会同 …), or null. */
  private int[] npAt(int i, int to) {
    if (i >= to) {
      return null;
    }
    int[] np = shortestPrefix(i, to, Style.DOC, true);
    if (np == null && npValid(i, to, true) && complete(i, to)) {
      np = new int[] {i, to};
    }
    return np;
  }

  // ---- clauses ----

  private void inspect(Clause c) {
    for (int i = c.from; i < c.to; i++) {
      c.hasModal |= words.modal(i);
    }
    int s = starts.strip(c.from, c.to);
    c.start = s;
    if (s >= c.to) {
      return;
    }
    if (rules.in("subordinators", words.w(s))) {
      c.subordinate = true;
      return;
    }
    int voc = vocative(s, c.to);
    if (voc > s) {
      c.subject = new int[] {s, voc};
      c.style = Style.MODAL;
      c.predicate = voc + 1;
      return;
    }
    boolean pron = false;
    while (s < c.to) {
      if (rules.in("kept-pronouns", words.w(s)) && s + 1 < c.to && extendsNp(s + 1)) {
        break;
      }
      if (words.pronoun(s)) {
        s++;
        pron = true;
        if (s < c.to && words.w(s).equals("的")) {
          s++;
        }
      } else if (pron && words.w(s - 1).length() == 1 && selfReference(s)) {
        s++;
      } else {
        break;
      }
    }
    c.start = s;
    if (s >= c.to || (pron && !extendsNp(s))) {
      c.pronoun = true;
      return;
    }
    int m = -1;
    for (int i = s; i < c.to && m < 0; i++) {
      if (words.modal(i) && !insideModifier(i, c.to)) {
        m = i;
      }
    }
    if (m == s || m > s && onlyTrailingAdverbs(s, m)) {
      c.startsWithModal = true;
    } else if (m > s) {
      int[] np = modalSubject(s, m);
      if (np != null) {
        c.subject = np;
        c.style = Style.MODAL;
        c.predicate = m;
        c.focus = focus(np[1], m);
      }
    } else {
      documentSubject(c, s);
    }
  }

  /**
   * Whether the modal at {@code i} stands inside a 的-modifier of the subject (所有要提拔的干部一定要…,
   * 需要搬迁的群众要…): a 的 follows it before any later modal of the clause, and a later modal exists.
   */
  private boolean insideModifier(int i, int to) {
    boolean de = false;
    for (int j = i + 1; j < to; j++) {
      if (words.w(j).equals("的")) {
        de = true;
      } else if (words.modal(j)) {
        return de;
      }
    }
    return false;
  }

  /** The subject before the modal at {@code m}: the whole stretch, its agent start, or none. */
  private int[] modalSubject(int s, int m) {
    int r = m;
    while (r > s && words.trailingAdverb(r - 1)) {
      r--;
    }
    if (r <= s) {
      return null;
    }
    if (npValid(s, r, true) && (complete(s, r) || bareSubject(s, r, m))) {
      return new int[] {s, r};
    }
    int[] np = shortestPrefix(s, m, Style.MODAL, false);
    if (np != null || !rules.in("frame-prepositions", words.w(s))) {
      return np;
    }
    for (int j = s + 2; j < r; j++) {
      boolean boundary =
          words.pos(j - 1).startsWith("f")
              || rules.in("frame-closers", words.w(j - 1))
              || words.w(j).startsWith("各")
              || words.w(j).startsWith("全");
      if (boundary && npValid(j, r, true) && complete(j, r)) {
        return new int[] {j, r};
      }
    }
    return null;
  }

  /** Whether the words from {@code s} to the modal at {@code m} are all adverbs (一定要, 还要, 都要). */
  private boolean onlyTrailingAdverbs(int s, int m) {
    for (int i = s; i < m; i++) {
      if (!words.trailingAdverb(i)) {
        return false;
      }
    }
    return true;
  }

  /** Most words a bare subject of a modal may have (人力资源/部, 工程/稽查). */
  private static final int BARE_SUBJECT_WORDS = 2;

  /**
   * A short bare noun right before a modal that no list knows as a body (人力资源要…, IRB应…): the
   * subject of a directive names who acts unless the thesaurus calls it a thing, a time or place, a
   * quality or an abstraction (流程要…, 节奏要…).
   */
  private boolean bareSubject(int s, int r, int m) {
    if (r - s > BARE_SUBJECT_WORDS || rules.in("not-agents", words.w(r - 1))) {
      return false;
    }
    for (int i = s; i < r; i++) {
      String p = words.pos(i);
      boolean noun =
          p.equals("n")
              || p.equals("nz")
              || p.equals("nx")
              || p.startsWith("nt")
              || p.equals("nnt")
              || p.equals("nis")
              || p.equals("nit")
              || p.equals("j");
      if (!noun || words.pronoun(i)) {
        return false;
      }
    }
    String head = words.w(r - 1);
    return !rules.thingLike(head)
        || !words.pos(r - 1).equals("vn") && !rules.placeOrTime(head) && agentive(m);
  }

  /**
   * Whether the predicate after the modal at {@code m} acts on an object (要把…担起来, 要改善…状况): a thing
   * named as the subject of such a predicate stands for the people behind it (终端要…, 行政要…), while a
   * thing whose predicate has no object is what is acted upon (流程要简化).
   */
  private boolean agentive(int m) {
    boolean verb = false;
    for (int j = m + 1; j < words.size() && !words.punct(j); j++) {
      String p = words.pos(j);
      if (!verb && (p.equals("pba") || p.startsWith("v") && !words.modal(j))) {
        if (rules.in("relations", words.w(j))) {
          return false;
        }
        verb = true;
      } else if (verb && (p.startsWith("n") || p.equals("vn") || p.equals("r"))) {
        return true;
      }
    }
    return false;
  }

  /** The owner singled out after a subject (各级干部特别是领导干部要…), or null. */
  private int[] focus(int from, int m) {
    int f = words.endOfWordIn(from, m, "focus-markers");
    if (f == from) {
      return null;
    }
    int r = m;
    while (r > f && words.trailingAdverb(r - 1)) {
      r--;
    }
    return r > f && npValid(f, r, true) && complete(f, r) ? new int[] {f, r} : null;
  }

  /** A document-style subject, or a clause that only lists bodies, or "X是…". */
  private void documentSubject(Clause c, int s) {
    int[] np = shortestPrefix(s, c.to, Style.DOC, false);
    if (np != null && np[1] < c.to && rules.in("copulas", words.w(np[1]))) {
      c.copula = np;
      return;
    }
    boolean temporal = rules.in("temporal-ends", words.w(c.to - 1));
    if (np != null
        && !narrative(np[1], c.to)
        && (verbal(np[1], c.to) || temporal && verbWithObject(np[1], c.to))
        && !nominal(np[1], c.to)) {
      c.subject = np;
      c.style = Style.DOC;
      c.predicate = np[1];
      c.weak = temporal;
      return;
    }
    if (npValid(s, c.to, false) && complete(s, c.to)) {
      c.list = true;
      c.listEnd = c.to;
      return;
    }
    // 各级干部特别是主要负责同志，要…: bodies, then the one of them singled out.
    for (int j = s + 1; j < c.to; j++) {
      int f = words.endOfWordIn(j, c.to, "focus-markers");
      if (f > j
          && npValid(s, j, false)
          && complete(s, j)
          && npValid(f, c.to, false)
          && complete(f, c.to)) {
        c.list = true;
        c.listEnd = j;
        c.focus = new int[] {f, c.to};
        return;
      }
    }
    for (int j = s + 1; j < c.to; j++) {
      if (rules.in("copulas", words.w(j)) && complete(s, j) && npValid(s, j, false)) {
        c.copula = new int[] {s, j};
        return;
      }
    }
  }

  /** 我局, 你省: the speaker's or the listener's own body is the audience, like 我们. */
  private boolean selfReference(int i) {
    return words.w(i).length() == 1 && rules.headKind(words.w(i)) == HeadKind.UNIT;
  }

  /** A speaker addressing someone by name (洪天峰你要…): the name's end, or {@code s}. */
  private int vocative(int s, int to) {
    for (int v = s + 1; v <= Math.min(s + 3, to - 2); v++) {
      if (!rules.in("vocatives", words.w(v)) || !words.modal(v + 1)) {
        continue;
      }
      int len = words.bare(s, v).length();
      if (len < 2 || len > 3) {
        return s;
      }
      for (int i = s; i < v; i++) {
        String p = words.pos(i);
        for (String bad : List.of("v", "p", "d", "c", "r", "u", "m", "t", "f", "w", "a")) {
          if (p.startsWith(bad)) {
            return s;
          }
        }
      }
      return v;
    }
    return s;
  }

  /**
   * A phrase, not a clause: a preposition whose object runs into a 的 before any verb (我军对…的执行情况).
   */
  private boolean nominal(int from, int to) {
    if (!words.pos(from).startsWith("p")) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (words.pos(i).startsWith("v") && !words.pos(i).equals("vn")) {
        return false;
      }
      if (words.w(i).equals("的")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verbal noun takes an object (处理问题, 申报资金): in a clause of time (…的时候, …时) it is the
   * verb, which HanLP tags as a noun there.
   */
  private boolean verbWithObject(int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (words.pos(i).equals("vn")
          && words.pos(i + 1).startsWith("n")
          && !words.pos(i + 1).equals("vn")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a predicate holds a verb or a preposition (not only verbal nouns: 学校教育工作). */
  private boolean verbal(int from, int to) {
    for (int i = from; i < to; i++) {
      String p = words.pos(i);
      if ((p.startsWith("v") && !p.equals("vn")) || p.startsWith("p") || words.modal(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A report rather than a directive: a report marker (已经, 共, 存在 …) in the clause, an aspect 了 or 过
   * anywhere after the subject, or a past time word (今年以来, 去年) in the unit.
   */
  private boolean narrative(int from, int to) {
    if (words.past() || words.lastAspect() >= from) {
      return true;
    }
    for (int i = from; i < to; i++) {
      String p = words.pos(i);
      if (rules.in("report-markers", words.w(i)) && (p.startsWith("d") || p.startsWith("v"))) {
        return true;
      }
    }
    return false;
  }

  private void apply(int k) {
    Clause c = clauses.get(k);
    int s = c.start;
    if (s >= c.to || c.subordinate) {
      return;
    }
    boolean assigned = assigning(c);
    if (c.subject != null && !assigned) {
      String verb = words.w(c.predicate);
      boolean allowed =
          c.style != Style.DOC
              || !modalBefore(k)
              || rules.in("lead-verbs", verb)
              || rules.in("support-verbs", verb);
      if (allowed) {
        int before = found.size();
        add(c.subject, words.role(c.predicate, c.to));
        if (c.focus != null) {
          add(c.focus, words.role(c.predicate, c.to));
        }
        if (c.weak) {
          List<FoundOwner> added = found.subList(before, found.size());
          weak.addAll(added);
          added.clear();
        }
      }
    }
    for (int i = s; i < c.to; i++) {
      if (words.w(i).equals("由") && words.pos(i).startsWith("p")) {
        agentAfter(i, c.to, "filler-verbs");
      } else if (words.w(i).equals("经") && words.pos(i).startsWith("p") && onlyAdverbs(s, i)) {
        agentAfter(i, c.to, "approval-verbs");
      } else if (words.w(i).equals("会同") && i > s) {
        int[] np = npAt(i + 1, c.to);
        if (np != null) {
          add(np, Role.SUPPORT);
        }
      } else if (rules.in("partner-joiners", words.w(i)) && i > s && afterModal(i)) {
        partner(i + 1, c.to);
      }
    }
    if (c.list && listAccepted(k)) {
      add(new int[] {s, c.listEnd}, Role.LEAD);
      if (c.focus != null) {
        add(c.focus, Role.LEAD);
      }
    }
  }

  /** 要求X…, 请X…, 责成X…, 决定X…: X is the owner and the clause's own subject is not. */
  private boolean assigning(Clause c) {
    int s = c.start;
    int at = -1;
    if (rules.in("assigning-verbs", words.w(s))) {
      at = s;
    } else if (c.subject != null
        && c.subject[1] < c.to
        && rules.in("assigning-verbs", words.w(c.subject[1]))) {
      at = c.subject[1];
    } else {
      for (int i = s + 1; i < Math.min(c.to, s + 4); i++) {
        if (rules.in("assigning-verbs", words.w(i))) {
          boolean nounsOnly = true;
          for (int k = s; k < i; k++) {
            nounsOnly &= extendsNp(k) && !words.joiner(k);
          }
          at = nounsOnly ? i : -1;
          break;
        }
      }
    }
    if (at < 0 || at + 1 >= c.to) {
      return false;
    }
    int[] np = npAt(at + 1, c.to);
    if (np == null || (np[1] >= c.to && !words.w(at).equals("请"))) {
      return false;
    }
    add(np, words.role(np[1], c.to));
    return true;
  }

  /** Whether the word at {@code i} follows a modal, with only adverbs between (要和…, 一定要与…). */
  private boolean afterModal(int i) {
    int j = i - 1;
    while (j >= 0 && !words.modal(j) && words.trailingAdverb(j)) {
      j--;
    }
    return j >= 0 && words.modal(j);
  }

  /** 要和X一起商量…, 要与X联合…: X works with the subject (role support). */
  private void partner(int from, int to) {
    for (int e = from + 1; e < to; e++) {
      int j = e;
      if ((words.w(j).equals("去") || words.w(j).equals("来")) && j + 1 < to) {
        j++;
      }
      if (rules.in("joint-words", words.w(j)) && npValid(from, e, true) && complete(from, e)) {
        add(new int[] {from, e}, Role.SUPPORT);
        return;
      }
    }
  }

  private boolean onlyAdverbs(int s, int i) {
    for (int k = s; k < i; k++) {
      if (!words.pos(k).startsWith("d") && !words.pos(k).startsWith("c")) {
        return false;
      }
    }
    return true;
  }

  /** 由X负责, 经X审查: X is an owner unless the verb only fills a post or records an approval. */
  private void agentAfter(int i, int to, String excludedVerbs) {
    int[] np = npAt(i + 1, to);
    if (np == null) {
      return;
    }
    for (int v = np[1]; v < to; v++) {
      if (words.pos(v).startsWith("v")) {
        if (!rules.in(excludedVerbs, words.w(v))) {
          add(np, rules.in("support-verbs", words.w(v)) ? Role.SUPPORT : Role.LEAD);
        }
        return;
      }
    }
  }

  private boolean modalBefore(int k) {
    for (int i = 0; i < k; i++) {
      if (clauses.get(i).hasModal) {
        return true;
      }
    }
    return false;
  }

  /**
   * A clause that only lists bodies owns the directive that follows it when the next clause has no
   * subject of its own and goes on with a modal, a distributive adverb (均, 都) or a preposition.
   */
  private boolean listAccepted(int k) {
    for (int i = k + 1; i < clauses.size(); i++) {
      Clause c = clauses.get(i);
      if (c.list) {
        continue;
      }
      if (c.pronoun || c.subject != null || c.start >= c.to) {
        return false;
      }
      String p = words.pos(c.start);
      return c.startsWithModal
          || rules.in("distributives", words.w(c.start))
          || words.w(c.start).equals("由")
          || (p.startsWith("p") && !rules.in("passive-prepositions", words.w(c.start)));
    }
    return false;
  }

  /** "X是…，必须…": with no other owner, the copula's subject owns the directive after it. */
  private void copulaSubject() {
    for (int k = 0; k < clauses.size(); k++) {
      Clause c = clauses.get(k);
      if (c.copula == null || !distributiveOrPerson(c.copula) && !(unit(c.copula) && cast(c))) {
        continue;
      }
      for (int j = k + 1; j < clauses.size(); j++) {
        Clause d = clauses.get(j);
        if (d.startsWithModal && !refersBack(d)) {
          add(c.copula, Role.LEAD);
          return;
        }
      }
    }
  }

  /** Whether the clause refers back to an earlier subject with 他们, 其 … (then it acts upon it). */
  private boolean refersBack(Clause c) {
    for (int i = c.from; i < c.to; i++) {
      if (rules.in("back-references", words.w(i))) {
        return true;
      }
    }
    return false;
  }

  /** 各中央局和分局, 每个支部, 乡镇党委书记: a subject that a copula may hand its directive to. */
  private boolean distributiveOrPerson(int[] np) {
    String b = words.bare(np[0], np[1]);
    return b.startsWith("各")
        || b.startsWith("每")
        || rules.headKind(b) == HeadKind.PERSON
        || words.pos(np[1] - 1).equals("nnt");
  }

  /**
   * Whether a copula clause casts its subject in a part that acts (县教育局作为牵头单位, 政府是规则的制定者), rather
   * than weighing it (社区是治理的基础).
   */
  private boolean cast(Clause c) {
    if (words.w(c.copula[1]).equals("作为")) {
      return true;
    }
    String last = words.w(c.to - 1);
    for (String agent : rules.longestFirst("agent-complements")) {
      if (last.endsWith(agent)) {
        return true;
      }
    }
    return false;
  }

  /** 政府, 县教育局: a body that a copula may hand its directive to (政府是…，要…). */
  private boolean unit(int[] np) {
    return rules.headKind(words.bare(np[0], np[1])) == HeadKind.UNIT;
  }

  /** Adds the names of the owner phrase [np[0], np[1]), split into its conjuncts. */
  private void add(int[] np, Role role) {
    List<Piece> pieces = new ArrayList<>();
    List<String> joiners = new ArrayList<>();
    Piece tail = null;
    int from = np[0];
    String pending = null;
    for (int i = np[0]; i <= np[1]; i++) {
      boolean end = i == np[1];
      boolean joiner = !end && words.joiner(i);
      boolean etc = !end && words.w(i).equals("等") && words.pos(i).startsWith("u");
      if (!end && !joiner && !etc) {
        continue;
      }
      if (i > from) {
        if (!pieces.isEmpty()) {
          joiners.add(pending == null ? "、" : pending);
        }
        pieces.add(piece(from, i));
      }
      if (joiner) {
        pending = words.w(i);
      }
      if (etc) {
        if (i + 1 < np[1]) {
          tail = piece(i + 1, np[1]);
        }
        break;
      }
      from = i + 1;
    }
    for (Named n : Coordination.names(rules, text, pieces, joiners, tail)) {
      found.add(new FoundOwner(n.start(), n.name(), role));
    }
  }

  /** A short bracketed gloss right after a name belongs to it: 各省（自治区、直辖市）. */
  private int attachedBrackets(int end) {
    if (end >= text.length() || OwnerTags.OPEN.indexOf(text.charAt(end)) < 0) {
      return end;
    }
    int close = OwnerTags.matchingClose(text, end);
    if (close < 0 || close - end > 12) {
      return end;
    }
    String inside = text.substring(end + 1, close);
    boolean gloss =
        !inside.isBlank()
            && !inside.contains("，")
            && !inside.startsWith("以下")
            && tags.parse(inside, 0).isEmpty();
    return gloss ? close + 1 : end;
  }

  private Piece piece(int a, int b) {
    int start = words.start(a);
    int end = attachedBrackets(words.end(b - 1));
    boolean de = false;
    for (int i = a; i < b; i++) {
      de |= words.w(i).equals("的");
    }
    String bare = words.bare(a, b);
    return new Piece(
        start, end, bare, words.pos(b - 1), bare.length() - words.w(b - 1).length(), de);
  }
}
