package dev.luoshi.write;

import dev.luoshi.plan.Kind;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Role;
import dev.luoshi.plan.Task;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The task ledger a secretary files after a meeting (重点工作任务分解表): one CSV row per task with its
 * number, text, kind, lead and supporting units, deadline as written and as a date, and where it
 * stands in the speech. UTF-8 with a byte order mark and CRLF line ends, as Excel expects; fields
 * are quoted as RFC 4180 says. In a sequence the table has one header, numbers run on, and the
 * source column starts with the input's path.
 */
public final class LedgerWriter implements PlanWriter {
  /** The header row. */
  public static final List<String> COLUMNS =
      List.of("序号", "工作任务", "类型", "牵头单位", "配合单位", "完成时限", "时限日期", "出处");

  private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

  /** A ledger writer. */
  public LedgerWriter() {}

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
    StringBuilder table = header();
    rows(plan, 1, false, table);
    send(table, out, true);
  }

  @Override
  public Sequence sequence(OutputStream out) {
    return new Sequence() {
      private int next = 1;

      @Override
      public void add(Plan plan) throws IOException {
        boolean first = next == 1;
        StringBuilder table = first ? header() : new StringBuilder();
        next = rows(plan, next, true, table);
        send(table, out, first);
      }
    };
  }

  private static StringBuilder header() {
    StringBuilder table = new StringBuilder();
    row(COLUMNS, table);
    return table;
  }

  /** Appends the plan's rows numbered from {@code number}; returns the next number. */
  private static int rows(Plan plan, int number, boolean withPath, StringBuilder table) {
    for (Task task : plan.tasks()) {
      String where = task.section() == null ? "" : task.section() + " ";
      where += "第" + task.span().line() + "行";
      if (withPath) {
        where = plan.source().path() + " " + where;
      }
      row(
          List.of(
              Integer.toString(number++),
              task.text(),
              kindName(task.kind()),
              owners(task.owners(), Role.LEAD),
              owners(task.owners(), Role.SUPPORT),
              task.deadline() == null ? "" : task.deadline().text(),
              task.deadline() == null || task.deadline().date() == null
                  ? ""
                  : task.deadline().date().toString(),
              where),
          table);
    }
    return number;
  }

  private static String kindName(Kind kind) {
    return switch (kind) {
      case ACTION -> "任务";
      case REQUIREMENT -> "要求";
      case GOAL -> "目标";
    };
  }

  private static String owners(List<Owner> owners, Role role) {
    return owners.stream()
        .filter(o -> o.role() == role)
        .map(Owner::name)
        .collect(Collectors.joining("、"));
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

  private static String field(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private static void send(StringBuilder table, OutputStream out, boolean withBom)
      throws IOException {
    if (withBom) {
      out.write(BOM);
    }
    out.write(table.toString().getBytes(StandardCharsets.UTF_8));
  }
}
