package dev.luoshi.cli;

import dev.luoshi.plan.Plan;
import dev.luoshi.write.PlanWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The one file a batch goes into ({@code -o 台账.xlsx a.docx b.pdf dir/}): the plans of the inputs
 * that succeeded, in input order. Each plan is written as it comes (rows of a CSV, a sheet of a
 * workbook, a line of JSON Lines), so memory does not grow with the batch; the file is written into
 * a temporary file and renamed into place at the end, so a reader never sees half a ledger. An
 * input that failed is left out and reported; the others still make the ledger. Nothing is written
 * when no input succeeded.
 */
final class BatchOutput {
  private final PlanWriter writer;
  private final Path file;
  private AtomicFiles.Pending pending;
  private PlanWriter.Sequence sequence;
  private String failure;

  /** A batch into {@code file}; with a null file, nothing is collected or written. */
  BatchOutput(PlanWriter writer, Path file) {
    this.writer = writer;
    this.file = file;
  }

  boolean isOn() {
    return file != null;
  }

  /**
   * Appends a plan, starting the file with the first one. After a failure to write, the file is
   * abandoned and later plans are dropped: {@link #finish} reports why.
   */
  void add(Plan plan, String text) {
    if (failure != null) {
      return;
    }
    try {
      if (pending == null) {
        pending = AtomicFiles.open(file);
        sequence = writer.sequence(pending.out());
      }
      sequence.add(plan, text);
    } catch (IOException | RuntimeException e) {
      abandon(e);
    }
  }

  /** Completes the file when there is one; returns why it could not be written, or null. */
  String finish() {
    if (pending != null && failure == null) {
      try {
        sequence.finish();
        pending.commit();
      } catch (IOException | RuntimeException e) {
        abandon(e);
      }
    }
    return failure;
  }

  /** Removes the half-written file (also when the run stops early). */
  void close() {
    if (pending != null) {
      pending.close();
    }
  }

  private void abandon(Exception e) {
    failure = file + ": cannot write: " + Cli.reason(e);
    pending.close();
  }
}
