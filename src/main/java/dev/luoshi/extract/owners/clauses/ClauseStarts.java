package dev.luoshi.extract.owners.clauses;

import dev.luoshi.extract.deadlines.DeadlineMatch;
import dev.luoshi.extract.owners.OwnerRules;
import dev.luoshi.outline.Numerals;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a clause may open with before its subject, to be stepped over: punctuation, outline numbers,
 * lead-in words and time phrases (those the deadline finder found in the unit and those the words
 * spell).
 */
final class ClauseStarts {
  private final OwnerRules rules;
  private final UnitWords words;
  private final List<DeadlineMatch> times;

  /**
   * The starts of the unit's clauses.
   *
   * @param times the unit's time phrases (found with no meeting date)
   */
  ClauseStarts(OwnerRules rules, UnitWords words, List<DeadlineMatch> times) {
    this.rules = rules;
    this.words = words;
    this.times = times;
  }

  /**
   * The index of the clause's first word after what may come before its subject: punctuation,
   * outline numbers (一、, 1., 二是), lead-ins (同时, 因此) and time phrases, in any order and number.
   */
  int strip(int s, int to) {
    while (s < to) {
      int next;
      if (words.punct(s)) {
        next = s + 1;
      } else if (s + 1 < to
          && words.pos(s).startsWith("m")
          && rules.in("marker-ends", words.w(s + 1))) {
        next = s + 2;
      } else if (s == 0 && s + 1 < to && stem(words.w(s)) && words.w(s + 1).equals("、")) {
        next = s + 2; // 甲、各县…: an older document's part numbered by a heavenly stem
      } else if (s + 1 < to && sectionNumber(s)) {
        next = s + 1; // 3.1 县气象局应…: a plan's section number, a space after it
      } else if (s + 2 < to && words.pronoun(s) && words.w(s + 1).equals("的")) {
        next = s + 2; // 我们的干部要…: the speaker's own people act, named by what follows
      } else {
        next = Math.max(Math.max(leadIn(s, to), timeEnd(s, to)), orderedText(s, to));
      }
      if (next == s) {
        return s;
      }
      s = next;
    }
    return s;
  }

  /** Whether the word is one heavenly stem (甲, 乙 …), which numbers the parts of older documents. */
  private static boolean stem(String w) {
    return w.length() == 1 && Numerals.STEMS.indexOf(w.charAt(0)) >= 0;
  }

  /**
   * Whether the word at {@code s} is a decimal section number (3.1, 2.1.4) with a space between it
   * and the next word, as a plan numbers its clauses; not a figure (3.1万名干部), which runs on.
   */
  private boolean sectionNumber(int s) {
    String w = words.w(s);
    return words.pos(s).startsWith("m")
        && SECTION_NUMBER.matcher(w).matches()
        && words.start(s + 1) > words.end(s);
  }

  private static final Pattern SECTION_NUMBER = Pattern.compile("\\d{1,2}(?:[.．]\\d{1,2}){1,2}");

  /** Most characters of a demonstrative and the text it names before an order word (此指示望…). */
  private static final int ORDERED_TEXT_CHARS = 5;

  /**
   * The index after a demonstrative that names the text or the matter ([order-subjects]: 此, 本) and
   * the telegram's order word after it ([order-words]: 此指示望各地…, 本通知希各县…), or {@code s}: the text is
   * what is ordered, the body after the order word acts.
   */
  private int orderedText(int s, int to) {
    if (!rules.in("order-subjects", words.w(s).substring(0, 1))) {
      return s;
    }
    for (int j = s + 1; j < to && j <= s + 3; j++) {
      if (words.punct(j)) {
        return s;
      }
      if (rules.in("order-words", words.w(j))) {
        return words.bare(s, j).length() <= ORDERED_TEXT_CHARS ? j + 1 : s;
      }
    }
    return s;
  }

  /**
   * The index after a lead-in (同时, 尤其是, 包括) that starts at {@code s}, or {@code s}. 包括 opens a part
   * named beside the subject (各部门，包括直属单位，都要…), but not a phrase that ends in 在内 (包括直属单位在内的各部门),
   * which is the subject's own modifier.
   */
  private int leadIn(int s, int to) {
    int e = words.endOfWordIn(s, to, "lead-ins");
    if (e > s && words.w(s).equals("包括")) {
      for (int j = e; j < to; j++) {
        if (words.w(j).equals("在内")) {
          return s;
        }
      }
    }
    return e;
  }

  /**
   * The index after a time phrase that starts at {@code s}, or {@code s}: one the deadline finder
   * found there, else one read from the words (a time word, or a number and a unit, perhaps after 从
   * or 自, and its ending such as 底前).
   */
  private int timeEnd(int s, int to) {
    int j = s;
    DeadlineMatch m = timeAt(s);
    if (m != null) {
      while (j < to && words.start(j) < m.end()) {
        j++;
      }
      return j;
    }
    if (rules.in("time-prepositions", words.w(j)) && j + 1 < to && timeStart(j + 1, to)) {
      j++;
    }
    if (!timeStart(j, to)) {
      return s;
    }
    j++;
    while (j < to && timePart(j, to)) {
      j++;
    }
    return j;
  }

  /** Whether a time phrase starts at {@code j}: a time word, 每 or a number with a unit after it. */
  boolean timeStart(int j, int to) {
    if (j >= to) {
      return false;
    }
    if (words.pos(j).startsWith("t") || foundAt(j)) {
      return true;
    }
    if (rules.in("time-starts", words.w(j))) {
      return words.w(j).length() > 1
          || (j + 1 < to && (words.pos(j + 1).startsWith("t") || unitAt(j + 1)));
    }
    if (words.w(j).equals("每")) {
      return j + 1 < to && timePart(j + 1, to);
    }
    if (words.pos(j).startsWith("m")) {
      return j + 1 < to
          && (unitAt(j + 1) || (words.pos(j + 1).startsWith("m") && j + 2 < to && unitAt(j + 2)));
    }
    return false;
  }

  /**
   * Where a recurrence read from the words (每季度, 每周, 每两个月) starts when it ends at {@code r}, after
   * a subject that begins at {@code s} (各车间每季度要…); else {@code r}. The deadline finder reads no
   * frequency without its bound (每季度末), so these are found from the words.
   */
  int recurrenceBefore(int s, int r) {
    for (int k = r - 1; k > s; k--) {
      if (words.w(k).startsWith("每")) { // 每 and its unit, or HanLP's time words 每月, 每年, 每周
        return timeEnd(k, r) == r ? k : r;
      }
    }
    return r;
  }

  /** Words that end a time told by an event (开会时, 开工前, 入城以后). */
  private static final Set<String> EVENT_ENDS = Set.of("时", "前", "后", "以前", "以后", "之前", "之后", "期间");

  /** Most words of the event before its end (攻/城, 召开/会议). */
  private static final int EVENT_WORDS = 3;

  /**
   * Where a time told by an event starts when it ends right before {@code r} (各支部/开会/时/要…,
   * 项目经理/每天/开工/前/必须…): a verb or two, and their object, then 时, 前, 后 or the like, after the
   * subject; else {@code r}. The words before the event are the caller's to judge.
   */
  int eventBefore(int s, int r) {
    if (r - 2 <= s || !EVENT_ENDS.contains(words.w(r - 1))) {
      return r;
    }
    for (int j = r - 2; j > s && j >= r - 1 - EVENT_WORDS; j--) {
      String p = words.pos(j);
      if (words.punct(j) || words.modal(j) || words.w(j).equals("的") || p.startsWith("p")) {
        return r;
      }
      if (p.startsWith("v") && !p.equals("vn")) {
        return j; // the event's verb opens it
      }
    }
    return r;
  }

  /** Whether the word lies in a time phrase the deadline finder found (农机站/这/两/天/要…). */
  boolean inTimePhrase(int j) {
    return timeAt(j) != null;
  }

  /** The time phrase the deadline finder found that holds the word's start, or null. */
  private DeadlineMatch timeAt(int j) {
    int at = words.start(j);
    for (DeadlineMatch m : times) {
      if (m.start() <= at && at < m.end()) {
        return m;
      }
    }
    return null;
  }

  /** Whether a time phrase the deadline finder found starts with the word (下个月, HanLP's nz). */
  private boolean foundAt(int j) {
    DeadlineMatch m = timeAt(j);
    return m != null && m.start() == words.start(j);
  }

  /** Whether the word is a unit of time or a time word. */
  private boolean unitAt(int j) {
    return words.pos(j).equals("qt")
        || rules.in("time-units", words.w(j))
        || words.pos(j).startsWith("t");
  }

  /**
   * Whether the word goes on with a time phrase (a time word, an ending such as 前 or 后, a number
   * and its unit …).
   */
  private boolean timePart(int j, int to) {
    String p = words.pos(j);
    if (p.startsWith("t")
        || p.equals("qt")
        || rules.in("time-ends", words.w(j))
        || (rules.in("time-starts", words.w(j)) && words.w(j).length() > 1)
        || words.w(j).equals("每")) {
      return true;
    }
    if (p.startsWith("m") || words.w(j).equals("个")) {
      int k = j + 1;
      while (k < to && (words.pos(k).startsWith("m") || words.w(k).equals("个"))) {
        k++;
      }
      return k < to && unitAt(k);
    }
    // a unit of time after a number, 个 or 每 (三个月, 每季度, 每星期)
    return rules.in("time-units", words.w(j))
        && j > 0
        && (words.pos(j - 1).startsWith("m")
            || words.w(j - 1).equals("个")
            || words.w(j - 1).equals("每"));
  }
}
