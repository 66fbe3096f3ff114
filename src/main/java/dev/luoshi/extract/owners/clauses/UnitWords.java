package dev.luoshi.extract.owners.clauses;

import dev.luoshi.analysis.Token;
import dev.luoshi.extract.owners.Coordination;
import dev.luoshi.extract.owners.OwnerRules;
import dev.luoshi.extract.owners.OwnerRules.HeadKind;
import dev.luoshi.plan.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words of one unit that the clause reading sees (bracketed remarks already set aside), with
 * HanLP's cuts repaired where a name and the word after it were glued, and the tests that every
 * other part asks of a word by its index: its part of speech, whether it is a modal, a pronoun, a
 * joiner or punctuation. Also the facts of the whole unit (a past time word, the last aspect 了).
 */
final class UnitWords {
  private static final Set<String> QUOTES = Set.of("“", "”", "‘", "’", "《", "》", "\"", "'");

  /** The words that end a clause. */
  static final Set<String> CLAUSE_ENDS =
      Set.of("，", ",", "；", ";", "：", ":", "。", "！", "？", "!", "?");

  private final OwnerRules rules;
  private final List<Token> t;
  private final boolean past;

  /** The visible words of the unit, repaired. */
  UnitWords(OwnerRules rules, List<Token> visible) {
    this.rules = rules;
    this.t = repair(visible);
    boolean pastTime = false;
    for (Token tok : t) {
      pastTime |= rules.in("past-times", tok.word());
    }
    this.past = pastTime;
  }

  /**
   * Splits words that HanLP glued across a boundary the rules need: a modal glued to the end of a
   * name (红十字/会要 → 红十字会/要, 证/监/会要 → 证监会/要), a preposition glued to the start of one (经县/政府 → 经/县政府,
   * 交/由省/里 → 交/由/省里), a localizer glued to 的 (机构/中的 → 机构/中/的) and 会同 cut after a name's head
   * (财经/部会/同 → 财经/部/会同).
   */
  private List<Token> repair(List<Token> visible) {
    List<Token> tokens = unquoteNames(visible);
    List<Token> out = new ArrayList<>(tokens.size());
    for (int k = 0; k < tokens.size(); k++) {
      Token tok = tokens.get(k);
      String word = tok.word();
      int n = word.length();
      // Only a word the thesaurus does not know (经县, 由省), never 经济 in 经济/部门.
      if (n >= 2
          && (tok.is("n") || tok.is("v"))
          && rules.in("glued-prepositions", word.substring(0, 1))
          && !rules.known(word)) {
        String rest = word.substring(1);
        String name = rest + (k + 1 < tokens.size() ? tokens.get(k + 1).word() : "");
        if (rules.headKind(name) != HeadKind.NONE) {
          out.add(new Token(word.substring(0, 1), "p", tok.start()));
          out.add(new Token(rest, "n", tok.start() + 1));
          continue;
        }
      }
      if (bossTitle(out, tok, k + 1 < tokens.size() ? tokens.get(k + 1) : null)) {
        // 余/总/要求 → 余总/要求: a company's way of naming a senior manager, by surname and 总
        Token surname = out.remove(out.size() - 1);
        out.add(new Token(surname.word() + word, "nr", surname.start()));
        continue;
      }
      if (rules.in("name-titles", word)) {
        personName(out);
      } else if (namesNext(word)) {
        bareName(out);
      }
      // 处在 read where an office's name ends (各/代表/处在 → 各/代表处/在): the name at a clause's start
      // or after 各, 每个, 本 or 该, and a noun before 处 (not 他处在…).
      if ((word.equals("处在") || word.equals("处于"))
          && !out.isEmpty()
          && out.get(out.size() - 1).word().length() >= 2
          && out.get(out.size() - 1).is("n")
          && opensName(out, out.size() - 1)) {
        Token name = out.remove(out.size() - 1);
        out.add(new Token(name.word() + "处", "nis", name.start()));
        out.add(new Token(word.substring(1), "p", tok.start() + 1));
        continue;
      }
      // 会同 cut as a name ending in 会 and 同 (财经/部会/同 → 财经/部/会同): one body acts with another.
      if (n >= 2
          && word.charAt(n - 1) == '会'
          && k + 1 < tokens.size()
          && tokens.get(k + 1).word().equals("同")
          && rules.headKind(word.substring(0, n - 1)) == HeadKind.UNIT) {
        out.add(new Token(word.substring(0, n - 1), "n", tok.start()));
        out.add(new Token("会同", "v", tok.start() + n - 1));
        k++;
        continue;
      }
      // 事由 (a cause) read across 事 and 由 (这几件事/由/总裁办/负责 cut 这/几/件/事由/总裁/办): the matter,
      // then 由 naming who does it, when a lead or support verb follows.
      if (word.equals("事由") && assignedAfter(tokens, k + 1)) {
        out.add(new Token("事", "n", tok.start()));
        out.add(new Token("由", "p", tok.start() + 1));
        continue;
      }
      // 报 read as the noun "newspaper" before the body a text goes up to (复核结果/报/人事处/备案): the
      // verb of sending it, so the body is where it goes, not the end of a name that acts.
      if (word.equals("报") && tok.is("n") && sentUpFor(tokens, k + 1)) {
        out.add(new Token(word, "v", tok.start()));
        continue;
      }
      // 组织 read as a noun after the body that 由 names (由/片联/组织/重新/竞聘): the verb of that body,
      // when a verb or an adverb (not a modal) follows it.
      if (word.equals("组织")
          && tok.is("n")
          && k + 1 < tokens.size()
          && (tokens.get(k + 1).is("d") || tokens.get(k + 1).is("v"))
          && !rules.in("modals", tokens.get(k + 1).word())
          && afterByMarker(out)) {
        out.add(new Token(word, "v", tok.start()));
        continue;
      }
      if (n == 2 && word.charAt(1) == '的' && "中上下内外里间".indexOf(word.charAt(0)) >= 0) {
        out.add(new Token(word.substring(0, 1), "f", tok.start()));
        out.add(new Token("的", "ude1", tok.start() + 1));
        continue;
      }
      if (n >= 2 && "要应须".indexOf(word.charAt(n - 1)) >= 0 && !rules.in("modals", word)) {
        String head = word.substring(0, n - 1);
        StringBuilder before = new StringBuilder();
        for (int i = Math.max(0, out.size() - 4); i < out.size(); i++) {
          before.append(out.get(i).word());
        }
        String name = before.append(head).toString();
        String headWord = rules.headWord(name);
        // The name's head crosses into the word, or the words before are a root that cannot stand
        // alone (证/监/会要 → 证监会/要; not 开/会要).
        boolean crosses =
            headWord != null
                && (headWord.length() > head.length()
                    || !out.isEmpty() && boundRoot(out.get(out.size() - 1)));
        if (crosses && rules.headKind(name) != HeadKind.NONE) {
          out.add(new Token(head, "n", tok.start()));
          out.add(new Token(word.substring(n - 1), "v", tok.start() + n - 1));
          continue;
        }
      }
      // A verb between a determiner of a class and a noun (各/新建/园区, 各级/驻/村干部, 各/接管/专员) names
      // which kind of body or person the determiner spreads over, as 新建 names the parks: it is no
      // predicate of 各.
      if (tok.is("v")
          && !tok.is("vn")
          && !tok.is("vshi")
          && !tok.is("vyou")
          && !rules.in("modals", word)
          && !out.isEmpty()
          && CLASS_DETERMINERS.contains(out.get(out.size() - 1).word())
          && k + 1 < tokens.size()
          && tokens.get(k + 1).is("n")) {
        out.add(new Token(word, "vn", tok.start()));
        continue;
      }
      // A one-character unit head that HanLP tagged as a verb after a noun (党建/办, 市考核/办,
      // 质控/办) before a modal, a joiner or a verb that gives a role (…办参与, …办牵头): the end of a
      // name, not a predicate.
      // So is 所 tagged as the particle (国土/所, 自然资源/所), and the head before a time or a list's
      // mark (农业/站/元宵节, 交管/站/、): the particle takes a verb and a 的 after it (群众/所/关心/的).
      if (n == 1
          && !tok.is("vn")
          && (tok.is("v") || tok.is("usuo") && !particleAhead(tokens, k + 1))
          && !out.isEmpty()
          && (out.get(out.size() - 1).is("n") || out.get(out.size() - 1).is("vn"))
          && rules.headKind(out.get(out.size() - 1).word() + word) == HeadKind.UNIT
          && k + 1 < tokens.size()
          && (namesNext(tokens.get(k + 1).word())
              || placeOffice(out)
              || tokens.get(k + 1).is("t")
              || LIST_MARKS.contains(tokens.get(k + 1).word()))) {
        out.add(new Token(word, "n", tok.start()));
        continue;
      }
      out.add(tok);
    }
    return out;
  }

  /** The most words a quoted name holds (“一把手”, “两委”, “河长”). */
  private static final int QUOTED_NAME_WORDS = 2;

  /**
   * The words without the quotation marks around a short name (“一把手”要亲自抓, 各级党委“一把手”, “一把手”和班子成员):
   * one or two nouns between “ and ” are a name the speaker sets off, and read as the name. The
   * owner's text keeps the marks ({@code OwnerNames}).
   */
  private static List<Token> unquoteNames(List<Token> tokens) {
    List<Token> out = null;
    for (int k = 0; k < tokens.size(); k++) {
      int close = quotedName(tokens, k);
      if (close < 0) {
        if (out != null) {
          out.add(tokens.get(k));
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tokens.subList(0, k));
      }
      out.addAll(tokens.subList(k + 1, close));
      k = close;
    }
    return out == null ? tokens : out;
  }

  /** The index of the ” that closes a quoted name opened at {@code k}, or -1. */
  private static int quotedName(List<Token> tokens, int k) {
    if (!tokens.get(k).word().equals("“")) {
      return -1;
    }
    for (int j = k + 1; j < tokens.size() && j <= k + QUOTED_NAME_WORDS + 1; j++) {
      Token t = tokens.get(j);
      if (t.word().equals("”")) {
        return j > k + 1 ? j : -1;
      }
      if (!t.is("n") && !t.is("j")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether one of the two words after the body at {@code from} says what a text is sent up for
   * (备案, 审批).
   */
  private static boolean sentUpFor(List<Token> tokens, int from) {
    for (int i = from + 1; i < Math.min(tokens.size(), from + 3); i++) {
      if (SENT_UP_FOR.contains(tokens.get(i).word())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a lead or support verb stands among the four words from {@code from}, before any mark.
   */
  private boolean assignedAfter(List<Token> tokens, int from) {
    for (int i = from; i < Math.min(tokens.size(), from + 4); i++) {
      String w = tokens.get(i).word();
      if (tokens.get(i).is("w")) {
        return false;
      }
      if (rules.in("lead-verbs", w) || rules.in("support-verbs", w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether 由 stands among the last three words before, with no punctuation after it. */
  private static boolean afterByMarker(List<Token> out) {
    for (int i = out.size() - 1; i >= Math.max(0, out.size() - 3); i--) {
      Token t = out.get(i);
      if (t.is("w")) {
        return false;
      }
      if (t.word().equals("由") && t.is("p")) {
        return i < out.size() - 1;
      }
    }
    return false;
  }

  private static final Set<String> SENT_UP_FOR =
      Set.of("备案", "审批", "审定", "审核", "审议", "批准", "核准", "审阅");

  /**
   * Whether a name can start at {@code i}: the unit's or a clause's start, or after 各, 每个, 本 or 该.
   */
  private static boolean opensName(List<Token> out, int i) {
    if (i == 0) {
      return true;
    }
    String before = out.get(i - 1).word();
    return out.get(i - 1).is("w") || NAME_DETERMINERS.contains(before);
  }

  private static final Set<String> NAME_DETERMINERS = Set.of("各", "每个", "本", "该", "各个");

  /**
   * Determiners that spread over the members of a class (各部门, 各级干部, 每个班组); HanLP cuts 每一个 as 每/一个,
   * so it is no word of its own here.
   */
  private static final Set<String> CLASS_DETERMINERS = Set.of("各", "各级", "各个", "每个");

  /**
   * Whether the words before a one-character head are a place and an activity (县/整治/办, 市/防汛/办): the
   * office a county or a city sets up for that work, whatever follows it (县整治办每月通报…).
   */
  private static boolean placeOffice(List<Token> out) {
    int size = out.size();
    return size >= 2
        && out.get(size - 1).is("vn")
        && PLACES.contains(out.get(size - 2).word())
        && (size == 2 || !out.get(size - 3).is("n") && !out.get(size - 3).is("vn"));
  }

  /** Places whose offices are named 县X办, 市X办 …. */
  private static final Set<String> PLACES = Set.of("省", "市", "州", "县", "区", "乡", "镇", "街道");

  /**
   * Joins the one-character words before a title into the person's name they were cut from (陈/毅/同志
   * → 陈毅/同志, 谭/震/林/同志 → 谭震林/同志): with name recognition off, HanLP cuts most names it does not list
   * into characters it tags as verbs or morphemes, and the name is then no noun phrase. Two or
   * three characters make the name, and the first must be a surname.
   */
  private void personName(List<Token> out) {
    for (int len = Math.min(3, out.size()); len >= 2; len--) {
      if (nameRun(out, len)) {
        joinLast(out, len, "nr");
        return;
      }
    }
  }

  /**
   * Whether the last {@code len} words are one character each, written together, the first a
   * surname: a name HanLP cut into its characters.
   */
  private boolean nameRun(List<Token> out, int len) {
    List<Token> chars = out.subList(out.size() - len, out.size());
    boolean single = chars.stream().allMatch(c -> c.word().length() == 1 && !c.is("w"));
    boolean joined = chars.get(chars.size() - 1).start() + 1 - chars.get(0).start() == len;
    return single && joined && rules.in("surnames", chars.get(0).word());
  }

  /**
   * Whether {@code tok} is the 总 of a senior manager named by surname (余总要求…, 李总，你们…): HanLP cuts
   * it from the surname before it, written together, and no noun follows that would make it part of
   * a longer title (总经理, 总工程师); HanLP's nouns 要求 and 指示 are what the manager asks. After a numeral
   * the character is a measure word (一张总表), no surname.
   */
  private boolean bossTitle(List<Token> out, Token tok, Token next) {
    if (!tok.word().equals("总")
        || out.isEmpty()
        || next != null && next.is("n") && !rules.in("assigning-verbs", next.word())) {
      return false;
    }
    Token before = out.get(out.size() - 1);
    return before.word().length() == 1
        && before.start() + 1 == tok.start()
        && rules.in("surnames", before.word())
        && (out.size() == 1 || !out.get(out.size() - 2).is("m"));
  }

  /** Replaces the last {@code len} words by one word of their characters, tagged {@code pos}. */
  private static void joinLast(List<Token> out, int len, String pos) {
    List<Token> chars = out.subList(out.size() - len, out.size());
    StringBuilder name = new StringBuilder();
    chars.forEach(c -> name.append(c.word()));
    int start = chars.get(0).start();
    chars.clear();
    out.add(new Token(name.toString(), pos, start));
  }

  /**
   * Joins the one-character words before a modal, a joiner or a verb that gives a role into the
   * name they were cut from, without a title (邓/子/恢/应 → 邓子恢/应, 刘/邓/应 → 刘邓, 由/李/华/负责 → 李华, 王/刚/牵头):
   * as {@link #personName} does, but only where a name can stand, at a clause's start or after 由, 请
   * or a joiner, and never over a word that is no part of a name (那/就/要, 张/也/要).
   */
  private void bareName(List<Token> out) {
    int size = out.size();
    for (int len = Math.min(3, size); len >= 2; len--) {
      if (!nameRun(out, len)) {
        continue;
      }
      boolean nameChars = true;
      for (int i = size - len + 1; i < size; i++) {
        nameChars &= NOT_IN_NAMES.indexOf(out.get(i).word().charAt(0)) < 0;
      }
      Token before = size > len ? out.get(size - len - 1) : null;
      boolean canStand =
          before == null
              || before.is("w")
              || rules.in("joiners", before.word())
              || NAME_OPENERS.contains(before.word());
      if (nameChars && canStand) {
        joinLast(out, len, Coordination.JOINED_NAME);
        return;
      }
    }
  }

  /** Characters that are words of their own after a surname's character, not part of a name. */
  private static final String NOT_IN_NAMES = "就也还都才又再却便的了着过是在和与及不没而并且将把被让给对向从以为所之其这那你我他她它们要应须会能可该";

  /** Words after which a bare name can stand as the one who acts (由李华负责, 请王刚牵头). */
  private static final Set<String> NAME_OPENERS = Set.of("由", "请", "令", "着", "责成");

  /**
   * Whether a word may follow a name: a modal, a joiner, or a verb giving a lead or support role.
   */
  private boolean namesNext(String w) {
    return rules.in("modals", w)
        || rules.in("joiners", w)
        || rules.in("support-verbs", w)
        || rules.in("lead-verbs", w)
        || RECEIPT_OR_TIME.contains(w);
  }

  /**
   * Words a telegram puts between the commanders it addresses and their orders: receiving it
   * (周吴接此电后，应即…), a time (冯韩于五日内…) or the troops they lead (郑王率三个团…).
   */
  private static final Set<String> RECEIPT_OR_TIME = Set.of("接", "接到", "收到", "于", "率", "率领");

  /** Marks after which a one-character head ends a name in a list (国土所、派出所配合). */
  private static final Set<String> LIST_MARKS = Set.of("、", "，");

  /**
   * Whether 所 at {@code from - 1} is the particle: a verb right after it and a 的 before the clause
   * ends (群众所关心的问题).
   */
  private static boolean particleAhead(List<Token> tokens, int from) {
    if (from >= tokens.size() || !tokens.get(from).is("v")) {
      return false;
    }
    for (int i = from + 1; i < tokens.size() && !tokens.get(i).is("w"); i++) {
      if (tokens.get(i).word().equals("的")) {
        return true;
      }
    }
    return false;
  }

  /** A word that cannot end a phrase on its own: a bound root or a one-character noun (监, 保). */
  private static boolean boundRoot(Token t) {
    return t.pos().equals("vg") || t.pos().equals("ng") || t.is("n") && t.word().length() == 1;
  }

  /** How many words the unit has. */
  int size() {
    return t.size();
  }

  String w(int i) {
    return t.get(i).word();
  }

  String pos(int i) {
    return t.get(i).pos();
  }

  /** Where the word starts in the unit. */
  int start(int i) {
    return t.get(i).start();
  }

  /** Where the word ends in the unit. */
  int end(int i) {
    return t.get(i).end();
  }

  boolean modal(int i) {
    return rules.in("modals", w(i));
  }

  boolean pronoun(int i) {
    return rules.in("pronouns", w(i));
  }

  boolean punct(int i) {
    return pos(i).startsWith("w") || w(i).codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * Whether the word is a quotation mark or a title bracket (“, 》 …), which a phrase runs across.
   */
  boolean quote(int i) {
    return QUOTES.contains(w(i));
  }

  /**
   * Whether the words from {@code from} to {@code to} name a company's function that stands for the
   * people who do it ([acting-functions]: 财经, 稽查, 研发 …), whatever HanLP tags it: one word, or the
   * two HanLP cuts it into (人力/资源; a word for it would cut 人力资源部会 into 人力资源/部会).
   */
  boolean actingFunction(int from, int to) {
    return to - from == 1 && rules.in("acting-functions", w(from))
        || to - from == 2 && rules.in("acting-functions", w(from) + w(from + 1));
  }

  /**
   * Whether the word is a verb that does something: not a verbal noun, 是 or 有, a directional
   * complement (起来), a bound root, or a modal.
   */
  boolean actingVerb(int i) {
    String p = pos(i);
    return p.startsWith("v")
        && !p.equals("vn")
        && !p.equals("vshi")
        && !p.equals("vyou")
        && !p.equals("vf")
        && !p.equals("vg")
        && !modal(i);
  }

  boolean joiner(int i) {
    return rules.in("joiners", w(i)) && !pos(i).startsWith("v");
  }

  /** An adverb between a subject and its modal (都, 也, 一定), or a closing 等. */
  boolean trailingAdverb(int i) {
    String p = pos(i);
    return rules.in("trailing-adverbs", w(i))
        || p.startsWith("d")
        || p.equals("ad")
        || (w(i).equals("等") && p.startsWith("u"));
  }

  /** The words from {@code a} to {@code b}, joined. */
  String bare(int a, int b) {
    StringBuilder sb = new StringBuilder();
    for (int i = a; i < b; i++) {
      sb.append(w(i));
    }
    return sb.toString();
  }

  /** The length of {@code bare(a, b)}, without building it. */
  int bareLength(int a, int b) {
    int n = 0;
    for (int i = a; i < b; i++) {
      n += w(i).length();
    }
    return n;
  }

  /** The index of the last 的 from {@code a} to {@code b}, or -1. */
  int lastDe(int a, int b) {
    for (int i = b - 1; i >= a; i--) {
      if (w(i).equals("的")) {
        return i;
      }
    }
    return -1;
  }

  /** The index after a word of the section that the words from {@code s} spell, or {@code s}. */
  int endOfWordIn(int s, int to, String section) {
    if (s >= to) {
      return s;
    }
    // Only the words that start as the word at s does can be spelt from s.
    for (String lead : rules.longestFirst(section, w(s).charAt(0))) {
      StringBuilder sb = new StringBuilder();
      int j = s;
      while (j < to && sb.length() < lead.length()) {
        sb.append(w(j++));
      }
      if (sb.toString().equals(lead)) {
        return j;
      }
    }
    return s;
  }

  /** Support when the predicate (after modals and adverbs) is 配合, 协助, 参与 or 协同. */
  Role role(int from, int to) {
    int i = from;
    while (i < to && (modal(i) || pos(i).startsWith("d") || pos(i).equals("ad"))) {
      i++;
    }
    return i < to && rules.in("support-verbs", w(i)) ? Role.SUPPORT : Role.LEAD;
  }

  /** Whether the unit holds a past time word (今年以来, 去年). */
  boolean past() {
    return past;
  }

  /** The index of the unit's last aspect 了 or 过, or -1; found once (clauses ask it again). */
  int lastAspect() {
    if (lastAspect == UNKNOWN) {
      lastAspect = -1;
      for (int i = t.size() - 1; i >= 0; i--) {
        String w = w(i);
        if ((w.equals("了") || w.equals("过")) && pos(i).startsWith("u")) {
          lastAspect = i;
          break;
        }
      }
    }
    return lastAspect;
  }

  private static final int UNKNOWN = -2;
  private int lastAspect = UNKNOWN;
}
