package dev.luoshi.extract;

import dev.luoshi.extract.deadlines.DeadlineMatch;
import dev.luoshi.extract.tasks.Verdict;
import dev.luoshi.outline.Point;
import dev.luoshi.plan.Owner;
import dev.luoshi.units.Unit;
import java.util.List;

/**
 * A unit found to be a task, with everything extracted from it; offsets of references and items are
 * relative to the unit, so the plan can cut them from the original text.
 */
public record Found(
    Unit unit,
    Verdict verdict,
    Point section,
    List<Owner> owners,
    DeadlineMatch deadline,
    List<int[]> references,
    List<int[]> items) {
  /** Copies the lists. */
  public Found {
    owners = List.copyOf(owners);
    references = List.copyOf(references);
    items = List.copyOf(items);
  }
}
