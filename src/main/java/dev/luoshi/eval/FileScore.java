package dev.luoshi.eval;

import java.util.List;
import java.util.Objects;

/**
 * The counts of one file, as score.py's {@code score_file} returns them, and its log: the lines
 * score.py -v prints under the file (unlocatable predictions, missed and spurious tasks, missed
 * outline nodes), each starting with two spaces.
 *
 * @param tasks tasks matched on overlap, optional gold units left out
 * @param actions the same restricted to the {@code action} kind on either side
 * @param owners owner names of matched tasks, matched one to one
 * @param deadlineText deadline phrases of matched tasks
 * @param outline outline titles
 * @param kindOk matched tasks whose kind agrees
 * @param kindN matched tasks
 * @param dateOk gold deadline dates the prediction gives equal
 * @param dateN gold deadlines of matched tasks that have a date
 * @param levelOk matched outline nodes whose level agrees
 * @param levelN matched outline nodes
 * @param log the -v lines
 */
public record FileScore(
    Tally tasks,
    Tally actions,
    Tally owners,
    Tally deadlineText,
    Tally outline,
    int kindOk,
    int kindN,
    int dateOk,
    int dateN,
    int levelOk,
    int levelN,
    List<String> log) {
  /** Copies the log and rejects nulls. */
  public FileScore {
    Objects.requireNonNull(tasks, "tasks");
    Objects.requireNonNull(actions, "actions");
    Objects.requireNonNull(owners, "owners");
    Objects.requireNonNull(deadlineText, "deadlineText");
    Objects.requireNonNull(outline, "outline");
    log = List.copyOf(log);
  }
}
