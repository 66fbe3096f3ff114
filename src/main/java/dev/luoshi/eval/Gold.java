package dev.luoshi.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One gold file (GUIDELINE §5): the source it annotates, the meeting date the tool is given, the
 * outline and the tasks.
 *
 * @param file the source's file name as the gold file gives it, or null
 * @param meetingDate the meeting date, or null when the text does not allow one
 */
public record Gold(
    String file, LocalDate meetingDate, List<GoldHeading> outline, List<GoldTask> tasks) {
  /** Copies the lists and rejects nulls in them. */
  public Gold {
    outline = List.copyOf(outline);
    tasks = List.copyOf(tasks);
  }

  /** The number of tasks that are not {@code optional}: what a perfect prediction finds. */
  public long scoredTasks() {
    return tasks.stream().filter(t -> !t.isOptional()).count();
  }

  /**
   * An outline node of a gold file.
   *
   * @param level the nesting level from 1, or null when the file omits it
   * @param marker the marker as written ("一、", "（一）", "一是"), or null when the file omits it
   * @param title the heading text without marker and closing "。"
   */
  public record GoldHeading(Integer level, String marker, String title) {
    /** Rejects a missing title. */
    public GoldHeading {
      Objects.requireNonNull(title, "title");
    }
  }

  /**
   * A task of a gold file.
   *
   * @param quote the unit, verbatim
   * @param kind action, requirement, goal or optional (as written; null when the file omits it)
   * @param owners who must act, as written
   * @param deadline the time phrase and its date, or null
   * @param items the enumerated items, empty when none
   * @param references the documents named in 《》, empty when none
   * @param ownersImplied who is meant when {@code owners} is empty but an earlier unit names them
   */
  public record GoldTask(
      String quote,
      String kind,
      List<String> owners,
      GoldDeadline deadline,
      List<String> items,
      List<String> references,
      List<String> ownersImplied) {
    /** The kind of a unit the scorer ignores. */
    public static final String OPTIONAL = "optional";

    /** Copies the lists and rejects a missing quote. */
    public GoldTask {
      Objects.requireNonNull(quote, "quote");
      owners = List.copyOf(owners);
      items = List.copyOf(items);
      references = List.copyOf(references);
      ownersImplied = List.copyOf(ownersImplied);
    }

    /** Whether the unit is a don't-care: matching it earns nothing, missing it costs nothing. */
    public boolean isOptional() {
      return OPTIONAL.equals(kind);
    }
  }

  /**
   * The deadline of a gold task.
   *
   * @param text the time phrase as written
   * @param date the ISO date (YYYY-MM-DD) of the latest day it allows, as written, or null
   */
  public record GoldDeadline(String text, String date) {
    /** Rejects a missing text. */
    public GoldDeadline {
      Objects.requireNonNull(text, "text");
    }
  }
}
