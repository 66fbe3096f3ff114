package dev.luoshi.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schema of a serialised plan ({@value Plan#SCHEMA}), kept beside the records. */
public final class PlanSchema {
  /** The resource that holds it. */
  public static final String RESOURCE = "plan.schema.json";

  private PlanSchema() {}

  /** The schema's text (JSON, UTF-8). */
  public static String text() {
    try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
