package dev.luoshi.extract.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A time phrase found in a unit: the phrase as written, its offsets in the unit (end exclusive),
 * the latest day it allows (null when the phrase does not fix one: 会后, 尽快, 从今年起), and whether it is
 * a standing time limit counted from whatever happens (发生险情的，30分钟内), which bounds no one piece of
 * work.
 */
public record DeadlineMatch(String text, int start, int end, LocalDate date, boolean limit) {
  /** Rejects inconsistent offsets, and a date on a standing limit. */
  public DeadlineMatch {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != text.length() || text.isBlank()) {
      throw new IllegalArgumentException("bad deadline match " + text + " " + start + ".." + end);
    }
    if (limit && date != null) {
      throw new IllegalArgumentException("a standing limit has no date: " + text);
    }
  }

  /** A phrase that is no standing limit. */
  public DeadlineMatch(String text, int start, int end, LocalDate date) {
    this(text, start, end, date, false);
  }

  /** The same phrase at other offsets. */
  public DeadlineMatch shifted(int by) {
    return new DeadlineMatch(text, start + by, end + by, date, limit);
  }
}
