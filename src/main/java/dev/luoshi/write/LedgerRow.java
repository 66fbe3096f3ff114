package dev.luoshi.write;

import dev.luoshi.plan.Kind;
import dev.luoshi.plan.OutlineNode;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Role;
import dev.luoshi.plan.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row of the task ledger (重点工作任务分解表), the one definition of its columns that the csv, xlsx, md
 * and html writers share.
 *
 * @param number 序号, from 1 in a plan
 * @param taskId the plan's task id (T1 …), which links a row to its quote
 * @param task 工作任务: the task's sentence
 * @param kind 类型: 任务, 要求 or 目标
 * @param part 所属部分: the outline heading the task stands under (marker and title), or ""
 * @param lead 牵头单位, joined with 、: the task's owners, or its implied owners when it names none
 * @param support 配合单位, joined with 、, likewise
 * @param leader 责任领导, joined with 、: the owners the task's tag names as its leaders, or ""
 * @param deadline 完成时限 as written, or ""
 * @param date 时限日期, or null
 * @param origin 出处: the line, and the markers of the outline points that hold the task
 * @param status 办理状态: always empty, for the user to fill
 * @param note 备注: the documents the task names; that the units are those of the item's owner tag
 * @param ownersImplied whether 牵头单位 and 配合单位 come from the tag that closes the task's item (the
 *     plan's {@code owners_implied}) rather than from the task's own sentence
 */
public record LedgerRow(
    int number,
    String taskId,
    String task,
    String kind,
    String part,
    String lead,
    String support,
    String leader,
    String deadline,
    LocalDate date,
    String origin,
    String status,
    String note,
    boolean ownersImplied) {
  /** The columns, in order: the header row of every ledger. */
  public static final List<String> COLUMNS =
      List.of(
          "序号", "工作任务", "类型", "所属部分", "牵头单位", "配合单位", "责任领导", "完成时限", "时限日期", "出处", "办理状态", "备注");

  /** The column a batch ledger adds: the input the row comes from. */
  public static final String SOURCE_COLUMN = "来源文件";

  /** What 备注 says of units taken from the owner tag that closes the task's item. */
  public static final String IMPLIED_NOTE = "责任单位据本项末尾标注";

  /** The index of 时限日期, the one column that holds a date. */
  public static final int DATE_COLUMN = 8;

  /** The cells in column order, the date as ISO text (or ""). */
  public List<String> cells() {
    return List.of(
        Integer.toString(number),
        task,
        kind,
        part,
        lead,
        support,
        leader,
        deadline,
        date == null ? "" : date.toString(),
        origin,
        status,
        note);
  }

  /** The rows of a plan, numbered from 1 in text order. */
  public static List<LedgerRow> of(Plan plan) {
    Map<String, List<OutlineNode>> paths = new HashMap<>();
    for (OutlineNode node : plan.outline()) {
      index(node, new ArrayList<>(), paths);
    }
    List<LedgerRow> rows = new ArrayList<>();
    int number = 1;
    for (Task task : plan.tasks()) {
      List<OutlineNode> path = task.section() == null ? List.of() : paths.get(task.section());
      path = path == null ? List.of() : path;
      OutlineNode part = path.isEmpty() ? null : path.get(path.size() - 1);
      String origin = "第" + task.span().line() + "行";
      if (!path.isEmpty()) {
        origin += " " + path.stream().map(n -> n.marker().strip()).collect(Collectors.joining());
      }
      boolean implied = task.owners().isEmpty() && !task.ownersImplied().isEmpty();
      List<Owner> owners = implied ? task.ownersImplied() : task.owners();
      List<String> notes = new ArrayList<>();
      if (!task.references().isEmpty()) {
        notes.add("涉及" + String.join("", task.references()));
      }
      if (implied) {
        notes.add(IMPLIED_NOTE);
      }
      rows.add(
          new LedgerRow(
              number++,
              task.id(),
              task.text().strip(),
              kindName(task.kind()),
              part == null ? "" : (part.marker() + part.title()).strip(),
              owners(owners, Role.LEAD),
              owners(owners, Role.SUPPORT),
              owners(owners, Role.LEADER),
              task.deadline() == null ? "" : task.deadline().text(),
              task.deadline() == null ? null : task.deadline().date(),
              origin,
              "",
              String.join("；", notes),
              implied));
    }
    return rows;
  }

  private static void index(
      OutlineNode node, List<OutlineNode> above, Map<String, List<OutlineNode>> paths) {
    List<OutlineNode> path = new ArrayList<>(above);
    path.add(node);
    paths.put(node.id(), List.copyOf(path));
    for (OutlineNode child : node.children()) {
      index(child, path, paths);
    }
  }

  /** 任务, 要求, 目标. */
  public static String kindName(Kind kind) {
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
        .distinct()
        .collect(Collectors.joining("、"));
  }

  /**
   * The ledger's title: the meeting title (else the file name) with 重点工作任务分解表 and the meeting date,
   * e.g. {@code 在全县安全生产工作会议上的讲话重点工作任务分解表（2024年3月5日）}.
   */
  public static String title(Plan plan) {
    String title = plan.meeting().title();
    if (title == null || title.isBlank()) {
      title = stem(plan.source().path());
    }
    LocalDate date = plan.meeting().date();
    return title.strip()
        + "重点工作任务分解表"
        + (date == null
            ? ""
            : "（"
                + date.getYear()
                + "年"
                + date.getMonthValue()
                + "月"
                + date.getDayOfMonth()
                + "日）");
  }

  /** A file name without folders and extension ("-" stays "-"). */
  public static String stem(String path) {
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
