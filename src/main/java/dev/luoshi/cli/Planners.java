package dev.luoshi.cli;

import dev.luoshi.Luoshi;
import dev.luoshi.config.Settings;
import dev.luoshi.model.TaskModel;

/**
 * Makes the planner a command runs with, from the configuration in force. {@code main} passes
 * {@code Luoshi::create}; tests pass one shared planner, or record what they were given.
 */
@FunctionalInterface
public interface Planners {
  /**
   * The planner for the settings and task model in force. Called at most once per run, and only
   * when there is something to plan.
   *
   * @param settings the merged settings (built-in defaults, luoshi.yaml, --dict files)
   * @param model the task model, already read, or null for rules only
   */
  Luoshi create(Settings settings, TaskModel model);
}
