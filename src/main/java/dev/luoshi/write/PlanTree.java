package dev.luoshi.write;

import com.fasterxml.jackson.core.JsonGenerator;
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
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The one place a {@link Plan} becomes the serialised tree (schema {@value Plan#SCHEMA}): keys in a
 * fixed order, dates as ISO strings, absent values as null. JSON and YAML are both written from it,
 * so the two formats cannot drift apart.
 *
 * <p>The tree goes straight to Jackson's streaming generator, as the events a tree of nodes written
 * by an {@code ObjectMapper} makes: no mapper is needed, and setting one up (data binding's
 * classes, a {@code Calendar} that reads the JDK's list of locales) was the larger part of what the
 * first plan written cost a cold start.
 */
final class PlanTree {
  private PlanTree() {}

  /** Writes the plan as one object; the caller closes the generator. */
  static void write(Plan plan, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "schema", Plan.SCHEMA);
    g.writeFieldName("source");
    source(g, plan.source());
    g.writeFieldName("meeting");
    meeting(g, plan.meeting());
    g.writeFieldName("outline");
    g.writeStartArray();
    for (OutlineNode node : plan.outline()) {
      outline(g, node);
    }
    g.writeEndArray();
    g.writeFieldName("tasks");
    g.writeStartArray();
    for (Task task : plan.tasks()) {
      task(g, task);
    }
    g.writeEndArray();
    g.writeFieldName("diagnostics");
    g.writeStartArray();
    for (Diagnostic d : plan.diagnostics()) {
      diagnostic(g, d);
    }
    g.writeEndArray();
    g.writeFieldName("stats");
    stats(g, plan.stats());
    g.writeEndObject();
  }

  private static void source(JsonGenerator g, Source source) throws IOException {
    g.writeStartObject();
    string(g, "path", source.path());
    string(g, "format", source.format());
    string(g, "encoding", source.encoding());
    number(g, "chars", source.chars());
    string(g, "sha256", source.sha256());
    g.writeEndObject();
  }

  private static void meeting(JsonGenerator g, Meeting meeting) throws IOException {
    g.writeStartObject();
    string(g, "date", iso(meeting.date()));
    string(g, "date_source", meeting.dateSource() == null ? null : meeting.dateSource().label());
    string(g, "title", meeting.title());
    g.writeEndObject();
  }

  private static void outline(JsonGenerator g, OutlineNode outline) throws IOException {
    g.writeStartObject();
    string(g, "id", outline.id());
    number(g, "level", outline.level());
    string(g, "marker", outline.marker());
    string(g, "title", outline.title());
    g.writeFieldName("span");
    span(g, outline.span());
    g.writeFieldName("children");
    g.writeStartArray();
    for (OutlineNode child : outline.children()) {
      outline(g, child);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void task(JsonGenerator g, Task task) throws IOException {
    g.writeStartObject();
    string(g, "id", task.id());
    string(g, "section", task.section());
    string(g, "kind", task.kind().label());
    string(g, "text", task.text());
    g.writeFieldName("span");
    span(g, task.span());
    g.writeFieldName("owners");
    owners(g, task.owners());
    g.writeFieldName("owners_implied");
    owners(g, task.ownersImplied());
    g.writeFieldName("deadline");
    deadline(g, task.deadline());
    strings(g, "references", task.references());
    strings(g, "items", task.items());
    strings(g, "cues", task.cues());
    g.writeEndObject();
  }

  private static void owners(JsonGenerator g, List<Owner> owners) throws IOException {
    g.writeStartArray();
    for (Owner owner : owners) {
      g.writeStartObject();
      string(g, "name", owner.name());
      string(g, "role", owner.role().label());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void deadline(JsonGenerator g, Deadline deadline) throws IOException {
    if (deadline == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    string(g, "text", deadline.text());
    string(g, "date", iso(deadline.date()));
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, Span span) throws IOException {
    g.writeStartObject();
    number(g, "start", span.start());
    number(g, "end", span.end());
    number(g, "line", span.line());
    g.writeEndObject();
  }

  private static void diagnostic(JsonGenerator g, Diagnostic diagnostic) throws IOException {
    g.writeStartObject();
    number(g, "line", diagnostic.line());
    string(g, "message", diagnostic.message());
    g.writeEndObject();
  }

  private static void stats(JsonGenerator g, Stats stats) throws IOException {
    g.writeStartObject();
    number(g, "units", stats.units());
    number(g, "tasks", stats.tasks());
    g.writeFieldName("by_kind");
    g.writeStartObject();
    for (Kind kind : Kind.values()) {
      Integer count = stats.byKind().get(kind);
      if (count == null) {
        g.writeNullField(kind.label());
      } else {
        number(g, kind.label(), count);
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A list of strings under its key. */
  private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
    g.writeFieldName(key);
    g.writeStartArray();
    for (String v : values) {
      if (v == null) {
        g.writeNull();
      } else {
        g.writeString(v);
      }
    }
    g.writeEndArray();
  }

  /** A string under its key; null as null. */
  private static void string(JsonGenerator g, String key, String value) throws IOException {
    g.writeFieldName(key);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  private static void number(JsonGenerator g, String key, int value) throws IOException {
    g.writeFieldName(key);
    g.writeNumber(value);
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
