package dev.luoshi.extract.tasks;

/** Decides whether a unit directs someone, and how. Implementations are thread-safe. */
public interface TaskClassifier {
  /** The verdict on one unit. */
  Verdict classify(UnitContext context);
}
