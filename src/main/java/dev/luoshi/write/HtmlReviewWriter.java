package dev.luoshi.write;

import dev.luoshi.plan.Kind;
import dev.luoshi.plan.OutlineNode;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Role;
import dev.luoshi.plan.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The review page: one self-contained HTML file (inline CSS and script, no fonts or anything else
 * fetched) to check a plan against its speech. The outline is the navigation, the speech stands in
 * the middle with every task's quote highlighted by kind and its owners and deadline marked, the
 * ledger ({@link LedgerRow}) on the right, units implied by the owner tag closing an item in
 * italics (class {@code implied}); clicking a row scrolls to its quote and flashes it, and clicking
 * a quote selects its row. Every quote is an element carrying {@code data-task="T<n>"} with the
 * plan's task id (a quote that spans lines is one such element per line), which scripts may rely
 * on; {@code page.html#T3} opens at task T3. The page prints cleanly: outline hidden, speech and
 * ledger one after the other, colours kept.
 *
 * <p>The speech is shown when the writer is given the text the plan was made from ({@link
 * #write(Plan, String, OutputStream)}); without it the page shows the quotes alone. A batch is one
 * page with a part per speech, whose element ids are prefixed {@code d1-}, {@code d2-} ….
 */
public final class HtmlReviewWriter implements PlanWriter {
  private static final String STYLE = resource("review.css");
  private static final String SCRIPT = resource("review.js");

  /** The class of each ledger column's cells, for the style sheet. */
  private static final List<String> CELL_CLASSES =
      List.of(
          "c-n",
          "c-text",
          "c-kind",
          "c-part",
          "c-lead",
          "c-support",
          "c-leader",
          "c-deadline",
          "c-date",
          "c-origin",
          "c-status",
          "c-note");

  private static final int PART_COLUMN = LedgerRow.COLUMNS.indexOf("所属部分");

  private static final int LEAD_COLUMN = LedgerRow.COLUMNS.indexOf("牵头单位");

  private static final int SUPPORT_COLUMN = LedgerRow.COLUMNS.indexOf("配合单位");

  private static final int LEADER_COLUMN = LedgerRow.COLUMNS.indexOf("责任领导");

  /** A review page writer. */
  public HtmlReviewWriter() {}

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public boolean showsText() {
    return true;
  }

  @Override
  public void write(Plan plan, OutputStream out) throws IOException {
    write(plan, null, out);
  }

  @Override
  public void write(Plan plan, String text, OutputStream out) throws IOException {
    StringBuilder html = new StringBuilder();
    open(LedgerRow.title(plan), html);
    document(plan, text, "", html);
    close(html);
    out.write(html.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Sequence sequence(OutputStream out) {
    List<Plan> plans = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    return new Sequence() {
      @Override
      public void add(Plan plan) {
        add(plan, null);
      }

      @Override
      public void add(Plan plan, String text) {
        plans.add(plan);
        texts.add(text);
      }

      @Override
      public void finish() throws IOException {
        StringBuilder html = new StringBuilder();
        open("重点工作任务分解表（" + plans.size() + "篇讲话）", html);
        html.append("<nav class=\"docs\">");
        for (int i = 0; i < plans.size(); i++) {
          html.append("<a href=\"#d").append(i + 1).append("\">");
          html.append(escape(LedgerRow.stem(plans.get(i).source().path())));
          html.append("</a>");
        }
        html.append("</nav>\n");
        for (int i = 0; i < plans.size(); i++) {
          document(plans.get(i), texts.get(i), "d" + (i + 1) + "-", html);
        }
        close(html);
        out.write(html.toString().getBytes(StandardCharsets.UTF_8));
      }
    };
  }

  private static void open(String title, StringBuilder html) {
    html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html.append("<meta name=\"generator\" content=\"luoshi\">\n");
    html.append("<title>").append(escape(title)).append("</title>\n");
    html.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
  }

  private static void close(StringBuilder html) {
    html.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
  }

  private static void document(Plan plan, String text, String prefix, StringBuilder html) {
    String id = prefix.isEmpty() ? "doc" : prefix.substring(0, prefix.length() - 1);
    html.append("<article class=\"doc\" id=\"").append(id).append("\" data-source=\"");
    html.append(escape(plan.source().path())).append("\">\n<header>\n<h1>");
    html.append(escape(LedgerRow.title(plan))).append("</h1>\n<p class=\"meta\">");
    html.append("来源 <code>").append(escape(plan.source().path())).append("</code>");
    html.append(" · 任务 ").append(plan.tasks().size()).append(" 项：");
    for (Kind kind : List.of(Kind.ACTION, Kind.REQUIREMENT, Kind.GOAL)) {
      html.append("<span class=\"key ").append(kind.label()).append("\">");
      html.append(LedgerRow.kindName(kind)).append(' ');
      html.append(plan.stats().byKind().getOrDefault(kind, 0)).append("</span>");
    }
    html.append("<span class=\"key owner lead\">牵头</span><span class=\"key owner support\">配合");
    html.append("</span><span class=\"key owner leader\">责任领导");
    html.append("</span><span class=\"key deadline\">时限</span></p>\n</header>\n");
    html.append("<div class=\"panes\">\n<nav class=\"outline pane\" aria-label=\"提纲\">");
    html.append("<h2>提纲</h2>\n");
    if (plan.outline().isEmpty()) {
      html.append("<p class=\"none\">（无编号提纲）</p>\n");
    } else {
      html.append("<ul>\n");
      plan.outline().forEach(node -> outline(node, prefix, html));
      html.append("</ul>\n");
    }
    html.append("</nav>\n<section class=\"speech pane\" aria-label=\"讲话原文\"><h2>讲话原文</h2>\n");
    if (text != null && text.codePointCount(0, text.length()) == plan.source().chars()) {
      speech(plan, text, prefix, html);
    } else {
      quotes(plan, prefix, html);
    }
    html.append("</section>\n<section class=\"ledger pane\" aria-label=\"任务分解表\">");
    html.append("<h2>任务分解表</h2>\n");
    ledger(plan, prefix, html);
    html.append("</section>\n</div>\n</article>\n");
  }

  private static void outline(OutlineNode node, String prefix, StringBuilder html) {
    html.append("<li><a href=\"#").append(prefix).append('L').append(node.span().line());
    html.append("\">").append(escape((node.marker() + node.title()).strip())).append("</a>");
    if (!node.children().isEmpty()) {
      html.append("\n<ul>\n");
      node.children().forEach(child -> outline(child, prefix, html));
      html.append("</ul>");
    }
    html.append("</li>\n");
  }

  /** The whole speech, a paragraph per line, with the tasks highlighted. */
  private static void speech(Plan plan, String text, String prefix, StringBuilder html) {
    int[] cps = text.codePoints().toArray();
    List<Task> tasks = new ArrayList<>(plan.tasks());
    tasks.sort(Comparator.comparingInt((Task t) -> t.span().start()));
    java.util.Set<Integer> headingLines = new java.util.HashSet<>();
    collectLines(plan.outline(), headingLines);
    java.util.Set<String> idGiven = new java.util.HashSet<>();
    int lineStart = 0;
    int line = 1;
    while (lineStart <= cps.length) {
      int lineEnd = lineStart;
      while (lineEnd < cps.length && cps[lineEnd] != '\n') {
        lineEnd++;
      }
      int visibleEnd = lineEnd > lineStart && cps[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
      if (lineEnd == cps.length && lineStart == lineEnd) {
        break;
      }
      html.append("<p id=\"").append(prefix).append('L').append(line).append('"');
      html.append(headingLines.contains(line) ? " class=\"heading\">" : ">");
      int at = lineStart;
      for (Task task : tasks) {
        int start = Math.max(task.span().start(), lineStart);
        int end = Math.min(task.span().end(), visibleEnd);
        if (end <= start || start < at) {
          continue;
        }
        html.append(escape(new String(cps, at, start - at)));
        boolean first = idGiven.add(task.id());
        quote(task, new String(cps, start, end - start), first ? prefix + task.id() : null, html);
        at = end;
      }
      html.append(escape(new String(cps, at, visibleEnd - at)));
      if (lineStart == visibleEnd) {
        html.append("<br>");
      }
      html.append("</p>\n");
      lineStart = lineEnd + 1;
      line++;
    }
  }

  private static void collectLines(List<OutlineNode> nodes, java.util.Set<Integer> lines) {
    for (OutlineNode node : nodes) {
      lines.add(node.span().line());
      collectLines(node.children(), lines);
    }
  }

  /** Without the speech: each task's quote on its own. */
  private static void quotes(Plan plan, String prefix, StringBuilder html) {
    html.append("<p class=\"none\">（未附原文，仅列出各项任务的原句）</p>\n");
    for (Task task : plan.tasks()) {
      html.append("<p id=\"").append(prefix).append('L').append(task.span().line()).append("\">");
      quote(task, task.text(), prefix + task.id(), html);
      html.append("</p>\n");
    }
  }

  /** One highlighted quote, its owners and deadline marked inside it, and its badge. */
  private static void quote(Task task, String quote, String id, StringBuilder html) {
    html.append("<mark class=\"task ").append(task.kind().label()).append('"');
    if (id != null) {
      html.append(" id=\"").append(id).append('"');
    }
    html.append(" data-task=\"").append(task.id()).append("\" title=\"");
    html.append(escape(tooltip(task))).append("\">");
    List<int[]> marks = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    for (Owner owner : task.owners()) {
      mark(quote, owner.name(), "owner " + owner.role().label(), marks, classes);
    }
    if (task.deadline() != null) {
      mark(quote, task.deadline().text(), "deadline", marks, classes);
    }
    Integer[] order = new Integer[marks.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt(i -> marks.get(i)[0]));
    int at = 0;
    for (int i : order) {
      int[] m = marks.get(i);
      if (m[0] < at) {
        continue;
      }
      html.append(escape(quote.substring(at, m[0])));
      html.append("<span class=\"").append(classes.get(i)).append("\">");
      html.append(escape(quote.substring(m[0], m[1]))).append("</span>");
      at = m[1];
    }
    html.append(escape(quote.substring(at))).append("</mark>");
    if (id != null) {
      html.append("<a class=\"tid\" href=\"#").append(id).append("-row\">");
      html.append(task.id()).append("</a>");
    }
  }

  private static void mark(
      String quote, String phrase, String css, List<int[]> marks, List<String> classes) {
    if (phrase == null || phrase.isEmpty()) {
      return;
    }
    int at = quote.indexOf(phrase);
    if (at >= 0) {
      marks.add(new int[] {at, at + phrase.length()});
      classes.add(css);
    }
  }

  private static String tooltip(Task task) {
    StringBuilder tip = new StringBuilder(task.id()).append(" · ");
    tip.append(LedgerRow.kindName(task.kind()));
    boolean implied = task.owners().isEmpty();
    List<Owner> owners = implied ? task.ownersImplied() : task.owners();
    String lead = owners(owners, Role.LEAD);
    String support = owners(owners, Role.SUPPORT);
    if (!lead.isEmpty()) {
      tip.append(" · 牵头：").append(lead);
    }
    if (!support.isEmpty()) {
      tip.append(" · 配合：").append(support);
    }
    String leader = owners(owners, Role.LEADER);
    if (!leader.isEmpty()) {
      tip.append(" · 责任领导：").append(leader);
    }
    if (implied && !owners.isEmpty()) {
      tip.append("（").append(LedgerRow.IMPLIED_NOTE).append("）");
    }
    if (task.deadline() != null) {
      tip.append(" · 时限：").append(task.deadline().text());
      if (task.deadline().date() != null) {
        tip.append("（").append(task.deadline().date()).append("）");
      }
    }
    return tip.toString();
  }

  private static String owners(List<Owner> owners, Role role) {
    return String.join(
        "、", owners.stream().filter(o -> o.role() == role).map(Owner::name).distinct().toList());
  }

  /** The ledger table; 办理状态, empty until the work is done, is left to the spreadsheet. */
  private static void ledger(Plan plan, String prefix, StringBuilder html) {
    int status = LedgerRow.COLUMNS.indexOf("办理状态");
    html.append("<table>\n<thead><tr>");
    for (int c = 0; c < LedgerRow.COLUMNS.size(); c++) {
      if (c != status) {
        html.append("<th>").append(LedgerRow.COLUMNS.get(c)).append("</th>");
      }
    }
    html.append("</tr></thead>\n<tbody>\n");
    List<Task> tasks = plan.tasks();
    List<LedgerRow> rows = LedgerRow.of(plan);
    for (int i = 0; i < rows.size(); i++) {
      LedgerRow row = rows.get(i);
      html.append("<tr id=\"").append(prefix).append(row.taskId()).append("-row\" data-row=\"");
      html.append(row.taskId()).append("\" class=\"").append(tasks.get(i).kind().label());
      html.append("\" tabindex=\"0\">");
      List<String> cells = row.cells();
      for (int c = 0; c < cells.size(); c++) {
        if (c != status) {
          html.append("<td class=\"").append(CELL_CLASSES.get(c));
          boolean implied =
              row.ownersImplied()
                  && (c == LEAD_COLUMN || c == SUPPORT_COLUMN || c == LEADER_COLUMN)
                  && !cells.get(c).isEmpty();
          html.append(implied ? " implied\"" : "\"");
          if (c == PART_COLUMN && !cells.get(c).isEmpty()) {
            html.append(" title=\"").append(escape(cells.get(c))).append('"');
          } else if (implied) {
            html.append(" title=\"").append(LedgerRow.IMPLIED_NOTE).append('"');
          }
          html.append('>').append(escape(cells.get(c))).append("</td>");
        }
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    if (rows.isEmpty()) {
      html.append("<p class=\"none\">（未发现任务）</p>\n");
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            HtmlReviewWriter.class.getResourceAsStream(name), "missing resource " + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
