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
  List<String> FORMATS = List.of("yaml", "json", "csv", "xlsx", "md", "html");

  /** The format's name, as given to {@code --format}. */
  String format();

  /** The file name extension for a document in this format, without the dot. */
  String extension();

  /** Writes one plan as a complete document. */
  void write(Plan plan, OutputStream out) throws IOException;

  /** Whether the format shows the speech itself (the review page), so wants its text. */
  default boolean showsText() {
    return false;
  }

  /**
   * Writes one plan with the text it was made from; formats that do not show the speech ignore the
   * text.
   */
  default void write(Plan plan, String text, OutputStream out) throws IOException {
    write(plan, out);
  }

  /**
   * Starts one document holding several plans: YAML documents separated by {@code ---}, JSON Lines
   * (one compact plan per line), one CSV table, one workbook (a summary sheet, then a sheet per
   * plan), one Markdown document or one review page. Call {@link Sequence#finish} after the last
   * plan.
   */
  Sequence sequence(OutputStream out);

  /** Several plans written one after the other into one document; not thread-safe. */
  interface Sequence {
    /** Appends a plan. */
    void add(Plan plan) throws IOException;

    /** Appends a plan with the text it was made from (see {@link PlanWriter#showsText}). */
    default void add(Plan plan, String text) throws IOException {
      add(plan);
    }

    /**
     * Completes the document (formats that cannot stream write it all here); nothing may be added
     * after it.
     */
    default void finish() throws IOException {}
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
      case "csv" -> new CsvLedgerWriter();
      case "xlsx" -> new XlsxLedgerWriter();
      case "md", "markdown" -> new MarkdownWriter();
      case "html" -> new HtmlReviewWriter();
      default ->
          throw new IllegalArgumentException(
              "unknown format '" + name + "' (expected one of " + String.join(", ", FORMATS) + ")");
    };
  }
}
