package dev.luoshi.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
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

  /** Jackson's writers, made once per process on first use: a writer costs nothing until used. */
  private static final class Mappers {
    static final ObjectWriter PRETTY;
    static final ObjectWriter COMPACT;

    static {
      JsonMapper mapper =
          JsonMapper.builder()
              .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
              .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
              .build();
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""))
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter);
      PRETTY = mapper.writer(printer);
      COMPACT = mapper.writer();
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
    Mappers.PRETTY.writeValue(out, PlanTree.of(plan));
    out.write('\n');
  }

  @Override
  public Sequence sequence(OutputStream out) {
    return plan -> {
      Mappers.COMPACT.writeValue(out, PlanTree.of(plan));
      out.write('\n');
    };
  }
}
