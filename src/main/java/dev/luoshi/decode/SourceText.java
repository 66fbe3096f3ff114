package dev.luoshi.decode;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A decoded source: the name it was read under (a path, or "-" for stdin), its text with line
 * breaks as in the file (for a Word or PDF document: the text luoshi rendered from it), the format
 * read ({@code txt}, {@code docx}, {@code pdf}), the encoding that decoded a text file (null for a
 * document, whose text is not a byte encoding of its own) and the SHA-256 of its bytes (hex).
 */
public record SourceText(String path, String text, String encoding, String sha256, String format) {
  /** The format of plain text files. */
  public static final String TXT = "txt";

  /** Rejects nulls (the encoding may be null for a document). */
  public SourceText {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(format, "format");
    if (encoding == null && format.equals(TXT)) {
      throw new NullPointerException("encoding of a text file");
    }
  }

  /** A plain text file decoded in an encoding. */
  public SourceText(String path, String text, String encoding, String sha256) {
    this(path, text, encoding, sha256, TXT);
  }

  /** A text given directly (tests, callers that already hold a string), hashed as UTF-8. */
  public static SourceText of(String path, String text) {
    return new SourceText(
        path, text, "UTF-8", Hashes.sha256(text.getBytes(StandardCharsets.UTF_8)));
  }
}
