package dev.luoshi.cli;

import java.io.PrintWriter;

/**
 * A batch's progress on a terminal's standard error: a line rewritten in place, kept below the
 * lines printed while it runs (failures, warnings). Silent when standard error is not a terminal,
 * for a single input, and with {@code -q}.
 */
final class Progress implements AutoCloseable {
  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private int done;
  private boolean shown;
  private boolean closed;

  Progress(PrintWriter err, boolean enabled, int total) {
    this.err = err;
    this.enabled = enabled && total > 1;
    this.total = total;
  }

  /** One more input done. */
  synchronized void step() {
    done++;
    if (enabled && !closed && done < total) {
      draw();
    } else {
      erase();
    }
  }

  /** Prints lines (a failure, a warning) on stderr above the progress line. */
  synchronized void above(Runnable print) {
    erase();
    print.run();
    err.flush();
    if (enabled && !closed && done > 0 && done < total) {
      draw();
    }
  }

  /** Erases the progress line for good. */
  @Override
  public synchronized void close() {
    closed = true;
    erase();
  }

  private void draw() {
    err.print("\rluoshi: " + done + "/" + total);
    err.flush();
    shown = true;
  }

  private void erase() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }
}
