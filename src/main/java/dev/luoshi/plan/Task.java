package dev.luoshi.plan;

import java.util.List;
import java.util.Objects;

/**
 * One directive of the speech: a whole unit quoted verbatim, its kind, owners, deadline, the
 * documents it refers to, the items it enumerates and the cues that made it a task.
 *
 * @param id "T1", "T2" … in source order
 * @param section the id of the innermost outline node holding it, or null
 * @param owners who must act, as written in the unit or in an owner tag right after it
 * @param ownersImplied when {@code owners} is empty: who carries the task by the owner tag that
 *     closes its item (（X牵头，Y配合） after the item's last sentence); empty otherwise
 */
public record Task(
    String id,
    String section,
    Kind kind,
    String text,
    Span span,
    List<Owner> owners,
    List<Owner> ownersImplied,
    Deadline deadline,
    List<String> references,
    List<String> items,
    List<String> cues) {
  /**
   * Copies lists and rejects nulls (section and deadline may be null), and implied owners beside
   * owners of the task's own.
   */
  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    owners = List.copyOf(owners);
    ownersImplied = List.copyOf(ownersImplied);
    references = List.copyOf(references);
    items = List.copyOf(items);
    cues = List.copyOf(cues);
    if (!owners.isEmpty() && !ownersImplied.isEmpty()) {
      throw new IllegalArgumentException("a task that names its owners has no implied ones");
    }
  }

  /** A task without implied owners. */
  public Task(
      String id,
      String section,
      Kind kind,
      String text,
      Span span,
      List<Owner> owners,
      Deadline deadline,
      List<String> references,
      List<String> items,
      List<String> cues) {
    this(id, section, kind, text, span, owners, List.of(), deadline, references, items, cues);
  }
}
