package dev.luoshi;

import dev.luoshi.analysis.HanLpAnalyzer;
import dev.luoshi.analysis.Lexicon;
import dev.luoshi.analysis.Normalizer;
import dev.luoshi.analysis.Segmenter;
import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceText;
import dev.luoshi.eval.EvalReport;
import dev.luoshi.eval.Evaluator;
import dev.luoshi.eval.Prediction;
import dev.luoshi.model.TaskModel;
import dev.luoshi.model.TaskModelTrainer;
import dev.luoshi.model.TrainingCorpus;
import dev.luoshi.model.TrainingReport;
import dev.luoshi.plan.Plan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.FutureTask;

/**
 * The facade: turns a decoded speech into a {@link Plan}. Create one per process (HanLP's
 * dictionaries load once) and share it: instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Luoshi luoshi = Luoshi.create(Settings.none());
 * Plan plan = luoshi.plan(SourceText.of("x.txt", text), PlanOptions.defaults());
 * }</pre>
 */
public final class Luoshi {
  private final Pipeline pipeline;

  private Luoshi(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** A planner with the built-in rules (no statistical model), adapted by the settings. */
  public static Luoshi create(Settings settings) {
    return create(settings, null);
  }

  /**
   * A planner with the built-in rules adapted by the settings, and a task model that decides the
   * units the rules are unsure of and chooses kinds (null: rules alone).
   */
  public static Luoshi create(Settings settings, TaskModel model) {
    Objects.requireNonNull(settings, "settings");
    // Words from users are read like the text: in simplified script, half-width. That needs no
    // segmenter, so the analyzer (HanLP's dictionaries, with the users' words) is built once.
    Normalizer normalizer = new Normalizer(HanLpAnalyzer.scriptConverter());
    Settings normalized = settings.map(normalizer::normalize);
    // HanLP's dictionaries load on a thread of their own while this one builds the rules and loads
    // the script conversion table: the two take about as long, and a second core halves the wait.
    FutureTask<HanLpAnalyzer> loading =
        new FutureTask<>(
            () -> HanLpAnalyzer.create(Lexicon.builtIn().plus(Pipeline.lexiconOf(normalized))));
    Thread loader = new Thread(loading, "luoshi-hanlp-load");
    loader.setDaemon(true);
    loader.start();
    Segmenter segmenter = text -> analyzer(loading).segment(text);
    Pipeline pipeline =
        new Pipeline(
            segmenter,
            new Normalizer(text -> analyzer(loading).toSimplified(text)),
            normalized,
            model);
    // What tells a text in simplified script loads here meanwhile, not on the first text planned.
    // HanLP's conversion table itself loads on the first text that needs it: most need none.
    HanLpAnalyzer.scriptConverter().toSimplified("预热");
    analyzer(loading); // a failure to load is this call's failure
    return new Luoshi(pipeline);
  }

  /** The analyzer once loaded; the loader's failure rethrown as it was. */
  private static HanLpAnalyzer analyzer(FutureTask<HanLpAnalyzer> loading) {
    return Futures.await(loading);
  }

  /**
   * Trains a task model on annotated speeches ({@code goldDir/NAME.json} in the guideline's gold
   * format beside {@code srcDir/NAME.txt}), reading units with this planner's rules.
   */
  public TrainingReport train(Path srcDir, Path goldDir, TaskModelTrainer trainer) {
    TrainingCorpus.Samples s = TrainingCorpus.samples(pipeline::read, srcDir, goldDir);
    return new TrainingReport(trainer.train(s.samples()), s.files(), s.samples().size(), s.tasks());
  }

  /**
   * Leave-one-file-out cross-validation of a task model on annotated speeches: for each gold file,
   * a model trained on all the others decides with this planner's rules on that file, and the
   * predictions are scored as {@code eval} scores them. What a user with their own annotations
   * needs to know before trusting a model over the rules.
   */
  public EvalReport crossValidate(Path srcDir, Path goldDir, TaskModelTrainer trainer) {
    Map<String, List<TaskModelTrainer.Sample>> folds =
        TrainingCorpus.samplesByFile(pipeline::read, srcDir, goldDir);
    return new Evaluator(
            (name, source, gold) -> {
              List<TaskModelTrainer.Sample> training = new ArrayList<>();
              folds.forEach(
                  (stem, samples) -> {
                    if (!stem.equals(name)) {
                      training.addAll(samples);
                    }
                  });
              Luoshi fold = new Luoshi(pipeline.withModel(trainer.train(training)));
              return Prediction.of(fold.plan(source, new PlanOptions(gold.meetingDate())));
            })
        .evaluate(srcDir, goldDir);
  }

  /** The plan of one speech. */
  public Plan plan(SourceText source, PlanOptions options) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    Plan plan = pipeline.run(source, options);
    // The pipeline reads text; which format that text was rendered from is the decoder's to say.
    return plan.source().format().equals(source.format())
        ? plan
        : plan.withSource(plan.source().withFormat(source.format(), source.encoding()));
  }
}
