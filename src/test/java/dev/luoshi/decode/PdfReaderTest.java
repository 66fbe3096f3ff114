package dev.luoshi.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.luoshi.InputException;
import dev.luoshi.decode.PdfReader.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
  private static final String LONG =
      "各区各部门要对照本次会议部署，逐项细化工作措施，明确责任单位和完成时限，于本月底前将落实方案报市政府办公室备案，" + "确保各项任务按期落地见效。";

  private final SourceDecoder decoder = new SourceDecoder();

  private static void needFont() {
    assumeTrue(
        Pdf.font() != null,
        "PDF tests skipped: no Chinese font (apt-get install fonts-wqy-microhei)");
  }

  private String text(Pdf pdf) throws Exception {
    SourceText source = decoder.decode("讲话.pdf", pdf.bytes(), null);
    assertEquals("pdf", source.format());
    assertNull(source.encoding());
    return source.text();
  }

  @Test
  void joinsHardWrapsBackIntoParagraphs() throws Exception {
    needFont();
    Pdf pdf =
        new Pdf()
            .title("在全市防汛工作会议上的讲话")
            .heading("一、总体要求")
            .paragraph(LONG)
            .paragraph("二要加强值守。")
            .heading("二、保障措施");
    assertEquals("在全市防汛工作会议上的讲话\n一、总体要求\n" + LONG + "\n二要加强值守。\n二、保障措施\n", text(pdf));
  }

  @Test
  void dropsPageNumbersAndRunningHeaders() throws Exception {
    needFont();
    Pdf pdf = new Pdf().header("市政府办公室 内部资料").pageNumbers().heading("一、总体要求");
    for (int i = 0; i < 30; i++) {
      pdf.paragraph(i + "号文件要求" + LONG);
    }
    String text = text(pdf);
    assertEquals(31, text.split("\n").length, text);
    assertEquals(-1, text.indexOf("内部资料"), text);
    assertEquals(-1, text.indexOf("—"), text);
    assertEquals("一、总体要求\n0号文件要求" + LONG + "\n", text.substring(0, text.indexOf('\n', 10) + 1));
  }

  @Test
  void removesSpacesBetweenChineseCharactersOfJustifiedLines() throws Exception {
    needFont();
    Pdf pdf = new Pdf().charSpacing(6).paragraph("市水务局要在汛前完成全部排涝泵站检修，并于5月10日前报送检修台账。");
    assertEquals("市水务局要在汛前完成全部排涝泵站检修，并于5月10日前报送检修台账。\n", text(pdf));
  }

  @Test
  void refusesScansAndEncryptedFilesWithOneLine() throws Exception {
    InputException scan =
        assertThrows(InputException.class, () -> decoder.decode("scan.pdf", Pdf.scan(), null));
    assertEquals(
        "PDF without a text layer (a scan?); run OCR on it or use the Word original",
        scan.reason());
    needFont();
    byte[] locked = new Pdf().password("secret").paragraph(LONG).bytes();
    InputException encrypted =
        assertThrows(InputException.class, () -> decoder.decode("locked.pdf", locked, null));
    assertEquals("encrypted PDF; remove the password first", encrypted.reason());
  }

  @Test
  void pageFurnitureNeedsToRecurOnHalfThePages() {
    List<List<Line>> pages =
        List.of(
            List.of(line("第一页正文", 72, 500), line("- 1 -", 280, 320)),
            List.of(line("第二页正文", 72, 500), line("第2页 共3页", 260, 340)),
            List.of(line("页眉 2024", 72, 200), line("第三页正文", 72, 500), line("3/3", 290, 310)));
    List<List<Line>> kept = PdfReader.dropFurniture(pages);
    assertEquals(
        List.of(List.of("第一页正文"), List.of("第二页正文"), List.of("页眉 2024", "第三页正文")),
        kept.stream().map(p -> p.stream().map(Line::text).toList()).toList());
  }

  @Test
  void joinsChineseWithoutSpacesAndLatinWithOne() {
    List<Line> lines =
        List.of(
            line("  一、总体要求", 72, 180),
            line("各单位要落实", 100, 500),
            line("责任。Use the", 72, 500),
            line("new system.", 72, 200),
            line("（一）加强领导", 72, 190));
    assertEquals(
        "一、总体要求\n各单位要落实责任。Use the new system.\n（一）加强领导\n",
        PdfReader.join(List.of(lines)).replace("  一", "一"));
  }

  private static Line line(String text, float left, float right) {
    return new Line(text, left, right, 14);
  }
}
