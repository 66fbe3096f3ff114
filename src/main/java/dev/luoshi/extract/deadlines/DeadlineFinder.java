package dev.luoshi.extract.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds the time phrase that bounds or starts a task (GUIDELINE §4). Thread-safe. */
public interface DeadlineFinder {
  /**
   * Every deadline phrase in the unit, in text order, resolved against the meeting date (which may
   * be null: then only phrases that fix their own date, such as 2019年3月底前, get one).
   */
  List<DeadlineMatch> findAll(String unit, LocalDate meetingDate);

  /** The one phrase a ledger would show for the unit, if any. */
  Optional<DeadlineMatch> find(String unit, LocalDate meetingDate);
}
