package dev.luoshi.extract.owners.clauses;

import dev.luoshi.extract.owners.OwnerRules;
import dev.luoshi.extract.owners.OwnerRules.HeadKind;
import dev.luoshi.plan.Role;
import java.util.function.Predicate;

/**
 * The owners a clause names besides its subject: the X of 请X, 要求X … (who is then asked to act, not
 * the clause's subject), and the agents a word marks: 由X负责, 交由X组织 and 经X审查 (no owner when the verb
 * only fills a post or records an approval), 通过X对…进行…, 让X去… (not the public), 使X向…, 包括X做…, the Y of
 * X会同Y and of 要和Y一起 (support).
 */
final class OtherAgents {
  private final OwnerRules rules;
  private final UnitWords words;
  private final NounPhrases phrases;
  private final OwnerNames names;

  /** The agents over the unit's words, added to {@code names}. */
  OtherAgents(OwnerRules rules, UnitWords words, NounPhrases phrases, OwnerNames names) {
    this.rules = rules;
    this.words = words;
    this.phrases = phrases;
    this.names = names;
  }

  /** 要求X…, 请X…, 责成X…, 决定X…: X is the owner and the clause's own subject is not. */
  boolean assigning(Clause c) {
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
    if (np == null) {
      np = concerning(at + 1, c.to);
    }
    if (np == null
        || (np[1] >= c.to && !words.w(at).equals("请") && !rules.in("order-words", words.w(at)))) {
      return false;
    }
    names.add(np, words.role(np[1], c.to));
    return true;
  }

  /**
   * 请X就Y…, 要求X就Y…: the body right before a 就 that opens what the request is about (就此事, 就本案所提建议);
   * elsewhere 就 is an adverb of the narrative (X就是…), which ends no subject.
   */
  private int[] concerning(int from, int to) {
    for (int j = from + 1; j + 1 < to; j++) {
      if (words.w(j).equals("就")
          && nominal(words.pos(j + 1))
          && phrases.npValid(from, j, true)
          && phrases.complete(from, j)) {
        return new int[] {from, j};
      }
    }
    return null;
  }

  /** A part of speech that can open a noun phrase (此事, 专项资金, 三个问题, 本案). */
  private static boolean nominal(String pos) {
    return pos.startsWith("n")
        || pos.startsWith("r")
        || pos.startsWith("b")
        || pos.startsWith("m")
        || pos.equals("vn");
  }

  /**
   * Adds the agents that a word marks in the clause: 由X负责, 经X审查, 通过X对…, 让X去…, X会同Y, X联合Y, 要和Y一起….
   */
  void addMarked(Clause c) {
    int s = c.start;
    for (int i = s; i < c.to; i++) {
      if (words.w(i).equals("由") && words.pos(i).startsWith("p")
          || rules.in("hand-over-words", words.w(i))) {
        if (i == s || !rules.in("permits", words.w(i - 1))) {
          agentAfter(i, c.to, "filler-verbs"); // not 可以由X…: a permission directs no one
        }
      } else if (words.w(i).equals("经") && words.pos(i).startsWith("p") && onlyAdverbs(s, i)) {
        agentAfter(i, c.to, "approval-verbs");
      } else if (words.w(i).equals("通过") && words.pos(i).startsWith("p")) {
        throughAgent(i, c.to);
      } else if (words.w(i).equals("包括") && i == s) {
        includedAgent(i, c.to);
      } else if (words.w(i).equals("使") && words.pos(i).startsWith("v")) {
        directedAgent(i, c.to);
      } else if (words.w(i).equals("让") && words.pos(i).startsWith("v")) {
        sentAgent(i, c.to);
      } else if (words.w(i).equals("会同") && (i > s || s > 0)) {
        // X会同Y, and 由X牵头，会同Y…: a clause of its own after the lead's
        int[] np = phrases.npAt(i + 1, c.to);
        if (np != null) {
          names.add(np, Role.SUPPORT);
        }
      } else if ((i > s || s > 0) && words.w(i).equals("联合")) {
        // X联合Y开展…: Y works with X, which leads, as after 会同; and X要牵头，联合Y、Z，…
        int[] np = i > s ? jointBody(s, i, c.to) : jointClause(i, c.to);
        if (np != null) {
          names.add(np, Role.SUPPORT);
        }
      } else if (rules.in("partner-joiners", words.w(i)) && i > s && afterModal(i)) {
        partner(i + 1, c.to);
      }
    }
  }

  /**
   * The body that the verb 联合 at {@code i} joins to the clause's subject, with a verb of its own
   * after it (县教育局联合县卫健委开展…), or null: not a name 联合 is part of (治理工作联合办公室), a relative clause, a
   * verb alone (联合执法) or bodies acted upon (鼓励X联合Y…).
   */
  private int[] jointBody(int s, int i, int to) {
    if (!words.pos(i).equals("v") && !words.pos(i).equals("vd")) {
      return null;
    }
    // after the subject or its modal or adverb (县教育局联合…, 县教育局要联合…), not inside a name (治理工作联合办公室)
    if (!phrases.complete(s, i) && !words.modal(i - 1) && !words.pos(i - 1).startsWith("d")) {
      return null;
    }
    for (int k = s; k < i; k++) {
      if (rules.in("acted-upon", words.w(k))) {
        return null; // 鼓励X联合Y…: both are acted upon
      }
    }
    int[] np = phrases.npAt(i + 1, to);
    if (np == null
        || np[1] >= to
        || !phrases.complete(np[0], np[1])
        || words.lastDe(np[0], np[1]) >= 0) {
      return null;
    }
    return words.pos(np[1]).equals("v") ? np : null;
  }

  /**
   * The bodies that 联合 opening a clause after the lead's joins to it (镇安监站要牵头，联合镇派出所、镇市场监管所， 开展…):
   * they make up the whole clause, or a verb of their own follows them; or null.
   */
  private int[] jointClause(int i, int to) {
    if (!words.pos(i).equals("v") && !words.pos(i).equals("vd")) {
      return null;
    }
    int[] np = phrases.npAt(i + 1, to);
    if (np == null || !phrases.complete(np[0], np[1]) || words.lastDe(np[0], np[1]) >= 0) {
      return null;
    }
    return np[1] >= to || words.pos(np[1]).equals("v") ? np : null;
  }

  /**
   * The body that proposed what the clause approves (会议原则同意县住建局提出的方案; [approval-verbs], then X and
   * a verb of [proposal-verbs] before 的, or X before 关于: 同意县财政局关于…的意见), or null: the minutes
   * approve a draft, and the clauses after it (会后修改完善后报…) are the proposer's to do.
   */
  int[] proposerOfApproved(Clause c) {
    for (int i = c.start; i < c.to; i++) {
      if (!rules.in("approval-verbs", words.w(i)) || !words.pos(i).startsWith("v")) {
        continue;
      }
      for (int j = i + 2; j + 1 < c.to; j++) {
        if (rules.in("proposal-verbs", words.w(j)) && words.w(j + 1).equals("的")) {
          int[] np = phrases.npAt(i + 1, j + 1);
          return np != null && np[1] == j ? np : null;
        }
        if (words.w(j).equals("关于") && words.pos(j).startsWith("p")) {
          // 会议原则同意县财政局关于…的意见: the body whose opinion on the matter was approved
          return j > i + 1 && phrases.npValid(i + 1, j, false) && phrases.complete(i + 1, j)
              ? new int[] {i + 1, j}
              : null;
        }
      }
      return null;
    }
    return null;
  }

  /**
   * 通过X对Y进行培训: X does the work on Y. Without 对 X is often only the means (通过政府购买服务, 通过网站公开), so no
   * owner then.
   */
  private void throughAgent(int i, int to) {
    agentIf(i, to, np -> words.w(np[1]).equals("对"));
  }

  /**
   * …，包括X做好…: a clause that opens with 包括 and names a body or person right before a verb gives X a
   * part of the work; 包括 before things only (包括财政资金在内的…) names no one.
   */
  private void includedAgent(int i, int to) {
    agentIf(i, to, np -> words.pos(np[1]).startsWith("v") && !words.pos(np[1]).equals("vn"));
  }

  /**
   * 使X向…进攻, 使X向…发展: X is sent on toward something and acts; 使 before anything else mostly brings a
   * state about (使党政军打成一片, 使中央有可能…), no owner then.
   */
  private void directedAgent(int i, int to) {
    agentIf(i, to, np -> words.w(np[1]).equals("向"));
  }

  /**
   * 让X去V, 让X来V: X is sent to do V; 让 without 去/来 mostly lets a thing happen (让成果惠及…), and the
   * public is only let act (让群众来评判), so neither gives an owner.
   */
  private void sentAgent(int i, int to) {
    agentIf(
        i,
        to,
        np ->
            np[1] + 1 < to
                && (words.w(np[1]).equals("去") || words.w(np[1]).equals("来"))
                && words.pos(np[1] + 1).startsWith("v")
                && rules.headKind(words.bare(np[0], np[1])) != HeadKind.PUBLIC);
  }

  /**
   * Names the owner phrase right after the marker word at {@code i} when something follows it in
   * the clause and {@code acts} reads the phrase as the one who acts.
   */
  private void agentIf(int i, int to, Predicate<int[]> acts) {
    int[] np = agentAt(i + 1, to);
    if (np != null && np[1] < to && acts.test(np)) {
      names.add(np, Role.LEAD);
    }
  }

  /**
   * The owner phrase at {@code a}, or a company's function there with a verb right after it (由财经牵头,
   * 让研发来做): the function names the people who do it, as it does before a modal.
   */
  private int[] agentAt(int a, int to) {
    int[] np = phrases.npAt(a, to);
    if (np != null) {
      return np;
    }
    for (int end = a + 1; end <= Math.min(a + 2, to - 1); end++) {
      if (words.actingFunction(a, end) && words.pos(end).startsWith("v")) {
        return new int[] {a, end};
      }
    }
    return null;
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
    int[] np = phrases.jointPartner(from, to);
    if (np != null) {
      names.add(np, Role.SUPPORT);
    }
  }

  /** Whether the words from {@code s} to {@code i} are all adverbs or conjunctions. */
  private boolean onlyAdverbs(int s, int i) {
    for (int k = s; k < i; k++) {
      if (!words.pos(k).startsWith("d") && !words.pos(k).startsWith("c")) {
        return false;
      }
    }
    return true;
  }

  /**
   * 由X负责, 经X审查: X is an owner unless the verb only fills a post or records an approval, or a verb
   * of change makes 由 "from" (由X向Y转变). Adverbs and a distinguishing word may stand between X and
   * its verb (由公司总支付); a verb HanLP read as a noun may end the clause (交由省里组织).
   */
  private void agentAfter(int i, int to, String excludedVerbs) {
    int[] np = agentAt(i + 1, to);
    if (np == null) {
      np = beforeAdverbs(i + 1, to);
    }
    if (np == null) {
      np = namedWithVerbs(i + 1, to);
    }
    if (np == null) {
      np = eachOf(i + 1, to);
    }
    if (np == null) {
      return;
    }
    for (int v = np[1]; v < to; v++) {
      if (rules.in("change-verbs", words.w(v))) {
        return;
      }
    }
    for (int v = np[1]; v < to; v++) {
      if (words.pos(v).startsWith("v") || v == to - 1 && adverbialsBetween(np[1], v)) {
        if (!rules.in(excludedVerbs, words.w(v))) {
          names.add(np, rules.in("support-verbs", words.w(v)) ? Role.SUPPORT : Role.LEAD);
          partnerAfter(v, to);
        }
        return;
      }
    }
  }

  /**
   * 由X牵头、Y配合: after the lead's verb a 、 and a body with a role verb of its own give that body its
   * part in the same clause.
   */
  private void partnerAfter(int v, int to) {
    if (!rules.in("lead-verbs", words.w(v)) || v + 2 >= to || !words.w(v + 1).equals("、")) {
      return;
    }
    int[] np = phrases.npAt(v + 2, to);
    if (np == null || np[1] >= to) {
      return;
    }
    String verb = words.w(np[1]);
    if (rules.in("support-verbs", verb)) {
      names.add(np, Role.SUPPORT);
    } else if (rules.in("lead-verbs", verb)) {
      names.add(np, Role.LEAD);
    }
  }

  /**
   * The shortest agent phrase from {@code a} that adverbs or distinguishing words (总, 全部, 统一)
   * separate from a verb, which {@link NounPhrases#npAt} does not take as a predicate's start; the
   * verb may be one HanLP read as a noun when it ends the clause (由各门店自己审批).
   */
  private int[] beforeAdverbs(int a, int to) {
    for (int j = a + 1; j < to; j++) {
      if (phrases.npValid(a, j, true) && phrases.complete(a, j)) {
        int k = j;
        while (k < to && adverbial(k)) {
          k++;
        }
        if (k > j
            && k < to
            && words.pos(k).startsWith("v")
            && (!words.pos(k).equals("vn") || k == to - 1)) {
          return new int[] {a, j};
        }
      }
      if (!phrases.extendsNp(j)) {
        return null;
      }
    }
    return null;
  }

  /**
   * A short name that HanLP cut into verbs and nouns but that ends in a head of people or bodies
   * right before a verb (由项目部指定人员汇总, 由销/服/体系指定/人员…): no 的, no function word inside.
   */
  private int[] namedWithVerbs(int a, int to) {
    for (int j = a + 2; j < Math.min(to, a + 7); j++) {
      String p = words.pos(j - 1);
      if (p.startsWith("w") || p.startsWith("u") || p.startsWith("p") || p.startsWith("d")) {
        return null;
      }
      HeadKind kind = rules.headKind(words.bare(a, j));
      if ((kind == HeadKind.PERSON || kind == HeadKind.UNIT)
          && p.startsWith("n")
          && words.pos(j).startsWith("v")
          && !words.pos(j).equals("vn")
          && !words.modal(j)) {
        return new int[] {a, j};
      }
    }
    return null;
  }

  /**
   * 各 and one noun that no list knows as a body (由各门店自己审批, 由各车间负责): 各 spreads the work over the
   * members of what it names, as it does before a modal (各门店要…).
   */
  private int[] eachOf(int a, int to) {
    if (a + 2 < to
        && words.w(a).equals("各")
        && words.pos(a).startsWith("r")
        && words.pos(a + 1).startsWith("n")) {
      return new int[] {a, a + 2};
    }
    return null;
  }

  /**
   * Whether only adverbials stand from {@code from} to {@code v}: the clause's last word, a verb
   * that HanLP read as a noun, may follow them (由中央财政和地方财政共同负担).
   */
  private boolean adverbialsBetween(int from, int v) {
    for (int k = from; k < v; k++) {
      if (!adverbial(k)) {
        return false;
      }
    }
    return true;
  }

  /** An adverb, a distinguishing word or an adverbial such as 全部 before a verb. */
  private boolean adverbial(int k) {
    String p = words.pos(k);
    return p.startsWith("d")
        || p.equals("ad")
        || p.equals("b")
        || rules.in("adverbial-words", words.w(k));
  }
}
