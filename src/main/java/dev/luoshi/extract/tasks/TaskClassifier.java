package dev.luoshi.extract.tasks;

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
}
