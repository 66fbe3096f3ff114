package dev.luoshi.decode;

/**
 * Reads one document format into text. {@link SourceDecoder} picks the reader by the file's first
 * bytes (and its extension where those do not tell) and reads plain text itself. Implementations
 * hold no state and are thread-safe; every failure is an {@link dev.luoshi.InputException} with a
 * one-line reason.
 */
interface FormatReader {
  /** The format's name as the plan records it: {@code docx}, {@code pdf} … */
  String format();

  /**
   * The text of a document.
   *
   * @param name how the input is named in the result and in errors
   * @param bytes the whole file
   */
  SourceText read(String name, byte[] bytes);
}
