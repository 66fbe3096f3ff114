package dev.luoshi.model;

import dev.luoshi.LuoshiException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** Trains a {@link TaskModel} with OpenNLP's GIS maximum-entropy trainer. */
public final class TaskModelTrainer {
  /** One labelled unit: its features and its outcome ("none" or a kind's label). */
  public record Sample(String[] features, String outcome) {}

  /** GIS iterations of the bundled model and of {@code luoshi train} by default. */
  public static final int DEFAULT_ITERATIONS = 200;

  /** Features seen fewer times than this are dropped, by default. */
  public static final int DEFAULT_CUTOFF = 2;

  private final int iterations;
  private final int cutoff;

  /** A trainer with the given GIS iterations and feature cutoff. */
  public TaskModelTrainer(int iterations, int cutoff) {
    this.iterations = iterations;
    this.cutoff = cutoff;
  }

  /** The defaults used for the bundled model. */
  public static TaskModelTrainer defaults() {
    return new TaskModelTrainer(DEFAULT_ITERATIONS, DEFAULT_CUTOFF);
  }

  /** A model trained on the samples (deterministic: single-threaded GIS). */
  public TaskModel train(List<Sample> samples) {
    if (samples.isEmpty()) {
      throw new LuoshiException("no labelled units to train on");
    }
    List<Event> events = new ArrayList<>(samples.size());
    for (Sample s : samples) {
      events.add(new Event(s.outcome(), s.features()));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.TRAINER_TYPE_PARAM, EventTrainer.EVENT_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put("PrintMessages", false);
    Map<String, String> report = new HashMap<>();
    try {
      EventTrainer trainer = TrainerFactory.getEventTrainer(params, report);
      return new TaskModel(trainer.train(ObjectStreamUtils.createObjectStream(events)));
    } catch (IOException e) {
      throw new LuoshiException("training failed: " + e.getMessage(), e);
    }
  }
}
