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
import dev.luoshi.extract.owners.clauses.Clause.Style;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The owners of one unit, found over its words: bracketed remarks are set aside (owner tags among
 * them are read), the words are cut into clauses at {@code ，；：。}, each clause's start is cleared of
 * outline numbers, lead-ins and time phrases, and its subject is sought before a modal or (in
 * document style) before a verb; then 由X, 经X, 请X, 要求X, X会同Y and clauses that only list bodies add
 * theirs. Used by one thread for one unit.
 */
public final class ClauseOwners {
  private final OwnerRules rules;
  private final OwnerTags tags;
  private final String text;
  private final UnitWords words;
  private final List<Clause> clauses = new ArrayList<>();
  private final List<FoundOwner> found = new ArrayList<>();
  private final List<FoundOwner> weak = new ArrayList<>();
  private final NounPhrases phrases;
  private final ClauseSubjects subjects;

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
    ClauseStarts starts = new ClauseStarts(rules, words, timePhrases);
    this.phrases = new NounPhrases(rules, words, starts);
    this.subjects = new ClauseSubjects(rules, words, starts, phrases);
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
      subjects.inspect(c);
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
        int[] np = phrases.npAt(i + 1, c.to);
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
            nounsOnly &= phrases.extendsNp(k) && !words.joiner(k);
          }
          at = nounsOnly ? i : -1;
          break;
        }
      }
    }
    if (at < 0 || at + 1 >= c.to) {
      return false;
    }
    int[] np = phrases.npAt(at + 1, c.to);
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
      if (rules.in("joint-words", words.w(j))
          && phrases.npValid(from, e, true)
          && phrases.complete(from, e)) {
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
    int[] np = phrases.npAt(i + 1, to);
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
