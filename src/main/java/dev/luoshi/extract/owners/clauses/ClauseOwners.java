package dev.luoshi.extract.owners.clauses;

import dev.luoshi.analysis.Token;
import dev.luoshi.extract.deadlines.DeadlineMatch;
import dev.luoshi.extract.owners.FoundOwner;
import dev.luoshi.extract.owners.OwnerRules;
import dev.luoshi.extract.owners.OwnerRules.HeadKind;
import dev.luoshi.extract.owners.OwnerTags;
import dev.luoshi.extract.owners.clauses.Clause.Style;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The owners of one unit, read clause by clause; the one entry of this package. Bracketed remarks
 * are set aside (owner tags among them are read), the words are cut into clauses at {@code ，；：。},
 * and each clause's start is cleared and its subject sought ({@link ClauseSubjects}). This class
 * then decides which of them own the directive (a document-style subject after a clause with a
 * modal only with a lead or support verb, or taking a thing in hand with 把/将; a clause that only
 * lists bodies when the next goes on without a subject of its own) and adds the agents named
 * besides ({@link OtherAgents}). With no owner found, a subject in a clause of time is taken, else
 * a copula's subject (X是…，要…). Used by one thread for one unit.
 */
public final class ClauseOwners {
  private final OwnerRules rules;
  private final UnitWords words;
  private final List<Clause> clauses = new ArrayList<>();
  private final ClauseStarts starts;
  private final NounPhrases phrases;
  private final ClauseSubjects subjects;
  private final OwnerNames names;
  private final OtherAgents agents;

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
    List<FoundOwner> tagged = new ArrayList<>();
    boolean[] hidden = new boolean[text.length()];
    for (int i = 0; i < text.length(); i++) {
      if (OwnerTags.OPEN.indexOf(text.charAt(i)) < 0) {
        continue;
      }
      int close = OwnerTags.matchingClose(text, i);
      if (close < 0) {
        continue;
      }
      tagged.addAll(tags.parse(text.substring(i + 1, close), i + 1));
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
    // A paragraph break inside the unit (a run-on text's, marked by the normaliser: 二、征粮的办法 then
    // （一）各地委须…) ends a clause, as the line break it stands for would end the unit. Most units
    // hold none: one search of the text finds that.
    int paragraphBreak = text.indexOf('\n');
    for (Token tok : tokens) {
      int at = tok.start();
      if (at >= 0 && at < text.length() && !hidden[at] && !tok.word().isBlank()) {
        if (paragraphBreak >= 0 && paragraphBreak < at) {
          if (!visible.isEmpty()) {
            visible.add(new Token("。", "w", paragraphBreak));
          }
          paragraphBreak = text.indexOf('\n', at);
        }
        visible.add(tok);
      }
    }
    this.words = new UnitWords(rules, visible);
    this.starts = new ClauseStarts(rules, words, timePhrases);
    this.phrases = new NounPhrases(rules, words, starts);
    this.subjects = new ClauseSubjects(rules, words, starts, phrases);
    this.names = new OwnerNames(rules, tags, text, words);
    names.addAll(tagged);
    this.agents = new OtherAgents(rules, words, phrases, names);
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

  /** Whether a clause picked out with 凡 those the work is done to ({@link #everyOneActedUpon}). */
  private boolean actedUpon;

  /** The owners of the unit in text order, each name once. */
  private List<Owner> owners() {
    for (Clause c : clauses) {
      subjects.inspect(c);
    }
    List<Clause> deciders = new ArrayList<>();
    for (int k = 0; k < clauses.size(); k++) {
      Clause c = clauses.get(k);
      if (says(k)) {
        continue; // the speaker's name only introduces what is said
      } else if (decides(k)) {
        deciders.add(c);
      } else {
        apply(k);
      }
    }
    if (names.isEmpty() && actedUpon) {
      return names.owners(); // no one else is named: the readers are meant
    }
    if (names.isEmpty() && !deciders.isEmpty()) {
      // nobody else is named: the body that decided carries its decision out (公司决定，从下月起…)
      for (Clause c : deciders) {
        names.add(c.subject, Role.LEAD);
      }
    }
    if (names.isEmpty() && clauses.size() > 1) {
      // 会议原则同意X提出的方案，会后修改完善后报…: who proposed what was approved takes it on
      int[] proposer = agents.proposerOfApproved(clauses.get(0));
      if (proposer != null) {
        names.add(proposer, Role.LEAD);
      }
    }
    if (names.isEmpty()) {
      names.useWeak();
    } else {
      castCopulas();
    }
    if (names.isEmpty()) {
      copulaSubject();
    }
    if (names.isEmpty()) {
      conditionSubject();
    }
    return names.owners();
  }

  /**
   * Adds the owners that clause {@code k} gives: its subject (unless it asks another to act), the
   * agents it names besides, and the bodies it lists.
   */
  private void apply(int k) {
    Clause c = clauses.get(k);
    int s = c.start;
    if (s >= c.to || c.subordinate) {
      return;
    }
    boolean assigned = agents.assigning(c);
    if (everyOneActedUpon(k)) {
      actedUpon = true;
      agents.addMarked(c);
      return; // 凡俘虏的敌军官兵，均应优待: those picked out are treated so, they do nothing
    }
    if (c.subject != null && !assigned) {
      String verb = words.w(c.predicate);
      boolean allowed =
          (c.style != Style.DOC
                  || !modalBefore(k)
                  || rules.in("lead-verbs", verb)
                  || rules.in("support-verbs", verb)
                  || disposes(c)
                  || timedAct(c))
              && !(c.style == Style.DOC && k > 0 && rules.in("permits", verb))
              && !(c.style == Style.DOC && rules.in("some-starts", words.w(c.subject[0])));
      if (allowed) {
        int before = names.size();
        names.add(c.subject, words.role(c.predicate, c.to));
        if (c.focus != null) {
          names.add(c.focus, words.role(c.predicate, c.to));
        }
        if (c.weak) {
          names.weakenSince(before);
        }
      }
    }
    agents.addMarked(c);
    if (c.list && listAccepted(k)) {
      names.add(new int[] {s, c.listEnd}, Role.LEAD);
      if (c.focus != null) {
        names.add(c.focus, Role.LEAD);
      }
    }
  }

  /**
   * Whether clause {@code k} picks out whom a rule is for with 凡 (凡X，均应…; 凡是X都要…) and the verb
   * after the modal takes no object (均应优待, 都要点一下, 均应一律改正): X is what the work is done to, as after
   * 对. With an object (凡有劳动能力的人，都应参加生产) X acts.
   */
  private boolean everyOneActedUpon(int k) {
    Clause c = clauses.get(k);
    if (c.from >= c.to || !EVERY.contains(words.w(c.from))) {
      return false;
    }
    for (int j = k; j <= k + 1 && j < clauses.size(); j++) {
      Clause mc = clauses.get(j);
      for (int m = mc.from; m < mc.to; m++) {
        if (!words.modal(m)) {
          continue;
        }
        int v = m + 1;
        while (v < mc.to && words.trailingAdverb(v)) {
          v++;
        }
        int after = v + 1;
        while (after < mc.to && NO_OBJECT.contains(words.w(after))) {
          after++;
        }
        return v < mc.to && after == mc.to;
      }
    }
    return false;
  }

  private static final Set<String> EVERY = Set.of("凡", "凡是");

  /** Words after a verb that leave it without an object: a short try, a direction, a result. */
  private static final Set<String> NO_OBJECT =
      Set.of("一下", "一番", "起来", "出来", "下来", "出去", "到位", "好");

  /**
   * Whether clause {@code k} only says who decided or asked what the clauses after it say (县委决定，
   * 由县纪委…; 市政府要求，各区要…): its subject owns the work only when those clauses name nobody.
   */
  private boolean decides(int k) {
    Clause c = clauses.get(k);
    return k + 1 < clauses.size()
        && c.subject != null
        && !c.subordinate
        && c.predicate >= c.to - 2
        && rules.in("decision-verbs", words.w(c.to - 1)); // 决定, or 研究/决定
  }

  /**
   * Whether clause {@code k} only says who speaks, ending with the verb of saying (总理作出批示指出，有关部门要…;
   * 县长在讲话中强调，…): what follows is what they said, and they own none of it.
   */
  private boolean says(int k) {
    Clause c = clauses.get(k);
    if (speakerLabel(k)) {
      return true;
    }
    return k + 1 < clauses.size()
        && c.subject != null
        && !c.subordinate
        && !c.hasModal // 各单位要在…前完成节前廉洁提醒: a directive whose object ends in a verb of saying
        && rules.in("speech-verbs", words.w(c.to - 1));
  }

  /**
   * Whether clause {@code k} is the speaker's label of a line of minutes (赵副市长：住建局要…; 城管局刘局长：…):
   * one person named by a title, alone before a colon that opens the unit. The speaker gives the
   * order; the bodies after the colon take it. Bodies (各中央局：…) and groups (各位局长：) head a telegram
   * or a letter and are left to the list rule.
   */
  private boolean speakerLabel(int k) {
    Clause c = clauses.get(k);
    if (k != 0 || clauses.size() < 2 || c.from != 0 || c.to >= words.size()) {
      return false;
    }
    String colon = words.w(c.to);
    if (!colon.equals("：") && !colon.equals(":")) {
      return false;
    }
    String label = words.bare(c.from, c.to);
    if (label.length() > 12
        || label.endsWith("们")
        || label.startsWith("各")
        || rules.in("quantity-starts", words.w(c.from))) {
      return false;
    }
    for (int i = c.from; i < c.to; i++) {
      if (words.joiner(i) || words.w(i).equals("、")) {
        return false;
      }
    }
    return rules.headKind(label) == HeadKind.PERSON;
  }

  /**
   * Whether a body or person of the clause takes a thing in hand with 把 or 将 (…要统一，年底前，项目组把平台打通):
   * after a modal clause that names the work, who is to do it and with what.
   */
  private boolean disposes(Clause c) {
    return rules.in("disposal-markers", words.w(c.predicate)) && bodyOrRole(c.subject);
  }

  /**
   * Whether a clause with no modal gives its subject, a body or people in a role, a time or a
   * recurrence before its verb, perhaps after 在 or 于 (…，县级领导每季度至少开展一次…; …，人力资源部年底前把…;
   * …，人力资源部在下周三前把…): that body's own scheduled part of the work, after an earlier clause's modal.
   */
  private boolean timedAct(Clause c) {
    int i = c.predicate;
    if (i >= c.to || !bodyOrRole(c.subject)) {
      return false;
    }
    return words.pos(i).equals("t")
        || words.w(i).startsWith("每")
        || rules.in("time-prepositions", words.w(i)) && starts.timeStart(i + 1, c.to);
  }

  /** Whether a clause before clause {@code k} holds a modal. */
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
   * subject of its own and goes on with a modal, a distributive adverb (均, 都) or a preposition, or
   * when that clause opens with one more body before its modal: the bodies of a list cut by commas
   * (各中央局、分局，各区党委，各省委应…).
   */
  private boolean listAccepted(int k) {
    for (int i = k + 1; i < clauses.size(); i++) {
      Clause c = clauses.get(i);
      if (c.list || timeFrame(c)) {
        continue; // 各级干部，在春节期间，一律不准…: a time between the bodies and what they are to do
      }
      if (clauses.get(k).topic) {
        if (c.pronoun && rules.in("vocatives", words.w(c.from))) {
          return true; // 质量部门呢，你们回去要…: the bodies set up as the topic are the ones addressed
        }
        return c.subject == null && !c.pronoun && (c.startsWithModal || opensWithVerb(c));
      }
      if (c.subject == null
          && !c.pronoun
          && c.start > c.from
          && starts.inTimePhrase(c.from)
          && opensWithVerb(c)) {
        return true; // 各野战军及各军区，自即日起实行…: a time, then what the bodies are to do
      }
      if (c.subject != null
          && !c.pronoun
          && c.style == Style.MODAL
          && c.subject[0] == c.from
          && bodyOrRole(c.subject)) {
        // 做得好的银行，市里要给予表彰: bodies picked out by what they did are whom the body after
        // them acts on, not more of a list
        return !pickedOut(clauses.get(k));
      }
      if (c.pronoun || c.subject != null || c.start >= c.to) {
        return false;
      }
      String w = words.w(c.start);
      if (w.equals("由")) {
        // bodies picked out by what they are or did (缺种严重的地区，由各中央局统筹调剂) are whom the
        // body after 由 acts for, not the ones given the work
        return !pickedOut(clauses.get(k));
      }
      return c.startsWithModal
          || rules.in("distributives", w)
          || (words.pos(c.start).startsWith("p") && !rules.in("passive-prepositions", w));
    }
    return false;
  }

  /**
   * Whether a clause with no modal and no subject only says when (在春节期间, 到年底, 在入城后的头一个月内): all of
   * it a time phrase, or a time preposition and a word that ends a time.
   */
  private boolean timeFrame(Clause c) {
    if (c.subject != null || c.hasModal || c.from >= c.to) {
      return false;
    }
    return c.start >= c.to && c.start > c.from
        || c.to - c.from > 1
            && rules.in("time-prepositions", words.w(c.from))
            && (rules.in("temporal-ends", words.w(c.to - 1))
                || TIME_SPAN_ENDS.contains(words.w(c.to - 1)));
  }

  /** Words that end a span of time (一个月内, 三年以内). */
  private static final Set<String> TIME_SPAN_ENDS = Set.of("内", "以内", "之内");

  /**
   * Whether the clause opens with a verb that has no subject, after a manner adverb at most (机关方面，
   * 重新订立公约…): the side the topic before it named does what it says.
   */
  private boolean opensWithVerb(Clause c) {
    int i = c.start;
    if (i + 1 < c.to && words.pos(i).startsWith("d")) {
      i++;
    }
    return i < c.to && words.actingVerb(i);
  }

  /**
   * In a unit that directs others, "X是第一责任人", "X作为牵头单位": a body or person cast in a part that
   * answers for the work owns it beside them.
   */
  private void castCopulas() {
    for (Clause c : clauses) {
      if (c.copula != null
          && !c.subordinate
          && cast(c)
          && (unit(c.copula) || distributiveOrPerson(c.copula))) {
        names.add(c.copula, Role.LEAD);
      }
    }
  }

  /** "X是…，必须…": with no other owner, the copula's subject owns the directive after it. */
  private void copulaSubject() {
    for (int k = 0; k < clauses.size(); k++) {
      Clause c = clauses.get(k);
      boolean people = c.copula != null && publicGroup(c.copula);
      if (c.copula == null
          || !distributiveOrPerson(c.copula)
              && !((unit(c.copula) || words.actingFunction(c.copula[0], c.copula[1])) && cast(c))
              && !people) {
        continue;
      }
      for (int j = k + 1; j < clauses.size(); j++) {
        Clause d = clauses.get(j);
        if (d.startsWithModal && !refersBack(d) && !(people && names(d, c.copula))) {
          names.add(c.copula, Role.LEAD);
          return;
        }
      }
    }
  }

  /**
   * "X…的，应…", "X如…，须…": with no other owner, the people or body that a condition describes (those
   * of them who lack…, it if it changes…) own the directive of the clause after it, which opens
   * with its modal.
   */
  private void conditionSubject() {
    for (int k = 0; k + 1 < clauses.size(); k++) {
      Clause c = clauses.get(k);
      Clause next = clauses.get(k + 1);
      if (c.subordinate || c.pronoun || c.start >= c.to || !next.startsWithModal) {
        continue;
      }
      boolean relative = words.w(c.to - 1).equals("的");
      for (int j = c.start + 1; j < c.to - 1; j++) {
        boolean condition = rules.in("condition-markers", words.w(j));
        if (!condition && !(relative && verb(j)) || modifying(j)) {
          continue;
        }
        if (phrases.npValid(c.start, j, true)
            && phrases.complete(c.start, j)
            && !rules.thingLike(words.w(j - 1))) {
          names.add(new int[] {c.start, j}, Role.LEAD);
          return;
        }
        break;
      }
    }
  }

  /** A verb that modifies the noun after it (主办 in 宣传平台主办单位), inside the phrase. */
  private boolean modifying(int i) {
    return rules.in("modifier-verbs", words.w(i))
        && i + 1 < words.size()
        && words.pos(i + 1).startsWith("n");
  }

  private boolean verb(int i) {
    String p = words.pos(i);
    return p.startsWith("v") && !p.equals("vn") && !words.modal(i);
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

  /** 广大青年, 工人阶级和广大劳动群众: members of the public, whom a speech may address (X是…，要…). */
  private boolean publicGroup(int[] np) {
    return rules.headKind(words.bare(np[0], np[1])) == HeadKind.PUBLIC;
  }

  /**
   * Whether the clause names the group's head again (人民群众是…，要紧紧依靠人民群众): then the group is what the
   * directive acts upon, not who acts.
   */
  private boolean names(Clause d, int[] np) {
    String head = rules.headWord(words.bare(np[0], np[1]));
    return head != null && words.bare(d.from, d.to).contains(head);
  }

  /**
   * A phrase that opens with a verb taking the rest as its object (关爱员工), unless it names (驻村干部).
   */
  private boolean activity(int[] np) {
    String p = words.pos(np[0]);
    return np[1] - np[0] > 1
        && p.startsWith("v")
        && !rules.in("modifier-verbs", words.w(np[0]))
        && words.lastDe(np[0], np[1]) < 0;
  }

  /** 各中央局和分局, 每个支部, 乡镇党委书记: a subject that a copula may hand its directive to. */
  private boolean distributiveOrPerson(int[] np) {
    String b = words.bare(np[0], np[1]);
    if (activity(np)) {
      return false; // 关爱员工是…: caring for the staff, not the staff
    }
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

  /**
   * Whether a listing clause picks its bodies out by a verb in a 的-modifier (做得好的银行), or by how
   * they did in something (考核优秀的, 整改不力的: HanLP's verbal noun and an adjective).
   */
  private boolean pickedOut(Clause c) {
    boolean verb = false;
    for (int i = c.start; i < c.listEnd; i++) {
      String p = words.pos(i);
      if (words.w(i).equals("的") && verb) {
        return true;
      }
      verb |=
          p.startsWith("v") && !p.equals("vn")
              || p.equals("vn")
                  && i + 1 < c.listEnd
                  && (words.pos(i + 1).startsWith("a") || words.pos(i + 1).startsWith("d"));
    }
    return false;
  }

  /** 县委, 各省委, 县长: a body or people in a role. */
  private boolean bodyOrRole(int[] np) {
    HeadKind kind = rules.headKind(words.bare(np[0], np[1]));
    return kind == HeadKind.UNIT || kind == HeadKind.PERSON || kind == HeadKind.BARE;
  }

  /** 政府, 县教育局: a body that a copula may hand its directive to (政府是…，要…). */
  private boolean unit(int[] np) {
    return rules.headKind(words.bare(np[0], np[1])) == HeadKind.UNIT;
  }
}
