package dev.luoshi.extract.tasks;

import dev.luoshi.plan.Kind;
import java.util.ArrayList;
import java.util.List;

/** Decides whether a unit directs someone, and how. Implementations are thread-safe. */
public interface TaskClassifier {
  /** The verdict on one unit. */
  Verdict classify(UnitContext context);

  /**
   * The verdict on a unit that is a task, as {@link #classify} gives it; null for a unit that is
   * not, which an implementation may find out before reading all of the unit.
   */
  default Verdict ifTask(UnitContext context) {
    Verdict v = classify(context);
    return v.task() ? v : null;
  }

  /**
   * The verdict on a numbered point that an owner tag right after it assigns (一、新建村级文化广场8个。 then
   * 牵头单位：X), or that a clause announcing decisions introduces (形成决议如下：1. …): a task whatever its
   * words show, since someone is made to answer for it; of the kind {@link #classify} finds, else a
   * requirement. An implementation may return null, as {@link #ifTask} does, for a point that only
   * reports or judges.
   */
  default Verdict assigned(UnitContext context) {
    Verdict v = classify(context);
    return v.task() ? v : madeTask(v, Kind.REQUIREMENT);
  }

  /** The verdict {@code v} that found no task, made a task of the given kind by its assignment. */
  static Verdict madeTask(Verdict v, Kind kind) {
    List<String> cues = new ArrayList<>(v.cues());
    cues.add(TAGGED);
    return new Verdict(true, kind, v.confidence(), cues);
  }

  /**
   * The cue of a numbered point made a task by what assigns it: the owner tag after it, or the
   * clause announcing decisions before its series.
   */
  String TAGGED = "tagged";
}
