package dev.luoshi.decode;

import java.util.Objects;

/**
 * A decoded source: the name it was read under (a path, or "-" for stdin), its text with line
 * breaks as in the file, the encoding that decoded it, and the SHA-256 of its bytes (hex).
 */
public record SourceText(String path, String text, String encoding, String sha256) {
  /** Rejects nulls. */
  public SourceText {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** A text given directly (tests, callers that already hold a string), hashed as UTF-8. */
  public static SourceText of(String path, String text) {
    return new SourceText(
        path, text, "UTF-8", Hashes.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
