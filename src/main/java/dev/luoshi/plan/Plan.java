package dev.luoshi.plan;

import java.util.List;
import java.util.Objects;

/** The structured plan of one speech: source, meeting, outline, tasks, diagnostics and counts. */
public record Plan(
    Source source,
    Meeting meeting,
    List<OutlineNode> outline,
    List<Task> tasks,
    List<Diagnostic> diagnostics,
    Stats stats) {
  /** The schema name written at the top of every serialised plan. */
  public static final String SCHEMA = "luoshi/plan@1";

  /** Copies lists and rejects nulls. */
  public Plan {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(stats, "stats");
    outline = List.copyOf(outline);
    tasks = List.copyOf(tasks);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The same plan with another source description. */
  public Plan withSource(Source newSource) {
    return new Plan(newSource, meeting, outline, tasks, diagnostics, stats);
  }
}
