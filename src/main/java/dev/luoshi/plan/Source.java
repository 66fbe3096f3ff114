package dev.luoshi.plan;

import java.util.Objects;

/**
 * Where a plan came from: the path as given, the format read ({@code txt}, {@code docx}, {@code
 * pdf}), the encoding of a text file (null for a document), code points of the text and SHA-256 of
 * the bytes.
 */
public record Source(String path, String format, String encoding, int chars, String sha256) {
  /** Rejects nulls (the encoding may be null for a document). */
  public Source {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** A plain text file's source. */
  public Source(String path, String encoding, int chars, String sha256) {
    this(path, "txt", encoding, chars, sha256);
  }

  /** The same source read in another format. */
  public Source withFormat(String format, String encoding) {
    return new Source(path, format, encoding, chars, sha256);
  }
}
