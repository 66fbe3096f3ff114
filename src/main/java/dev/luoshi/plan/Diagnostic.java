package dev.luoshi.plan;

import java.util.Objects;

/**
 * Something a reader should check in the source, at a line (from 1). A warning says the plan as a
 * whole may be wrong (not a speech, the wrong encoding, no meeting date for relative deadlines);
 * the command line repeats warnings on standard error. Only line and message are written.
 */
public record Diagnostic(int line, String message, boolean warning) {
  /** Rejects a missing message. */
  public Diagnostic {
    Objects.requireNonNull(message, "message");
  }

  /** A note about one place in the source (not a warning). */
  public Diagnostic(int line, String message) {
    this(line, message, false);
  }
}
