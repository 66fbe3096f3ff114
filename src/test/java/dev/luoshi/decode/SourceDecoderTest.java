package dev.luoshi.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.luoshi.InputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceDecoderTest {
  /** A speech in the house style, with a CRLF line and a full-width space. */
  static final String SPEECH =
      "关于做好2024年安全生产工作的讲话\n"
          + "同志们：\n"
          + "一、压实安全生产责任\r\n"
          + "　　各处室要在3月15日前上报工作方案。\n"
          + "（一）市应急局牵头，市公安局配合，开展隐患排查整治。\n"
          + "二、强化督查考核\n"
          + "办公室要在每季度末通报进展情况，确保各项任务落到实处。\n";

  private final SourceDecoder decoder = new SourceDecoder();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "UTF-8,       ,            UTF-8",
    "UTF-8,       EFBBBF,      UTF-8",
    "GB18030,     ,            GB18030",
    "GBK,         ,            GB18030",
    "UTF-16LE,    FFFE,        UTF-16LE",
    "UTF-16BE,    FEFF,        UTF-16BE",
    "UTF-16LE,    ,            UTF-16LE",
    "UTF-16BE,    ,            UTF-16BE",
  })
  void detectsEachEncodingAndKeepsTheTextAsWritten(String charset, String bom, String expected) {
    byte[] bytes = concat(hex(bom), SPEECH.getBytes(Charset.forName(charset)));

    SourceText source = decoder.decode("speech.txt", bytes, null);

    assertEquals(SPEECH, source.text());
    assertEquals(expected, source.encoding());
    assertEquals(Hashes.sha256(bytes), source.sha256());
    assertEquals("speech.txt", source.path());
  }

  @Test
  void readsGb18030FourByteCharacters() {
    String text = "请𠀀同志牵头落实。";
    SourceText source = decoder.decode("x", text.getBytes(Charset.forName("GB18030")), null);
    assertEquals(text, source.text());
    assertEquals("GB18030", source.encoding());
  }

  @Test
  void readsAShortGbkLine() {
    byte[] bytes = "各处室要在3月15日前上报工作方案。".getBytes(Charset.forName("GBK"));
    assertEquals("GB18030", decoder.decode("x", bytes, null).encoding());
  }

  @Test
  void readsAFileAndNamesItAsGiven(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("speech.txt");
    Files.write(file, SPEECH.getBytes(Charset.forName("GBK")));

    SourceText source = decoder.read(file, null);

    assertEquals(file.toString(), source.path());
    assertEquals(SPEECH, source.text());
  }

  @Test
  void usesTheEncodingItIsGiven() {
    byte[] gbk = SPEECH.getBytes(Charset.forName("GBK"));
    SourceText source = decoder.decode("x", gbk, Charset.forName("GBK"));
    assertEquals(SPEECH, source.text());
    assertEquals("GBK", source.encoding());

    byte[] withBom = concat(hex("EFBBBF"), SPEECH.getBytes(StandardCharsets.UTF_8));
    assertEquals(SPEECH, decoder.decode("x", withBom, StandardCharsets.UTF_8).text());
  }

  @Test
  void failsWhenTheGivenEncodingDoesNotFit() {
    byte[] utf8 = SPEECH.getBytes(StandardCharsets.UTF_8);
    assertReason("not decodable as US-ASCII", () -> decoder.decode("x", utf8, US_ASCII));
  }

  @Test
  void rejectsEmptyAndBlankInput() {
    assertReason("empty file", () -> decoder.decode("x", new byte[0], null));
    assertReason("empty file", () -> decoder.decode("x", hex("EFBBBF"), null));
    byte[] blank = " \r\n\t\u3000\u00a0\n".getBytes(StandardCharsets.UTF_8);
    assertReason("only whitespace", () -> decoder.decode("x", blank, null));
    byte[] blankGbk = "\u3000\u3000\n".getBytes(Charset.forName("GBK"));
    assertReason("only whitespace", () -> decoder.decode("x", blankGbk, null));
  }

  @Test
  void rejectsBinaryInput() {
    byte[] binary = {'a', 'b', 0, 1, 2, (byte) 0x90, 0, 0, 0, 7};
    assertReason("binary file (NUL bytes)", () -> decoder.decode("x", binary, null));
    byte[] textThenNul = concat(SPEECH.getBytes(StandardCharsets.UTF_8), new byte[] {0, 0, 0});
    assertReason("binary file (NUL bytes)", () -> decoder.decode("x", textThenNul, null));
    byte[] nulInUtf16 = concat(hex("FFFE"), "要\0".getBytes(StandardCharsets.UTF_16LE));
    assertReason("binary file (NUL bytes)", () -> decoder.decode("x", nulInUtf16, null));
  }

  @Test
  void rejectsUtf8CutInTheMiddleOfACharacter() {
    byte[] utf8 = "各处室要上报方案".getBytes(StandardCharsets.UTF_8);
    byte[] truncated = Arrays.copyOf(utf8, utf8.length - 1);
    InputException e =
        assertThrows(InputException.class, () -> decoder.decode("x", truncated, null));
    assertTrue(e.reason().startsWith("not decodable as UTF-8 or GB18030"), e.reason());
  }

  @Test
  void pointsAtTheFirstBadByteOfDamagedUtf8() {
    byte[] utf8 = SPEECH.getBytes(StandardCharsets.UTF_8);
    int at = SPEECH.substring(0, SPEECH.indexOf('各')).getBytes(StandardCharsets.UTF_8).length;
    utf8[at + 1] = (byte) 0xff;

    assertReason(
        "not decodable as UTF-8 or GB18030 (invalid UTF-8 at byte " + at + ")",
        () -> decoder.decode("x", utf8, null));
  }

  @Test
  void rejectsBytesThatAreNeitherUtf8NorGb18030() {
    byte[] invalid = {(byte) 0x80, (byte) 0xff, 'a', (byte) 0xff, (byte) 0x80, 'b'};
    assertReason("not decodable as UTF-8 or GB18030", () -> decoder.decode("x", invalid, null));
  }

  @Test
  void rejectsWhatGb18030DecodesIntoCharactersNoSpeechUses() {
    // Valid GB18030 (four-byte sequences), but Hangul, Thai, control and private-use characters:
    // what GB18030 makes of bytes that were never GB18030 text.
    String odd = "가나다라마바사ก ข ค\u0085\u0086\ue000\ue001同志";
    byte[] bytes = odd.getBytes(Charset.forName("GB18030"));
    assertEquals(odd, new String(bytes, Charset.forName("GB18030")));
    assertFalse(SourceDecoder.isPlausible(odd));
    assertReason("not decodable as UTF-8 or GB18030", () -> decoder.decode("x", bytes, null));
  }

  @Test
  void readsBig5AndTellsItFromGbk() {
    String traditional = "各處室要在3月15日前上報工作方案。市應急局牽頭，市公安局配合，做好督查工作。\n";
    byte[] big5 = traditional.repeat(3).getBytes(Charset.forName("Big5"));
    SourceText text = decoder.decode("x", big5, null);
    assertEquals(traditional.repeat(3), text.text());
    assertEquals("Big5", text.encoding());
    assertEquals(traditional.repeat(3), decoder.decode("x", big5, Charset.forName("Big5")).text());
  }

  @Test
  void readsHongKongCharactersAsBig5Hkscs() {
    // 嘅 and 咗 are Cantonese characters that Big5 lacks and HKSCS adds.
    String hk = "各處室要在3月15日前上報工作方案，嘅咗都要寫清楚。市應急局牽頭，市公安局配合，做好督查工作。\n";
    Charset hkscs = Charset.forName("Big5-HKSCS");
    byte[] bytes = hk.repeat(3).getBytes(hkscs);
    assertEquals(hk.repeat(3), new String(bytes, hkscs));
    SourceText text = decoder.decode("x", bytes, null);
    assertEquals(hk.repeat(3), text.text());
    assertEquals("Big5-HKSCS", text.encoding());
  }

  @Test
  void readsDocumentsByTheirFirstBytesAndRefusesRtf(@TempDir Path dir) throws Exception {
    Path docx = dir.resolve("讲话.txt");
    Files.write(docx, new Docx().body(Docx.p("一句话。")).bytes());
    SourceText word = decoder.read(docx, StandardCharsets.UTF_8);
    assertEquals("docx", word.format());
    assertEquals("一句话。\n", word.text());
    Path broken = dir.resolve("broken.docx");
    Files.write(broken, concat("PK".getBytes(StandardCharsets.US_ASCII), new byte[] {3, 4, 0, 0}));
    assertReason("a zip archive but not a Word .docx document", () -> decoder.read(broken, null));
    InputException e;
    byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    e = assertThrows(InputException.class, () -> decoder.decode("-", pdf, null));
    assertTrue(e.reason().startsWith("damaged PDF ("), e.reason());
    byte[] rtf = "{\\rtf1 x}".getBytes(StandardCharsets.US_ASCII);
    assertReason(
        "unsupported file type (RTF); save it as .docx or plain text",
        () -> decoder.decode("a.rtf", rtf, null));
  }

  @Test
  void reportsMissingFilesAndDirectories(@TempDir Path dir) {
    assertReason("no such file", () -> decoder.read(dir.resolve("missing.txt"), null));
    assertReason("is a directory", () -> decoder.read(dir, null));
  }

  @Test
  void reportsUnreadableFiles(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("secret.txt");
    Files.writeString(file, SPEECH);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "the superuser reads every file");
    assertReason("cannot read: permission denied", () -> decoder.read(file, null));
  }

  @Test
  void reportsWhyAFileCannotBeRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("speech.txt");
    Files.writeString(file, SPEECH);
    assertReason("cannot read: Not a directory", () -> decoder.read(file.resolve("x.txt"), null));
  }

  @Test
  void refusesHugeInput() {
    byte[] huge = new byte[SourceDecoder.MAX_BYTES + 1];
    assertReason("too large (over 64 MiB)", () -> decoder.decode("x", huge, null));
  }

  @Test
  void namesTheInputInEveryFailure() {
    InputException e =
        assertThrows(InputException.class, () -> decoder.decode("会议/讲话.txt", new byte[0], null));
    assertEquals("会议/讲话.txt", e.input());
  }

  private static final Charset US_ASCII = StandardCharsets.US_ASCII;

  private static void assertReason(String reason, org.junit.jupiter.api.function.Executable call) {
    InputException e = assertThrows(InputException.class, call);
    assertEquals(reason, e.reason());
  }

  private static byte[] hex(String hex) {
    if (hex == null) {
      return new byte[0];
    }
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
