package dev.luoshi.extract.tasks;

import static dev.luoshi.extract.tasks.Evidence.*;

import dev.luoshi.extract.CueTable;
import dev.luoshi.plan.Kind;
import java.util.List;

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

  /** The verdict the rules give on observed evidence. */
  public Verdict decide(Evidence e, UnitContext ctx) {
    for (String phrase : neverTasks) {
      if (ctx.text().contains(phrase)) {
        return Verdict.no(1.0, List.of("never:" + phrase));
      }
    }
    for (String hard : List.of(EDITORIAL, HEADING, CEREMONY, MAXIM, INTRO)) {
      if (e.has(hard)) {
        return Verdict.no(0.95, e.describe());
      }
    }
    if (e.has(QUESTION) && !e.has(MODAL_STRONG)) {
      return Verdict.no(0.8, e.describe());
    }
    if (e.has(RETRO_TITLE) && !e.has(BOUND) && !e.has(FUTURE)) {
      return Verdict.no(0.75, e.describe());
    }
    if (e.has(MODAL_STRONG) || e.has(MODAL)) {
      if (e.has(MENTAL) && !e.has(BEHAVIOUR) && !e.has(ACTION)) {
        return Verdict.no(0.6, e.describe());
      }
      if (e.has(MODAL_IN_COPULA) || (e.has(COPULA) && e.has(EXCLAMATION))) {
        return Verdict.no(0.6, e.describe());
      }
      if (e.has(FIRST_PERSON) && e.has(REPORTED)) {
        return Verdict.no(0.6, e.describe());
      }
      if (e.has(REPORTED) && (e.has(RETROSPECTIVE) || e.has(PAST))) {
        return Verdict.no(0.7, e.describe());
      }
      if (e.has(CONDITIONAL) && !e.has(MODAL_STRONG) && !e.has(OWNER)) {
        return Verdict.no(0.55, e.describe());
      }
      return new Verdict(true, kind(e), e.has(MODAL_STRONG) ? 0.9 : 0.75, e.describe());
    }
    if (!ctx.unit().closed() && ctx.text().length() < 20) {
      return Verdict.no(0.8, e.describe());
    }
    if (e.has(PERMISSION)
        || e.has(PAST)
        || e.has(COPULA)
        || e.has(PROBLEM)
        || e.has(FIRST_PERSON) && !e.has(FUTURE)
        || e.has(CONDITIONAL)) {
      return Verdict.no(0.7, e.describe());
    }
    if (e.has(RETROSPECTIVE) && !e.has(DEADLINE)) {
      return Verdict.no(0.65, e.describe());
    }
    boolean directs = e.has(OWNER) || e.has(IMPERATIVE) || e.has(ACTION) || e.has(NORMATIVE);
    if (e.has(BOUND) || e.has(DEADLINE) && directs) {
      return new Verdict(true, kind(e), 0.85, e.describe());
    }
    if (e.has(OWNER)
        && (e.has(ACTION)
            || e.has(IMPERATIVE)
            || e.has(FUTURE)
            || e.has(NORMATIVE)
            || e.has(BEHAVIOUR))) {
      return new Verdict(true, kind(e), 0.7, e.describe());
    }
    if (e.has(FUTURE) && (e.has(ACTION) || e.cues().get(FUTURE).startsWith("将"))) {
      return new Verdict(true, kind(e), 0.65, e.describe());
    }
    if (e.has(NORMATIVE) || e.has(IMPERATIVE)) {
      return new Verdict(true, kind(e), 0.6, e.describe());
    }
    return Verdict.no(0.6, e.describe());
  }

  /** The strongest kind the evidence shows. */
  static Kind kind(Evidence e) {
    if (e.has(ACTION) || ((e.has(DATED) || e.has(BOUND)) && !e.has(GOAL))) {
      return Kind.ACTION;
    }
    if (e.has(GOAL)) {
      return Kind.GOAL;
    }
    return Kind.REQUIREMENT;
  }
}
