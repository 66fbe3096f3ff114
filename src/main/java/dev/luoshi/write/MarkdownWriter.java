package dev.luoshi.write;

import dev.luoshi.plan.OutlineNode;
import dev.luoshi.plan.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A plan as Markdown, ready to paste into minutes: the title, the outline as a nested list, then
 * the ledger ({@link LedgerRow#COLUMNS}) as a pipe table. Pipes, backslashes and characters that
 * would start Markdown markup in a cell are escaped, line breaks become {@code <br>}. A batch is
 * one document with a second-level section per speech.
 */
public final class MarkdownWriter implements PlanWriter {
  /** A Markdown writer. */
  public MarkdownWriter() {}

  @Override
  public String format() {
    return "md";
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  public void write(Plan plan, OutputStream out) throws IOException {
    StringBuilder md = new StringBuilder();
    plan(plan, "#", md);
    out.write(md.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Sequence sequence(OutputStream out) {
    return new Sequence() {
      private boolean first = true;

      @Override
      public void add(Plan plan) throws IOException {
        StringBuilder md = new StringBuilder();
        if (first) {
          md.append("# 重点工作任务分解表\n\n");
        } else {
          md.append('\n');
        }
        first = false;
        plan(plan, "##", md);
        out.write(md.toString().getBytes(StandardCharsets.UTF_8));
      }
    };
  }

  private static void plan(Plan plan, String heading, StringBuilder md) {
    md.append(heading).append(' ').append(inline(LedgerRow.title(plan))).append("\n\n");
    md.append("来源：").append(inline(plan.source().path()));
    md.append("；任务 ").append(plan.tasks().size()).append(" 项\n\n");
    if (!plan.outline().isEmpty()) {
      md.append(heading).append("# 提纲\n\n");
      for (OutlineNode node : plan.outline()) {
        outline(node, 0, md);
      }
      md.append('\n');
    }
    md.append(heading).append("# 任务分解表\n\n");
    row(LedgerRow.COLUMNS, md);
    md.append('|');
    for (int i = 0; i < LedgerRow.COLUMNS.size(); i++) {
      md.append(i == 0 ? " ---: |" : " --- |");
    }
    md.append('\n');
    for (LedgerRow row : LedgerRow.of(plan)) {
      row(row.cells(), md);
    }
  }

  private static void outline(OutlineNode node, int depth, StringBuilder md) {
    md.append("  ".repeat(depth)).append("- ");
    md.append(inline((node.marker() + node.title()).strip()));
    md.append('\n');
    for (OutlineNode child : node.children()) {
      outline(child, depth + 1, md);
    }
  }

  private static void row(List<String> cells, StringBuilder md) {
    md.append('|');
    for (String cell : cells) {
      md.append(' ').append(cell(cell)).append(" |");
    }
    md.append('\n');
  }

  /** A table cell: one line, pipes escaped. */
  static String cell(String text) {
    return inline(text).replace("|", "\\|").replaceAll("\\r\\n|\\r|\\n", "<br>");
  }

  /** Text with the characters that would start Markdown markup escaped. */
  static String inline(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
