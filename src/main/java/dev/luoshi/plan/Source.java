package dev.luoshi.plan;

import java.util.Objects;

/**
 * Where a plan came from: the path as given, the encoding used, code points and SHA-256 of the
 * bytes.
 */
public record Source(String path, String encoding, int chars, String sha256) {
  /** Rejects nulls. */
  public Source {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(sha256, "sha256");
  }
}
