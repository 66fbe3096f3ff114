package dev.luoshi.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The time phrase that bounds or starts a task, as written, and the latest day it allows when that
 * follows from the phrase and the meeting date ({@code date} is null otherwise).
 */
public record Deadline(String text, LocalDate date) {
  /** Rejects a blank phrase; the date may be null. */
  public Deadline {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("blank deadline text");
    }
  }
}
