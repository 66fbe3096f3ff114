package dev.luoshi.plan;

/**
 * Where a quote sits in the decoded source: code point offsets (end exclusive) and the line,
 * counted from 1, on which it starts.
 */
public record Span(int start, int end, int line) {
  /** Validates that the span is well formed. */
  public Span {
    if (start < 0 || end < start || line < 1) {
      throw new IllegalArgumentException("bad span " + start + ".." + end + " line " + line);
    }
  }
}
