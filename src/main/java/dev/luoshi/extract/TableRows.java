package dev.luoshi.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows of a task-division table pasted as text (a word processor's tabs, or a Markdown table's
 * bars), read cell by cell so that the extractor can give a row the owners of its labelled columns.
 */
final class TableRows {
  private static final Pattern RULE_CELL = Pattern.compile("[-:—\\s]+");

  private TableRows() {}

  /**
   * The cells of a unit read as a table's row: split at tabs or at the bars of a Markdown table (|
   * 1 | 制定方案 | 县发改局 |), empty cells kept in their place; one cell when the unit is no row.
   */
  static List<String> cells(String unit) {
    if (unit.indexOf('\t') < 0 && unit.indexOf('|') < 0 && unit.indexOf('｜') < 0) {
      return List.of(unit.strip());
    }
    String row = unit.strip();
    if (row.startsWith("|") || row.startsWith("｜")) {
      row = row.substring(1);
    }
    if (row.endsWith("|") || row.endsWith("｜")) {
      row = row.substring(0, row.length() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String c : row.split("[\t|｜]", -1)) {
      out.add(c.strip());
    }
    return out;
  }

  /** Whether the cells are a Markdown table's rule under its head (|---|:---:|), no row of work. */
  static boolean rule(List<String> cells) {
    for (String c : cells) {
      if (!RULE_CELL.matcher(c).matches()) {
        return false;
      }
    }
    return !cells.isEmpty();
  }

  /** Whether the text at {@code start} opens a line (after spaces at most). */
  static boolean startsLine(String text, int start) {
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
  }
}
