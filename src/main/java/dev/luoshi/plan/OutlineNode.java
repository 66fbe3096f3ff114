package dev.luoshi.plan;

import java.util.List;
import java.util.Objects;

/**
 * A numbered point of the speech: its dotted id ("1.2"), nesting level (from 1), the marker as
 * written ("一、", "（一）", "一要", "第一，"), its title and the span of marker plus title.
 */
public record OutlineNode(
    String id, int level, String marker, String title, Span span, List<OutlineNode> children) {
  /** Copies the children and rejects nulls. */
  public OutlineNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(span, "span");
    children = List.copyOf(children);
    if (level < 1) {
      throw new IllegalArgumentException("level " + level);
    }
  }
}
