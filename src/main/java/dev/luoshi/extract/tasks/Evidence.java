package dev.luoshi.extract.tasks;

import dev.luoshi.analysis.Token;
import dev.luoshi.extract.CueTable;
import dev.luoshi.extract.deadlines.DeadlineMatch;
import dev.luoshi.rules.RequiredText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The observations the task rules and the statistical model decide from: which cue groups a unit
 * shows, each with the phrase that showed it. Names are stable: the model is trained on them.
 */
public record Evidence(Map<String, String> cues) {
  /** A modal verb that obliges (必须, 确保 …). */
  public static final String MODAL_STRONG = "modal.strong";

  /** A softer modal (要, 应, 须 …) in a directive frame. */
  public static final String MODAL = "modal";

  /** A clause opens with a verb and no subject: 加强…，完善…. */
  public static final String IMPERATIVE = "imperative";

  /** A named body or person must act. */
  public static final String OWNER = "owner";

  /** A time bound (or urgency word) for the action. */
  public static final String DEADLINE = "deadline";

  /** The time phrase fixes a day (今年, 3月15日前). */
  public static final String DATED = "dated";

  /** The time phrase bounds the work (月底前, 每年2月底前, 两周内), dated or recurring. */
  public static final String BOUND = "bound";

  /** The time phrase is an urgency word that stands for the bound (尽快, 立即, 马上). */
  public static final String URGENT = "urgent";

  /** The action is still to come (将, 准备, 今年 …). */
  public static final String FUTURE = "future";

  /** The unit reports what was done. */
  public static final String PAST = "past";

  /** The unit sits in a section that mostly reports past work. */
  public static final String RETROSPECTIVE = "retrospective";

  /** The unit sits under a heading that looks back (关于前一段工作, 回顾). */
  public static final String RETRO_TITLE = "retrospective.title";

  /** A directive reported as given earlier (强调要…, 提出了要求). */
  public static final String REPORTED = "reported";

  /** The unit explains or evaluates (X是Y). */
  public static final String COPULA = "copula";

  /** The unit names a shortcoming. */
  public static final String PROBLEM = "problem";

  /** The unit tells of some of them (有些地方…, 一些干部…) and gives the audience no order about it. */
  public static final String SOME = "some";

  /**
   * The unit opens with a time gone by (当时…, 那个时候…, 以前…) and does not turn to now with an order: it
   * tells what was needed then.
   */
  public static final String STORY = "story";

  /**
   * The unit weighs a piece of work (…，对于…具有重要意义) or reports a draft's view (草案提出，…): it argues,
   * whatever modal it holds.
   */
  public static final String ARGUMENT = "argument";

  /** The unit bounds a figure (不少于二十人, 不高于平均水平): a rule of how much. */
  public static final String QUOTA = "quota";

  /** The unit ends in a colon: it introduces what follows. */
  public static final String INTRO = "intro";

  /** A conditional or concession. */
  public static final String CONDITIONAL = "conditional";

  /**
   * A later clause tells what follows from the first (不抓落实，规划就落空; 干部带头，群众就会跟上): an argument from
   * cause to effect, no order, unless a modal gives one.
   */
  public static final String OUTCOME = "outcome";

  /** What to do whenever something happens (一旦发生火情，…): a standing rule. */
  public static final String CONTINGENCY = "contingency";

  /** A state of mind with nothing observable. */
  public static final String MENTAL = "mental";

  /** A permission (可以). */
  public static final String PERMISSION = "permission";

  /** First-person narration or musing. */
  public static final String FIRST_PERSON = "first.person";

  /** The first modal stands inside an explaining clause (X是…必须…的). */
  public static final String MODAL_IN_COPULA = "modal.in.copula";

  /** An exclamation. */
  public static final String EXCLAMATION = "exclamation";

  /** A question. */
  public static final String QUESTION = "question";

  /** Thanks, greetings, wishes. */
  public static final String CEREMONY = "ceremony";

  /** A quotation or maxim. */
  public static final String MAXIM = "maxim";

  /** Editorial furniture: title lines, notes, document numbers. */
  public static final String EDITORIAL = "editorial";

  /** The unit follows a document's announcement of its rules. */
  public static final String NORMATIVE = "normative";

  /** The unit lies in a sentence that sets out targets (主要目标是：…). */
  public static final String TARGETS = "targets";

  /** Some clause shows an observable behaviour (做好, 把…, 加强 …). */
  public static final String BEHAVIOUR = "behaviour";

  /** The unit is a heading of the outline. */
  public static final String HEADING = "heading";

  /** A discrete deliverable (召开, 制定, 上报 …). */
  public static final String ACTION = "action";

  /** A target outcome (力争, 确保实现 …). */
  public static final String GOAL = "goal";

  /** Copies the map, keeping insertion order. */
  public Evidence {
    cues = Collections.unmodifiableMap(new LinkedHashMap<>(cues));
  }

  /** Whether the unit shows the named cue group. */
  public boolean has(String name) {
    return cues.containsKey(name);
  }

  /** "name:phrase" strings for the plan's cues list. */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    cues.forEach((k, v) -> out.add(v.isEmpty() ? k : k + ":" + v));
    return out;
  }

  /** A leading topic (对于已经建成的，): what it says of the past does not make the unit a report. */
  private static final Pattern TOPIC = Pattern.compile("^对(?:于)?[^，。；]*的[，,]");

  /** Clauses that state a consequence (才能…, 从而…) show no behaviour of their own. */
  private static final Pattern CONSEQUENCE = Pattern.compile("(?:才能|就能|才有|才会|从而|以便|进而)[^，。；]*");

  /** Strings one of which a consequence holds: a body with none has none to take out. */
  private static final List<String> CONSEQUENCE_NEEDS = RequiredText.of(CONSEQUENCE);

  /** Observes a unit. */
  public static Evidence of(UnitContext ctx, CueTable table) {
    return new Reader(ctx, table).all();
  }

  /** The cues in the order a unit's evidence lists them. */
  private static final List<String> ORDER =
      List.of(
          EDITORIAL,
          NORMATIVE,
          TARGETS,
          HEADING,
          MODAL_STRONG,
          MODAL,
          OWNER,
          DEADLINE,
          DATED,
          BOUND,
          URGENT,
          FUTURE,
          PAST,
          RETROSPECTIVE,
          RETRO_TITLE,
          REPORTED,
          COPULA,
          MODAL_IN_COPULA,
          CONDITIONAL,
          OUTCOME,
          CONTINGENCY,
          PROBLEM,
          SOME,
          STORY,
          ARGUMENT,
          QUOTA,
          INTRO,
          MENTAL,
          BEHAVIOUR,
          PERMISSION,
          FIRST_PERSON,
          EXCLAMATION,
          QUESTION,
          CEREMONY,
          MAXIM,
          IMPERATIVE,
          GOAL,
          ACTION);

  /**
   * Reads the cues of one unit when they are asked for, each once: the rules often decide a unit
   * from a few of them, and some (the owners, the deadline, the patterns) are dear. {@link #all()}
   * gives the same evidence as {@link Evidence#of}. For one thread.
   */
  static final class Reader {
    private final UnitContext ctx;
    private final CueTable table;
    private final String text;
    private final String body;

    /** The unit's text and its body, each read once for the patterns of every group. */
    private final CueTable.Text textCues;

    private final CueTable.Text bodyCues;

    private final Map<String, String> known = new HashMap<>();
    private Map<String, String> modalCues;
    private int modalAt;
    private final int[] lastStrongAt = {-1};
    private Boolean retroTitle;

    Reader(UnitContext ctx, CueTable table) {
      this.ctx = ctx;
      this.table = table;
      this.text = ctx.text();
      this.body =
          ctx.heading() != null
              ? text.substring(
                  Math.min(text.length(), ctx.heading().marker().end() - ctx.unit().start()))
              : text;
      this.textCues = table.forText(text);
      this.bodyCues = body.equals(text) ? textCues : table.forText(body);
    }

    private boolean targetRead;
    private String target;
    private String lead;

    /** The body without its lead-in ({@link #stripLeadIn}), found once for the cues that ask. */
    private String lead() {
      if (lead == null) {
        lead = stripLeadIn(body, bodyCues.find("frame"), table);
      }
      return lead;
    }

    /**
     * An outcome the unit names as a target to reach (到2022年，建成…) when it has no time or only a
     * horizon: a goal, and no action verb. Read once for the goal and the action cues.
     */
    private String horizonTarget() {
      if (!targetRead) {
        targetRead = true;
        target = horizonOnly(ctx.deadline(), table) ? bodyCues.find("goal.unbounded") : null;
      }
      return target;
    }

    /** The phrase that shows the cue, or null when the unit does not show it. */
    String get(String name) {
      if (known.containsKey(name)) {
        return known.get(name);
      }
      String value = read(name);
      known.put(name, value);
      return value;
    }

    /** Every cue, in the order evidence lists them. */
    Evidence all() {
      Map<String, String> cues = new LinkedHashMap<>();
      for (String name : ORDER) {
        String value = get(name);
        if (value != null) {
          cues.put(name, value);
        }
      }
      return new Evidence(cues);
    }

    private int modalAt() {
      if (modalCues == null) {
        modalCues = new HashMap<>();
        modalAt =
            modals(ctx, table, textCues, modalCues, lastStrongAt, text.length() - body.length());
      }
      return modalAt;
    }

    /**
     * A conditional or concession opening the unit. A condition whose modal comes only in a later
     * clause (如果材料不齐，就不要急于上会; 无论遇到什么困难，都要…) is a directive under a condition, and is no argument:
     * then there is none.
     */
    private String conditional() {
      String found = bodyCues.find("conditional");
      if (found == null || !table.has("condition", found)) {
        return found;
      }
      int comma = -1;
      for (int i = 0; i < body.length(); i++) {
        if ("，,".indexOf(body.charAt(i)) >= 0) {
          comma = i;
          break;
        }
      }
      int at = modalAt();
      int bodyStart = text.length() - body.length();
      return comma >= 0 && at != Integer.MAX_VALUE && at > bodyStart + comma ? null : found;
    }

    /**
     * Whether the first clause (up to {@code clauseEnd}) holds both the unit's time phrase and its
     * action verb (人力资源部下个月拿出…办法): work given a time, an order in speech without a modal.
     */
    private boolean timedWork(int clauseEnd) {
      DeadlineMatch d = ctx.deadline();
      if (d == null || d.start() >= clauseEnd) {
        return false;
      }
      String verb = get(ACTION);
      if (verb == null || verb.startsWith("count:") || verb.startsWith("handover:")) {
        return false;
      }
      int cut = verb.indexOf('…');
      int at = text.indexOf(cut < 0 ? verb : verb.substring(0, cut));
      return at >= 0 && at < clauseEnd;
    }

    private boolean retroTitle() {
      if (retroTitle == null) {
        boolean any = false;
        for (String t : ctx.sectionTitles()) {
          // a title that asks for the review (请各单位梳理…进展情况) looks forward, and so does one that
          // obliges (本指示及去年会议的各项规定，须在党内外广泛宣传)
          any |=
              table.any("retrospective.title", t)
                  && table.prefix("title.orders", t) == null
                  && table.prefix("modal.opening", t) == null
                  && !TITLE_OBLIGES.matcher(t).find();
        }
        retroTitle = any;
      }
      return retroTitle;
    }

    private String read(String name) {
      int bodyStart = text.length() - body.length();
      switch (name) {
        case EDITORIAL:
          return ctx.editorial() ? "line" : textCues.find("editorial");
        case NORMATIVE:
          return ctx.normative() ? "" : null;
        case TARGETS:
          return ctx.targets() ? "" : null;
        case HEADING:
          return ctx.headingOnly() ? ctx.heading().marker().text() : null;
        case MODAL_STRONG:
        case MODAL:
          modalAt();
          return modalCues.get(name);
        case OWNER:
          return ctx.owners().isEmpty() ? null : ctx.owners().get(0).name();
        case DEADLINE:
          return ctx.deadline() == null ? null : ctx.deadline().text();
        case DATED:
          return dated(ctx.deadline(), table) ? ctx.deadline().date().toString() : null;
        case BOUND:
          return bound(ctx.deadline(), table) ? ctx.deadline().text() : null;
        case URGENT:
          return (urgent(ctx.deadline(), table) || atOnceAfter(ctx.deadline(), text))
                  && !afterEvent(text, ctx.deadline().start(), table)
              ? ctx.deadline().text()
              : null;
        case FUTURE:
          return future(ctx::tokens, table, text, textCues);
        case PAST:
          if (ctx.pastTime() != null) {
            return ctx.pastTime().text();
          }
          String topicless = TOPIC.matcher(text).replaceFirst("");
          int topicEnd = text.length() - topicless.length();
          return pastMarker(
              topicless.equals(text) ? textCues : table.forText(topicless),
              topicless,
              () -> afterTopic(ctx.tokens(), topicEnd),
              table);
        case RETROSPECTIVE:
          return retroTitle() ? "title" : ctx.retrospective() ? "" : null;
        case RETRO_TITLE:
          return retroTitle() ? "" : null;
        case REPORTED:
          return reportedBefore(text, table, textCues, modalAt());
        case COPULA:
          String copula = bodyCues.find("copula");
          return copula != null ? copula : laterClauseCopula(body);
        case MODAL_IN_COPULA:
          int at = modalAt();
          int bodyModal = at == Integer.MAX_VALUE ? -1 : at - bodyStart;
          boolean inCopula =
              get(COPULA) != null && copulaHoldsModal(body, get(COPULA), bodyModal)
                  || modalAfterCopula(body, bodyModal);
          return inCopula
                  && !strongModalLater(body, bodyModal, lastStrongAt[0] - bodyStart)
                  && !orderOpensLaterClause(body, bodyModal, table)
              ? ""
              : null;
        case CONDITIONAL:
          return conditional();
        case OUTCOME:
          return bodyCues.find("outcome");
        case CONTINGENCY:
          return bodyCues.find("contingency");
        case PROBLEM:
          return bodyCues.find("problem");
        case SOME:
          return bodyCues.find("some");
        case STORY:
          return bodyCues.find("story");
        case ARGUMENT:
          return bodyCues.find("argument");
        case QUOTA:
          return bodyCues.find("quota");
        case INTRO:
          return bodyCues.find("intro");
        case MENTAL:
          return textCues.find("mental");
        case BEHAVIOUR:
          String listed = behaviour(body, table);
          return listed != null || get(MENTAL) == null
              ? listed
              : laterVerb(body, ctx::tokens, bodyStart, table);
        case PERMISSION:
          String may = textCues.find("permission");
          if (may == null) {
            return null;
          }
          // A permission after an order in an earlier clause (发挥…作用，鼓励…，各乡镇可按规定给予
          // 适当支持; 人力资源部下个月拿出…办法，符合条件的都可以报名) leaves the order standing (GUIDELINE
          // §3: optional unless the unit also directs).
          int clauseEnd = firstClauseEnd(text);
          return clauseEnd >= 0
                  && text.indexOf(may) > clauseEnd
                  && (get(IMPERATIVE) != null || timedWork(clauseEnd))
              ? null
              : may;
        case FIRST_PERSON:
          String first = bodyCues.find("first.person");
          return first != null ? first : narrator(text, ctx::tokens);
        case EXCLAMATION:
          return text.endsWith("！") || text.endsWith("!") ? "！" : null;
        case QUESTION:
          boolean asks =
              text.endsWith("？")
                  || text.endsWith("?")
                  || text.endsWith("吗。")
                  || text.endsWith("呢？");
          // A modal clause before the clause that asks (结果要全面公开，…为什么不公开呢？) gives an order
          // that the question only drives home.
          return asks && modalAt() > lastClauseMark(text) ? "？" : null;
        case CEREMONY:
          return textCues.find("ceremony");
        case MAXIM:
          return textCues.find("maxim");
        case IMPERATIVE:
          String imperative = imperativeAfter(lead(), table);
          if (imperative == null) {
            imperative = afterTimeClause(body, bodyStart, ctx::deadline, table);
          }
          if (imperative != null) {
            return mayBeJudged(body) && judged(ctx.tokens(), table) ? null : imperative;
          }
          String addressed = addressed(body, ctx::tokens, bodyStart, table);
          if (addressed != null) {
            return addressed;
          }
          String opening =
              !ctx.document() && !speechMayOrder(ctx, text, lead(), table)
                  ? null
                  : verbFirst(lead(), body, ctx.tokens(), bodyStart, table, ctx.document());
          // 对…的，严肃问责: the class of cases is stripped from lead() as a frame, so it is read on the
          // body; what such cases may get (对…的，可以给予补贴) is a permission, not a ruling. A body
          // that is its own lead has none: imperativeAfter found none in the lead.
          String ruling = opening == null && !lead().equals(body) ? bodyCues.find("ruling") : null;
          return ruling != null && textCues.find("permission") == null ? ruling : opening;
        case GOAL:
          String goal = bodyCues.find("goal");
          // under a section of targets (（二）工作目标); not the unit's own point (第三，…对照全年目标…)
          if (goal == null
              && ctx.section() != null
              && ctx.section().start() < ctx.unit().start()
              && ctx.section().title().contains("目标")) {
            goal = "section:" + ctx.section().title();
          }
          return goal != null ? goal : horizonTarget();
        case ACTION:
          return action(body, ctx::tokens, bodyStart, table, bodyCues, get(GOAL), horizonTarget());
        default:
          throw new IllegalArgumentException("no cue " + name);
      }
    }
  }

  /**
   * Modal words that are whole words and not in a blocked frame (就要, 重要, 要是 …); {@code bodyStart}
   * is where the unit's body begins after its point's marker (五、此指示望…), which opens a clause.
   */
  private static int modals(
      UnitContext ctx,
      CueTable table,
      CueTable.Text textCues,
      Map<String, String> cues,
      int[] lastStrongAt,
      int bodyStart) {
    String text = ctx.text();
    if (!table.anyWord("modal.strong", text) && !table.anyWord("modal.weak", text)) {
      return Integer.MAX_VALUE; // no modal word: nothing to block, nothing to find
    }
    boolean[] blocked = new boolean[text.length() + 1];
    table.scan("modal.blocked", text, (start, end, w) -> Arrays.fill(blocked, start, end, true));
    List<Pattern> pretexts = table.patterns("pretext");
    for (int k = 0; k < pretexts.size(); k++) {
      if (pretexts.get(k).pattern().startsWith("在")) {
        for (Matcher m = textCues.find("pretext", k); m != null; m = m.find() ? m : null) {
          Arrays.fill(blocked, m.start(), m.end(), true);
        }
      }
    }
    textCues.matches("modal.blocked", (k, start, end) -> Arrays.fill(blocked, start, end, true));
    // Where each modal word first stands free (and, for a weak one, as a whole word).
    List<String> strong = table.words("modal.strong");
    int[] strongAt = firstAt(strong.size());
    table.scan(
        "modal.strong",
        text,
        (start, end, w) -> {
          if (!blocked[start]) {
            strongAt[w] = Math.min(strongAt[w], start);
            lastStrongAt[0] = Math.max(lastStrongAt[0], start);
          }
        });
    List<String> weak = table.words("modal.weak");
    int[] weakAt = firstAt(weak.size());
    table.scan(
        "modal.weak",
        text,
        (start, end, k) -> {
          String w = weak.get(k);
          if (start < weakAt[k]
              && !blocked[start]
              && (!table.has("modal.opening", w)
                  || opensClause(text, start, bodyStart)
                  || afterResumption(text, start, bodyStart, table))
              && (w.length() > 1 || w.equals("要") || wholeWord(ctx.tokens(), start, w))) {
            weakAt[k] = start;
          }
        });
    int first = Integer.MAX_VALUE;
    for (int k = 0; k < strong.size(); k++) {
      if (strongAt[k] != Integer.MAX_VALUE) {
        cues.putIfAbsent(MODAL_STRONG, strong.get(k));
        first = Math.min(first, strongAt[k]);
      }
    }
    for (int k = 0; k < weak.size(); k++) {
      if (weakAt[k] != Integer.MAX_VALUE) {
        cues.putIfAbsent(MODAL, weak.get(k));
        first = Math.min(first, weakAt[k]);
      }
    }
    return first;
  }

  /**
   * Whether {@code at} opens the text, its body after a point's marker, or a clause of it (after
   * ，；：, a closing bracket or a space).
   */
  private static boolean opensClause(String text, int at, int bodyStart) {
    if (at == 0 || at == bodyStart) {
      return true;
    }
    char before = text.charAt(at - 1);
    return "，；：）)".indexOf(before) >= 0 || Character.isWhitespace(before);
  }

  /**
   * Whether a word that sums up what was said ([order.resumptions]: 以上, 上述各项) opens the clause
   * right before {@code at}: a telegram's order word follows it with no comma (以上望即研究实施); or the
   * clause opens with a demonstrative that names the text before it ({@link #orderAfterSubject}).
   */
  private static boolean afterResumption(String text, int at, int bodyStart, CueTable table) {
    for (String w : table.words("order.resumptions")) {
      int from = at - w.length();
      if (from >= 0 && text.startsWith(w, from) && opensClause(text, from, bodyStart)) {
        return true;
      }
    }
    for (int from = at - 1; from >= 0; from--) {
      if (opensClause(text, from, bodyStart)) {
        return orderAfterSubject(table, text.substring(from)) == at - from;
      }
    }
    return false;
  }

  /**
   * Where a telegram's order word stands in {@code clause} after a demonstrative that opens it and
   * names the text or the matter in a few characters ([order.subjects]: 此指示望即转发至县委, 本通知希各地遵照), or
   * -1: the order is given, as after 以上.
   */
  public static int orderAfterSubject(CueTable table, String clause) {
    for (Pattern p : table.patterns("order.subjects")) {
      Matcher m = p.matcher(clause);
      if (m.lookingAt()) {
        return m.end() - 1;
      }
    }
    return -1;
  }

  private static int[] firstAt(int n) {
    int[] at = new int[n];
    Arrays.fill(at, Integer.MAX_VALUE);
    return at;
  }

  /** Whether a one-character word stands alone as a token (应 not in 应急, 须 not in 须知). */
  private static boolean wholeWord(List<Token> tokens, int at, String w) {
    for (Token t : tokens) {
      if (t.start() <= at && at < t.end()) {
        return t.word().equals(w);
      }
    }
    return true;
  }

  /** The words from {@code from} on: those after a leading topic. */
  private static List<Token> afterTopic(List<Token> tokens, int from) {
    if (from == 0) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      if (t.start() >= from) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * A past marker in the text: 了 or 过 after a verb, 已经, 曾 …, or a past time word; else null. The
   * text and the words are those of the unit after any leading topic (对于已经建成的，…); the words are
   * read only when that text holds one of the words that could show the past.
   */
  private static String pastMarker(
      CueTable.Text text, String unit, Supplier<List<Token>> tokens, CueTable table) {
    String inWords = mayReportPastInWords(unit, table) ? pastInWords(tokens.get(), table) : null;
    return inWords != null ? inWords : text.find("past");
  }

  /**
   * Whether the text of a unit shows that it reports the past, whatever its words: a past time word
   * or pattern ({@link #pastMarker} finds a marker in any unit this holds for).
   */
  public static boolean reportsPastInText(String unit, CueTable table) {
    return table.any("past", unit);
  }

  /**
   * Whether the verb at {@code v} settles a matter as it is said (这件事就这么定了, 就这样定了): a decision made
   * now, whose 了 reports nothing past.
   */
  private static boolean settledNow(List<Token> ts, int v) {
    if (!ts.get(v).word().equals("定") || v == 0) {
      return false;
    }
    String before = ts.get(v - 1).word();
    return before.endsWith("这么") || before.endsWith("这样");
  }

  /**
   * Whether the words of a unit could show that it reports the past: its text holds 了, 过 or a past
   * adverb. When neither this nor {@link #reportsPastInText} holds, the unit does not report the
   * past, and its words need not be read to know it.
   */
  public static boolean mayReportPastInWords(String unit, CueTable table) {
    return unit.indexOf('了') >= 0 || unit.indexOf('过') >= 0 || table.anyWord("past.adverb", unit);
  }

  /** Whether the words of a unit show that it reports the past (a particle or adverb of it). */
  public static boolean reportsPastInWords(List<Token> tokens, CueTable table) {
    return pastInWords(tokens, table) != null;
  }

  /**
   * 了 or 过 as a particle after a verb (HanLP tags only these two words ule and uguo), or a past
   * adverb before a verb, preposition or adverb; else null.
   */
  private static String pastInWords(List<Token> ts, CueTable table) {
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      if (PARTICLES.contains(t.word())
          && (t.pos().equals("ule") || t.pos().equals("uguo"))
          && i > 0
          && ts.get(i - 1).is("v")
          && !settledNow(ts, i - 1)
          && !goneOver(ts, i)
          && !tooMuch(ts, i)
          && !attributive(ts, i)
          && !caseNamed(ts, i)
          && !asked(ts, i)
          && !thenNext(ts, i)) {
        return ts.get(i - 1).word() + t.word();
      }
      if (t.is("d")
          && table.has("past.adverb", t.word())
          && i + 1 < ts.size()
          && !pastTopic(ts, i)
          && !modifiesNoun(ts, i)) {
        Token next = ts.get(i + 1);
        if (next.is("v")
            || next.is("p")
            || next.is("d")
            || next.is("n") && table.has("past.adverb.orders", next.word())) {
          return t.word();
        }
      }
    }
    return null;
  }

  /**
   * Whether the 了 or 过 at {@code i} is inside a question its clause asks about (查一查为什么卡住了; 看是否联系了
   * 本单位的工作): what is to be found out, not a report.
   */
  private static boolean asked(List<Token> ts, int i) {
    for (int k = i - 1; k >= 0 && !ts.get(k).is("w"); k--) {
      if (ASKED.contains(ts.get(k).word())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ASKED = Set.of("为什么", "为何", "是否", "有没有", "怎么", "怎样");

  /**
   * Whether the 了 at {@code i} finishes a step before the next one in its clause (纺成了线再扣还,
   * 等整改完了再验收): an order of steps to come, not a report of the past.
   */
  private static boolean thenNext(List<Token> ts, int i) {
    if (!ts.get(i).word().equals("了")) {
      return false;
    }
    for (int k = i + 1; k < ts.size() && !ts.get(k).is("w"); k++) {
      if (ts.get(k).word().equals("再")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the 过 at {@code i} is the verb "go over" of a 把 clause with its count after it (把名单过一遍,
   * 把方案再过一下), which HanLP tags as the particle after the noun's last character.
   */
  private static boolean goneOver(List<Token> ts, int i) {
    if (!ts.get(i).word().equals("过")
        || i + 2 >= ts.size()
        || !ts.get(i + 1).word().equals("一")
        || !GONE_OVER_COUNTS.contains(ts.get(i + 2).word())) {
      return false;
    }
    for (int k = i - 1; k >= 0 && !ts.get(k).is("w"); k--) {
      if (ts.get(k).pos().equals("pba")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the 过 at {@code i} is "too" before a one-character adjective that ends its clause
   * (规模不宜过大, 时间不宜过长; 过急, which HanLP tags otherwise, is not read): a measure set, which HanLP tags
   * as the particle after the verb before it.
   */
  private static boolean tooMuch(List<Token> ts, int i) {
    if (!ts.get(i).word().equals("过") || i + 1 >= ts.size()) {
      return false;
    }
    Token next = ts.get(i + 1);
    return next.is("a")
        && next.word().length() == 1
        && (i + 2 >= ts.size() || ts.get(i + 2).is("w") || ts.get(i + 2).word().equals("的"));
  }

  /**
   * Whether the 了 or 过 at {@code i} is inside a modifier or a question of amount rather than a
   * report: before 的 (工作中踩过的坑, 走过的弯路) or before 多少 or 几 (看他带的队伍打了多少粮食).
   */
  private static boolean attributive(List<Token> ts, int i) {
    if (i + 1 >= ts.size()) {
      return false;
    }
    String next = ts.get(i + 1).word();
    return next.equals("的") || next.equals("多少") || next.startsWith("几");
  }

  /**
   * Whether the 了 or 过 at {@code i} is inside a clause that names a class of cases, a 的-phrase
   * standing before its comma (错划了成分的，由农会重评; 开了票没收回款的，不发奖金): who or what the rule after it is for,
   * not a report.
   */
  private static boolean caseNamed(List<Token> ts, int i) {
    for (int k = i + 1; k < ts.size() && k <= i + CASE_WORDS; k++) {
      if (ts.get(k).is("w")) {
        String mark = ts.get(k).word();
        return (mark.equals("，") || mark.equals(",")) && ts.get(k - 1).word().equals("的");
      }
    }
    return false;
  }

  /** How many words a class of cases may run on after its 了 before its 的. */
  private static final int CASE_WORDS = 8;

  /**
   * Whether the past adverb at {@code i} opens a clause, after two words of subject at most, that
   * only names what is to be dealt with (已经开办的商店，由…清理; 各地已选出的代表，其履历…; 已经减了的地区，不再重减): a topic that
   * ends in 的 and a noun or two right before the clause's comma, whatever is done with it then.
   */
  private static boolean pastTopic(List<Token> ts, int i) {
    int start = i;
    while (start > 0 && !ts.get(start - 1).is("w")) {
      start--;
    }
    if (i - start > TOPIC_SUBJECT_WORDS) {
      return false; // 接管城市的工作已经成为…的任务，: a subject's state, told
    }
    for (int k = i + 1; k < ts.size() && k <= i + TOPIC_WORDS; k++) {
      Token t = ts.get(k);
      if (t.is("w")) {
        return false;
      }
      if (t.word().equals("的")) {
        int n = k + 1;
        while (n < ts.size() && n <= k + 2 && ts.get(n).is("n")) {
          n++;
        }
        return n > k + 1 && n < ts.size() && "，,；;".contains(ts.get(n).word());
      }
    }
    return false;
  }

  /**
   * Whether the past adverb at {@code i} stands inside a modifier of a noun, anywhere in its clause
   * (把已出台的扶持政策落到实处; 对已查明的隐患点，逐一…; 列出已经具备条件的县份): it tells which things are meant, and the clause's
   * own verb is still to be done. The modifier ends in a verb or noun, then 的 and the noun it picks
   * out, within a few words and with no 了, 是 or 有 on the way (已经取得了很大的成绩 and 已经是我们的… still report).
   */
  private static boolean modifiesNoun(List<Token> ts, int i) {
    for (int k = i + 2; k < ts.size() - 1 && k <= i + MODIFIER_WORDS; k++) {
      Token t = ts.get(k);
      if (t.is("w") || NOT_IN_MODIFIER.contains(ts.get(k - 1).word())) {
        return false;
      }
      if (t.word().equals("的")) {
        Token before = ts.get(k - 1);
        Token noun = ts.get(k + 1);
        return (before.is("v") || before.is("n"))
            && (noun.is("n") || noun.is("v") || noun.is("a") || noun.is("b") || noun.is("m"));
      }
    }
    return false;
  }

  /** How many words after a past adverb the 的 of a noun's modifier may stand. */
  private static final int MODIFIER_WORDS = 7;

  /** Words that make what follows a past adverb a report, not a modifier (已经取得了…的, 已经是…的, 已有…的). */
  private static final Set<String> NOT_IN_MODIFIER = Set.of("了", "是", "有", "过");

  /** How many words after a past adverb its topic's 的 may stand. */
  private static final int TOPIC_WORDS = 8;

  /** How many words of a subject may come before a past adverb that opens a topic (各地已选出的…). */
  private static final int TOPIC_SUBJECT_WORDS = 2;

  private static final Set<String> GONE_OVER_COUNTS = Set.of("遍", "下", "道", "轮", "趟");

  /** The aspect particles of the past; {@link #mayReportPastInWords} looks for them in the text. */
  private static final Set<String> PARTICLES = Set.of("了", "过");

  /**
   * A verb of a discrete deliverable as the predicate: one of the action verbs, or a verb that
   * needs a deliverable with one among the next words of its clause. Verbs inside a pretext (以…为契机)
   * or inside the goal phrase do not count, nor an outcome reached by a horizon ({@code target}:
   * 到2022年，建成…).
   */
  private static String action(
      String body,
      Supplier<List<Token>> tokens,
      int bodyStart,
      CueTable table,
      CueTable.Text bodyCues,
      String goal,
      String target) {
    boolean[] masked = new boolean[body.length() + 1];
    bodyCues.matches("pretext", (k, start, end) -> Arrays.fill(masked, start, end, true));
    for (String phrase : new String[] {goal, target}) {
      if (phrase != null && body.contains(phrase)) {
        int g = body.indexOf(phrase);
        Arrays.fill(masked, g, g + phrase.length(), true);
      }
    }
    // The verbs are words of the body: with none of them in its text, its words can show none.
    List<Token> ts =
        table.anyWord("action.verb", body) || table.anyWord("action.verb.object", body)
            ? tokens.get()
            : List.of();
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      int at = t.start() - bodyStart;
      if (at < 0
          || masked[at]
          || !t.is("v")
          || t.pos().equals("vn") && !afterVerbTakingWork(ts, i)) {
        continue;
      }
      if (i + 1 < ts.size() && NOUN_FOLLOWERS.contains(ts.get(i + 1).word())
          || fieldOfWork(ts, i)) {
        continue;
      }
      if (i > 0 && (ts.get(i - 1).word().equals("的") || ts.get(i - 1).word().equals("、"))) {
        continue;
      }
      if (notDone(ts, i)) {
        continue;
      }
      if (table.has("action.verb", t.word())) {
        return t.word();
      }
      if (table.has("action.verb.object", t.word())) {
        for (int k = i + 1; k < ts.size() && k <= i + OBJECT_WINDOW; k++) {
          String w = ts.get(k).word();
          if ("，。；！？,;".contains(w)) {
            break;
          }
          boolean bySuffix =
              w.length() > 1 && table.has("deliverable.suffix", w.substring(w.length() - 1));
          if (table.has("deliverable", w) || bySuffix) {
            return t.word() + "…" + w;
          }
        }
      }
    }
    String unmasked = body;
    for (int i = 0; i < body.length(); i++) {
      if (masked[i]) {
        // Only a body with a mask is copied (most have none).
        StringBuilder sb = new StringBuilder(body);
        for (int j = i; j < body.length(); j++) {
          if (masked[j]) {
            sb.setCharAt(j, '□');
          }
        }
        unmasked = sb.toString();
        break;
      }
    }
    String count = table.find("action.count", unmasked);
    if (count != null) {
      return "count:" + count;
    }
    String handover = table.find("action.handover", unmasked);
    return handover == null ? null : "handover:" + handover;
  }

  /**
   * Whether the word before {@code i} is a verb whose object is the work itself (组织编制规划, 负责起草方案):
   * the verbal noun after it is the work to do, whatever HanLP tags either.
   */
  private static boolean afterVerbTakingWork(List<Token> ts, int i) {
    return i > 0 && WORK_TAKING.contains(ts.get(i - 1).word());
  }

  private static final Set<String> WORK_TAKING = Set.of("组织", "负责", "牵头", "着手", "抓紧");

  /**
   * Negations of an aspect: what they come before is not done yet (还没有深入清理, 方案尚未制定) or not done at
   * all (新干部不提拔，…).
   */
  private static final Set<String> NOT_YET = Set.of("没有", "没", "未", "尚未", "并未", "从未", "还未", "不");

  /**
   * Attitudes a verb can be the object of (敢于破格提拔): a way of working asked for, not a deliverable.
   */
  private static final Set<String> ATTITUDES = Set.of("敢于", "勇于", "善于", "乐于");

  /** Aspect particles after a verb: the work is done already (在巴西提拔了一个标杆). */
  private static final Set<String> DONE = Set.of("了", "过");

  /** What a verb and 不 before them say cannot be done (提拔不起来, 解决不了). */
  private static final Set<String> CANNOT = Set.of("起来", "了", "下去", "动", "出来", "上去");

  /**
   * Whether the verb at {@code i} says what is not done, cannot be done or is done already: an
   * aspect's negation or an attitude before it (adverbs between), a potential complement or an
   * aspect particle after it. A state described, not a deliverable asked for.
   */
  private static boolean notDone(List<Token> ts, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
      Token b = ts.get(j);
      if (NOT_YET.contains(b.word()) || ATTITUDES.contains(b.word())) {
        return true;
      }
      if (!b.pos().equals("d") && !b.pos().equals("ad")) {
        break;
      }
    }
    if (i + 1 < ts.size() && DONE.contains(ts.get(i + 1).word())) {
      return true;
    }
    return i + 2 < ts.size()
        && ts.get(i + 1).word().equals("不")
        && CANNOT.contains(ts.get(i + 2).word());
  }

  /** How many words after a verb its deliverable may stand (建立以“…”和“…”的激励机制). */
  private static final int OBJECT_WINDOW = 12;

  private static final Set<String> EMPHASIS = Set.of("强调", "重申");

  /**
   * Words after which 我 is the one spoken to or for, not the narrator (周五前给我回复, 向我报告); not the
   * causatives 让/叫, after which 我 still does what follows (让我再讲一点).
   */
  private static final Set<String> OBJECT_MARKERS = Set.of("给", "向", "跟", "帮", "替");

  /**
   * A verb followed by these is used as a noun (配备的, 教师配备等), names the one who does it (标准制定者) or
   * is the subject a modal speaks of (标准制定要…), or opens a phrase of time (提拔时, 排查中发现的, 改造期间): it
   * delivers nothing itself. Not 后: 汇总后上报 does one thing, then the next.
   */
  private static final Set<String> NOUN_FOLLOWERS =
      Set.of("的", "等", "、", "者", "要", "时", "中", "期间", "过程");

  /**
   * Whether the verb at {@code i} names a field of work by 上 before what is asked in it (提拔上要优先,
   * 考核上也要从严): the verb is the matter spoken of, not a deed. 上 as a verb's direction (报上来, 跟上) is no
   * such field.
   */
  private static boolean fieldOfWork(List<Token> ts, int i) {
    if (i + 2 >= ts.size() || !ts.get(i + 1).word().equals("上") || !ts.get(i + 1).is("f")) {
      return false;
    }
    String next = ts.get(i + 2).word();
    return next.startsWith("要") || FIELD_ADVERBS.contains(next);
  }

  private static final Set<String> FIELD_ADVERBS = Set.of("也", "都", "更", "还", "，", "必须", "一定");

  /**
   * 我/我们 followed by a verb (adverbs between): the speaker narrates. Emphasising (我们再次强调要…, 我强调把…)
   * is no narration: the speaker gives what is emphasised as an order now.
   */
  private static String narrator(String text, Supplier<List<Token>> tokens) {
    if (text.indexOf('我') < 0 && !text.contains("咱们")) {
      return null; // none of the words in the text, so none among its words
    }
    List<Token> ts = tokens.get();
    for (int i = 0; i < ts.size(); i++) {
      String w = ts.get(i).word();
      if ((w.equals("我") || w.equals("我们") || w.equals("咱们"))
          && !(i > 0 && OBJECT_MARKERS.contains(ts.get(i - 1).word()))) {
        int j = i + 1;
        while (j < ts.size() && ts.get(j).is("d")) {
          j++;
        }
        if (j < ts.size()
            && ts.get(j).is("v")
            && !ts.get(j).word().equals("要")
            && !EMPHASIS.contains(ts.get(j).word())
            && !reviews(ts, j)) {
          return w + ts.get(j).word();
        }
      }
    }
    return null;
  }

  /**
   * 我看一下, 我看看: the speaker will look over what was asked for (…下个月拿出一个方案来，我看一下), a step after the
   * order, not a narration of the speaker's own (我看这个问题…).
   */
  private static boolean reviews(List<Token> ts, int j) {
    return ts.get(j).word().equals("看")
        && j + 1 < ts.size()
        && (ts.get(j + 1).word().equals("一下") || ts.get(j + 1).word().equals("看"));
  }

  /**
   * An observable behaviour in a clause that is not itself a state of mind or a consequence (才能…):
   * 要增强意识，把个人融入集体，处理好关系 has one; 要清醒认识，切实把思想统一到… has none.
   */
  private static String behaviour(String body, CueTable table) {
    String kept =
        RequiredText.mayHold(body, CONSEQUENCE_NEEDS)
            ? CONSEQUENCE.matcher(body).replaceAll("")
            : body;
    kept = beforeSeen(kept);
    if (!table.mayOccurIn("mental", kept)) {
      return table.find("behaviour", kept); // no clause is a state of mind: each is kept
    }
    // Clauses start at each comma or semicolon (but the first character): the mark opens its
    // clause.
    StringBuilder sb = new StringBuilder(kept.length());
    int from = 0;
    for (int i = 1; i <= kept.length(); i++) {
      if (i == kept.length() || "，,；;".indexOf(kept.charAt(i)) >= 0) {
        String clause = kept.substring(from, i);
        if (!table.any("mental", clause)) {
          sb.append(clause);
        }
        from = i;
      }
    }
    return table.find("behaviour", sb.toString());
  }

  /**
   * A later clause that opens with a verb (…要树立…理念，养成…习惯; …要珍惜时光，多读书): the unit goes on from a
   * state of mind to what is to be done. Adverbs and a modal before the verb are stepped over; a
   * clause that is itself a state of mind, a consequence (才能…) or a verb of thinking or being does
   * not count.
   */
  private static String laterVerb(
      String body, Supplier<List<Token>> tokens, int bodyStart, CueTable table) {
    List<Token> ts = tokens.get();
    int clause = -1;
    int seen = seenAt(body); // after 要清醒认识到，: every later clause is what is seen
    boolean manner = false; // 多, 少 before the verb: 多跑现场 as well as 多读书
    for (Token t : ts) {
      String w = t.word();
      int at = t.start() - bodyStart;
      if (at < 0 || w.isBlank()) {
        continue;
      }
      if (at >= seen) {
        break;
      }
      if (w.equals("，") || w.equals("；") || w.equals(",") || w.equals(";")) {
        // 要记住，把…: the clause after a verb of seeing or minding is what is seen, not done
        boolean sees = COGNITION_END.matcher(body).region(0, at).find();
        clause = sees ? -1 : t.end() - bodyStart;
        manner = false;
        continue;
      }
      if (clause < 0 || t.is("d") || t.pos().equals("ad") || w.equals("要") || w.equals("并")) {
        continue;
      }
      if (t.pos().equals("a") && w.length() == 1) {
        manner = true;
        continue; // 多读书, 少说空话, 早发现: HanLP tags the adverb an adjective
      }
      if (WARNING.contains(w)) {
        return null; // what follows 否则 is what happens if the unit is not heeded
      }
      int end = clause;
      while (end < body.length() && "，,；;。".indexOf(body.charAt(end)) < 0) {
        end++;
      }
      String text = body.substring(clause, end);
      clause = -1;
      if (openingVerb(t)
          && !t.pos().equals("vl")
          && !LIKENING.contains(w)
          && (w.length() > 1 || manner)
          && !w.startsWith("不")
          && !w.startsWith("没")
          && !table.has("imperative.not", w)
          && !table.any("mental", "要" + text)
          && !CONSEQUENCE.matcher(text).find()
          && !WHEN.matcher(text).find()) {
        return "then:" + w;
      }
    }
    return null;
  }

  /**
   * A title that obliges in its own words (…，须在党内外广泛宣传; 各地必须…): it orders, it does not look back.
   */
  private static final Pattern TITLE_OBLIGES = Pattern.compile("必须|务必|务须|应当|[须应](?:在|于|将|把|即|予|按)");

  private static final Set<String> WARNING = Set.of("否则", "不然", "要不然", "以免", "免得");

  /**
   * Verbs that liken one thing to another (…，就等于将军不懂粮草): a clause that weighs, not one that does.
   */
  private static final Set<String> LIKENING =
      Set.of("等于", "相当于", "意味着", "好比", "如同", "犹如", "算是", "叫做");

  /** The marks that end a clause inside a unit: ，；： and their half-width forms. */
  private static final String CLAUSE_MARKS = "，,；;：:";

  /** Where the unit's first clause ends (its first ，；：), or -1. */
  private static int firstClauseEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Where the unit's last clause starts: its last ，；：, or -1. */
  private static int lastClauseMark(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** A clause of time (…的时候, …时, …之后): it sets the scene for what follows. */
  private static final Pattern WHEN = Pattern.compile("(?:时候|时|之后|以后|之前|之际)$");

  /** Verbs of seeing: what follows them is what is seen. */
  private static final String SEEING = "认识到|意识到|看到|看清|认清";

  /**
   * A clause that ends with a verb of seeing or knowing (要清醒认识到，): the next clause is its object.
   */
  private static final Pattern COGNITION_END =
      Pattern.compile("(?:" + SEEING + "|明白|懂得|相信|记住|牢记)$");

  /**
   * A verb of seeing with no object of its own, its clause closed (要深刻认识到，…; 也要看到，…): the clauses
   * after it, all of them, tell what is to be seen. Not 记住 or 牢记, after which an order often
   * follows (要记住，把…).
   */
  private static final Pattern SEEN_CLAUSE = Pattern.compile("(?:" + SEEING + ")[，,；;：:]");

  /** Where the clauses seen begin: the mark closing the verb of seeing, or the body's length. */
  private static int seenAt(String body) {
    Matcher m = SEEN_CLAUSE.matcher(body);
    return m.find() ? m.end() - 1 : body.length();
  }

  /** The text before a verb of seeing that takes the rest of it for object (要看到，…). */
  private static String beforeSeen(String body) {
    Matcher m = SEEN_CLAUSE.matcher(body);
    return m.find() ? body.substring(0, m.start()) : body;
  }

  /**
   * A sign the action is still to come: 将 as an adverb before a verb, or a future word; none when 将
   * foretells a state (将进入…时期, 将是…), which no one is told to do.
   */
  private static String future(
      Supplier<List<Token>> tokens, CueTable table, String text, CueTable.Text cues) {
    // 将 and 将要 are words of the text: without 将 in it, its words hold neither.
    List<Token> ts = text.indexOf('将') >= 0 ? tokens.get() : List.of();
    for (int i = 0; i + 1 < ts.size(); i++) {
      Token t = ts.get(i);
      boolean will = t.word().equals("将") || t.word().equals("将要");
      Token next = ts.get(i + 1);
      if (will && (table.has("future.not", next.word()) || hedged(ts, i, table))) {
        return null; // 我市将进入…阶段, 这将是…, 否则便将…: a forecast, whatever time it names
      }
      if (will
          && (t.is("d") && next.is("v") || next.word().equals("把") || next.word().equals("于"))) {
        return t.word();
      }
    }
    String announced = announced(tokens, table, text);
    return announced != null ? announced : cues.find("future");
  }

  /**
   * 我们会…/公司会… with a verb that does something after it (我们会逐步梳理, 公司会通报…, 我们会把…): the speaker
   * announces a step, as with 将. A hedge or a consequence before it (也许, 否则, 就会) makes it a
   * forecast, and so does a verb that only happens (萎缩).
   */
  private static String announced(Supplier<List<Token>> tokens, CueTable table, String text) {
    if (text.indexOf('会') < 0 || !table.anyWord("announcer", text)) {
      return null; // neither word in the text, so not among its words
    }
    List<Token> ts = tokens.get();
    for (int i = 1; i + 1 < ts.size(); i++) {
      if (!ts.get(i).word().equals("会") || !table.has("announcer", ts.get(i - 1).word())) {
        continue;
      }
      int j = i + 1;
      while (j < ts.size()
          && j <= i + 3
          && (ts.get(j).is("d")
              || ts.get(j).is("s")
              || ts.get(j).is("q")
              || ts.get(j).pos().equals("ad"))) {
        j++;
      }
      if (!hedged(ts, i, table)
          && j < ts.size()
          && (ts.get(j).pos().equals("v")
              || ts.get(j).pos().equals("vn")
              || ts.get(j).word().equals("把"))
          && !table.has("imperative.not", ts.get(j).word())) {
        return "会";
      }
    }
    return null;
  }

  /**
   * Whether a hedge or a consequence (也许, 否则, 就) stands before the word at {@code i} in its clause:
   * then 会 or 将 foretells rather than announces.
   */
  private static boolean hedged(List<Token> ts, int i, CueTable table) {
    for (int k = i - 1; k >= 0 && !"，；：。".contains(ts.get(k).word()); k--) {
      if (table.has("announcement.hedge", ts.get(k).word())) {
        return true;
      }
    }
    return false;
  }

  /** 强调/要求/提出 … before the first modal: a directive reported rather than given. */
  private static String reportedBefore(
      String text, CueTable table, CueTable.Text textCues, int modalAt) {
    for (int k = 0; k < table.patterns("reported").size(); k++) {
      Matcher m = textCues.find("reported", k);
      if (m != null
          && (modalAt == Integer.MAX_VALUE || m.start() < modalAt)
          && !speakerStresses(text, m.start(), table)) {
        return m.group();
      }
    }
    return null;
  }

  /**
   * Whether the speaker stresses now what follows (我再强调一点，…; 我还要强调，…): 我 and an adverb of this
   * speech ([speaker.now]) right before the verb at {@code at} make it no report of what was said
   * before.
   */
  private static boolean speakerStresses(String text, int at, CueTable table) {
    for (String w : table.words("speaker.now")) {
      if (text.startsWith(w, at - w.length())) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern LATER_COPULA =
      Pattern.compile("[，,](?:就是(?!要)|才是|是(?!为至)|正是|乃是|符合(?!条件)|关系到|关系着|有利于)");

  /** Whether the first modal sits inside the copula clause (基层是…确保…的关键). */
  private static boolean copulaHoldsModal(String body, String copula, int modalAt) {
    int at = body.indexOf(copula);
    if (at < 0 || modalAt < 0 || modalAt == Integer.MAX_VALUE) {
      return false;
    }
    int end = at + copula.length();
    while (end < body.length() && "，,。；;！!".indexOf(body.charAt(end)) < 0) {
      end++;
    }
    return modalAt >= at && modalAt < end;
  }

  /**
   * Whether a strong modal stands free in a clause after the one of the first modal (不能只看报价高低，
   * 一定要把质量摆在前头): the unit goes on to an order of its own, whatever the copula before it says.
   */
  private static boolean strongModalLater(String body, int firstModal, int lastStrong) {
    if (firstModal < 0 || lastStrong <= firstModal || lastStrong > body.length()) {
      return false;
    }
    for (int k = firstModal; k < lastStrong; k++) {
      if (CLAUSE_MARKS.indexOf(body.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a clause after the first modal's opens with a telegram's order word (…是何人处理的，望即查明电复):
   * the unit goes on to an order of its own, as after a strong modal.
   */
  private static boolean orderOpensLaterClause(String body, int firstModal, CueTable table) {
    if (firstModal < 0) {
      return false;
    }
    for (int k = firstModal; k + 1 < body.length(); k++) {
      if (CLAUSE_MARKS.indexOf(body.charAt(k)) >= 0
          && table.prefix("modal.opening", body.substring(k + 1)) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause of the first modal has 是 before it (…，是确保…的关键所在). */
  private static boolean modalAfterCopula(String body, int modalAt) {
    if (modalAt <= 0 || modalAt > body.length()) {
      return false;
    }
    int start = modalAt;
    while (start > 0 && CLAUSE_MARKS.indexOf(body.charAt(start - 1)) < 0) {
      start--;
    }
    String before = body.substring(start, modalAt);
    if (before.length() > 1 && "这那此它".indexOf(before.charAt(0)) >= 0) {
      before = before.substring(1); // 这是必须迈过的一关: what the copula names, as after 是
    }
    if (before.equals("就是")) {
      return false; // 就是要 insists: X抓落实，就是要… directs (a purpose is blocked as a modal)
    }
    return before.startsWith("是")
        || before.startsWith("也是")
        || before.startsWith("就是")
        || before.startsWith("才是")
        || before.startsWith("既是") // …，既是必须完成的硬任务，又是…的好机遇
        || before.startsWith("又是")
        || before.startsWith("更是")
        || before.startsWith("正是");
  }

  /** A clause after the first that opens with 是/就是/符合 … explains the one before it. */
  private static String laterClauseCopula(String body) {
    Matcher m = LATER_COPULA.matcher(body);
    return m.find() ? m.group().substring(1) : null;
  }

  /**
   * A clause that opens with 你们/你 and goes on, adverbs between, with a verb that does something
   * (你们认真去读, 你们把方案拿出来: after a disposal's object): the speaker tells the listeners what to do.
   * Verbs of saying, thinking and being, and 能/会/可以, say what they are or may be; 不 or 没 negates a
   * report; a verb with 得 after it says how well it was done (你们做得很好).
   */
  private static String addressed(
      String body, Supplier<List<Token>> tokens, int bodyStart, CueTable table) {
    if (body.indexOf('你') < 0) {
      return null; // no 你 in the text, so none among its words
    }
    List<Token> ts = tokens.get();
    for (int i = 0; i + 1 < ts.size(); i++) {
      Token t = ts.get(i);
      if (t.start() < bodyStart || !table.has("addressee", t.word())) {
        continue;
      }
      boolean opens = i == 0 || ts.get(i - 1).start() < bodyStart;
      if (!opens && !"，；：".contains(ts.get(i - 1).word())) {
        continue;
      }
      int j = i + 1;
      while (j < ts.size()
          && (ts.get(j).is("d") || ts.get(j).pos().equals("ad") || goes(ts.get(j)))
          && !table.has("addressed.negation", ts.get(j).word())) {
        j++;
      }
      if (j < ts.size() && disposal(ts.get(j))) {
        j = verbAfterObject(ts, j + 1); // 你们把方案拿出来: the verb after what is disposed of
      }
      if (j < ts.size()
          && openingVerb(ts.get(j))
          && !(j + 1 < ts.size() && ts.get(j + 1).word().equals("得")) // 你们做得很好 praises
          && !(j + 1 < ts.size()
              && "，,".contains(ts.get(j + 1).word())
              && table.has("addressed.discourse", ts.get(j).word())) // 你们看，…: look
          && !table.has("imperative.not", ts.get(j).word())
          && !table.has("modal.weak", ts.get(j).word())
          && !table.has("modal.strong", ts.get(j).word())) {
        return "addressed:" + t.word() + ts.get(j).word();
      }
    }
    return null;
  }

  /** The preposition of a disposal (把, 将) that puts the object before its verb. */
  private static boolean disposal(Token t) {
    return t.is("p") && (t.word().equals("把") || t.word().equals("将"));
  }

  /**
   * The index of the first verb of the clause from {@code from} (the one after a disposal's object:
   * 把/方案/拿出来), or the size of the list when a mark or the end comes first.
   */
  private static int verbAfterObject(List<Token> ts, int from) {
    for (int k = from; k < ts.size() && !ts.get(k).is("w"); k++) {
      if (ts.get(k).is("v") && !ts.get(k).pos().equals("vn")) {
        return k;
      }
    }
    return ts.size();
  }

  /** 去 or 来 before a verb (你们认真去读): it carries the verb, it is none of its own. */
  private static boolean goes(Token t) {
    return t.pos().equals("vf") && (t.word().equals("去") || t.word().equals("来"));
  }

  /**
   * A verb of the imperative list opening the unit or one of its clauses, work given to someone
   * ([assignment]) or a ruling on each case ([ruling]: 该批评的批评、该处理的处理).
   */
  private static String imperative(String body, CueTable table) {
    return imperativeAfter(stripLeadIn(body, table), table);
  }

  /** As {@link #imperative}, given the body with its lead-in stripped ({@link #stripLeadIn}). */
  private static String imperativeAfter(String lead, CueTable table) {
    String hit = table.prefix("imperative", lead);
    // An adverb right after the verb makes it the topic of what follows (改革永远在路上, 创新就要…).
    if (hit != null && table.prefix("topic.adverb", lead.substring(hit.length())) == null) {
      return hit;
    }
    CueTable.Text cues = table.forText(lead); // read once for both groups
    String assigned = cues.find("assignment");
    return assigned != null ? assigned : cues.find("ruling");
  }

  /**
   * The verb of order that opens the clause after a first clause that only says when (即日起至3月31日，
   * 开展专项整治; 从下周一起，组织党员干部分片值守), or null: the time frames the order as a place or a topic does.
   */
  private static String afterTimeClause(
      String body, int bodyStart, Supplier<DeadlineMatch> time, CueTable table) {
    int comma = 0;
    while (comma < body.length() && "，,".indexOf(body.charAt(comma)) < 0) {
      comma++;
    }
    if (comma == 0 || comma >= body.length() - 1) {
      return null;
    }
    // The verb first, a prefix lookup; the unit's time phrases only then, which may need a scan.
    String order = imperative(body.substring(comma + 1), table);
    if (order == null) {
      return null;
    }
    DeadlineMatch when = time.get();
    return when != null && when.start() == bodyStart && when.end() - bodyStart == comma
        ? order
        : null;
  }

  /**
   * A verb that can open a clause of its own: not 是, 有, a directional complement or a bound root.
   */
  private static boolean openingVerb(Token t) {
    String p = t.pos();
    return t.is("v")
        && !p.equals("vshi")
        && !p.equals("vyou")
        && !p.equals("vf")
        && !p.equals("vg");
  }

  /**
   * A clause that opens with a verb and no subject (改善…条件。 制订…办法，…): the document style of
   * directives, found from the part of speech rather than a list, so verbs nobody listed count too.
   * Verbs of saying, thinking, being and having open no directive. {@code lead} is the body with
   * its lead-in stripped ({@link #stripLeadIn}).
   */
  private static String verbFirst(
      String lead, String body, List<Token> ts, int bodyStart, CueTable table, boolean document) {
    int at = bodyStart + body.length() - lead.length();
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      if (t.end() <= at || t.word().isBlank()) {
        continue;
      }
      if (t.start() != at) {
        return null;
      }
      if (!openingVerb(t) || t.word().length() < 2 || table.has("imperative.not", t.word())) {
        return null;
      }
      return (document || !speechTopic(ts, i, table)) && !judged(ts, table)
          ? "verb:" + t.word()
          : null;
    }
    return null;
  }

  /**
   * Whether a deadline makes the work it bounds a deliverable, as {@link #DATED}, {@link #BOUND} or
   * {@link #URGENT} (the kind rules: an action unless the work is a goal). Also for a deadline an
   * owner tag gives its task (（X负责，2025年底前完成）).
   */
  public static boolean bindsWork(DeadlineMatch d, CueTable table) {
    return dated(d, table) || bound(d, table) || urgent(d, table);
  }

  /** A day the work must be done by, not a plan period's (“十四五”时期). */
  private static boolean dated(DeadlineMatch d, CueTable table) {
    return d != null && d.date() != null && !table.any("period", d.text());
  }

  /**
   * A bound (月底前, 两周内), not a standing limit (发生险情的，30分钟内到场), which bounds whatever happens and no
   * one piece of work.
   */
  private static boolean bound(DeadlineMatch d, CueTable table) {
    return d != null && !d.limit() && table.any("bound", d.text());
  }

  /**
   * Whether the work has no time but a horizon it is to be reached by (到2022年, 2020年, a plan
   * period), or none at all: no bound a deliverable would be done within (年底前, 上半年).
   */
  private static boolean horizonOnly(DeadlineMatch d, CueTable table) {
    return d == null || !bound(d, table) && table.any("horizon", d.text());
  }

  /** An event that 即 follows (接电后即办; 部署确定以后，望即电告): the work is due at once after it. */
  private static boolean atOnceAfter(DeadlineMatch d, String text) {
    return d != null
        && d.text().endsWith("后")
        && d.end() <= text.length()
        && AT_ONCE.matcher(text).region(d.end(), text.length()).lookingAt();
  }

  /** 即 as "at once" after the event, as the deadline rules read it: not 即使, 即将, 即可 …. */
  private static final Pattern AT_ONCE = Pattern.compile("[，,]?(?:应|须|望|务|并)?即(?![使将可便是为日时刻])");

  /** An urgency word standing for the bound (尽快, 立即). */
  private static boolean urgent(DeadlineMatch d, CueTable table) {
    return d != null && table.has("urgent.bound", d.text());
  }

  /**
   * Whether a clause that names what may happen (发现火情, 一旦发生险情) stands between the sentence's start
   * and the urgency word at {@code at}: 护林员要每天巡山，发现火情立即报告 asks for speed whenever it happens, a
   * standing rule, not one piece of work done at once.
   */
  private static boolean afterEvent(String text, int at, CueTable table) {
    if (at > text.length()) {
      return false;
    }
    int from = at;
    while (from > 0 && "。；;！？!?".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    for (int i = from; i < at; i++) {
      if ((i == from || "，,：:".indexOf(text.charAt(i - 1)) >= 0)
          && table.prefix("event.openers", text.substring(i, at)) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text ends in a short clause after a comma, as a judging clause does. */
  private static boolean mayBeJudged(String body) {
    int comma = Math.max(body.lastIndexOf('，'), body.lastIndexOf(','));
    return comma > 0 && body.length() - comma <= JUDGING_CLAUSE;
  }

  /** Most characters of a judging clause with its comma and closing stop (任务艰巨、使命光荣。). */
  private static final int JUDGING_CLAUSE = 14;

  /**
   * Whether the sentence ends in a clause that only judges what its first clauses name: a noun with
   * adjectives or adverbs and no verb (实现这一目标，任务艰巨、使命光荣; 做好这项工作，意义重大), or a noun and a copula with
   * no modal after it (推动转型发展，人才是关键; 打好这一仗，成败在于落实). The verb that opens such a sentence names a
   * topic, not an order.
   */
  private static boolean judged(List<Token> ts, CueTable table) {
    int end = ts.size() - 1;
    while (end >= 0 && "。！；!;".contains(ts.get(end).word())) {
      end--;
    }
    int c = end;
    while (c >= 0 && !ts.get(c).word().equals("，") && !ts.get(c).word().equals(",")) {
      c--;
    }
    if (c <= 0 || c == end) {
      return false;
    }
    int from = relativeHead(ts, c + 1, end, table);
    int k = from;
    while (k <= end && ts.get(k).pos().startsWith("n")) {
      k++;
    }
    if (k == from || k > end) {
      return false;
    }
    Token t = ts.get(k);
    if (t.pos().equals("vshi") || t.word().equals("在于")) {
      for (int m = k + 1; m <= end; m++) {
        if (modalWord(ts.get(m).word(), table)) {
          return false;
        }
      }
      return true;
    }
    for (int m = k; m <= end; m++) {
      String p = ts.get(m).pos();
      if (!p.startsWith("a")
          && !p.startsWith("d")
          && !p.startsWith("n")
          && !ts.get(m).word().equals("、")) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word is one of the modal words, strong or weak (要, 必须, 应当 …). */
  private static boolean modalWord(String w, CueTable table) {
    return w.equals("要") || table.has("modal.strong", w) || table.has("modal.weak", w);
  }

  /**
   * Where the head noun of a judged clause's subject starts: after the 的 of a relative clause that
   * opens it (国家投入的资金最多: what is judged is 资金), or at its first word when it has none, or a modal
   * before the 的 (要把投入的资金用好).
   */
  private static int relativeHead(List<Token> ts, int from, int end, CueTable table) {
    for (int m = from; m < end; m++) {
      String w = ts.get(m).word();
      if (modalWord(w, table)) {
        return from;
      }
      if (w.equals("的")) {
        return m > from ? m + 1 : from;
      }
    }
    return from;
  }

  /**
   * Whether a speech's sentence may give a verb-first order, from its place and its text alone (its
   * words are read only for a narrator): inside the speech's numbered points, since before the
   * first point a speech reviews and frames (实现产值…，同比增长…) and one with no points gives its orders
   * with modals; not when its first clause ends in 的 and so names people or things (出席会议的，有…); not
   * when the speaker narrates (围绕…，我讲三点).
   */
  private static boolean speechMayOrder(UnitContext ctx, String text, String lead, CueTable table) {
    return ctx.section() != null
        && !NOMINAL_FIRST_CLAUSE.matcher(lead).find()
        && narrator(text, ctx::tokens) == null;
  }

  /**
   * Whether the verb opening a speech's sentence only opens a topic or a subject: a verbal noun or
   * an intransitive verb (考核评估也存在…, 脱贫攻坚，…是…), a verb whose noun an adverb then goes on from
   * (开裂房屋共三十二户), or a modal word (不能说… is a blocked modal, not an order).
   */
  private static boolean speechTopic(List<Token> ts, int i, CueTable table) {
    Token t = ts.get(i);
    return t.pos().equals("vn")
        || t.pos().equals("vi")
        || subjectPhrase(ts, i)
        || table.has("modal.weak", t.word())
        || table.has("modal.strong", t.word());
  }

  /** A first clause that ends with 的: a nominal phrase, not a predicate. */
  private static final Pattern NOMINAL_FIRST_CLAUSE = Pattern.compile("^[^，,。；;]{1,30}的[，,]");

  /** Whether the verb at {@code i} and the nouns after it are followed by an adverb. */
  private static boolean subjectPhrase(List<Token> ts, int i) {
    int j = i + 1;
    while (j < ts.size() && ts.get(j).is("n")) {
      j++;
    }
    return j > i + 1 && j < ts.size() && ts.get(j).is("d");
  }

  private static String stripLeadIn(String s, CueTable table) {
    return stripLeadIn(s, table.find("frame", s), table);
  }

  /** As {@link #stripLeadIn(String, CueTable)}, given what the [frame] group finds in the text. */
  private static String stripLeadIn(String s, String frame, CueTable table) {
    if (frame != null && s.startsWith(frame) && s.length() > frame.length()) {
      s = s.substring(frame.length());
    }
    for (String w : table.words("lead-in")) {
      if (s.startsWith(w) && s.length() > w.length() && !s.startsWith(w + "求")) {
        return s.substring(w.length()); // not the 要 of 要求各乡镇…, which opens the verb
      }
    }
    return s;
  }
}
