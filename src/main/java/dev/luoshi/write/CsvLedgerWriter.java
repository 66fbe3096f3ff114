package dev.luoshi.write;

import dev.luoshi.plan.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The task ledger as CSV, for Excel: the columns of {@link LedgerRow}, UTF-8 with a byte order mark
 * and CRLF line ends, fields quoted as RFC 4180 says. A batch is one table with one header, numbers
 * running on, and a last column 来源文件 naming each row's input.
 *
 * <p>Safe to open: a cell that starts with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe, so that Excel shows it as text instead of running it as a formula (OWASP's
 * advice against CSV injection).
 */
public final class CsvLedgerWriter implements PlanWriter {
  private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

  /** A CSV ledger writer. */
  public CsvLedgerWriter() {}

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public void write(Plan plan, OutputStream out) throws IOException {
    StringBuilder table = new StringBuilder();
    row(LedgerRow.COLUMNS, table);
    for (LedgerRow row : LedgerRow.of(plan)) {
      row(row.cells(), table);
    }
    send(table, out, true);
  }

  @Override
  public Sequence sequence(OutputStream out) {
    return new Sequence() {
      private int next = 1;
      private boolean first = true;

      @Override
      public void add(Plan plan) throws IOException {
        StringBuilder table = new StringBuilder();
        if (first) {
          List<String> header = new ArrayList<>(LedgerRow.COLUMNS);
          header.add(LedgerRow.SOURCE_COLUMN);
          row(header, table);
        }
        for (LedgerRow row : LedgerRow.of(plan)) {
          List<String> cells = new ArrayList<>(row.cells());
          cells.set(0, Integer.toString(next++));
          cells.add(plan.source().path());
          row(cells, table);
        }
        send(table, out, first);
        first = false;
      }

      @Override
      public void finish() throws IOException {
        if (first) {
          List<String> header = new ArrayList<>(LedgerRow.COLUMNS);
          header.add(LedgerRow.SOURCE_COLUMN);
          StringBuilder table = new StringBuilder();
          row(header, table);
          send(table, out, true);
          first = false;
        }
      }
    };
  }

  private static void row(List<String> fields, StringBuilder table) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        table.append(',');
      }
      table.append(field(fields.get(i)));
    }
    table.append("\r\n");
  }

  /** A field guarded against formula injection, then quoted when it must be. */
  static String field(String value) {
    String safe = needsGuard(value) ? "'" + value : value;
    boolean quote =
        safe.indexOf(',') >= 0
            || safe.indexOf('"') >= 0
            || safe.indexOf('\n') >= 0
            || safe.indexOf('\r') >= 0;
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  /** Whether Excel could take the cell for a formula. */
  static boolean needsGuard(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static void send(StringBuilder table, OutputStream out, boolean withBom)
      throws IOException {
    if (withBom) {
      out.write(BOM);
    }
    out.write(table.toString().getBytes(StandardCharsets.UTF_8));
  }
}
