package dev.luoshi.outline;

/**
 * A numbered point of the outline: its marker, the title's offsets in the text (title without
 * marker, without the closing mark), the title, its level (from 1) and dotted id.
 */
public record Point(
    Marker marker, int titleStart, int titleEnd, String title, int level, String id) {
  /** Offset where the point starts (its marker). */
  public int start() {
    return marker.start();
  }
}
