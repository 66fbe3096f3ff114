package dev.luoshi.cli;

import java.io.IOException;
import java.util.Locale;

/**
 * Tells a write to a pipe whose reader has gone ({@code luoshi extract … | head}) from a real write
 * failure. Java ignores SIGPIPE and reports the condition only as an {@link IOException} whose
 * message is the system's: "Broken pipe" (EPIPE) on Linux and macOS, "The pipe is being closed" or
 * "The pipe has been ended" on Windows.
 */
final class BrokenPipe {
  private BrokenPipe() {}

  static boolean is(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException && t.getMessage() != null) {
        String m = t.getMessage().toLowerCase(Locale.ROOT);
        if (m.contains("broken pipe")
            || m.contains("pipe is being closed")
            || m.contains("pipe has been ended")) {
          return true;
        }
      }
    }
    return false;
  }
}
