package dev.luoshi.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The result of an evaluation: score.py's summary, the files scored in name order, and the files
 * that failed. Renders as score.py prints (text or {@code --json}), so the two can be diffed.
 *
 * @param summary the totals over the files scored
 * @param files the files scored, sorted by name
 * @param errors the files that failed (a file whose source or prediction failed is scored as an
 *     empty prediction and listed in both; a file whose gold failed is listed here only)
 */
public record EvalReport(Summary summary, List<FileResult> files, List<FileError> errors) {
  private static final String[] MEASURES = {
    "tasks", "actions", "owners", "deadline_text", "outline"
  };

  /** Copies the lists and rejects nulls. */
  public EvalReport {
    Objects.requireNonNull(summary, "summary");
    files = List.copyOf(files);
    errors = List.copyOf(errors);
  }

  /** The report of the files scored and the failures, with the summary computed from the files. */
  public static EvalReport of(List<FileResult> files, List<FileError> errors) {
    int missing = (int) files.stream().filter(FileResult::predictionMissing).count();
    return new EvalReport(
        Summary.of(files.stream().map(FileResult::score).toList(), missing), files, errors);
  }

  /** Whether some file failed. */
  public boolean failed() {
    return !errors.isEmpty();
  }

  /**
   * The summary as {@code score.py --json} prints it: the same keys in the same order, two-space
   * indentation, numbers written as Python writes them ({@code 1.0}, {@code null}), ending in a
   * line break.
   */
  public String toJson() {
    StringWriter out = new StringWriter();
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      for (String key : MEASURES) {
        Metrics m = measure(key);
        g.writeObjectFieldStart(key);
        g.writeFieldName("p");
        g.writeNumber(Py.repr4(m.p()));
        g.writeFieldName("r");
        g.writeNumber(Py.repr4(m.r()));
        g.writeFieldName("f1");
        g.writeNumber(Py.repr4(m.f1()));
        g.writeNumberField("tp", m.tp());
        g.writeNumberField("fp", m.fp());
        g.writeNumberField("fn", m.fn());
        g.writeEndObject();
      }
      writeRatio(g, "kind_accuracy", summary.kindAccuracy());
      writeRatio(g, "deadline_date_accuracy", summary.deadlineDateAccuracy());
      writeRatio(g, "outline_level_accuracy", summary.outlineLevelAccuracy());
      g.writeNumberField("files", summary.files());
      g.writeNumberField("missing_predictions", summary.missingPredictions());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void writeRatio(JsonGenerator g, String key, Double value) throws IOException {
    g.writeFieldName(key);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(Py.repr4(value));
    }
  }

  /**
   * The report as score.py prints it without {@code --json}: a line per file (task F1, P, R and
   * outline F1), then, after a blank line, a line per measure and one of accuracies. With verbose,
   * each file's line is followed by its log, as with {@code score.py -v}.
   */
  public String toTable(boolean verbose) {
    StringBuilder out = new StringBuilder();
    out.append(Py.padRight("file", 28))
        .append(' ')
        .append(Py.padLeft("taskF1", 6))
        .append(' ')
        .append(Py.padLeft("P", 6))
        .append(' ')
        .append(Py.padLeft("R", 6))
        .append('\n');
    for (FileResult f : files) {
      Metrics t = f.tasks();
      Metrics o = f.outline();
      out.append(Py.padRight(Py.head(f.name(), 28), 28))
          .append(' ')
          .append(Py.padLeft(Py.fixed3(t.f1()), 6))
          .append(' ')
          .append(Py.padLeft(Py.fixed3(t.p()), 6))
          .append(' ')
          .append(Py.padLeft(Py.fixed3(t.r()), 6))
          .append("   outlineF1 ")
          .append(Py.fixed3(o.f1()))
          .append('\n');
      if (verbose) {
        f.score().log().forEach(line -> out.append(line).append('\n'));
      }
    }
    out.append('\n');
    for (String key : MEASURES) {
      Metrics s = measure(key);
      out.append(Py.padRight(key, 14))
          .append(" P ")
          .append(Py.fixed3(s.p()))
          .append("  R ")
          .append(Py.fixed3(s.r()))
          .append("  F1 ")
          .append(Py.fixed3(s.f1()))
          .append("  (tp ")
          .append(s.tp())
          .append(" fp ")
          .append(s.fp())
          .append(" fn ")
          .append(s.fn())
          .append(")\n");
    }
    out.append("kind accuracy ")
        .append(ratio(summary.kindAccuracy()))
        .append(" · deadline date accuracy ")
        .append(ratio(summary.deadlineDateAccuracy()))
        .append(" · outline level accuracy ")
        .append(ratio(summary.outlineLevelAccuracy()))
        .append(" · missing predictions ")
        .append(summary.missingPredictions())
        .append('\n');
    return out.toString();
  }

  private static String ratio(Double value) {
    return value == null ? "None" : Py.repr4(value);
  }

  private Metrics measure(String key) {
    return switch (key) {
      case "tasks" -> summary.tasks();
      case "actions" -> summary.actions();
      case "owners" -> summary.owners();
      case "deadline_text" -> summary.deadlineText();
      case "outline" -> summary.outline();
      default -> throw new IllegalArgumentException(key);
    };
  }

  /**
   * A file scored.
   *
   * @param name the gold file's name without {@code .json}
   * @param score its counts and log
   * @param predictionMissing whether it was scored as an empty prediction for want of one
   */
  public record FileResult(String name, FileScore score, boolean predictionMissing) {
    /** Rejects nulls. */
    public FileResult {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(score, "score");
    }

    /** The file's task precision, recall and F1, as in its line of the table. */
    public Metrics tasks() {
      return score.tasks().metrics();
    }

    /** The file's outline precision, recall and F1. */
    public Metrics outline() {
      return score.outline().metrics();
    }
  }

  /**
   * A file that failed.
   *
   * @param file the file that failed (a gold file, a source or a prediction), as a path
   * @param message why, in one line
   */
  public record FileError(String file, String message) {
    /** Rejects nulls. */
    public FileError {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(message, "message");
    }
  }
}
