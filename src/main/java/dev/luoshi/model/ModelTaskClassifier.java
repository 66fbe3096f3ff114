package dev.luoshi.model;

import dev.luoshi.extract.tasks.Evidence;
import dev.luoshi.extract.tasks.RuleTaskClassifier;
import dev.luoshi.extract.tasks.TaskClassifier;
import dev.luoshi.extract.tasks.UnitContext;
import dev.luoshi.extract.tasks.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules first, the model where they are in doubt: a verdict the rules give with at least {@code
 * sure} confidence stands; otherwise the model decides whether the unit is a task. The model
 * chooses the kind of every task.
 */
public final class ModelTaskClassifier implements TaskClassifier {
  private final RuleTaskClassifier rules;
  private final TaskModel model;
  private final double sure;

  /** Combines rules and a model; {@code sure} is the rule confidence that needs no model. */
  public ModelTaskClassifier(RuleTaskClassifier rules, TaskModel model, double sure) {
    this.rules = rules;
    this.model = model;
    this.sure = sure;
  }

  @Override
  public Verdict classify(UnitContext ctx) {
    Evidence e = Evidence.of(ctx, rules.cues());
    Verdict rule = rules.decide(e, ctx);
    TaskModel.Scores s = model.score(ModelFeatures.of(ctx, e, rule));
    boolean task = rule.confidence() >= sure ? rule.task() : s.task() >= 0.5;
    List<String> cues = new ArrayList<>(rule.cues());
    cues.add(String.format(java.util.Locale.ROOT, "model:%.2f", s.task()));
    if (!task) {
      return Verdict.no(rule.task() ? 1 - s.task() : rule.confidence(), cues);
    }
    return new Verdict(true, s.kind(), Math.max(s.task(), rule.confidence()), cues);
  }
}
