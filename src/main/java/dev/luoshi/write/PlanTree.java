package dev.luoshi.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luoshi.plan.Deadline;
import dev.luoshi.plan.Diagnostic;
import dev.luoshi.plan.Kind;
import dev.luoshi.plan.Meeting;
import dev.luoshi.plan.OutlineNode;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Source;
import dev.luoshi.plan.Span;
import dev.luoshi.plan.Stats;
import dev.luoshi.plan.Task;
import java.time.LocalDate;
import java.util.List;

/**
 * The one place a {@link Plan} becomes the serialised tree (schema {@value Plan#SCHEMA}): keys in a
 * fixed order, dates as ISO strings, absent values as null. JSON and YAML are both written from it,
 * so the two formats cannot drift apart.
 */
final class PlanTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PlanTree() {}

  static ObjectNode of(Plan plan) {
    ObjectNode root = NODES.objectNode();
    root.put("schema", Plan.SCHEMA);
    root.set("source", source(plan.source()));
    root.set("meeting", meeting(plan.meeting()));
    ArrayNode outline = root.putArray("outline");
    plan.outline().forEach(node -> outline.add(outline(node)));
    ArrayNode tasks = root.putArray("tasks");
    plan.tasks().forEach(task -> tasks.add(task(task)));
    ArrayNode diagnostics = root.putArray("diagnostics");
    plan.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
    root.set("stats", stats(plan.stats()));
    return root;
  }

  private static ObjectNode source(Source source) {
    ObjectNode node = NODES.objectNode();
    node.put("path", source.path());
    node.put("format", source.format());
    node.put("encoding", source.encoding());
    node.put("chars", source.chars());
    node.put("sha256", source.sha256());
    return node;
  }

  private static ObjectNode meeting(Meeting meeting) {
    ObjectNode node = NODES.objectNode();
    node.put("date", iso(meeting.date()));
    node.put("date_source", meeting.dateSource() == null ? null : meeting.dateSource().label());
    node.put("title", meeting.title());
    return node;
  }

  private static ObjectNode outline(OutlineNode outline) {
    ObjectNode node = NODES.objectNode();
    node.put("id", outline.id());
    node.put("level", outline.level());
    node.put("marker", outline.marker());
    node.put("title", outline.title());
    node.set("span", span(outline.span()));
    ArrayNode children = node.putArray("children");
    outline.children().forEach(child -> children.add(outline(child)));
    return node;
  }

  private static ObjectNode task(Task task) {
    ObjectNode node = NODES.objectNode();
    node.put("id", task.id());
    node.put("section", task.section());
    node.put("kind", task.kind().label());
    node.put("text", task.text());
    node.set("span", span(task.span()));
    ArrayNode owners = node.putArray("owners");
    task.owners().forEach(owner -> owners.add(owner(owner)));
    ArrayNode implied = node.putArray("owners_implied");
    task.ownersImplied().forEach(owner -> implied.add(owner(owner)));
    node.set("deadline", deadline(task.deadline()));
    node.set("references", strings(task.references()));
    node.set("items", strings(task.items()));
    node.set("cues", strings(task.cues()));
    return node;
  }

  private static ObjectNode owner(Owner owner) {
    ObjectNode node = NODES.objectNode();
    node.put("name", owner.name());
    node.put("role", owner.role().label());
    return node;
  }

  private static ObjectNode deadline(Deadline deadline) {
    if (deadline == null) {
      return null;
    }
    ObjectNode node = NODES.objectNode();
    node.put("text", deadline.text());
    node.put("date", iso(deadline.date()));
    return node;
  }

  private static ObjectNode span(Span span) {
    ObjectNode node = NODES.objectNode();
    node.put("start", span.start());
    node.put("end", span.end());
    node.put("line", span.line());
    return node;
  }

  private static ObjectNode diagnostic(Diagnostic diagnostic) {
    ObjectNode node = NODES.objectNode();
    node.put("line", diagnostic.line());
    node.put("message", diagnostic.message());
    return node;
  }

  private static ObjectNode stats(Stats stats) {
    ObjectNode node = NODES.objectNode();
    node.put("units", stats.units());
    node.put("tasks", stats.tasks());
    ObjectNode byKind = node.putObject("by_kind");
    for (Kind kind : Kind.values()) {
      byKind.put(kind.label(), stats.byKind().get(kind));
    }
    return node;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
