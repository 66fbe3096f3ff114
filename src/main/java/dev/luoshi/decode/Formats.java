package dev.luoshi.decode;

import java.util.Locale;

/** Which reader a file's bytes call for, known by their first bytes. */
final class Formats {
  private Formats() {}

  /**
   * The readers, each made when first needed: a batch of plain text never loads POI or PDFBox
   * (about a thousand classes).
   */
  private static final class Docx {
    static final FormatReader READER = new DocxReader();
  }

  private static final class Pdf {
    static final FormatReader READER = new PdfReader();
  }

  private static final class Ole2 {
    static final FormatReader READER = new Ole2Reader();
  }

  /** The reader for a document, or null for bytes that should be text. */
  static FormatReader readerFor(byte[] b) {
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return Docx.READER;
    }
    if (startsWith(b, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
      return Ole2.READER;
    }
    if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
      return Pdf.READER;
    }
    return null;
  }

  /** A kind of file luoshi does not read, known by its first bytes, or null. */
  static String unsupportedKind(byte[] b) {
    if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
      return "RTF";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The file's own extension, lower case with the dot, or "" when it has none. */
  static String extension(String name) {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = file.lastIndexOf('.');
    return dot > 0 && dot < file.length() - 1 ? file.substring(dot).toLowerCase(Locale.ROOT) : "";
  }
}
