package dev.luoshi.eval;

import java.util.List;
import java.util.Objects;

/**
 * score.py's summary over a set of files: the five measures on the summed counts, three accuracies
 * (null when there was nothing to judge), the number of files scored and of predictions missing.
 *
 * @param tasks tasks
 * @param actions the action-only view of tasks
 * @param owners owners of matched tasks
 * @param deadlineText deadline phrases of matched tasks
 * @param outline outline titles
 * @param kindAccuracy share of matched tasks with the right kind, or null
 * @param deadlineDateAccuracy share of dated gold deadlines given the right date, or null
 * @param outlineLevelAccuracy share of matched outline nodes at the right level, or null
 * @param files files scored
 * @param missingPredictions files scored as an empty prediction because none was available
 */
public record Summary(
    Metrics tasks,
    Metrics actions,
    Metrics owners,
    Metrics deadlineText,
    Metrics outline,
    Double kindAccuracy,
    Double deadlineDateAccuracy,
    Double outlineLevelAccuracy,
    int files,
    int missingPredictions) {
  /** Rejects null measures. */
  public Summary {
    Objects.requireNonNull(tasks, "tasks");
    Objects.requireNonNull(actions, "actions");
    Objects.requireNonNull(owners, "owners");
    Objects.requireNonNull(deadlineText, "deadlineText");
    Objects.requireNonNull(outline, "outline");
  }

  /** The summary of the files' scores, given how many of them had no prediction. */
  public static Summary of(List<FileScore> scores, int missingPredictions) {
    Tally tasks = Tally.ZERO;
    Tally actions = Tally.ZERO;
    Tally owners = Tally.ZERO;
    Tally deadlineText = Tally.ZERO;
    Tally outline = Tally.ZERO;
    int kindOk = 0;
    int kindN = 0;
    int dateOk = 0;
    int dateN = 0;
    int levelOk = 0;
    int levelN = 0;
    for (FileScore s : scores) {
      tasks = tasks.plus(s.tasks());
      actions = actions.plus(s.actions());
      owners = owners.plus(s.owners());
      deadlineText = deadlineText.plus(s.deadlineText());
      outline = outline.plus(s.outline());
      kindOk += s.kindOk();
      kindN += s.kindN();
      dateOk += s.dateOk();
      dateN += s.dateN();
      levelOk += s.levelOk();
      levelN += s.levelN();
    }
    return new Summary(
        tasks.metrics(),
        actions.metrics(),
        owners.metrics(),
        deadlineText.metrics(),
        outline.metrics(),
        ratio(kindOk, kindN),
        ratio(dateOk, dateN),
        ratio(levelOk, levelN),
        scores.size(),
        missingPredictions);
  }

  private static Double ratio(int ok, int n) {
    return n != 0 ? Py.round4((double) ok / n) : null;
  }
}
