package dev.luoshi.write;

import dev.luoshi.plan.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Writes plans as bytes in one format: a whole document per plan, or several plans in one stream.
 * Output is UTF-8 and deterministic: the same plan always gives the same bytes. Implementations are
 * immutable and thread-safe; none closes the stream it is given.
 */
public interface PlanWriter {
  /** The format names {@link #forFormat} knows, the default first. */
  List<String> FORMATS = List.of("yaml", "json", "csv");

  /** The format's name, as given to {@code --format}. */
  String format();

  /** The file name extension for a document in this format, without the dot. */
  String extension();

  /** Writes one plan as a complete document. */
  void write(Plan plan, OutputStream out) throws IOException;

  /**
   * Starts a stream of several plans: YAML documents separated by {@code ---}, JSON Lines (one
   * compact plan per line), or one CSV table.
   */
  Sequence sequence(OutputStream out);

  /** Several plans written one after the other into one stream; not thread-safe. */
  interface Sequence {
    /** Appends a plan to the stream. */
    void add(Plan plan) throws IOException;
  }

  /**
   * The writer for a format name (case-insensitive).
   *
   * @throws IllegalArgumentException for a name not in {@link #FORMATS}
   */
  static PlanWriter forFormat(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "yaml", "yml" -> new YamlPlanWriter();
      case "json" -> new JsonPlanWriter();
      case "csv" -> new LedgerWriter();
      default ->
          throw new IllegalArgumentException(
              "unknown format '" + name + "' (expected one of " + String.join(", ", FORMATS) + ")");
    };
  }
}
