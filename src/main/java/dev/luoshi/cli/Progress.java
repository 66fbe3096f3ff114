package dev.luoshi.cli;

import java.io.PrintWriter;

/** A one-line counter on a terminal's standard error, rewritten in place; silent elsewhere. */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private boolean shown;

  Progress(PrintWriter err, boolean enabled, int total) {
    this.err = err;
    this.enabled = enabled && total > 1;
    this.total = total;
  }

  void update(int done) {
    if (enabled && done < total) {
      err.print("\rluoshi: " + done + "/" + total);
      err.flush();
      shown = true;
    } else {
      clear();
    }
  }

  /** Erases the counter, e.g. before a failure is reported on its line. */
  void clear() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }
}
