package dev.luoshi.cli;

import dev.luoshi.plan.Plan;
import dev.luoshi.write.PlanWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one file a batch goes into ({@code -o 台账.xlsx a.docx b.pdf dir/}): the plans of the inputs
 * that succeeded, in input order, written whole at the end (temporary file, then rename). An input
 * that failed is left out and reported; the others still make the ledger.
 */
final class BatchOutput {
  private final PlanWriter writer;
  private final Path file;
  private final List<Plan> plans = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();

  /** A batch into {@code file}; with a null file, nothing is collected or written. */
  BatchOutput(PlanWriter writer, Path file) {
    this.writer = writer;
    this.file = file;
  }

  boolean isOn() {
    return file != null;
  }

  void add(Plan plan, String text) {
    plans.add(plan);
    texts.add(text);
  }

  /** Writes the file when there is something to write; returns why that failed, or null. */
  String write() {
    if (file == null || plans.isEmpty()) {
      return null;
    }
    try {
      AtomicFiles.write(
          file,
          out -> {
            PlanWriter.Sequence sequence = writer.sequence(out);
            for (int i = 0; i < plans.size(); i++) {
              sequence.add(plans.get(i), texts.get(i));
            }
            sequence.finish();
          });
      return null;
    } catch (IOException e) {
      return file + ": cannot write: " + Cli.reason(e);
    }
  }
}
