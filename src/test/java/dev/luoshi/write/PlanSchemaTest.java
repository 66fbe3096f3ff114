package dev.luoshi.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.luoshi.plan.PlanSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The published JSON Schema, checked by networknt's validator against every plan we ship. */
class PlanSchemaTest {
  private static final Path SAMPLES = Path.of(System.getProperty("luoshi.basedir", "."), "samples");
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(PlanSchema.text(), InputFormat.JSON);

  @TestFactory
  List<DynamicTest> everySamplePlanIsValid() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path plan : files.filter(p -> p.toString().endsWith(".plan.yaml")).sorted().toList()) {
        tests.add(
            DynamicTest.dynamicTest(
                plan.getFileName().toString(),
                () ->
                    assertValid(Files.readString(plan, StandardCharsets.UTF_8), InputFormat.YAML)));
      }
    }
    assertTrue(tests.size() >= 5, "samples: " + tests.size());
    return tests;
  }

  @Test
  void everyWriterTreeIsValid() throws IOException {
    for (var plan : List.of(SamplePlans.full(), SamplePlans.empty(), LedgerWritersTest.hostile())) {
      String json =
          new String(LedgerWritersTest.bytes(new JsonPlanWriter(), plan), StandardCharsets.UTF_8);
      assertValid(json, InputFormat.JSON);
    }
  }

  @Test
  void theSchemaRejectsWhatIsNotAPlan() throws IOException {
    String json =
        new String(
            LedgerWritersTest.bytes(new JsonPlanWriter(), SamplePlans.full()),
            StandardCharsets.UTF_8);
    String[][] breakages = {
      {"\"kind\": \"action\"", "\"kind\": \"task\""},
      {"\"format\": \"txt\",", ""},
      {"\"id\": \"T1\"", "\"id\": \"1\""},
      {"\"date\": \"2024-03-15\"", "\"date\": \"15.03.2024\""},
      {"\"schema\": \"luoshi/plan@1\"", "\"schema\": \"luoshi/plan@2\""},
      {
        "\"role\": \"support\"\n        }\n      ],\n      \"deadline\": null",
        "\"role\": \"helper\"\n        }\n      ],\n      \"deadline\": null"
      },
    };
    for (String[] breakage : breakages) {
      String broken = json.replaceFirst(java.util.regex.Pattern.quote(breakage[0]), breakage[1]);
      assertFalse(broken.equals(json), breakage[0]);
      assertFalse(SCHEMA.validate(broken, InputFormat.JSON).isEmpty(), breakage[0]);
    }
  }

  @Test
  void aPlanWrittenBeforeOwnersImpliedStaysValid() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode plan =
        mapper.readTree(LedgerWritersTest.bytes(new JsonPlanWriter(), SamplePlans.full()));
    int removed = 0;
    for (JsonNode task : plan.get("tasks")) {
      if (((ObjectNode) task).remove("owners_implied") != null) {
        removed++;
      }
    }
    assertTrue(removed > 0, "the sample plan writes owners_implied");
    assertValid(mapper.writeValueAsString(plan), InputFormat.JSON);
  }

  private static void assertValid(String document, InputFormat format) {
    List<Error> errors = SCHEMA.validate(document, format);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList());
  }
}
