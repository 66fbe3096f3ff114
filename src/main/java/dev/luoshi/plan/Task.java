package dev.luoshi.plan;

import java.util.List;
import java.util.Objects;

/**
 * One directive of the speech: a whole unit quoted verbatim, its kind, owners, deadline, the
 * documents it refers to, the items it enumerates and the cues that made it a task.
 *
 * @param id "T1", "T2" … in source order
 * @param section the id of the innermost outline node holding it, or null
 */
public record Task(
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
  /** Copies lists and rejects nulls (section and deadline may be null). */
  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    owners = List.copyOf(owners);
    references = List.copyOf(references);
    items = List.copyOf(items);
    cues = List.copyOf(cues);
  }
}
