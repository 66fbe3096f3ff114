package dev.luoshi.decode;

import static dev.luoshi.decode.Docx.abstractNum;
import static dev.luoshi.decode.Docx.num;
import static dev.luoshi.decode.Docx.numbered;
import static dev.luoshi.decode.Docx.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.luoshi.InputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DocxReaderTest {
  private final SourceDecoder decoder = new SourceDecoder();

  private String text(Docx docx) {
    SourceText source = decoder.decode("讲话.docx", docx.bytes(), null);
    assertEquals("docx", source.format());
    assertNull(source.encoding());
    return source.text();
  }

  @Test
  void readsParagraphsRunsBreaksAndTabsInOrder() {
    String body =
        p("在全市防汛工作会议上的讲话")
            + "<w:p><w:r><w:t>各区</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>要</w:t></w:r>"
            + "<w:r><w:t>抓紧</w:t><w:br/><w:t>落实。</w:t><w:tab/><w:t>完</w:t></w:r></w:p>"
            + "<w:p><w:hyperlink r:id=\"x\"><w:r><w:t>链接文字</w:t></w:r></w:hyperlink>"
            + "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>新增</w:t></w:r></w:ins>"
            + "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>删去</w:delText></w:r></w:del>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
            + "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>显示</w:t></w:r></w:p>";
    assertEquals("在全市防汛工作会议上的讲话\n各区要抓紧\n落实。\t完\n链接文字新增7显示\n", text(new Docx().body(body)));
  }

  @Test
  void leavesOutHeadersFootnotesAndComments() {
    String body =
        "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>正文一句。</w:t></w:r>"
            + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
            + "<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>";
    Docx docx = new Docx().body(body).header("内部资料 注意保存").footnote("脚注文字").comment("批注文字");
    assertEquals("正文一句。\n", text(docx));
  }

  @Test
  void readsTablesRowByRowWithCellsJoinedByTabs() {
    String body =
        p("表前")
            + "<w:tbl><w:tr><w:tc>"
            + p("序号")
            + "</w:tc><w:tc>"
            + p("任务")
            + "</w:tc><w:tc>"
            + p("牵头单位")
            + "</w:tc></w:tr><w:tr><w:tc>"
            + p("1")
            + "</w:tc><w:tc>"
            + p("制定方案。")
            + p("报市政府。")
            + "</w:tc><w:tc>"
            + p("市水务局")
            + "</w:tc></w:tr></w:tbl>"
            + p("表后");
    assertEquals("表前\n序号\t任务\t牵头单位\n1\t制定方案。\n报市政府。\t市水务局\n表后\n", text(new Docx().body(body)));
  }

  @Test
  void readsTextBoxesOnceAfterTheirParagraphAndContentControls() {
    String box = p("框内第一句。") + p("框内第二句。");
    String body =
        "<w:p><w:r><w:t>锚定段落。</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
            + "<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>"
            + box
            + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
            + "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
            + box
            + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
            + "</w:r></w:p>"
            + "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
            + p("旧式文本框。")
            + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
            + "<w:sdt><w:sdtPr/><w:sdtContent>"
            + p("控件里的段落。")
            + "</w:sdtContent></w:sdt>";
    assertEquals("锚定段落。\n框内第一句。\n框内第二句。\n\n旧式文本框。\n控件里的段落。\n", text(new Docx().body(body)));
  }

  @Test
  void rendersAutomaticNumberingAsWordShowsIt() {
    String numbering =
        abstractNum(
                0,
                "chineseCounting",
                "%1、",
                "chineseCounting",
                "（%2）",
                "decimal",
                "%3.",
                "decimalEnclosedCircle",
                "%4")
            + num(1, 0, "");
    String body =
        numbered(1, 0, "总体要求")
            + numbered(1, 1, "明确目标")
            + numbered(1, 2, "制定方案")
            + numbered(1, 2, "上报备案")
            + numbered(1, 3, "细化分工")
            + numbered(1, 1, "压实责任")
            + numbered(1, 2, "签订责任书")
            + numbered(1, 0, "重点任务")
            + numbered(1, 1, "排查隐患");
    assertEquals(
        "一、总体要求\n（一）明确目标\n1. 制定方案\n2. 上报备案\n①细化分工\n（二）压实责任\n1. 签订责任书\n" + "二、重点任务\n（一）排查隐患\n",
        text(new Docx().body(body).numbering(numbering)));
  }

  @Test
  void countsOnAcrossListInstancesUnlessOneRestarts() {
    // %1 in a deeper level is written in level 1's own format (一.1), as Word does without isLgl.
    String numbering =
        abstractNum(0, "chineseCountingThousand", "%1、", "decimal", "%1.%2")
            + abstractNum(1, "ideographTraditional", "%1．")
            + num(1, 0, "")
            + num(2, 0, "")
            + num(
                3, 0, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>")
            + num(4, 1, "");
    String body =
        numbered(1, 0, "甲")
            + numbered(1, 1, "甲一")
            + numbered(2, 0, "乙")
            + numbered(2, 1, "乙一")
            + numbered(4, 0, "天干")
            + numbered(4, 0, "天干")
            + numbered(3, 0, "重新");
    assertEquals(
        "一、甲\n一.1 甲一\n二、乙\n二.1 乙一\n甲．天干\n乙．天干\n一、重新\n",
        text(new Docx().body(body).numbering(numbering)));
  }

  @Test
  void takesNumberingFromParagraphStylesAndSkipsBullets() {
    String numbering =
        abstractNum(0, "chineseCounting", "%1、")
            + abstractNum(1, "bullet", "\uf0b7")
            + num(1, 0, "")
            + num(2, 1, "");
    String styles =
        "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:name w:val=\"heading 1\"/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"H1x\"><w:name w:val=\"mine\"/>"
            + "<w:basedOn w:val=\"H1\"/></w:style>";
    String body =
        "<w:p><w:pPr><w:pStyle w:val=\"H1\"/></w:pPr><w:r><w:t>第一部分</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"H1x\"/></w:pPr><w:r><w:t>第二部分</w:t></w:r></w:p>"
            + numbered(2, 0, "要点")
            + "<w:p><w:pPr><w:pStyle w:val=\"H1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>"
            + "</w:pPr><w:r><w:t>取消编号</w:t></w:r></w:p>";
    assertEquals(
        "一、第一部分\n二、第二部分\n要点\n取消编号\n",
        text(new Docx().body(body).numbering(numbering).styles(styles)));
  }

  @Test
  void refusesZipBombsWithOneLine() {
    String huge = p("开头") + "<w:p><w:r><w:t>" + " ".repeat(40 << 20) + "</w:t></w:r></w:p>";
    byte[] bomb = new Docx().body(huge).bytes();
    InputException e =
        assertThrows(InputException.class, () -> decoder.decode("bomb.docx", bomb, null));
    assertEquals("refused: a part expands more than a hundredfold (a zip bomb?)", e.reason());
  }

  @Test
  void namesWhatAnOfficeFileIsWhenItIsNotADocx() throws Exception {
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("表");
      workbook.write(xlsx);
    }
    assertReason(
        "not a Word document (an Excel or PowerPoint file?)", "a.docx", xlsx.toByteArray());
    assertReason(
        "a zip archive but not a Word .docx document",
        "a.zip",
        Docx.zip(Map.of("readme.txt", "hello")));
    assertReason(
        "Word 97-2003 document (.doc) is not read; save it as .docx in Word",
        "a.doc",
        ole2("WordDocument"));
    assertReason(
        "encrypted Word document; remove the password first", "a.docx", ole2("EncryptionInfo"));
    assertReason("Office 97-2003 file that is not a Word document", "a.xls", ole2("Workbook"));
    assertReason(
        "no text in the Word document", "blank.docx", new Docx().body(p("　 ") + p("")).bytes());
  }

  private static byte[] ole2(String entry) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(
          new java.io.ByteArrayInputStream("x".repeat(64).getBytes(StandardCharsets.US_ASCII)),
          entry);
      fs.writeFilesystem(out);
    }
    return out.toByteArray();
  }

  private void assertReason(String reason, String name, byte[] bytes) {
    InputException e = assertThrows(InputException.class, () -> decoder.decode(name, bytes, null));
    assertEquals(reason, e.reason(), name);
  }
}
