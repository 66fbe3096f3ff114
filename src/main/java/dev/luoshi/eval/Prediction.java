package dev.luoshi.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.luoshi.LuoshiException;
import dev.luoshi.plan.OutlineNode;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the scorer reads of a prediction: the tasks (text, kind, owner names, deadline) and the
 * outline flattened in document order. Built from a {@link Plan} or from a plan as JSON, the way
 * score.py reads one.
 *
 * @param tasks the predicted tasks in order
 * @param outline the predicted outline nodes, parents before their children
 */
public record Prediction(List<PredictedTask> tasks, List<PredictedHeading> outline) {
  /** Copies the lists. */
  public Prediction {
    tasks = List.copyOf(tasks);
    outline = List.copyOf(outline);
  }

  /** A prediction with no tasks and no outline. */
  public static Prediction empty() {
    return new Prediction(List.of(), List.of());
  }

  /** The view of a plan. */
  public static Prediction of(Plan plan) {
    List<PredictedTask> tasks = new ArrayList<>();
    for (Task t : plan.tasks()) {
      tasks.add(
          new PredictedTask(
              t.text(),
              t.kind().label(),
              t.owners().stream().map(Owner::name).filter(n -> !n.isEmpty()).toList(),
              t.deadline() == null
                  ? null
                  : new PredictedDeadline(
                      t.deadline().text(),
                      t.deadline().date() == null ? null : t.deadline().date().toString())));
    }
    List<PredictedHeading> outline = new ArrayList<>();
    flatten(plan.outline(), outline);
    return new Prediction(tasks, outline);
  }

  private static void flatten(List<OutlineNode> nodes, List<PredictedHeading> out) {
    for (OutlineNode n : nodes) {
      out.add(new PredictedHeading(n.level(), n.title(), n.marker()));
      flatten(n.children(), out);
    }
  }

  /**
   * The view of a plan in JSON, read as score.py reads it: a task's unit is its {@code text} or
   * else its {@code quote}; owners are strings or objects with a {@code name} (or {@code text}); a
   * deadline is a string or {@code {text, date}}; the outline nests through {@code children} or is
   * flat with {@code level} (a node without one is one below its parent). Unknown keys are ignored.
   *
   * @throws LuoshiException when the root is not an object
   */
  public static Prediction fromJson(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new LuoshiException("a plan must be a JSON object");
    }
    List<PredictedTask> tasks = new ArrayList<>();
    for (JsonNode t : elements(root.get("tasks"))) {
      if (!t.isObject()) {
        continue;
      }
      String text = truthy(t.get("text"));
      tasks.add(
          new PredictedTask(
              text == null ? "" : text,
              text == null ? truthy(t.get("quote")) : null,
              scalar(t.get("kind")),
              owners(t),
              deadline(t)));
    }
    List<PredictedHeading> outline = new ArrayList<>();
    flatten(root.get("outline"), 1, outline);
    return new Prediction(tasks, outline);
  }

  private static List<String> owners(JsonNode task) {
    List<String> out = new ArrayList<>();
    for (JsonNode o : elements(task.get("owners"))) {
      String name;
      if (o.isObject()) {
        name = truthy(o.get("name"));
        if (name == null) {
          name = truthy(o.get("text"));
        }
      } else {
        name = truthy(o);
      }
      if (name != null) {
        out.add(name);
      }
    }
    return out;
  }

  private static PredictedDeadline deadline(JsonNode task) {
    JsonNode d = task.get("deadline");
    if (d == null || d.isNull()) {
      return null;
    }
    if (d.isTextual()) {
      return d.textValue().isEmpty() ? null : new PredictedDeadline(d.textValue(), null);
    }
    if (!d.isObject() || d.isEmpty()) {
      return null;
    }
    String text = truthy(d.get("text"));
    return new PredictedDeadline(text == null ? "" : text, scalar(d.get("date")));
  }

  private static void flatten(JsonNode nodes, int level, List<PredictedHeading> out) {
    for (JsonNode n : elements(nodes)) {
      if (!n.isObject()) {
        continue;
      }
      JsonNode l = n.get("level");
      int lvl = l != null && l.isNumber() ? l.intValue() : level;
      String title = truthy(n.get("title"));
      String marker = truthy(n.get("marker"));
      out.add(new PredictedHeading(lvl, title == null ? "" : title, marker == null ? "" : marker));
      flatten(n.get("children"), lvl + 1, out);
    }
  }

  private static Iterable<JsonNode> elements(JsonNode n) {
    return n != null && n.isArray() ? n : List.of();
  }

  /** A non-empty string value, or null (Python's {@code x or None} on a str). */
  private static String truthy(JsonNode n) {
    return n != null && n.isTextual() && !n.textValue().isEmpty() ? n.textValue() : null;
  }

  private static String scalar(JsonNode n) {
    if (n == null || n.isNull() || n.isContainerNode()) {
      return null;
    }
    return n.asText();
  }

  /**
   * A predicted task.
   *
   * @param text the quoted unit ("" when the prediction has none)
   * @param quote the unit given as {@code quote} instead, when {@code text} is empty; else null
   * @param kind the kind's label ("action" …), or null
   * @param owners the owners' names, none empty
   * @param deadline the deadline, or null
   */
  public record PredictedTask(
      String text, String quote, String kind, List<String> owners, PredictedDeadline deadline) {
    /** Copies the owners and rejects a null text. */
    public PredictedTask {
      Objects.requireNonNull(text, "text");
      owners = List.copyOf(owners);
    }

    /** A task given by its text. */
    public PredictedTask(
        String text, String kind, List<String> owners, PredictedDeadline deadline) {
      this(text, null, kind, owners, deadline);
    }

    /**
     * The unit that is located in the source: the text, or else the quote (score.py's {@code
     * t.get("text") or t.get("quote") or ""}). score.py -v shows the text only.
     */
    public String unit() {
      return !text.isEmpty() || quote == null ? text : quote;
    }
  }

  /**
   * A predicted deadline.
   *
   * @param text the time phrase ("" when the prediction has none)
   * @param date the ISO date, or null
   */
  public record PredictedDeadline(String text, String date) {
    /** Rejects a null text. */
    public PredictedDeadline {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A predicted outline node.
   *
   * @param level its level from 1
   * @param title its title ("" when the prediction has none)
   * @param marker its marker ("" when the prediction has none)
   */
  public record PredictedHeading(int level, String title, String marker) {
    /** Rejects nulls. */
    public PredictedHeading {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(marker, "marker");
    }
  }
}
