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

  /**
   * The time phrases of one unit, for a caller that asks both {@link #findAll} and {@link #find} of
   * it, perhaps with different meeting dates: an implementation may read the unit once.
   */
  default Phrases phrases(String unit) {
    return new Phrases() {
      @Override
      public List<DeadlineMatch> all(LocalDate meetingDate) {
        return findAll(unit, meetingDate);
      }

      @Override
      public Optional<DeadlineMatch> best(LocalDate meetingDate) {
        return find(unit, meetingDate);
      }

      @Override
      public Optional<DeadlineMatch> pastTime(LocalDate meetingDate) {
        return Optional.empty();
      }
    };
  }

  /** The time phrases of one unit: what {@link #findAll} and {@link #find} would give. */
  interface Phrases {
    /** As {@link DeadlineFinder#findAll} of the unit. */
    List<DeadlineMatch> all(LocalDate meetingDate);

    /** As {@link DeadlineFinder#find} of the unit. */
    Optional<DeadlineMatch> best(LocalDate meetingDate);

    /**
     * A time phrase that names a year before the meeting's outright (1980年8月, 2018年11月), not as the
     * start of a span up to now (2018年以来) nor in a 《title》, or a half year or quarter of the
     * meeting's year over by then that opens the unit as a clause (今年上半年，… at a meeting in August):
     * the unit tells what happened then. Empty when there is none or the meeting date is unknown.
     */
    Optional<DeadlineMatch> pastTime(LocalDate meetingDate);
  }
}
