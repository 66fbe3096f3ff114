package dev.luoshi.extract.tasks;

import dev.luoshi.plan.Kind;
import java.util.List;

/**
 * Whether a unit is a task, of which kind, how sure the deciding rule or model is (0.5 … 1), and
 * the cues behind the decision, for people to check.
 */
public record Verdict(boolean task, Kind kind, double confidence, List<String> cues) {
  /** Copies the cues; a task must have a kind. */
  public Verdict {
    cues = List.copyOf(cues);
    if (task && kind == null) {
      throw new IllegalArgumentException("a task needs a kind");
    }
  }

  /** Not a task, for the given reasons. */
  public static Verdict no(double confidence, List<String> cues) {
    return new Verdict(false, null, confidence, cues);
  }
}
