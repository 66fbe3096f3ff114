package dev.luoshi.extract.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A time phrase found in a unit: the phrase as written, its offsets in the unit (end exclusive),
 * and the latest day it allows (null when the phrase does not fix one: 会后, 尽快, 从今年起).
 */
public record DeadlineMatch(String text, int start, int end, LocalDate date) {
  /** Rejects inconsistent offsets. */
  public DeadlineMatch {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != text.length() || text.isBlank()) {
      throw new IllegalArgumentException("bad deadline match " + text + " " + start + ".." + end);
    }
  }
}
