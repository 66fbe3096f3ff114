package dev.luoshi.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.luoshi.plan.Kind;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Span;
import dev.luoshi.plan.Task;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanWritersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml", "csv"})
  void writesTheGoldenDocument(String format) throws IOException {
    assertEquals(golden("full." + format), write(PlanWriter.forFormat(format), SamplePlans.full()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml", "csv"})
  void writesTheSameBytesEveryTime(String format) throws IOException {
    PlanWriter writer = PlanWriter.forFormat(format);
    assertArrayEquals(bytes(writer, SamplePlans.full()), bytes(writer, SamplePlans.full()));
  }

  @Test
  void writesTheSchemasKeysInOrder() throws IOException {
    JsonNode tree = JSON.readTree(write(new JsonPlanWriter(), SamplePlans.full()));

    assertEquals(
        List.of("schema", "source", "meeting", "outline", "tasks", "diagnostics", "stats"),
        names(tree));
    assertEquals(
        List.of("path", "format", "encoding", "chars", "sha256"), names(tree.get("source")));
    assertEquals(List.of("date", "date_source", "title"), names(tree.get("meeting")));
    assertEquals(
        List.of("id", "level", "marker", "title", "span", "children"),
        names(tree.get("outline").get(0)));
    assertEquals(List.of("start", "end", "line"), names(tree.get("outline").get(0).get("span")));
    assertEquals(
        List.of(
            "id",
            "section",
            "kind",
            "text",
            "span",
            "owners",
            "owners_implied",
            "deadline",
            "references",
            "items",
            "cues"),
        names(tree.get("tasks").get(0)));
    assertEquals(List.of("name", "role"), names(tree.get("tasks").get(0).get("owners").get(0)));
    assertEquals(
        List.of("name", "role"), names(tree.get("tasks").get(1).get("owners_implied").get(0)));
    assertEquals(List.of("text", "date"), names(tree.get("tasks").get(0).get("deadline")));
    assertEquals(List.of("line", "message"), names(tree.get("diagnostics").get(0)));
    assertEquals(List.of("units", "tasks", "by_kind"), names(tree.get("stats")));
    assertEquals(List.of("action", "requirement", "goal"), names(tree.get("stats").get("by_kind")));
  }

  @Test
  void writesAbsentValuesAsNull() throws IOException {
    JsonNode empty = JSON.readTree(write(new JsonPlanWriter(), SamplePlans.empty()));
    assertTrue(empty.get("meeting").get("date").isNull());
    assertTrue(empty.get("meeting").get("date_source").isNull());
    assertTrue(empty.get("meeting").get("title").isNull());
    assertEquals(0, empty.get("stats").get("by_kind").get("goal").asInt());

    JsonNode full = JSON.readTree(write(new JsonPlanWriter(), SamplePlans.full()));
    JsonNode requirement = full.get("tasks").get(1);
    assertTrue(requirement.get("section").isNull());
    assertEquals(0, requirement.get("owners").size());
    assertEquals("督查室", requirement.get("owners_implied").get(0).get("name").asText());
    assertEquals("support", requirement.get("owners_implied").get(1).get("role").asText());
    JsonNode action = full.get("tasks").get(0);
    assertTrue(action.get("owners_implied").isArray(), "an empty list, never absent or null");
    assertEquals(0, action.get("owners_implied").size());
    assertTrue(requirement.get("deadline").isNull());
    assertTrue(full.get("tasks").get(2).get("deadline").get("date").isNull());
  }

  @Test
  void writesChineseAsIsWithTwoSpaceIndentsAndAFinalNewline() throws IOException {
    String json = write(new JsonPlanWriter(), SamplePlans.full());
    assertTrue(json.contains("\"text\": \"各处室要在3月15日前上报工作方案，由𠀀同志汇总。\""), json);
    assertFalse(json.contains("\\u"), json);
    assertTrue(json.startsWith("{\n  \"schema\": \"luoshi/plan@1\",\n  \"source\": {\n    \""));
    assertTrue(json.endsWith("}\n"));
    assertFalse(json.contains("\r"));

    String yaml = write(new YamlPlanWriter(), SamplePlans.full());
    assertTrue(yaml.contains("    text: 各处室要在3月15日前上报工作方案，由𠀀同志汇总。\n"), yaml);
    assertFalse(yaml.startsWith("---"));
    assertTrue(yaml.endsWith("\n"));
  }

  @Test
  void yamlHoldsTheSameTreeAsJson() throws IOException {
    for (Plan plan : List.of(SamplePlans.full(), SamplePlans.empty(), tricky())) {
      JsonNode fromJson = JSON.readTree(write(new JsonPlanWriter(), plan));
      JsonNode fromYaml = YAML.readTree(write(new YamlPlanWriter(), plan));
      assertEquals(fromJson, fromYaml);
    }
  }

  @Test
  void yamlQuotesOnlyWhatAReaderWouldTakeForSomethingElse() throws IOException {
    String yaml = write(new YamlPlanWriter(), tricky());
    for (String value : TRICKY) {
      String line = lineOf(yaml, value);
      assertTrue(
          line.startsWith("\"") || line.startsWith("'") || line.startsWith("|"),
          "not quoted: " + line);
    }
    for (String plain : List.of("一、", "T1", "action", "0a1b2c", "会议/讲话.txt", "第1.2条")) {
      assertTrue(yaml.contains(": " + plain + "\n") || yaml.contains("- " + plain + "\n"), plain);
    }
  }

  @Test
  void yamlSequenceSeparatesDocumentsWithDashes() throws IOException {
    PlanWriter writer = new YamlPlanWriter();
    String one = write(writer, SamplePlans.empty());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWriter.Sequence sequence = writer.sequence(out);
    sequence.add(SamplePlans.empty());
    sequence.add(SamplePlans.full());

    String expected = one + "---\n" + write(writer, SamplePlans.full());
    assertEquals(expected, out.toString(StandardCharsets.UTF_8));
    assertEquals(2, YAML.readValues(YAML.createParser(expected), JsonNode.class).readAll().size());
  }

  @Test
  void jsonSequenceIsJsonLines() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWriter.Sequence sequence = new JsonPlanWriter().sequence(out);
    sequence.add(SamplePlans.full());
    sequence.add(SamplePlans.empty());

    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.endsWith("}\n"));
    String[] lines = text.split("\n");
    assertEquals(2, lines.length);
    assertEquals(
        JSON.readTree(write(new JsonPlanWriter(), SamplePlans.full())), JSON.readTree(lines[0]));
    assertEquals(
        JSON.readTree(write(new JsonPlanWriter(), SamplePlans.empty())), JSON.readTree(lines[1]));
  }

  @Test
  void writersLeaveTheStreamOpen() throws IOException {
    for (String format : PlanWriter.FORMATS) {
      boolean[] closed = {false};
      ByteArrayOutputStream out =
          new ByteArrayOutputStream() {
            @Override
            public void close() {
              closed[0] = true;
            }
          };
      PlanWriter writer = PlanWriter.forFormat(format);
      writer.write(SamplePlans.full(), out);
      writer.sequence(out).add(SamplePlans.full());
      assertFalse(closed[0], format);
    }
  }

  @Test
  void findsWritersByFormatName() {
    assertEquals(List.of("yaml", "json", "csv", "xlsx", "md", "html"), PlanWriter.FORMATS);
    for (String format : PlanWriter.FORMATS) {
      PlanWriter writer = PlanWriter.forFormat(format.toUpperCase(java.util.Locale.ROOT));
      assertEquals(format, writer.format());
      assertEquals(format, writer.extension());
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlanWriter.forFormat("xml"));
    assertEquals(
        "unknown format 'xml' (expected one of yaml, json, csv, xlsx, md, html)", e.getMessage());
  }

  /**
   * Strings a YAML 1.1 or 1.2 reader resolves to something else, or that YAML cannot write bare.
   */
  private static final List<String> TRICKY =
      List.of(
          "1.2",
          "2024-03-15",
          "15:30",
          "1:20:30",
          "0x1F",
          "1e5",
          "1_000",
          "07",
          "0o7",
          ".5",
          "+1",
          ".inf",
          "=",
          "<<",
          "true",
          "yes",
          "No",
          "off",
          "null",
          "~",
          "",
          " 前导空格",
          "- 项目",
          "# 注释",
          "a: b",
          "* 星号",
          "& 锚",
          "! 标签",
          "%号",
          "@某人",
          "`反引号",
          "[一]",
          "{一}",
          "\"引号\"",
          "'单引号'",
          "制表\t符",
          "换行\u2028符",
          "\ufeff零宽");

  private static Plan tricky() {
    Plan base = SamplePlans.full();
    List<Task> tasks = new ArrayList<>();
    for (String value : TRICKY) {
      tasks.add(
          new Task(
              "T" + (tasks.size() + 1),
              "1.1",
              Kind.ACTION,
              value,
              new Span(0, 1, 1),
              List.of(),
              null,
              List.of(),
              List.of(),
              List.of("第1.2条")));
    }
    return new Plan(
        base.source(), base.meeting(), base.outline(), tasks, base.diagnostics(), base.stats());
  }

  private static String lineOf(String yaml, String value) {
    int index = tricky().tasks().stream().map(Task::text).toList().indexOf(value);
    String key = "  - id: T" + (index + 1) + "\n    section: \"1.1\"\n    kind: action\n    text: ";
    int at = yaml.indexOf(key);
    assertTrue(at >= 0, value);
    int start = at + key.length();
    return yaml.substring(start, yaml.indexOf('\n', start));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String write(PlanWriter writer, Plan plan) throws IOException {
    return new String(bytes(writer, plan), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(PlanWriter writer, Plan plan) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(plan, out);
    return out.toByteArray();
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = PlanWritersTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] copy(byte[] bytes, int length) {
    return java.util.Arrays.copyOf(bytes, length);
  }
}
