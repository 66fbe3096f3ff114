package dev.luoshi.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.luoshi.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;

/**
 * Turns the bytes of a speech into text: Word (.docx) and PDF documents through their readers
 * ({@link DocxReader}, {@link PdfReader}, chosen by the file's first bytes), and plain text here,
 * detecting the encoding when none is given.
 *
 * <p>Detection, in order: a byte order mark (UTF-8, UTF-16LE, UTF-16BE) wins and is stripped; input
 * with NUL bytes is UTF-16 without a mark when one byte order decodes it into plausible text, and
 * binary otherwise; then strict UTF-8; then, when ICU's detector rates the bytes as Big5 above
 * GB18030, strict Big5 or Big5-HKSCS (traditional Chinese from Taiwan and Hong Kong); else strict
 * GB18030 (a superset of GBK and GB2312). Each must also read as plausible text. Every decoder is
 * strict (malformed input is reported, never replaced), so a plan is never built on mojibake. Line
 * breaks are kept as decoded.
 *
 * <p>Why the rules are our own and not ICU's {@link CharsetDetector}: the detector scores, it does
 * not decide. It cannot tell UTF-16LE from UTF-16BE without a mark (a Chinese sample scores 20 for
 * both), it rates UTF-8 cut short in the middle of a character at 100, and its scores come with no
 * threshold that could be explained in a one-line error. The rules above are deterministic and each
 * failure names its cause. GB18030, however, decodes almost any byte string, and two failures slip
 * through its strict decoder as readable-looking Chinese: UTF-8 damaged in a few places (each byte
 * pair becomes a rare ideograph) and Big5, whose byte pairs are all valid GB18030. The first is
 * caught structurally (nearly all its high bytes form well-formed UTF-8 sequences); for the second
 * ICU is the right tool, since its Big5 and GB18030 recognisers weigh each text by the frequent
 * characters of that encoding, and that is the one question it is asked here.
 *
 * <p>Instances hold no state and are thread-safe.
 */
public final class SourceDecoder {
  /** The largest input read, in bytes: a speech is far smaller, and a bigger file is a mistake. */
  public static final int MAX_BYTES = 64 << 20;

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final List<Charset> BIG5 =
      List.of(Charset.forName("Big5"), Charset.forName("Big5-HKSCS"));

  /** A decoder; it keeps no state, so one can serve every thread. */
  public SourceDecoder() {}

  /**
   * Reads and decodes a file, named in the result and in errors as {@code file.toString()}.
   *
   * @param override the encoding to use, or null to detect it
   * @throws InputException when the file is missing, unreadable or not text in a known encoding
   */
  public SourceText read(Path file, Charset override) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file", e);
    } catch (IOException e) {
      throw cannotRead(name, e);
    }
    if (attributes.isDirectory()) {
      throw new InputException(name, "is a directory");
    }
    if (attributes.size() > MAX_BYTES) {
      throw tooLarge(name);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file", e);
    } catch (IOException e) {
      throw cannotRead(name, e);
    }
    return decode(name, bytes, override);
  }

  /**
   * Decodes bytes read elsewhere (stdin is decoded here under the name "-"). A Word or PDF document
   * is read as such whatever its name; the encoding applies to plain text only.
   *
   * @param name how the input is named in the result and in errors
   * @param override the encoding to use, or null to detect it
   * @throws InputException when the bytes are empty, binary or not text in a known encoding
   */
  public SourceText decode(String name, byte[] bytes, Charset override) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length == 0) {
      throw new InputException(name, "empty file");
    }
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(name);
    }
    FormatReader reader = Formats.readerFor(bytes);
    if (reader != null) {
      return reader.read(name, bytes);
    }
    String unsupported = Formats.unsupportedKind(bytes);
    if (unsupported != null) {
      throw new InputException(
          name, "unsupported file type (" + unsupported + "); save it as .docx or plain text");
    }
    Decoded decoded = override != null ? decodeAs(name, bytes, override) : detect(name, bytes);
    String text = decoded.text();
    if (text.isEmpty()) {
      throw new InputException(name, "empty file");
    }
    if (text.indexOf('\0') >= 0) {
      throw new InputException(name, "binary file (NUL bytes)");
    }
    if (isBlank(text)) {
      throw new InputException(name, "only whitespace");
    }
    return new SourceText(name, text, decoded.encoding(), Hashes.sha256(bytes));
  }

  private record Decoded(String text, String encoding) {}

  private static Decoded decodeAs(String name, byte[] bytes, Charset charset) {
    String text = strict(charset, bytes, 0);
    if (text == null) {
      throw new InputException(name, "not decodable as " + charset.name());
    }
    return new Decoded(stripBom(text), charset.name());
  }

  private static Decoded detect(String name, byte[] bytes) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      String text = strict(bom, bytes, bom == StandardCharsets.UTF_8 ? 3 : 2);
      if (text == null) {
        throw new InputException(name, "not decodable as " + bom.name());
      }
      return new Decoded(text, bom.name());
    }
    if (indexOf(bytes, (byte) 0) >= 0) {
      return utf16WithoutBom(name, bytes);
    }
    String utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8.name());
    }
    int damaged = damagedUtf8At(bytes);
    if (damaged >= 0) {
      throw new InputException(
          name, "not decodable as UTF-8 or GB18030 (invalid UTF-8 at byte " + damaged + ")");
    }
    if (looksLikeBig5(bytes)) {
      // Taiwan's and Hong Kong's encoding: Big5, else its Hong Kong superset.
      for (Charset big5 : BIG5) {
        String text = strict(big5, bytes, 0);
        if (text != null && isPlausible(text)) {
          return new Decoded(text, big5.name());
        }
      }
      throw new InputException(name, "not decodable as Big5 or Big5-HKSCS (it looks like Big5)");
    }
    String gb = strict(GB18030, bytes, 0);
    if (gb == null || !isPlausible(gb)) {
      throw new InputException(name, "not decodable as UTF-8 or GB18030");
    }
    return new Decoded(gb, GB18030.name());
  }

  /**
   * UTF-16 without a byte order mark: ASCII characters (line breaks, digits) put a zero byte second
   * in each pair in little-endian order and first in big-endian order; the more likely order is
   * tried first, and a decoding counts only when it reads as text.
   */
  private static Decoded utf16WithoutBom(String name, byte[] bytes) {
    if (bytes.length % 2 == 0) {
      int zeroFirst = 0;
      int zeroSecond = 0;
      for (int i = 0; i < bytes.length; i += 2) {
        zeroFirst += bytes[i] == 0 ? 1 : 0;
        zeroSecond += bytes[i + 1] == 0 ? 1 : 0;
      }
      Charset likely =
          zeroSecond >= zeroFirst ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
      Charset other =
          likely == StandardCharsets.UTF_16LE
              ? StandardCharsets.UTF_16BE
              : StandardCharsets.UTF_16LE;
      for (Charset charset : new Charset[] {likely, other}) {
        String text = strict(charset, bytes, 0);
        if (text != null && text.indexOf('\0') < 0 && isPlausible(text)) {
          return new Decoded(text, charset.name());
        }
      }
    }
    throw new InputException(name, "binary file (NUL bytes)");
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** The text, or null when the bytes from {@code offset} on are not valid in the charset. */
  private static String strict(Charset charset, byte[] bytes, int offset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String stripBom(String text) {
    return text.startsWith("\ufeff") ? text.substring(1) : text;
  }

  /**
   * Where UTF-8 that is damaged here and there first goes wrong, or -1 when the bytes are not
   * mostly UTF-8. In GBK text only a small share of the high bytes happens to form well-formed
   * UTF-8 sequences; in damaged UTF-8 nearly all do.
   */
  static int damagedUtf8At(byte[] b) {
    long high = 0;
    long inSequences = 0;
    int first = -1;
    int i = 0;
    while (i < b.length) {
      if (b[i] >= 0) {
        i++;
        continue;
      }
      int n = utf8SequenceLength(b, i);
      if (n > 0) {
        high += n;
        inSequences += n;
        i += n;
      } else {
        high++;
        if (first < 0) {
          first = i;
        }
        i++;
      }
    }
    return first >= 0 && inSequences * 10 >= high * 9 ? first : -1;
  }

  /** The length of the well-formed UTF-8 sequence at i (Unicode table 3-7), or 0. */
  private static int utf8SequenceLength(byte[] b, int i) {
    int lead = b[i] & 0xff;
    int n;
    int lo = 0x80;
    int hi = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      n = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      n = 3;
      lo = lead == 0xe0 ? 0xa0 : 0x80;
      hi = lead == 0xed ? 0x9f : 0xbf;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      n = 4;
      lo = lead == 0xf0 ? 0x90 : 0x80;
      hi = lead == 0xf4 ? 0x8f : 0xbf;
    } else {
      return 0;
    }
    if (i + n > b.length) {
      return 0;
    }
    int second = b[i + 1] & 0xff;
    if (second < lo || second > hi) {
      return 0;
    }
    for (int k = 2; k < n; k++) {
      int c = b[i + k] & 0xff;
      if (c < 0x80 || c > 0xbf) {
        return 0;
      }
    }
    return n;
  }

  /**
   * Whether decoded text reads as Chinese, Latin or common symbols. A wrong guess decodes into
   * control and private-use characters, unassigned code points and scripts a Chinese speech does
   * not use (GB18030's four-byte sequences map mostly to those); more than one character in ten of
   * that kind means the guess was wrong.
   */
  static boolean isPlausible(String text) {
    long total = 0;
    long odd = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c)) {
        continue;
      }
      total++;
      if (isOdd(c)) {
        odd++;
      }
    }
    return odd * 10 <= total;
  }

  private static boolean isOdd(int c) {
    switch (Character.getType(c)) {
      case Character.CONTROL, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE:
        return true;
      default:
        break;
    }
    return switch (Character.UnicodeScript.of(c)) {
      case HAN, COMMON, INHERITED, LATIN, GREEK, CYRILLIC, HIRAGANA, KATAKANA, BOPOMOFO -> false;
      default -> true;
    };
  }

  private static boolean looksLikeBig5(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    int gb = 0;
    int big5 = 0;
    for (CharsetMatch match : detector.detectAll()) {
      switch (match.getName()) {
        case "GB18030" -> gb = Math.max(gb, match.getConfidence());
        case "Big5" -> big5 = Math.max(big5, match.getConfidence());
        default -> {}
      }
    }
    return big5 >= 50 && big5 > gb;
  }

  private static boolean isBlank(String text) {
    return text.codePoints()
        .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff');
  }

  private static int indexOf(byte[] bytes, byte value) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }

  private static InputException tooLarge(String name) {
    return new InputException(name, "too large (over " + (MAX_BYTES >> 20) + " MiB)");
  }

  private static InputException cannotRead(String name, Throwable e) {
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
      reason = fse.getReason();
    } else if (e.getMessage() != null) {
      reason = e.getMessage();
    } else {
      reason = e.getClass().getSimpleName();
    }
    return new InputException(name, "cannot read: " + oneLine(reason), e);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
