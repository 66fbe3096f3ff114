package dev.luoshi.outline;

import java.util.List;

/**
 * The numbered points of a text in document order, each with its level and id, and the
 * inconsistencies a reader should check (an announced count the points do not match).
 */
public record Outline(List<Point> points, List<Issue> issues) {
  /** Something to check at an offset of the text. */
  public record Issue(int offset, String message) {}

  /** Copies the lists. */
  public Outline {
    points = List.copyOf(points);
    issues = List.copyOf(issues);
  }

  /** The innermost point open at an offset: the last one that starts at or before it. */
  public Point sectionAt(int offset) {
    Point found = null;
    for (Point p : points) {
      if (p.start() > offset) {
        break;
      }
      found = p;
    }
    return found;
  }

  /** The point whose marker starts exactly at the offset, or null. */
  public Point startingAt(int offset) {
    for (Point p : points) {
      if (p.start() == offset) {
        return p;
      }
    }
    return null;
  }
}
