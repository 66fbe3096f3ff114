package dev.luoshi.plan;

import java.util.Objects;

/** Something a reader should check in the source, at a line (from 1). */
public record Diagnostic(int line, String message) {
  /** Rejects a missing message. */
  public Diagnostic {
    Objects.requireNonNull(message, "message");
  }
}
