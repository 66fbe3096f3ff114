package dev.luoshi.extract.tasks;

import static dev.luoshi.extract.tasks.Evidence.*;

import dev.luoshi.extract.CueTable;
import dev.luoshi.plan.Kind;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Decides tasks by rules over {@link Evidence}: a unit that obliges someone (a modal in a directive
 * frame) is a task unless it only reports, explains, argues or asks for a state of mind; a unit
 * with no modal is a task when it reads as a document's directive (a body or a bare verb opening
 * it, a time bound) and not as a report of the past. The kind is the strongest cue: action over
 * goal over requirement (GUIDELINE §3).
 */
public final class RuleTaskClassifier implements TaskClassifier {
  private final CueTable cues;
  private final List<String> neverTasks;

  /** A classifier over the cue table, skipping units that contain any never-task phrase. */
  public RuleTaskClassifier(CueTable cues, List<String> neverTasks) {
    this.cues = cues;
    this.neverTasks = List.copyOf(neverTasks);
  }

  /** The built-in cues, plus extra directive cues and never-task phrases from settings. */
  public static RuleTaskClassifier create(
      List<String> extraDirectiveCues, List<String> neverTasks) {
    CueTable table =
        CueTable.load(RuleTaskClassifier.class, "cues.txt")
            .plus("modal.strong", extraDirectiveCues);
    return new RuleTaskClassifier(table, neverTasks);
  }

  /** The cue table this classifier reads. */
  public CueTable cues() {
    return cues;
  }

  @Override
  public Verdict classify(UnitContext ctx) {
    return decide(Evidence.of(ctx, cues), ctx);
  }

  /**
   * {@inheritDoc} The cues are read as the rules ask for them, so most units that are no task are
   * put aside after a few (their owners, for one, are never looked for); a task is then read whole,
   * for its verdict to list every cue.
   */
  @Override
  public Verdict ifTask(UnitContext ctx) {
    Evidence.Reader reader = new Evidence.Reader(ctx, cues);
    Verdict first = decide(name -> reader.get(name) != null, reader::get, List::of, ctx);
    return first.task() ? decide(reader.all(), ctx) : null;
  }

  /**
   * {@inheritDoc} Its kind is the one its cues show (an action verb, a bound), as for any task; a
   * point that reports work done, judges (a copula, a problem), tells of some of them or of a time
   * gone by, or stands in a review of past work is none (null).
   */
  @Override
  public Verdict assigned(UnitContext ctx) {
    Evidence e = Evidence.of(ctx, cues);
    Verdict v = decide(e, ctx);
    if (v.task()) {
      return v;
    }
    if (e.has(PAST) || e.has(RETROSPECTIVE) || e.has(COPULA) || e.has(PROBLEM)) {
      return null; // 一、已建成文化广场8个。; 三是成绩是大家干出来的。: a report or a judgement is given to no one
    }
    if (e.has(SOME) || e.has(STORY)) {
      return null; // 二、一些单位把台账当成摆设…; 三、过去有些地区…: what some did, or did then, is no rule
    }
    if (e.has(INTRO)) {
      return null; // 会议议定如下事项：, （三）关于安全生产。: what introduces the decisions is none of them
    }
    return TaskClassifier.madeTask(v, kind(e::has));
  }

  /** The verdict the rules give on observed evidence. */
  public Verdict decide(Evidence e, UnitContext ctx) {
    return decide(e::has, name -> e.cues().get(name), e::describe, ctx);
  }

  /**
   * The verdict from cues read one by one (whether the unit shows each, and the phrase showing it),
   * listing what {@code describe} gives.
   */
  private Verdict decide(
      Has e, Function<String, String> cue, Supplier<List<String>> describe, UnitContext ctx) {
    for (String phrase : neverTasks) {
      if (ctx.text().contains(phrase)) {
        return Verdict.no(1.0, List.of("never:" + phrase));
      }
    }
    for (String hard : List.of(EDITORIAL, HEADING, CEREMONY, MAXIM, INTRO)) {
      if (e.has(hard) && !(hard.equals(HEADING) && pointDirects(e, cue, ctx.text()))) {
        return Verdict.no(0.95, describe.get());
      }
    }
    if (e.has(QUESTION) && !e.has(MODAL_STRONG)) {
      return Verdict.no(0.8, describe.get());
    }
    if (e.has(RETRO_TITLE) && !e.has(BOUND) && !e.has(FUTURE)) {
      return Verdict.no(0.75, describe.get());
    }
    if (e.has(TARGETS) && !e.has(PAST) && !e.has(RETROSPECTIVE)) {
      // 今年的主要目标是：营收增长8%以上；利润增长10%左右；: each figure of the list is a goal to reach
      return new Verdict(true, Kind.GOAL, 0.7, describe.get());
    }
    if (e.has(MODAL_STRONG) || e.has(MODAL)) {
      // a state of mind is bound to no date: work due by one is observable (…要把…复盘一遍，7月15日前…，不要怕)
      if (e.has(MENTAL) && !e.has(BEHAVIOUR) && !e.has(ACTION) && !e.has(BOUND)) {
        return Verdict.no(0.6, describe.get());
      }
      if (e.has(SOME) || e.has(STORY) || e.has(ARGUMENT)) {
        return Verdict.no(0.6, describe.get());
      }
      if (e.has(MODAL_IN_COPULA) || (e.has(COPULA) && e.has(EXCLAMATION))) {
        return Verdict.no(0.6, describe.get());
      }
      if (e.has(REPORTED) && e.has(FIRST_PERSON)) {
        return Verdict.no(0.6, describe.get());
      }
      if (e.has(REPORTED)
          && (e.has(RETROSPECTIVE) || e.has(PAST))
          && !asksInTurn(cue.apply(MODAL), ctx.text())) {
        return Verdict.no(0.7, describe.get());
      }
      if (e.has(CONDITIONAL) && !e.has(MODAL_STRONG) && !e.has(OWNER)) {
        return Verdict.no(0.55, describe.get());
      }
      return new Verdict(true, kind(e), e.has(MODAL_STRONG) ? 0.9 : 0.75, describe.get());
    }
    if (!ctx.unit().closed() && ctx.text().length() < 20) {
      return Verdict.no(0.8, describe.get());
    }
    if (!e.has(PAST)
        && !e.has(PERMISSION)
        && e.has(IMPERATIVE)
        && assignsInTurn(cue.apply(IMPERATIVE))) {
      // 我们不搞一个标准，由代表处…制定; …关系到每个人，由他们自己去监管: what the first clause says
      // or explains, the speaker then gives to someone; after a condition (如有人借机报复，由县政府依法
      // 惩处), a standing rule for the case
      return new Verdict(true, kind(e), 0.65, describe.get());
    }
    // Cues read from the text alone first, then those that may need the unit's words.
    if (e.has(PERMISSION)
        || e.has(COPULA)
        || e.has(PROBLEM)
        || e.has(CONDITIONAL)
        || e.has(OUTCOME) // 不抓落实，规划就落空: with no modal, what follows from what
        || e.has(PAST)
        || e.has(STORY)
        || e.has(ARGUMENT)
        || e.has(SOME) // 一些同志把报告当成例行公事: with no modal, it tells what some of them do
        || e.has(FIRST_PERSON) && !e.has(FUTURE) && !e.has(BOUND) && !e.has(DATED)) {
      return Verdict.no(0.7, describe.get());
    }
    if (e.has(RETROSPECTIVE) && !e.has(DEADLINE)) {
      return Verdict.no(0.65, describe.get());
    }
    if (cues.prefix("meeting.findings", ctx.text()) != null) {
      // 会议指出，今冬明春是事故多发期…: what the minutes found, with no modal of its own, decides nothing
      return Verdict.no(0.7, describe.get());
    }
    if (e.has(NORMATIVE)
        && !e.has(IMPERATIVE)
        && !e.has(QUOTA)
        && cues.any("normative.judgement", ctx.text())) {
      // among a document's rules, …市民很受感动，这就是好的榜样: the document judges what it told
      return Verdict.no(0.65, describe.get());
    }
    // Whether it directs is asked only with a deadline, and the owners last of all: finding them
    // is the dearest read, and these rules often decide without them.
    if (e.has(BOUND)
        || e.has(DEADLINE)
            && (e.has(IMPERATIVE) || e.has(ACTION) || e.has(NORMATIVE) || e.has(OWNER))) {
      return new Verdict(true, kind(e), 0.85, describe.get());
    }
    if ((e.has(ACTION)
            || e.has(IMPERATIVE)
            || e.has(FUTURE)
            || e.has(NORMATIVE)
            || e.has(BEHAVIOUR) && !laterClause(cue.apply(BEHAVIOUR)))
        && e.has(OWNER)) {
      return new Verdict(true, kind(e), 0.7, describe.get());
    }
    // 我们决定，从下月起…: the speaker announces a decision of the body they speak for, with its time
    if (e.has(FUTURE)
        && (e.has(ACTION)
            || cue.apply(FUTURE).startsWith("将")
            || cue.apply(FUTURE).equals("会")
            || cue.apply(FUTURE).equals("拟")
            || cue.apply(FUTURE).equals("决定") && e.has(FIRST_PERSON) && e.has(DEADLINE))) {
      return new Verdict(true, kind(e), 0.65, describe.get());
    }
    // After a document's announcement of its rules any sentence may be one (a meeting's finding
    // relayed with no modal was put aside above), and so is a bound on a figure anywhere (每批不少于
    // 二十人).
    if (e.has(NORMATIVE) || e.has(IMPERATIVE) || e.has(QUOTA)) {
      return new Verdict(true, kind(e), 0.6, describe.get());
    }
    return Verdict.no(0.6, describe.get());
  }

  /**
   * Whether the speaker asks in a clause of their own after what was said (…提出了很多意见和建议，请有关方面
   * 认真研究吸收): the report before it does not make the request a reported one.
   */
  private static boolean asksInTurn(String modal, String text) {
    return "请".equals(modal) && (text.contains("，请") || text.contains(",请"));
  }

  /**
   * Whether a numbered point that stands as a heading directs in its own words: it gives the work
   * to someone in a later clause (（一）滞后的，亮黄灯，由督查室发函督办；) or binds it to a time in a point of more
   * than one clause (甲、棉衣五千套，限本月十日以前运交…), or bounds a figure ((1)…评价意见权重不低于40%): a phase's title
   * with its time (（一）动员部署阶段（4月底前）) directs nothing. Such a point is a node of the outline and a
   * task too.
   */
  private static boolean pointDirects(Has e, Function<String, String> cue, String text) {
    return e.has(BOUND) && (text.contains("，") || text.contains(","))
        || e.has(IMPERATIVE) && assignsInTurn(cue.apply(IMPERATIVE))
        || e.has(QUOTA);
  }

  /**
   * Whether the imperative is a later clause giving the work to someone (…，由X负责): the speaker's
   * decision on what the clauses before it said.
   */
  private static boolean assignsInTurn(String imperative) {
    return (imperative.startsWith("，") || imperative.startsWith("；")) && imperative.contains("由");
  }

  /**
   * Whether a behaviour cue is a verb opening a later clause (…较高，落实…): with a subject and no modal
   * that describes, where 负责 or 做好 with an owner assigns.
   */
  private static boolean laterClause(String behaviour) {
    return behaviour.startsWith("，") || behaviour.startsWith("；");
  }

  /** Whether a unit shows a cue. */
  @FunctionalInterface
  private interface Has {
    boolean has(String name);
  }

  /** The strongest kind the evidence shows. */
  static Kind kind(Evidence e) {
    return kind((Has) e::has);
  }

  private static Kind kind(Has e) {
    if (e.has(CONTINGENCY) && !e.has(DATED) && !e.has(GOAL)) {
      return Kind.REQUIREMENT; // 一旦发生火情，…要立即上报: whenever it happens, a standing rule
    }
    if (e.has(ACTION) || ((e.has(DATED) || e.has(BOUND) || e.has(URGENT)) && !e.has(GOAL))) {
      return Kind.ACTION;
    }
    if (e.has(GOAL)) {
      return Kind.GOAL;
    }
    return Kind.REQUIREMENT;
  }
}
