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
 *
 * @param impliedOwners who carries the task by the owner tag that closes its item, when the task
 *     names nobody itself; empty otherwise
 * @param impliedBy the unit holding that tag, or null when there are no implied owners
 */
public record Found(
    Unit unit,
    Verdict verdict,
    Point section,
    List<Owner> owners,
    List<Owner> impliedOwners,
    Unit impliedBy,
    DeadlineMatch deadline,
    List<int[]> references,
    List<int[]> items) {
  /**
   * Copies the lists; implied owners need their tag, and a task with owners of its own has none.
   */
  public Found {
    owners = List.copyOf(owners);
    impliedOwners = List.copyOf(impliedOwners);
    references = List.copyOf(references);
    items = List.copyOf(items);
    if (impliedOwners.isEmpty() != (impliedBy == null)) {
      throw new IllegalArgumentException("implied owners come with the unit of their tag");
    }
    if (!impliedOwners.isEmpty() && !owners.isEmpty()) {
      throw new IllegalArgumentException("a task that names its owners has no implied ones");
    }
  }

  /** A task found with the owners it names (or none), and no implied owners yet. */
  public Found(
      Unit unit,
      Verdict verdict,
      Point section,
      List<Owner> owners,
      DeadlineMatch deadline,
      List<int[]> references,
      List<int[]> items) {
    this(unit, verdict, section, owners, List.of(), null, deadline, references, items);
  }

  /** This task with other owners of its own (an owner tag right after it). */
  Found withOwners(List<Owner> named) {
    return new Found(unit, verdict, section, named, List.of(), null, deadline, references, items);
  }

  /** This task with a deadline given outside its unit (by an owner tag right after it). */
  Found withDeadline(DeadlineMatch given) {
    return new Found(
        unit, verdict, section, owners, impliedOwners, impliedBy, given, references, items);
  }

  /** This task with another verdict (a kind its tag's deadline decides). */
  Found withVerdict(Verdict other) {
    return new Found(
        unit, other, section, owners, impliedOwners, impliedBy, deadline, references, items);
  }

  /** This task carried by the owners of the tag in {@code tag}, which closes its item. */
  Found implied(List<Owner> tagged, Unit tag) {
    return new Found(unit, verdict, section, owners, tagged, tag, deadline, references, items);
  }
}
