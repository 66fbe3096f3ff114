package dev.luoshi.extract.owners.clauses;

import dev.luoshi.extract.owners.Coordination;
import dev.luoshi.extract.owners.Coordination.Piece;
import dev.luoshi.extract.owners.OwnerRules;
import dev.luoshi.extract.owners.OwnerRules.HeadKind;
import dev.luoshi.extract.owners.clauses.Clause.Style;
import java.util.Set;

/**
 * Owner phrases over a unit's words, as word ranges {@code [a, b)}: whether the words form one
 * phrase that can name an owner (its words, its 的-modifier, its head), whether it names an agent at
 * all, and the shortest such phrase from a word whose next word starts a predicate.
 */
final class NounPhrases {
  private final OwnerRules rules;
  private final UnitWords words;
  private final ClauseStarts starts;

  /** The phrases over the unit's words; a predicate may start with a time phrase. */
  NounPhrases(OwnerRules rules, UnitWords words, ClauseStarts starts) {
    this.rules = rules;
    this.words = words;
    this.starts = starts;
  }

  /**
   * Whether the words name an agent by themselves: as a conjunct would (a known head, a body's
   * name), or by the thesaurus class of a last word that is no verb or function word.
   */
  boolean complete(int a, int b) {
    if (b <= a) {
      return false;
    }
    if (b - a > 1 && agentNoun(b - 2)) {
      return true;
    }
    String bare = words.bare(a, b);
    int lastStart = bare.length() - words.w(b - 1).length();
    Piece whole = new Piece(0, 0, bare, words.pos(b - 1), lastStart, false);
    return Coordination.complete(rules, whole)
        || !verbalTail(b) && rules.agentKind(bare, lastStart) != HeadKind.NONE;
  }

  /**
   * Whether the word is a verb that the suffix 者 after it makes a noun of the one who does it
   * (制定/者, 项目管理/者), where HanLP cuts the agent noun in two.
   */
  private boolean agentNoun(int i) {
    String p = words.pos(i);
    return i + 1 < words.size()
        && words.w(i + 1).equals("者")
        && (p.startsWith("v") || p.equals("gi"))
        && !words.modal(i);
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
   * 各位/诸位 starting a named group (各位局长): kept only when a noun names the group right after it;
   * before a verb it is the audience (请各位回去后把…).
   */
  private boolean keptPronoun(int a, int b) {
    return rules.in("kept-pronouns", words.w(a)) && a + 1 < b && words.pos(a + 1).startsWith("n");
  }

  /**
   * Whether the words form one owner phrase: no preposition, adverb, pronoun or copula outside a
   * 的-modifier, no verb at its start unless a 的 follows (符合条件的省份) or it is a modifying verb (分管领导).
   * A lenient phrase (one bounded by a modal or by 由 … 负责) may hold verbs that HanLP cut out of a
   * name (劳务输出/地和输入/地).
   */
  boolean npValid(int a, int b, boolean lenient) {
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
    if (de == b - 1 || (words.pronoun(a) && !keptPronoun(a, b)) || words.modal(a)) {
      return false;
    }
    if (actedUponName(a, b)) {
      return true;
    }
    // An intransitive verb takes no object, so a noun after it is what it describes (挂职/干部,
    // 售后/服务中心): the verb is a word of the name. Not one HanLP tags so that takes an object
    // all the same (成立/工作组).
    boolean modifierVerb =
        words.pos(a).equals("vi")
            && a + 1 < b
            && words.pos(a + 1).startsWith("n")
            && !rules.in("object-taking-vi", words.w(a));
    String p0 = words.pos(a);
    if (a + 1 < b && agentNoun(a)) {
      p0 = "n";
    }
    if (words.w(a).equals("被") && de > a) {
      p0 = "v";
    } else if (rules.in("modifier-verbs", words.w(a)) && a + 1 < b
        || p0.equals("vi") && modifierVerb
        || lenient && a + 2 == b && rules.in("participant-heads", words.w(a + 1))) {
      // A bare verb and a participant's head before a modal name who takes part (实施单位要…).
      p0 = "vn";
    }
    if (de > a + 1 && MODIFIER_ADVERBS.contains(words.w(a))) {
      p0 = "v"; // 尚未划定保护区的城市: the bodies in that state
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
    // A verb that acts upon what follows is no name's start, unless it names a field of work before
    // a head it shares (组织部门); a verb of one character names none (报/学校/办公室/备案 reports to it).
    // Alone, one that also names people is them (领导要…, 代表要…: the leaders, the representative).
    if (rules.in("acted-upon", words.w(a))
        && (a + 1 >= b
            ? rules.headKind(words.w(a)) != HeadKind.PERSON
            : words.w(a).length() < 2 || !rules.in("shared-heads", words.w(a + 1)))) {
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
      // a count of people by their classifier (两位副局长, 三名同志) names them; other numbers do not
      boolean people = a + 1 < b && (words.w(a + 1).equals("位") || words.w(a + 1).equals("名"));
      if (p0.startsWith("m") && !rules.in("quantity-starts", words.w(a)) && !people) {
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
      boolean word = i <= de ? modifierWord(i) : i == a && modifierVerb || headWord(i, lenient);
      // 各位 opens each conjunct of a list as it opens the first (各位局长、各位主任)
      boolean keptAfterJoin =
          i > a && rules.in("kept-pronouns", words.w(i)) && rules.in("joiners", words.w(i - 1));
      if (!word || (i > a && ((words.pronoun(i) && !keptAfterJoin) || ownPlace(i)))) {
        return false;
      }
      if (adverbial(i, b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words name a body or a person by what is done to them, 被 and a verb before a name
   * (被审计单位, 被巡视党组织, 被帮扶对象): with no 的 between, the name of a party to a procedure, who acts in turn
   * (被审计单位须在…整改到位).
   */
  private boolean actedUponName(int a, int b) {
    if (!words.w(a).equals("被")
        || a + 2 >= b
        || !words.pos(a + 1).startsWith("v") && !rules.in("modifier-verbs", words.w(a + 1))) {
      return false;
    }
    HeadKind kind = rules.headKind(words.bare(a + 2, b));
    return (kind == HeadKind.UNIT || kind == HeadKind.PERSON)
        && words.lastDe(a + 2, b) < 0
        && npValid(a + 2, b, false);
  }

  /**
   * Whether the word is the speaker's own place or body (我市, 我县, 本局) after a word that joins
   * nothing: it opens a phrase (我市各部门) or a conjunct, so after a verbal noun it is an object
   * (气象部门/预测/我市/降雨偏多), not a part of one name.
   */
  private boolean ownPlace(int i) {
    String w = words.w(i);
    return words.pos(i).startsWith("r")
        && w.length() > 1
        && (w.startsWith("我") || w.startsWith("本"))
        && !words.joiner(i - 1)
        && !words.punct(i - 1);
  }

  /**
   * Whether the word is the 地 of an adverbial before a verb in the phrase (明确/地/坚持): the words are
   * a clause that reports what someone did, not a name (劳务输出/地 ends one).
   */
  private boolean adverbial(int i, int b) {
    return words.w(i).equals("地")
        && words.pos(i).equals("ude2")
        && i + 1 < b
        && words.pos(i + 1).startsWith("v");
  }

  /**
   * Adverbs of negation that may open a modifier before 的 (尚未划定…的城市, 未达标的水厂): the phrase names the
   * bodies in that state. Not 已: what has been done names what is handed on (已建成的幼儿园应…移交).
   */
  private static final Set<String> MODIFIER_ADVERBS = Set.of("尚未", "未", "仍未");

  /** A word of a 的-modifier: anything but a clause conjunction or a copula. */
  private boolean modifierWord(int i) {
    String p = words.pos(i);
    return !(p.startsWith("c") && !words.joiner(i)) && !p.equals("vshi");
  }

  /**
   * Whether a range of bodies starts at {@code i} (中央局至地委: every level from one to the other), a
   * body, 至 and a body.
   */
  boolean rangeAt(int i, int to) {
    for (int j = i + 1; j + 1 < to; j++) {
      if (rules.in("range-joiners", words.w(j))) {
        return complete(i, j) && npValid(i, j, false) && complete(j + 1, j + 2);
      }
    }
    return false;
  }

  /** A word after the last 的: nouns, modifiers and joiners; verbs only when lenient. */
  private boolean headWord(int i, boolean lenient) {
    String p = words.pos(i);
    String w = words.w(i);
    if (agentNoun(i)) {
      return true;
    }
    if (rules.in("range-joiners", w)) {
      return i > 0 && i + 1 < words.size() && complete(i - 1, i) && complete(i + 1, i + 2);
    }
    return !(p.startsWith("p") && !rules.in("joiners", w))
        && !p.startsWith("d")
        && !p.equals("ad")
        && !p.equals("vshi")
        && !p.equals("vyou")
        && (lenient || !p.startsWith("v") || p.equals("vn"))
        && !(p.startsWith("c") && !words.joiner(i))
        && !(p.startsWith("u") && !w.equals("等") && !w.equals("地"))
        && !(p.startsWith("w") && !w.equals("、") && !words.quote(i))
        && !words.modal(i)
        && !UnitWords.CLAUSE_ENDS.contains(w);
  }

  /** Whether the word could carry a noun phrase on (a noun, a modifier, 和, 的 …). */
  boolean extendsNp(int j) {
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
        || words.quote(j);
  }

  /** Whether the word after a document-style subject starts its predicate. */
  private boolean docPredicate(int s, int j, int to) {
    String w = words.w(j);
    String p = words.pos(j);
    if (rules.in("announcing-modals", w) && announces(s, j, to)) {
      return true;
    }
    if (rules.in("narrative-words", w)) {
      return false;
    }
    if (rules.in("acted-upon", w) && !p.startsWith("p") && j + 1 < to && compoundHead(j + 1)) {
      return false; // 组织/部门 is a name; 对/干部 is no compound (公司对干部实行…)
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
        || rules.in("adverbial-words", w)
        || adverbBeforeVerb(j, to);
  }

  /**
   * Whether a body says what it will do (公司会通报…, 人力资源部会发布…): a body, not people, before 会 and a
   * verb right after it that neither says nor thinks (干部会说…, 群众会认为… tell what people tend to do).
   */
  private boolean announces(int s, int j, int to) {
    HeadKind kind = rules.headKind(words.bare(s, j));
    if (kind != HeadKind.UNIT && kind != HeadKind.BARE || j + 1 >= to) {
      return false;
    }
    return words.actingVerb(j + 1)
        && !rules.in("speech-verbs", words.w(j + 1))
        && !rules.in("narrative-words", words.w(j + 1));
  }

  /**
   * A word that starts the predicate when a verb follows it (主要 in 政府主要负责规划…), not before a role it
   * is part of (政府主要负责同志).
   */
  private boolean adverbBeforeVerb(int j, int to) {
    if (!rules.in("adverbs-before-verbs", words.w(j))
        || j + 1 >= to
        || !words.pos(j + 1).startsWith("v")) {
      return false;
    }
    String role = j + 2 < to ? words.w(j + 1) + words.w(j + 2) : words.w(j + 1);
    return rules.headKind(role) != HeadKind.PERSON;
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

  /**
   * Whether the word after a subject that precedes a modal opens an adverbial (对人, 于…前, and the
   * framing verbs HanLP tags as verbs: 各部门对照清单要…, 各地围绕…要…).
   */
  private boolean modalPredicate(int s, int j) {
    String w = words.w(j);
    String p = words.pos(j);
    if (rules.in("vocatives", w)
        || rules.in("adverbial-words", w)
        || rules.in("frame-prepositions", w)) {
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
        && words.lastDe(s, j) < 0
        && !(rules.headKind(w) == HeadKind.PERSON && complete(s, j + 1));
  }

  /**
   * The shortest owner phrase from {@code s} whose next word starts a predicate, or null when the
   * phrase breaks off first. Members of the public are no document-style subjects.
   */
  int[] shortestPrefix(int s, int limit, Style style, boolean lenient) {
    return shortestPrefix(s, limit, style, lenient, false);
  }

  /**
   * As {@link #shortestPrefix(int, int, Style, boolean)}, with members of the public as
   * document-style subjects too when {@code publicActs} (希望广大青年坚定…: the speaker hopes they will
   * act).
   */
  int[] shortestPrefix(int s, int limit, Style style, boolean lenient, boolean publicActs) {
    for (int j = s + 1; j < limit; j++) {
      // Both tests only read; the cheaper, which fails more often, first.
      if (!npValid(s, j, lenient) || !complete(s, j)) {
        continue;
      }
      if (style == Style.DOC
          && !publicActs
          && rules.headKind(words.bare(s, j)) == HeadKind.PUBLIC) {
        if (extendsNp(j)) {
          continue; // 村民/委员会, 消费者/协会: the public only names whose body it is
        }
        return null;
      }
      if (rules.in("range-joiners", words.w(j)) && j + 2 <= limit && complete(j + 1, j + 2)) {
        continue; // 中央局至地委: the range goes on to the body after 至
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

  /**
   * The one named after 和/与 who works jointly with the subject (要和Y一起商量, 要与Y联合…), as the phrase
   * from {@code from} that a joint word (一起, 商量, 联合 …) follows, after 去/来 at most; or null. One who
   * works jointly is an agent even when named by a thing (人力资源系统).
   */
  int[] jointPartner(int from, int to) {
    for (int e = from + 1; e < to; e++) {
      int j = e;
      if ((words.w(j).equals("去") || words.w(j).equals("来")) && j + 1 < to) {
        j++;
      }
      if (rules.in("joint-words", words.w(j))
          && npValid(from, e, true)
          && (complete(from, e) || nouns(from, e))) {
        return new int[] {from, e};
      }
    }
    return null;
  }

  /** Whether the words are all nouns and none a pronoun. */
  private boolean nouns(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!words.pos(k).startsWith("n") || words.pronoun(k)) {
        return false;
      }
    }
    return true;
  }

  /** The owner phrase starting at {@code i} (after 由, 经, 请, 会同 …), or null. */
  int[] npAt(int i, int to) {
    if (i >= to) {
      return null;
    }
    int[] np = shortestPrefix(i, to, Style.DOC, true);
    if (np == null && npValid(i, to, true) && complete(i, to)) {
      np = new int[] {i, to};
    }
    // 请财经在两周内…, 要求人力资源在…: a company's function names the people who do it, as before a modal
    for (int e = i + 1; np == null && e < to && e <= i + 2; e++) {
      if (words.actingFunction(i, e) && docPredicate(i, e, to)) {
        np = new int[] {i, e};
      }
    }
    return np;
  }
}
