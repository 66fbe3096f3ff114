package dev.luoshi.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.plan.Deadline;
import dev.luoshi.plan.Kind;
import dev.luoshi.plan.Meeting;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Role;
import dev.luoshi.plan.Source;
import dev.luoshi.plan.Span;
import dev.luoshi.plan.Stats;
import dev.luoshi.plan.Task;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The ledger formats, read back with real parsers: cells and elements, not bytes. */
class LedgerWritersTest {
  /** A plan whose tasks start with formula characters and one that is too long for a cell. */
  static Plan hostile() {
    List<Task> tasks = new ArrayList<>();
    String[] texts = {
      "=HYPERLINK(\"http://example.invalid\",\"点我\")要立即上报。",
      "+1要在月底前完成。",
      "-各单位要自查。",
      "@所有人要参会。",
      "\t各科室要整改。",
      "要" + "落实".repeat(20_000) + "。"
    };
    for (int i = 0; i < texts.length; i++) {
      tasks.add(
          new Task(
              "T" + (i + 1),
              null,
              Kind.ACTION,
              texts[i],
              new Span(i, i + 1, i + 1),
              List.of(),
              i == 1 ? new Deadline("月底前", LocalDate.of(2024, 3, 31)) : null,
              List.of(),
              List.of(),
              List.of()));
    }
    return new Plan(
        new Source("恶意/样本.txt", "UTF-8", 100, "00"),
        new Meeting(null, null, null),
        List.of(),
        tasks,
        List.of(),
        new Stats(6, 6, Map.of(Kind.ACTION, 6)));
  }

  @Test
  void rowsAreBuiltFromThePlanOnce() {
    List<LedgerRow> rows = LedgerRow.of(SamplePlans.full());
    assertEquals(3, rows.size());
    LedgerRow first = rows.get(0);
    assertEquals(
        List.of(
            "1",
            "各处室要在3月15日前上报工作方案，由𠀀同志汇总。",
            "任务",
            "（一）明确分工",
            "各处室",
            "办公室",
            "",
            "3月15日前",
            "2024-03-15",
            "第5行 一、（一）",
            "",
            "涉及《安全生产法》"),
        first.cells());
    assertEquals("T1", first.taskId());
    assertEquals(LedgerRow.COLUMNS.size(), first.cells().size());
    assertEquals("在全市安全生产工作会议上的讲话重点工作任务分解表（2024年3月1日）", LedgerRow.title(SamplePlans.full()));
    assertEquals("讲话重点工作任务分解表", LedgerRow.title(SamplePlans.empty()).replace("-", "讲话"));
  }

  @Test
  void ownersImpliedByTheItemsTagFillTheUnitColumnsAndSaySo() {
    LedgerRow implied = LedgerRow.of(SamplePlans.full()).get(1);
    assertEquals("督查室", implied.lead());
    assertEquals("各处室", implied.support());
    assertEquals("责任单位据本项末尾标注", implied.note());
    assertTrue(implied.ownersImplied());
    LedgerRow own = LedgerRow.of(SamplePlans.full()).get(0);
    assertEquals("各处室", own.lead());
    assertEquals("涉及《安全生产法》", own.note());
    assertFalse(own.ownersImplied());

    Task both =
        new Task(
            "T1",
            null,
            Kind.ACTION,
            "要在月底前完成台账录入。",
            new Span(0, 12, 1),
            List.of(),
            List.of(new Owner("综合科", Role.LEAD)),
            null,
            List.of("《台账管理办法》"),
            List.of(),
            List.of("owner:implied"));
    LedgerRow row = LedgerRow.of(withTasks(SamplePlans.empty(), List.of(both))).get(0);
    assertEquals("综合科", row.lead());
    assertEquals("", row.support());
    assertEquals("涉及《台账管理办法》；责任单位据本项末尾标注", row.note());
  }

  @Test
  void everyLedgerFormatCarriesTheImpliedOwners() throws IOException {
    List<CSVRecord> records = csv(bytes(new CsvLedgerWriter(), SamplePlans.full()));
    assertEquals("督查室", records.get(2).get(4));
    assertEquals("各处室", records.get(2).get(5));
    assertEquals("责任单位据本项末尾标注", records.get(2).get(11));
    try (XSSFWorkbook book = xlsx(bytes(new XlsxLedgerWriter(), SamplePlans.full()))) {
      XSSFRow row = book.getSheetAt(0).getRow(3);
      assertEquals("督查室", text(row.getCell(4)));
      assertEquals("各处室", text(row.getCell(5)));
      assertEquals("责任单位据本项末尾标注", text(row.getCell(11)));
    }
    String md = new String(bytes(new MarkdownWriter(), SamplePlans.full()), StandardCharsets.UTF_8);
    String line = md.lines().filter(l -> l.startsWith("| 2 |")).findFirst().orElseThrow();
    assertTrue(line.contains("| 督查室 | 各处室 |") && line.endsWith("| 责任单位据本项末尾标注 |"), line);
    String html =
        new String(bytes(new HtmlReviewWriter(), SamplePlans.full()), StandardCharsets.UTF_8);
    var page = org.jsoup.Jsoup.parse(html);
    assertEquals(
        List.of("督查室", "各处室"),
        page.select("tr[data-row=T2] td.implied").stream().map(e -> e.text()).toList());
    assertTrue(page.select("tr[data-row=T1] td.implied").isEmpty());
    assertTrue(
        page.selectFirst("mark[data-task=T2]")
            .attr("title")
            .contains("牵头：督查室 · 配合：各处室（责任单位据本项末尾标注）"),
        page.selectFirst("mark[data-task=T2]").attr("title"));
  }

  private static Plan withTasks(Plan plan, List<Task> tasks) {
    return new Plan(
        plan.source(),
        plan.meeting(),
        plan.outline(),
        tasks,
        plan.diagnostics(),
        new Stats(tasks.size(), tasks.size(), Map.of(Kind.ACTION, tasks.size())));
  }

  @Test
  void csvHasTheColumnsABomAndNoFormulas() throws IOException {
    byte[] bytes = bytes(new CsvLedgerWriter(), hostile());
    assertArrayEquals(
        new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, java.util.Arrays.copyOf(bytes, 3));
    List<CSVRecord> records = csv(bytes);
    assertEquals(LedgerRow.COLUMNS, records.get(0).toList());
    assertEquals("'=HYPERLINK(\"http://example.invalid\",\"点我\")要立即上报。", records.get(1).get(1));
    assertEquals("'+1要在月底前完成。", records.get(2).get(1));
    assertEquals("'-各单位要自查。", records.get(3).get(1));
    assertEquals("'@所有人要参会。", records.get(4).get(1));
    assertEquals("各科室要整改。", records.get(5).get(1)); // a task's text is trimmed
    assertEquals("'\tx", CsvLedgerWriter.field("\tx"));
    assertEquals("\"'\r\nx\"", CsvLedgerWriter.field("\r\nx"));
    assertEquals("2024-03-31", records.get(2).get(LedgerRow.DATE_COLUMN));
    for (CSVRecord record : records) {
      for (String cell : record) {
        assertTrue(!CsvLedgerWriter.needsGuard(cell), cell);
      }
    }
  }

  @Test
  void csvOfABatchIsOneTableWithTheSourceFile() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWriter.Sequence sequence = new CsvLedgerWriter().sequence(out);
    sequence.add(SamplePlans.full());
    sequence.add(SamplePlans.empty());
    sequence.add(SamplePlans.full());
    sequence.finish();

    List<CSVRecord> records = csv(out.toByteArray());
    List<String> header = new ArrayList<>(LedgerRow.COLUMNS);
    header.add("来源文件");
    assertEquals(header, records.get(0).toList());
    assertEquals(7, records.size());
    assertEquals(
        List.of("1", "2", "3", "4", "5", "6"),
        records.stream().skip(1).map(r -> r.get(0)).toList());
    assertEquals("会议/讲话.txt", records.get(6).get(12));
    assertEquals(
        1, new String(out.toByteArray(), StandardCharsets.UTF_8).split("\ufeff", -1).length - 1);
  }

  @Test
  void xlsxIsTheSheetASecretaryHandsOn() throws IOException {
    try (XSSFWorkbook book = xlsx(bytes(new XlsxLedgerWriter(), SamplePlans.full()))) {
      assertEquals(1, book.getNumberOfSheets());
      XSSFSheet sheet = book.getSheetAt(0);
      assertEquals("讲话", sheet.getSheetName());
      assertEquals("在全市安全生产工作会议上的讲话重点工作任务分解表（2024年3月1日）", text(sheet.getRow(0).getCell(0)));
      assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(0, 0, 0, 11)));
      List<String> header = new ArrayList<>();
      sheet.getRow(1).forEach(cell -> header.add(text((XSSFCell) cell)));
      assertEquals(LedgerRow.COLUMNS, header);
      XSSFRow first = sheet.getRow(2);
      assertEquals("各处室要在3月15日前上报工作方案，由𠀀同志汇总。", text(first.getCell(1)));
      assertEquals("（一）明确分工", text(first.getCell(3)));
      assertEquals("各处室", text(first.getCell(4)));
      assertEquals(CellType.NUMERIC, first.getCell(8).getCellType());
      assertEquals(
          LocalDate.of(2024, 3, 15), first.getCell(8).getLocalDateTimeCellValue().toLocalDate());
      assertEquals("2024-03-15", new DataFormatter().formatCellValue(first.getCell(8)));
      assertEquals(5, sheet.getLastRowNum() + 1);
      // Header frozen and repeated on every printed page; A4 landscape, one page wide.
      assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition());
      assertEquals(1, sheet.getRepeatingRows().getFirstRow());
      assertEquals(1, sheet.getRepeatingRows().getLastRow());
      PrintSetup print = sheet.getPrintSetup();
      assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
      assertTrue(print.getLandscape());
      assertEquals(1, print.getFitWidth());
      assertEquals(0, print.getFitHeight());
      assertTrue(sheet.getFitToPage());
      assertTrue(first.getCell(1).getCellStyle().getWrapText());
      assertTrue(sheet.getColumnWidth(1) > 4 * sheet.getColumnWidth(0));
    }
  }

  @Test
  void xlsxCellsAreStringsNeverFormulasAndLongTextIsCutWithANote() throws IOException {
    try (XSSFWorkbook book = xlsx(bytes(new XlsxLedgerWriter(), hostile()))) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertEquals("样本重点工作任务分解表", text(sheet.getRow(0).getCell(0)));
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        XSSFCell cell = sheet.getRow(r).getCell(1);
        assertEquals(CellType.STRING, cell.getCellType(), "row " + r);
      }
      assertEquals(hostile().tasks().get(0).text(), text(sheet.getRow(2).getCell(1)));
      XSSFRow longRow = sheet.getRow(7);
      assertEquals(XlsxLedgerWriter.CELL_LIMIT, text(longRow.getCell(1)).length());
      assertTrue(
          text(longRow.getCell(11)).startsWith("工作任务超过Excel单元格的32767字上限，已截断"),
          text(longRow.getCell(11)));
    }
  }

  @Test
  void xlsxOfABatchHasASummaryAndASheetPerSpeechWithValidUniqueNames() throws IOException {
    Plan odd = withPath(SamplePlans.full(), "材料/[草稿]:第*?次/会议\\讲话稿这是一个很长很长很长很长很长很长很长的文件名.txt");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWriter.Sequence sequence = new XlsxLedgerWriter().sequence(out);
    sequence.add(SamplePlans.full());
    sequence.add(withPath(SamplePlans.full(), "其他/讲话.txt"));
    sequence.add(odd);
    sequence.add(odd);
    sequence.finish();

    try (XSSFWorkbook book = xlsx(out.toByteArray())) {
      List<String> names = new ArrayList<>();
      book.forEach(sheet -> names.add(sheet.getSheetName()));
      assertEquals(5, names.size());
      assertEquals("汇总", names.get(0));
      assertEquals("讲话", names.get(1));
      assertEquals("讲话(2)", names.get(2));
      assertEquals(names.size(), names.stream().distinct().count());
      for (String name : names) {
        assertTrue(name.length() <= 31, name);
        assertTrue(name.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0), name);
      }
      XSSFSheet summary = book.getSheetAt(0);
      assertEquals("文件", text(summary.getRow(1).getCell(1)));
      assertEquals("其他/讲话.txt", text(summary.getRow(3).getCell(1)));
      assertEquals("在全市安全生产工作会议上的讲话", text(summary.getRow(2).getCell(2)));
      assertEquals(1, (int) summary.getRow(2).getCell(4).getNumericCellValue());
      assertEquals(3, (int) summary.getRow(2).getCell(7).getNumericCellValue());
      assertEquals("'讲话(2)'!A1", summary.getRow(3).getCell(8).getHyperlink().getAddress());
    }
  }

  @Test
  void xlsxIsTheSameBytesEveryTime() throws IOException {
    assertArrayEquals(
        bytes(new XlsxLedgerWriter(), SamplePlans.full()),
        bytes(new XlsxLedgerWriter(), SamplePlans.full()));
  }

  @Test
  void markdownHasTheOutlineAndAPipeTable() throws IOException {
    String md = new String(bytes(new MarkdownWriter(), SamplePlans.full()), StandardCharsets.UTF_8);
    assertTrue(md.startsWith("# 在全市安全生产工作会议上的讲话重点工作任务分解表（2024年3月1日）\n"), md);
    assertTrue(md.contains("\n- 一、压实安全生产责任\n  - （一）明确分工\n- 二、强化督查考核\n"), md);
    List<String> table = md.lines().filter(l -> l.startsWith("|")).toList();
    assertEquals(5, table.size());
    assertEquals("| " + String.join(" | ", LedgerRow.COLUMNS) + " |", table.get(0));
    for (String row : table) {
      assertEquals(
          LedgerRow.COLUMNS.size() + 1,
          row.replace("\\|", "").chars().filter(c -> c == '|').count(),
          row);
    }
    assertEquals("a|b\\\\|c", MarkdownWriter.cell("a|b\\|c").replace("\\|", "|"));
    assertEquals("x<br>y", MarkdownWriter.cell("x\ny"));
  }

  private static Plan withPath(Plan plan, String path) {
    Source s = plan.source();
    return plan.withSource(new Source(path, s.format(), s.encoding(), s.chars(), s.sha256()));
  }

  static byte[] bytes(PlanWriter writer, Plan plan) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(plan, out);
    return out.toByteArray();
  }

  private static List<CSVRecord> csv(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\ufeff"));
    return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
  }

  private static XSSFWorkbook xlsx(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static String text(XSSFCell cell) {
    assertEquals(CellType.STRING, cell.getCellType());
    return cell.getStringCellValue();
  }
}
