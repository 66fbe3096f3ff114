package dev.luoshi.write;

import dev.luoshi.plan.Kind;
import dev.luoshi.plan.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private static final int[] WIDTHS = {6, 56, 7, 22, 18, 16, 12, 14, 12, 14, 12, 18};

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
    Book book = new Book(false);
    try {
      book.add(plan);
      book.write(out);
    } finally {
      book.dispose();
    }
  }

  /**
   * A workbook written plan by plan: each speech's sheet is filled and its rows streamed to POI's
   * temporary file as the plan comes, so memory holds one plan at a time and a line of the summary
   * per speech; the summary sheet, first in the workbook, is filled at the end.
   */
  @Override
  public Sequence sequence(OutputStream out) {
    Book book = new Book(true);
    return new Sequence() {
      @Override
      public void add(Plan plan) throws IOException {
        try {
          book.add(plan);
        } catch (IOException | RuntimeException e) {
          book.dispose();
          throw e;
        }
      }

      @Override
      public void finish() throws IOException {
        try {
          book.write(out);
        } finally {
          book.dispose();
        }
      }
    };
  }

  /** What the summary sheet says of one speech. */
  private record Summary(
      String path, String meeting, LocalDate date, Map<Kind, Integer> byKind, int tasks) {
    static Summary of(Plan plan) {
      return new Summary(
          plan.source().path(),
          plan.meeting().title(),
          plan.meeting().date(),
          plan.stats().byKind(),
          plan.tasks().size());
    }
  }

  /** A workbook being written: the ledger sheets so far and what the summary will say. */
  private static final class Book {
    private final boolean batch;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Styles styles;
    private final SXSSFSheet summary;
    private final SheetNames names;
    private final List<Summary> summaries = new ArrayList<>();
    private final List<String> sheetNames = new ArrayList<>();

    Book(boolean batch) {
      this.batch = batch;
      this.styles = new Styles(workbook);
      workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.empty());
      // POI cannot tell the extent of a sheet whose rows are all flushed: each sheet's is set here.
      workbook.setShouldCalculateSheetDimensions(false);
      this.summary = batch ? workbook.createSheet("汇总") : null;
      if (batch) {
        layout(summary, SUMMARY_WIDTHS, 1);
      }
      this.names = new SheetNames(batch);
    }

    void add(Plan plan) throws IOException {
      String name = names.next(plan);
      SXSSFSheet sheet = workbook.createSheet(name);
      int rows = ledger(sheet, plan, styles);
      extent(sheet, rows, LedgerRow.COLUMNS.size());
      // The sheet is complete: its rows go to POI's temporary file, and the stream to that file is
      // closed (asking for the sheet's XML does both), so a batch of thousands of speeches keeps
      // no open file and no write buffer per sheet.
      sheet.getWorksheetXMLInputStream().close();
      summaries.add(Summary.of(plan));
      sheetNames.add(name);
    }

    void write(OutputStream out) throws IOException {
      if (batch) {
        summary(summary, summaries, sheetNames, styles, workbook);
        extent(summary, summaries.size() + 2, SUMMARY_COLUMNS.size());
      }
      Path temp = Files.createTempFile("luoshi-", ".xlsx");
      try {
        try (OutputStream file = Files.newOutputStream(temp)) {
          workbook.write(file);
        }
        Zips.withFixedTimes(temp, out);
      } finally {
        Files.deleteIfExists(temp);
      }
    }

    /** The sheet's extent (its dimension element): rows and columns from A1. */
    private void extent(SXSSFSheet sheet, int rows, int columns) {
      workbook
          .getXSSFWorkbook()
          .getSheet(sheet.getSheetName())
          .setDimensionOverride(new CellRangeAddress(0, rows - 1, 0, columns - 1));
    }

    void dispose() throws IOException {
      workbook.close();
      workbook.dispose();
    }
  }

  /** Fills a speech's sheet; returns how many rows it has. */
  private static int ledger(SXSSFSheet sheet, Plan plan, Styles styles) {
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
    return r;
  }

  private static void summary(
      SXSSFSheet sheet,
      List<Summary> plans,
      List<String> names,
      Styles styles,
      SXSSFWorkbook book) {
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
      Summary plan = plans.get(i);
      Row row = sheet.createRow(i + 2);
      text(row, 0, Integer.toString(i + 1), styles.centered);
      text(row, 1, plan.path(), styles.body);
      String meeting = plan.meeting();
      text(row, 2, meeting == null ? "" : meeting, styles.body);
      if (plan.date() != null) {
        Cell date = row.createCell(3);
        date.setCellValue(plan.date());
        date.setCellStyle(styles.date);
      } else {
        text(row, 3, "", styles.body);
      }
      int c = 4;
      for (Kind kind : List.of(Kind.ACTION, Kind.REQUIREMENT, Kind.GOAL)) {
        Cell count = row.createCell(c++);
        count.setCellValue(plan.byKind().getOrDefault(kind, 0));
        count.setCellStyle(styles.centered);
      }
      Cell total = row.createCell(c++);
      total.setCellValue(plan.tasks());
      total.setCellStyle(styles.centered);
      Cell link = text(row, c, names.get(i), styles.link);
      Hyperlink hyperlink = book.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      hyperlink.setAddress("'" + names.get(i).replace("'", "''") + "'!A1");
      link.setHyperlink(hyperlink);
    }
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

  /**
   * Sheet names, one plan at a time: the file's name, cleaned and cut to 31 characters, made unique
   * among those before it.
   */
  private static final class SheetNames {
    private final Set<String> taken = new HashSet<>();

    SheetNames(boolean batch) {
      if (batch) {
        taken.add("汇总");
      }
    }

    String next(Plan plan) {
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
      return name;
    }
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
