package dev.luoshi.write;

import dev.luoshi.plan.Kind;
import dev.luoshi.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The task ledger as an Excel workbook, the sheet a secretary hands on: a title row (the meeting
 * and its date), the header row of {@link LedgerRow#COLUMNS}, a row per task in text order. The
 * header is frozen and repeated on every printed page; pages are A4 landscape, fitted to the width,
 * with page numbers in the footer; text wraps in columns of set widths. Every cell is a string cell
 * (never a formula, whatever the text starts with), 时限日期 a date cell; text longer than Excel's
 * 32,767 characters per cell is cut, and 备注 says so.
 *
 * <p>A batch is one workbook: a summary sheet first (file, meeting, date, tasks by kind, a link to
 * its sheet), then a sheet per speech, named after its file (at most 31 characters, none of {@code
 * []:*?/\}, unique).
 *
 * <p>Written with POI's streaming SXSSF, which keeps only a window of rows in memory; POI is
 * already on the class path for Word input, so the format costs no extra jar. The zip entries get a
 * fixed time and the document properties no creation date, so the same plans give the same bytes.
 */
public final class XlsxLedgerWriter implements PlanWriter {
  /** Excel's limit on the characters in one cell. */
  static final int CELL_LIMIT = 32_767;

  /** The widths of the columns, in characters of the default font. */
  private static final int[] WIDTHS = {6, 56, 7, 22, 18, 16, 14, 12, 14, 12, 18};

  private static final List<String> SUMMARY_COLUMNS =
      List.of("序号", "文件", "会议", "日期", "任务", "要求", "目标", "合计", "工作表");
  private static final int[] SUMMARY_WIDTHS = {6, 30, 44, 12, 8, 8, 8, 8, 24};

  /** An xlsx ledger writer. */
  public XlsxLedgerWriter() {}

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public String extension() {
    return "xlsx";
  }

  @Override
  public void write(Plan plan, OutputStream out) throws IOException {
    write(List.of(plan), false, out);
  }

  @Override
  public Sequence sequence(OutputStream out) {
    List<Plan> plans = new ArrayList<>();
    return new Sequence() {
      @Override
      public void add(Plan plan) {
        plans.add(plan);
      }

      @Override
      public void finish() throws IOException {
        write(plans, true, out);
      }
    };
  }

  private static void write(List<Plan> plans, boolean batch, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      Styles styles = new Styles(workbook);
      workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.empty());
      List<String> names = sheetNames(plans, batch);
      if (batch) {
        summary(workbook.createSheet("汇总"), plans, names, styles, workbook);
      }
      for (int i = 0; i < plans.size(); i++) {
        ledger(workbook.createSheet(names.get(i)), plans.get(i), styles);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      out.write(Zips.withFixedTimes(bytes.toByteArray()));
    } finally {
      workbook.close();
      workbook.dispose();
    }
  }

  private static void ledger(SXSSFSheet sheet, Plan plan, Styles styles) {
    int columns = LedgerRow.COLUMNS.size();
    Row title = sheet.createRow(0);
    title.setHeightInPoints(30);
    text(title, 0, LedgerRow.title(plan), styles.title);
    for (int c = 1; c < columns; c++) {
      title.createCell(c).setCellStyle(styles.title);
    }
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
    header(sheet.createRow(1), LedgerRow.COLUMNS, styles);
    int r = 2;
    for (LedgerRow ledgerRow : LedgerRow.of(plan)) {
      Row row = sheet.createRow(r++);
      List<String> cells = ledgerRow.cells();
      List<String> cut = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        if (c == LedgerRow.DATE_COLUMN && ledgerRow.date() != null) {
          Cell cell = row.createCell(c);
          cell.setCellValue(ledgerRow.date());
          cell.setCellStyle(styles.date);
          continue;
        }
        String value = cells.get(c);
        if (value.length() > CELL_LIMIT) {
          cut.add(LedgerRow.COLUMNS.get(c));
        }
        text(row, c, value, c == 0 ? styles.centered : styles.body);
      }
      if (!cut.isEmpty()) {
        String note = String.join("、", cut) + "超过Excel单元格的32767字上限，已截断；全文见原稿";
        String old = cells.get(columns - 1);
        text(row, columns - 1, old.isEmpty() ? note : note + "；" + old, styles.body);
      }
    }
    layout(sheet, WIDTHS, 1);
  }

  private static void summary(
      SXSSFSheet sheet, List<Plan> plans, List<String> names, Styles styles, SXSSFWorkbook book) {
    int columns = SUMMARY_COLUMNS.size();
    Row title = sheet.createRow(0);
    title.setHeightInPoints(30);
    text(title, 0, "重点工作任务分解表汇总（" + plans.size() + "篇讲话）", styles.title);
    for (int c = 1; c < columns; c++) {
      title.createCell(c).setCellStyle(styles.title);
    }
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
    header(sheet.createRow(1), SUMMARY_COLUMNS, styles);
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      Row row = sheet.createRow(i + 2);
      text(row, 0, Integer.toString(i + 1), styles.centered);
      text(row, 1, plan.source().path(), styles.body);
      String meeting = plan.meeting().title();
      text(row, 2, meeting == null ? "" : meeting, styles.body);
      if (plan.meeting().date() != null) {
        Cell date = row.createCell(3);
        date.setCellValue(plan.meeting().date());
        date.setCellStyle(styles.date);
      } else {
        text(row, 3, "", styles.body);
      }
      int c = 4;
      for (Kind kind : List.of(Kind.ACTION, Kind.REQUIREMENT, Kind.GOAL)) {
        Cell count = row.createCell(c++);
        count.setCellValue(plan.stats().byKind().getOrDefault(kind, 0));
        count.setCellStyle(styles.centered);
      }
      Cell total = row.createCell(c++);
      total.setCellValue(plan.tasks().size());
      total.setCellStyle(styles.centered);
      Cell link = text(row, c, names.get(i), styles.link);
      Hyperlink hyperlink = book.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      hyperlink.setAddress("'" + names.get(i).replace("'", "''") + "'!A1");
      link.setHyperlink(hyperlink);
    }
    layout(sheet, SUMMARY_WIDTHS, 1);
  }

  private static void header(Row row, List<String> columns, Styles styles) {
    row.setHeightInPoints(22);
    for (int c = 0; c < columns.size(); c++) {
      text(row, c, columns.get(c), styles.header);
    }
  }

  /** Widths, frozen and repeated header, and the print settings. */
  private static void layout(Sheet sheet, int[] widths, int headerRow) {
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256 + 128);
    }
    sheet.createFreezePane(0, headerRow + 1);
    sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(Sheet.LeftMargin, 0.4);
    sheet.setMargin(Sheet.RightMargin, 0.4);
    sheet.setMargin(Sheet.TopMargin, 0.6);
    sheet.setMargin(Sheet.BottomMargin, 0.6);
    sheet.getFooter().setCenter("第 &P 页，共 &N 页");
  }

  /** A string cell (never a formula), cut at Excel's limit. */
  private static Cell text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value.length() > CELL_LIMIT ? cut(value) : value);
    cell.setCellStyle(style);
    return cell;
  }

  private static String cut(String value) {
    int end = CELL_LIMIT;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end);
  }

  /** Sheet names: the file's name, cleaned and cut to 31 characters, made unique. */
  static List<String> sheetNames(List<Plan> plans, boolean batch) {
    List<String> names = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    if (batch) {
      taken.add("汇总");
    }
    for (Plan plan : plans) {
      String base = LedgerRow.stem(plan.source().path());
      base = base.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "_").strip();
      base = base.replaceAll("^'+|'+$", "");
      if (base.isEmpty() || base.equals("-")) {
        base = "讲话";
      }
      String name = fit(base, "");
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = fit(base, "(" + n + ")");
      }
      names.add(name);
    }
    return names;
  }

  private static String fit(String base, String suffix) {
    int room = 31 - suffix.length();
    String cut = base.length() <= room ? base : base.substring(0, room);
    if (!cut.isEmpty() && Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + suffix;
  }

  /** The cell styles of a workbook. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle body;
    final CellStyle centered;
    final CellStyle date;
    final CellStyle link;

    Styles(SXSSFWorkbook workbook) {
      Font titleFont = workbook.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 16);
      title = workbook.createCellStyle();
      title.setFont(titleFont);
      title.setAlignment(HorizontalAlignment.CENTER);
      title.setVerticalAlignment(VerticalAlignment.CENTER);

      Font bold = workbook.createFont();
      bold.setBold(true);
      header = bordered(workbook);
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

      body = bordered(workbook);
      centered = bordered(workbook);
      centered.setAlignment(HorizontalAlignment.CENTER);
      date = bordered(workbook);
      date.setAlignment(HorizontalAlignment.CENTER);
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

      Font blue = workbook.createFont();
      blue.setUnderline(Font.U_SINGLE);
      blue.setColor(IndexedColors.BLUE.getIndex());
      link = bordered(workbook);
      link.setFont(blue);
    }

    private static CellStyle bordered(SXSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setWrapText(true);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }
}
