package dev.luoshi.model;

import java.util.Objects;

/**
 * A trained model and what it learned from: annotated files, labelled units (tasks and non-tasks;
 * optional units are left out) and, of those, tasks.
 */
public record TrainingReport(TaskModel model, int files, int units, int tasks) {
  /** Rejects a missing model. */
  public TrainingReport {
    Objects.requireNonNull(model, "model");
  }
}
