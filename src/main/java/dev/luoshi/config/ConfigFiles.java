package dev.luoshi.config;

import dev.luoshi.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Reading the user's configuration files, each failure a {@link ConfigException} in one line. */
final class ConfigFiles {
  /** Larger files are refused: no word list or settings file comes near it. */
  static final int MAX_BYTES = 16 << 20;

  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029\\u0085]+");

  private ConfigFiles() {}

  /**
   * The text of a UTF-8 file without its byte order mark.
   *
   * @param file where to read it
   * @param name the file as the user named it, for messages
   */
  static String readUtf8(Path file, String name) {
    return decodeUtf8(readBytes(file, name), name);
  }

  /** The file's bytes; a missing, unreadable, oversized file or a folder fails. */
  static byte[] readBytes(Path file, String name) {
    if (Files.isDirectory(file)) {
      throw new ConfigException(name, "is a directory");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new ConfigException(name, "too large (over " + (MAX_BYTES >> 20) + " MB)");
      }
      return bytes;
    } catch (IOException e) {
      throw new ConfigException(name, reason(e), e);
    }
  }

  /** Why a file could not be read, in one line. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message =
        e instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : e.getMessage();
    return "cannot read: " + oneLine(message == null ? e.getClass().getSimpleName() : message);
  }

  /**
   * Strict UTF-8: the first line holding a byte sequence that is not UTF-8 is named, so that a file
   * saved as GBK or UTF-16 by an editor is caught instead of read as garbage.
   */
  static String decodeUtf8(byte[] bytes, String name) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          throw new ConfigException(name, "line " + line + ": not UTF-8; save the file as UTF-8");
        }
        line++;
        start = i + 1;
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Line breaks as single spaces. */
  static String oneLine(String s) {
    return LINE_BREAKS.matcher(s).replaceAll(" ").strip();
  }
}
