package dev.luoshi.plan;

import java.time.LocalDate;

/**
 * The meeting a speech was given at: its date (null when unknown), where the date came from, and
 * the speech's title when the text has one (all may be null).
 */
public record Meeting(LocalDate date, DateSource dateSource, String title) {
  /** Where a meeting date came from. */
  public enum DateSource {
    /** Given by the caller (--meeting-date). */
    OPTION,
    /** Read from a date line in the text. */
    TEXT;

    /** The lower-case name used in plans. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A date must come with its source. */
  public Meeting {
    if ((date == null) != (dateSource == null)) {
      throw new IllegalArgumentException("date and date source go together");
    }
  }
}
