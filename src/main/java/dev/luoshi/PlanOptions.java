package dev.luoshi;

import java.time.LocalDate;

/**
 * Per-speech options: the meeting date to resolve relative deadlines against (null: take it from a
 * date line in the text, when there is one).
 */
public record PlanOptions(LocalDate meetingDate) {
  /** No meeting date: it is read from the text when it has one. */
  public static PlanOptions defaults() {
    return new PlanOptions(null);
  }
}
