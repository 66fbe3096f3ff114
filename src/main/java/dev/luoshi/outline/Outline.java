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
    int i = indexAt(offset);
    return i < 0 ? null : points.get(i);
  }

  /** The index of the last point that starts at or before the offset, or -1 (binary search). */
  public int indexAt(int offset) {
    int lo = 0;
    int hi = points.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (points.get(mid).start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The point whose marker starts exactly at the offset, or null. */
  public Point startingAt(int offset) {
    Point p = sectionAt(offset);
    return p != null && p.start() == offset ? p : null;
  }
}
