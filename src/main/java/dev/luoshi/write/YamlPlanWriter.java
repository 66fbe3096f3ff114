package dev.luoshi.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import dev.luoshi.plan.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Plans as YAML, the same tree as {@link JsonPlanWriter}'s: block style, sequences indented under
 * their key, long lines never folded, no {@code ---} before a single document, and strings quoted
 * only when a YAML 1.1 or 1.2 reader would otherwise take them for something else.
 */
public final class YamlPlanWriter implements PlanWriter {
  private static final byte[] SEPARATOR = "---\n".getBytes(StandardCharsets.US_ASCII);

  /** A YAML writer; Jackson is set up when the first plan is written. */
  public YamlPlanWriter() {}

  /** Jackson's YAML generators, set up once per process on first use. */
  private static final class Factory {
    static final YAMLFactory YAML =
        YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .stringQuotingChecker(new Quoting())
            .build();
  }

  @Override
  public String format() {
    return "yaml";
  }

  @Override
  public String extension() {
    return "yaml";
  }

  @Override
  public void write(Plan plan, OutputStream out) throws IOException {
    try (JsonGenerator g = Factory.YAML.createGenerator(out, JsonEncoding.UTF8)) {
      PlanTree.write(plan, g);
    }
  }

  @Override
  public Sequence sequence(OutputStream out) {
    return new Sequence() {
      private boolean first = true;

      @Override
      public void add(Plan plan) throws IOException {
        if (!first) {
          out.write(SEPARATOR);
        }
        first = false;
        write(plan, out);
      }
    };
  }

  /**
   * Jackson's checker quotes what looks like a boolean or null; this one also quotes what YAML 1.1
   * (PyYAML, SnakeYAML) reads as a number, date or sexagesimal ("1.2", "2024-03-15", "15:30",
   * "0x1F"), the merge and value keys, and strings with invisible characters.
   */
  private static final class Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    /** The integers, floats and timestamps of YAML 1.1's and 1.2's resolvers. */
    private static final Pattern NON_STRING =
        Pattern.compile(
            String.join(
                "|",
                "[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*)",
                "[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?",
                "[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+",
                "[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)",
                "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?"));

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value)
          || NON_STRING.matcher(value).matches()
          || value.equals("=")
          || value.equals("<<")
          || hasInvisible(value);
    }

    private static boolean hasInvisible(String value) {
      return value
          .codePoints()
          .anyMatch(
              c ->
                  switch (Character.getType(c)) {
                    case Character.CONTROL,
                        Character.FORMAT,
                        Character.LINE_SEPARATOR,
                        Character.PARAGRAPH_SEPARATOR,
                        Character.SURROGATE,
                        Character.PRIVATE_USE,
                        Character.UNASSIGNED ->
                        c != '\n';
                    default -> false;
                  });
    }
  }
}
