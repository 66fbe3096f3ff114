package dev.luoshi.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A batch's progress bar on a terminal's standard error (me.tongfei:progressbar: percentage, bar,
 * count, elapsed time and what remains), redrawn in place about twice a second and kept below the
 * lines printed while it runs (failures, warnings). Silent when standard error is not a terminal,
 * for a single input, and with {@code -q}.
 */
final class Progress implements AutoCloseable {
  /**
   * The launcher sets this system property to the terminal's width in columns when standard error
   * is a terminal; without it the bar is 80 columns wide at most.
   */
  static final String COLUMNS = "luoshi.stderr.columns";

  private final PrintWriter err;
  private final ProgressBar bar;
  private String drawn = "";
  private boolean shown;
  private boolean closed;

  Progress(PrintWriter err, boolean enabled, int total) {
    this.err = err;
    this.bar =
        enabled && total > 1
            ? new ProgressBarBuilder()
                .setTaskName("luoshi")
                .setInitialMax(total)
                .setUnit(" files", 1)
                .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                .setUpdateIntervalMillis(500)
                .setConsumer(new DelegatingProgressBarConsumer(this::draw, width()))
                .build()
            : null;
  }

  /** One more input done. */
  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  /** Prints lines (a failure, a warning) on stderr above the progress bar. */
  synchronized void above(Runnable print) {
    boolean wasShown = shown;
    erase();
    print.run();
    err.flush();
    if (wasShown && !closed) {
      show(drawn);
    }
  }

  /** Removes the bar for good; what follows on stderr starts on a clean line. */
  @Override
  public void close() {
    if (bar != null) {
      bar.close(); // draws once more, in this thread: before the bar is erased
    }
    synchronized (this) {
      closed = true;
      erase();
    }
  }

  /** The bar as the library renders it, from its own thread. */
  private synchronized void draw(String rendered) {
    if (!closed) {
      drawn = rendered;
      show(rendered);
    }
  }

  private void show(String rendered) {
    err.print("\r" + rendered);
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

  private static int width() {
    int columns = Integer.getInteger(COLUMNS, 80);
    return columns >= 20 ? columns - 1 : 79; // the last column would wrap on some terminals
  }
}
