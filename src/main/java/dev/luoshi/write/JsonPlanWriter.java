package dev.luoshi.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.luoshi.plan.Plan;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Plans as JSON: pretty-printed with two-space indents, {@code "key": value} and a final newline
 * for a single document; JSON Lines (one compact plan per line) for a sequence. Characters outside
 * ASCII are written as UTF-8, never as {@code \}{@code u} escapes, including those beyond the Basic
 * Multilingual Plane that rare names use.
 */
public final class JsonPlanWriter implements PlanWriter {
  /** A JSON writer; Jackson is set up when the first plan is written. */
  public JsonPlanWriter() {}

  /** Jackson's JSON generators and pretty printer, set up once per process on first use. */
  private static final class Factory {
    static final JsonFactory JSON =
        JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    static final DefaultPrettyPrinter PRETTY;

    static {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      PRETTY =
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""))
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter);
    }
  }

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public void write(Plan plan, OutputStream out) throws IOException {
    try (JsonGenerator g = Factory.JSON.createGenerator(out, JsonEncoding.UTF8)) {
      // A copy per document, as a mapper's writer makes: the printer keeps its depth.
      g.setPrettyPrinter(Factory.PRETTY.createInstance());
      PlanTree.write(plan, g);
    }
    out.write('\n');
  }

  @Override
  public Sequence sequence(OutputStream out) {
    return plan -> {
      try (JsonGenerator g = Factory.JSON.createGenerator(out, JsonEncoding.UTF8)) {
        PlanTree.write(plan, g);
      }
      out.write('\n');
    };
  }
}
