package dev.luoshi.extract.owners.clauses;

import dev.luoshi.extract.owners.OwnerRules;
import dev.luoshi.extract.owners.OwnerRules.HeadKind;
import dev.luoshi.extract.owners.clauses.Clause.Style;
import java.util.List;
import java.util.Set;

/**
 * The subject of each clause: after the clause's start is cleared, a pronoun of the audience is
 * stepped over and the subject is sought before the first modal (X要…, a name addressed as in X你要…,
 * a short bare noun that acts) or, with no modal, in document style before a verb that is no report
 * (X推行…); else the clause may only list bodies, or name one with a copula (X是…).
 */
final class ClauseSubjects {
  private final OwnerRules rules;
  private final UnitWords words;
  private final ClauseStarts starts;
  private final NounPhrases phrases;

  /** The subjects of the unit's clauses. */
  ClauseSubjects(OwnerRules rules, UnitWords words, ClauseStarts starts, NounPhrases phrases) {
    this.rules = rules;
    this.words = words;
    this.starts = starts;
    this.phrases = phrases;
  }

  /**
   * Fills in what the clause offers: where it starts, whether it is subordinate or opens with a
   * pronoun or a modal, and its subject before a modal (with a focus singled out after it), or in
   * document style its subject before a verb, the bodies it only lists, or a copula's subject.
   */
  void inspect(Clause c) {
    for (int i = c.from; i < c.to; i++) {
      // 我还要强调: the speaker's own saying, no directive that a later subject would follow.
      c.hasModal |= words.modal(i) && !(i + 1 < c.to && rules.in("speech-verbs", words.w(i + 1)));
    }
    int s = starts.strip(c.from, c.to);
    if (s + 1 < c.to && words.w(s).equals("从") && phrases.rangeAt(s + 1, c.to)) {
      s++; // 从中央局至地委，…都必须…: the range of bodies is the subject, 从 only opens it
    }
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
      if (rules.in("kept-pronouns", words.w(s)) && s + 1 < c.to && phrases.extendsNp(s + 1)) {
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
    // 我们研发体系要…: a company's function after the pronoun starts its subject, whatever HanLP tags it
    if (s >= c.to
        || (pron
            && !phrases.extendsNp(s)
            && !words.actingFunction(s, s + 1)
            && !(s + 2 <= c.to && words.actingFunction(s, s + 2)))) {
      c.pronoun = true;
      return;
    }
    int m = -1;
    for (int i = s; i < c.to && m < 0; i++) {
      if (words.modal(i) && !insideModifier(i, c.to)) {
        m = i;
      }
    }
    if (m == s || m > s && onlyTrailingAdverbs(s, m) || ordersOn(s, c.to)) {
      c.startsWithModal = true;
    } else if (m > s) {
      int[] np = removed(m, c.to) ? null : modalSubject(s, m);
      if (np != null) {
        c.subject = np;
        c.style = Style.MODAL;
        c.predicate = m;
        c.focus = focus(np[1], m);
      }
    } else {
      documentSubject(c, s, hoped(c.from, s));
    }
  }

  /**
   * Whether a telegram's order word opens the clause and goes straight on to what is ordered
   * (各中央局、分局，望于月底以前…; 望即遵照执行): it asks as a modal does, of the bodies listed before it. Not 望各地…,
   * which names its bodies after it.
   */
  private boolean ordersOn(int s, int to) {
    if (s + 1 >= to || !rules.in("order-words", words.w(s))) {
      return false;
    }
    String next = words.pos(s + 1);
    return next.startsWith("p") || next.startsWith("d") || next.startsWith("v");
  }

  /**
   * Whether all the clause asks after the modal at {@code m} is that its subject be done away with
   * (冗余的部门要撤掉, 不作为的主管要撤下来, 落后的产品线要坚决关掉): a verb of removal by 掉, or one that takes one down from a
   * post, with no object. The subject is what is removed, not who removes it.
   */
  private boolean removed(int m, int to) {
    int v = m + 1;
    while (v < to && words.trailingAdverb(v)) {
      v++;
    }
    if (v >= to || !words.pos(v).startsWith("v") || words.modal(v)) {
      return false;
    }
    String w = words.w(v);
    if (v + 1 == to) {
      return w.length() > 1 && w.endsWith("掉");
    }
    String after = v + 2 == to ? words.w(v + 1) : "";
    return after.equals("掉") || after.equals("下来") && TAKEN_DOWN.contains(w);
  }

  /** Verbs that take one down from a post with 下来 (撤下来, 换下来); 沉下来, 静下来 are the subject's own. */
  private static final Set<String> TAKEN_DOWN = Set.of("撤", "换", "拿", "调", "调整", "撤换");

  /** The numbers that count an enumeration's members (一要…，二要…). */
  private static final String ENUMERATION = "一二三四五六七八九十";

  /** Whether a word of hope opens the clause before its start (希望广大青年…, 我们希望…). */
  private boolean hoped(int from, int s) {
    for (int i = from; i < s; i++) {
      if (rules.in("hopes", words.w(i))) {
        return true;
      }
    }
    return false;
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
    // The number of an enumeration inside the paragraph, right before its modal (各级主管一要…，二要…).
    if (r - 1 > s && words.w(r - 1).length() == 1 && ENUMERATION.contains(words.w(r - 1))) {
      r--;
    }
    r = subjectEnd(s, r);
    int event = starts.eventBefore(s, r);
    if (event < r) {
      int before = subjectEnd(s, event); // 项目经理每天开工前必须…: a time of its own before the event
      if (before > s && phrases.npValid(s, before, true) && phrases.complete(s, before)) {
        r = before; // 各支部开会时要…: the body, not the time it acts at
      }
    }
    if (r - 1 > s && rules.in("topic-particles", words.w(r - 1))) {
      r--; // 财政局那边要…: the body, not the place it speaks from
    }
    if (r <= s) {
      return null;
    }
    int topic = afterDemonstrativeTopic(s, r);
    if (topic > s) {
      return new int[] {topic, r}; // 这项工作各乡镇要…: the body after the topic acts on it
    }
    if (words.actingFunction(s, r) || functionList(s, r)) {
      return new int[] {s, r}; // 财经要…, 审计要…: a company's function names the people who do it
    }
    if (phrases.npValid(s, r, true) && (phrases.complete(s, r) || bareSubject(s, r, m))) {
      return new int[] {s, r};
    }
    int[] np = phrases.shortestPrefix(s, m, Style.MODAL, false);
    if (np != null || !rules.in("frame-prepositions", words.w(s))) {
      return np;
    }
    for (int j = s + 2; j < r; j++) {
      boolean boundary =
          words.pos(j - 1).startsWith("f")
              || rules.in("frame-closers", words.w(j - 1))
              || words.w(j).startsWith("各")
              || words.w(j).startsWith("全");
      if (boundary && phrases.npValid(j, r, true) && phrases.complete(j, r)) {
        return new int[] {j, r};
      }
    }
    return null;
  }

  /**
   * Where the subject ends before {@code r} once the adverbs and time phrases between it and its
   * modal are stepped over (农机站这两天要…, 各村今年要…, 各车间每季度要…).
   */
  private int subjectEnd(int s, int r) {
    while (r > s && (words.trailingAdverb(r - 1) || starts.inTimePhrase(r - 1))) {
      r--;
    }
    return starts.recurrenceBefore(s, r);
  }

  /**
   * Where the body starts after a topic that a demonstrative opens and that names no agent
   * (这项工作各乡镇要…, 这件事总干部部要…, 这一点各单位要…, 这个道理每一位教育工作者都要…): the thing spoken of comes first and the one
   * who acts on it after it; else {@code s}. A demonstrative before a body (这些单位负责人, 该县委) names the
   * body.
   */
  private int afterDemonstrativeTopic(int s, int r) {
    // a lone 这 or 那 is stepped over as a pronoun before the clause's start (这/一点/各/单位)
    int d = s > 0 && (words.w(s - 1).equals("这") || words.w(s - 1).equals("那")) ? s - 1 : s;
    String first = words.w(d);
    if (!words.pos(d).startsWith("r") || first.isEmpty() || "这那此该".indexOf(first.charAt(0)) < 0) {
      return s;
    }
    for (int j = s + 1; j < r; j++) {
      boolean boundary =
          distributive(j)
              || words.w(j).startsWith("全")
              || words.pos(j - 1).startsWith("n")
              || words.pos(j - 1).startsWith("vn")
              || j - 1 == d && first.length() >= 3;
      if (boundary
          && !phrases.complete(d, j)
          && phrases.npValid(j, r, true)
          && phrases.complete(j, r)) {
        return j;
      }
    }
    return s;
  }

  /**
   * Whether the words are company functions and bodies joined (财经和人力资源, 研发、销售和服务体系), one of them at
   * least a function: each names the people who do it, as one alone does.
   */
  private boolean functionList(int s, int r) {
    boolean function = false;
    int from = s;
    int pieces = 0;
    for (int i = s; i <= r; i++) {
      if (i < r && !words.joiner(i)) {
        continue;
      }
      boolean acting = words.actingFunction(from, i);
      if (i == from || !acting && !(phrases.npValid(from, i, true) && phrases.complete(from, i))) {
        return false;
      }
      function |= acting;
      pieces++;
      from = i + 1;
    }
    return function && pieces > 1;
  }

  /**
   * The people a hope names right after it (希望广大青年坚定理想信念, 希望广大科技工作者勇攀高峰): what is hoped of them is
   * theirs to do, whatever HanLP tags the word after them (坚定/a, 勇攀高峰/nz); null when no known agent
   * comes first.
   */
  private int[] hopedOf(int s, int to) {
    int end = -1;
    for (int j = s; j < to && nounLike(j); j++) {
      if (phrases.npValid(s, j + 1, false) && phrases.complete(s, j + 1)) {
        end = j + 1; // the longest run of nouns that names them (全县青年志愿者, not 全县)
      }
    }
    return end < 0 ? null : new int[] {s, end};
  }

  /** A word that can go on a name: a noun, a modifier of one (广大/b), a distributive (各/r). */
  private boolean nounLike(int i) {
    String p = words.pos(i);
    return p.startsWith("n") || p.equals("b") || distributive(i);
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
    if (r - s == 2 && (eachPlace(s, r - 1) || eachOne(s, r - 1))) {
      return true; // 各城市要…: each place named, though 城市 alone is no agent (城市要建设得…)
    }
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
              || p.equals("j")
              || i == s && r - s > 1 && distributive(i);
      if (!noun || words.pronoun(i)) {
        return false;
      }
    }
    String head = words.w(r - 1);
    if (rules.duty(head)) {
      return false;
    }
    return !rules.thingLike(head)
        || !words.pos(r - 1).equals("vn") && !rules.placeOrTime(head) && agentive(m);
  }

  /**
   * 每个村, 每个车间: each place stands for the people of it, as 各村 does (HanLP tags 每个 a numeral, 每个/m
   * 村/n); not a time (每个月).
   */
  private boolean eachPlace(int each, int head) {
    String w = words.w(each);
    return (w.equals("每个") || w.equals("每一个") || distributive(each))
        && words.pos(head).startsWith("n")
        && rules.placeOrTime(words.w(head))
        && !rules.in("time-units", words.w(head));
  }

  /**
   * 各 and one character HanLP cuts from it and tags a verb or a measure word (各/站, 各/段, 各/场): each
   * of the stations, sections or farms, as 各队 is. (各所 stays unread: HanLP takes 所要 for the
   * particle.)
   */
  private boolean eachOne(int each, int one) {
    String w = words.w(one);
    return words.w(each).equals("各")
        && w.length() == 1
        && Character.isLetter(w.charAt(0))
        && !words.punct(one)
        && !words.modal(one)
        && !rules.in("joiners", w);
  }

  /** 各国, 各地, 每个: a determiner that spreads a bare noun over its members (各国人民要…). */
  private boolean distributive(int i) {
    String w = words.w(i);
    return words.pos(i).startsWith("r") && (w.startsWith("各") || w.startsWith("每"));
  }

  /**
   * Whether the predicate after the modal at {@code m} acts on an object (要把…担起来, 要改善…状况): a thing
   * named as the subject of such a predicate stands for the people behind it (终端要…, 行政要…), while a
   * thing whose predicate has no object is what is acted upon (流程要简化).
   */
  private boolean agentive(int m) {
    if (withPartner(m + 1)) {
      return true;
    }
    if (rules.in("permits", words.w(m))) {
      return false; // 补贴可以发到个人账上: what a thing may be used for, not a task
    }
    boolean verb = false;
    for (int j = m + 1; j < words.size() && (!words.punct(j) || words.quote(j)); j++) {
      String p = words.pos(j);
      if (words.quote(j)) {
        continue;
      }
      if (!verb && (p.equals("pba") || p.startsWith("v") && !words.modal(j))) {
        if (rules.in("relations", words.w(j)) || handedOver(j)) {
          return false;
        }
        verb = true;
      } else if (verb && (p.startsWith("n") || p.equals("vn") || p.equals("r"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code j} hands its subject over to someone (预算要放给…, 资金要交给…): the thing is
   * given, not the giver. A verbal noun ending in 给 (供给, 补给) hands nothing over.
   */
  private boolean handedOver(int j) {
    return words.w(j).endsWith("给") && !words.pos(j).equals("vn")
        || j + 1 < words.size() && words.w(j + 1).equals("给");
  }

  /**
   * 要和Y一起…, 要与Y商量: a subject that works jointly with another (财务科要和人事科一起商量) acts itself, as a thing
   * would not.
   */
  private boolean withPartner(int j) {
    while (j < words.size() && words.trailingAdverb(j)) {
      j++;
    }
    return j + 1 < words.size()
        && rules.in("partner-joiners", words.w(j))
        && phrases.jointPartner(j + 1, words.size()) != null;
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
    return r > f && phrases.npValid(f, r, true) && phrases.complete(f, r) ? new int[] {f, r} : null;
  }

  /** A document-style subject, or a clause that only lists bodies, or "X是…". */
  private void documentSubject(Clause c, int s, boolean hoped) {
    int role = c.to - 1;
    if (role > s
        && (rules.in("lead-verbs", words.w(role)) || rules.in("support-verbs", words.w(role)))
        && (words.actingFunction(s, role) || functionList(s, role))) {
      // X部牵头，财经、供应链配合: functions given a part name the people who do them, as before a modal
      c.subject = new int[] {s, role};
      c.style = Style.DOC;
      c.predicate = role;
      return;
    }
    int[] np = phrases.shortestPrefix(s, c.to, Style.DOC, false, hoped);
    if (np != null && np[1] < c.to && rules.in("copulas", words.w(np[1]))) {
      c.copula = np;
      return;
    }
    int[] hopedOf = hoped && np == null ? hopedOf(s, c.to) : null;
    if (hopedOf != null) {
      c.subject = hopedOf;
      c.style = Style.DOC;
      c.predicate = hopedOf[1];
      return;
    }
    boolean temporal = rules.in("temporal-ends", words.w(c.to - 1));
    if (np != null
        && !narrative(np[1], c.to)
        && (verbal(np[1], c.to) || temporal && verbWithObject(np[1], c.to))
        && !(nominal(np[1], c.to) && !modalFollows(c.to))
        && !modifies(np[1], c.to)
        && !topic(np[1], c.to)
        && !change(np[1], c.to)
        && !relative(np[1], c.to)) {
      c.subject = np;
      c.style = Style.DOC;
      c.predicate = np[1];
      c.weak = temporal;
      return;
    }
    if (phrases.npValid(s, c.to, false) && phrases.complete(s, c.to) && !verbOfAPhrase(s, c.to)) {
      c.list = true;
      c.listEnd = c.to;
      return;
    }
    // 部队方面，…: bodies named as a topic; 各乡镇呢，回去以后…: bodies set up as the topic by a spoken
    // particle, which is no part of their name.
    if (c.to - 1 > s
        && (rules.in("topic-heads", words.w(c.to - 1))
            || rules.in("topic-particles", words.w(c.to - 1)))
        && phrases.npValid(s, c.to - 1, false)
        && phrases.complete(s, c.to - 1)) {
      c.list = true;
      c.topic = true;
      c.listEnd = rules.in("topic-heads", words.w(c.to - 1)) ? c.to : c.to - 1;
      return;
    }
    // 各级干部特别是主要负责同志，要…: bodies, then the one of them singled out.
    for (int j = s + 1; j < c.to; j++) {
      int f = words.endOfWordIn(j, c.to, "focus-markers");
      if (f > j
          && phrases.npValid(s, j, false)
          && phrases.complete(s, j)
          && phrases.npValid(f, c.to, false)
          && phrases.complete(f, c.to)) {
        c.list = true;
        c.listEnd = j;
        c.focus = new int[] {f, c.to};
        return;
      }
    }
    for (int j = s + 1; j < c.to; j++) {
      if (rules.in("copulas", words.w(j))
          && (phrases.complete(s, j) && phrases.npValid(s, j, false)
              || words.actingFunction(s, j))) {
        c.copula = new int[] {s, j};
        return;
      }
    }
  }

  /**
   * Whether the clause opens with a verb and a preposition after it (成立由局长任组长的领导小组, 成立以县长为组长的…):
   * the verb takes the phrase as its object, so the clause asks for the body to be set up, and
   * names no body that acts.
   */
  private boolean verbOfAPhrase(int s, int to) {
    String p = words.pos(s);
    return s + 1 < to
        && p.startsWith("v")
        && !p.equals("vn")
        && words.pos(s + 1).startsWith("p")
        && !words.pos(s + 1).equals("pba");
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
  /**
   * A verb with 的 right after it (X报送的材料由Y汇总, X申报的项目…): the phrase modifies a noun, the thing the
   * clause is about, so what it names does not act in the clause.
   */
  private boolean modifies(int predicate, int to) {
    return predicate + 1 < to && words.w(predicate + 1).equals("的");
  }

  /** Whether the clause says where the body is to change (一批高校向应用型转变): a target, no task. */
  private boolean change(int from, int to) {
    if (!words.w(from).equals("向")) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (rules.in("change-verbs", words.w(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the body only owns what the clause describes (县级医院诊疗条件基本达标, 乡镇卫生院服务能力全面提升,
   * 社区服务覆盖率超过60%): a noun that is no agent follows it, then an adverb and the verb or a verb of
   * measure, a target rather than a task.
   */
  private boolean topic(int from, int to) {
    int i = from;
    while (i < to && (words.pos(i).startsWith("n") || words.pos(i).equals("vn"))) {
      i++;
    }
    if (i == from
        || i - from < 2 && words.pos(from).equals("vn")
        || !words.pos(i - 1).startsWith("n")
        || phrases.complete(from, i)
        || i + 1 >= to) {
      return false;
    }
    return describes(i);
  }

  /**
   * Whether the words from {@code i} describe a state (诊疗条件基本达标, 积极性明显提高): an adverb or an
   * adjective, then a verb that is no modal.
   */
  private boolean describes(int i) {
    String p = words.pos(i);
    return (p.startsWith("d") || p.equals("ad") || p.equals("a"))
            && words.pos(i + 1).startsWith("v")
            && !words.modal(i + 1)
        || rules.in("measure-verbs", words.w(i));
  }

  /**
   * Whether the body and its verb only modify the clause's real subject (企业参与培训的积极性有较大提升): a 的 and
   * a noun after the verb, then 有 or an adverb and a verb.
   */
  private boolean relative(int from, int to) {
    String p0 = words.pos(from);
    if (!p0.startsWith("v") || p0.equals("vn")) {
      return false;
    }
    int d = from + 1;
    while (d < to && !words.w(d).equals("的") && !words.punct(d) && !words.modal(d)) {
      d++;
    }
    int i = d + 1;
    while (i < to && (words.pos(i).startsWith("n") || words.pos(i).equals("an"))) {
      i++;
    }
    if (d >= to || i == d + 1 || i + 1 >= to) {
      return false;
    }
    return words.pos(i).equals("vyou") || describes(i);
  }

  /**
   * Whether the clause ending at {@code to} is cut by a comma from a modal (各地党委对…的偏向，必须纠正): the
   * 对-phrase only frames what the body is to do, and the body is the subject of that modal.
   */
  private boolean modalFollows(int to) {
    if (to >= words.size() || !words.w(to).equals("，")) {
      return false;
    }
    int j = to + 1;
    while (j < words.size() && !words.modal(j) && words.trailingAdverb(j)) {
      j++; // 也要, 都必须 (HanLP tags 必须 an adverb)
    }
    return j < words.size() && words.modal(j);
  }

  private boolean nominal(int from, int to) {
    // 对…的Y after a body names what it is about (县政府对企业的支持); 把…的Y is the object of its verb
    if (!words.pos(from).startsWith("p") || words.pos(from).equals("pba")) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (words.pos(i).startsWith("v") && !words.pos(i).equals("vn")
          || words.pos(i).equals("pba")) {
        return false; // X在九月底前把新员工的…下发: the 的 is in the object 把 takes
      }
      if (words.w(i).equals("的")) {
        return !dutyAfter(i + 1, to);
      }
    }
    return false;
  }

  /** 对…的安全生产负责, 对…的工作负总责: the 的-phrase is what a duty is owed for, and the clause goes on. */
  private boolean dutyAfter(int from, int to) {
    for (int i = from; i < to; i++) {
      if (words.w(i).startsWith("负")) {
        return words.pos(i).startsWith("v");
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
      if (p.equals("vn") && i > from && words.pos(i - 1).startsWith("d")) {
        return true; // 不再/考核: after an adverb HanLP's verbal noun is the verb
      }
      if (p.equals("vn")
          && counted(i + 1, to)
          && (i == from || starts.recurrenceBefore(from - 1, i) < i)) {
        return true; // 组织部每月/抽查/一/次: a verbal noun counted, after the subject or its time
      }
      if (words.w(i).equals("将") && (i == from || starts.inTimePhrase(i - 1))) {
        // X将Y报Z, X每年年底前将Y报Z: 将 takes the object forward (HanLP may tag it an adverb)
        return true;
      }
    }
    return false;
  }

  /** Whether the words from {@code i} count times (一次, 两遍): what a verb before them does. */
  private boolean counted(int i, int to) {
    return i + 1 < to && words.pos(i).startsWith("m") && words.pos(i + 1).equals("qv");
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
}
