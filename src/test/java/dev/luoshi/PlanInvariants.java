package dev.luoshi;

import dev.luoshi.decode.SourceText;
import dev.luoshi.plan.Deadline;
import dev.luoshi.plan.OutlineNode;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Span;
import dev.luoshi.plan.Task;
import dev.luoshi.write.PlanWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every plan must satisfy, whatever the text: the property tests and the fuzz target both
 * check it. Each violation is an {@link AssertionError} naming the rule and the offending part.
 */
public final class PlanInvariants {
  /** Every format luoshi writes: yaml, json and the ledgers (csv, xlsx, md, html). */
  private static final List<PlanWriter> WRITERS =
      PlanWriter.FORMATS.stream().map(PlanWriter::forFormat).toList();

  /**
   * A deadline that can only look forward: one that names no year, or only this year or the year's
   * end (年底前, 今年内). A date it resolves to is never before the meeting.
   */
  private static final Pattern FORWARD = Pattern.compile("[^年]*|(今年|本年|年底|年内|年末|年前)[^年]*");

  private PlanInvariants() {}

  /** Checks the plan of {@code source} planned with {@code options}. */
  public static void check(SourceText source, PlanOptions options, Plan plan) {
    String text = source.text();
    int chars = text.codePointCount(0, text.length());
    require(
        plan.source().chars() == chars, "source.chars " + plan.source().chars() + " != " + chars);
    require(
        java.util.Objects.equals(plan.source().encoding(), source.encoding()), "source.encoding");
    require(plan.source().sha256().equals(source.sha256()), "source.sha256");

    // Tasks: each quotes the source at its span; spans in bounds, in order, never overlapping.
    Set<String> sections = new HashSet<>();
    List<OutlineNode> flat = new ArrayList<>();
    flatten(plan.outline(), 0, flat, sections);
    int previousEnd = 0;
    int n = 0;
    for (Task t : plan.tasks()) {
      n++;
      require(t.id().equals("T" + n), "task ids run T1, T2 …: " + t.id());
      Span s = t.span();
      require(s.start() >= previousEnd, t.id() + " starts before the previous task ends");
      require(s.start() < s.end() && s.end() <= chars, t.id() + " span out of bounds: " + s);
      require(t.text().equals(cut(text, s)), t.id() + " text is not the source at its span");
      require(s.line() == lineOf(text, s), t.id() + " line " + s.line() + " is wrong");
      require(
          t.section() == null || sections.contains(t.section()),
          t.id() + " names a section the outline has not: " + t.section());
      Deadline d = t.deadline();
      if (d != null) {
        require(t.text().contains(d.text()), t.id() + " deadline text is not in its sentence");
        LocalDate meeting = plan.meeting().date();
        if (meeting != null && d.date() != null && FORWARD.matcher(d.text()).matches()) {
          require(
              !d.date().isBefore(meeting),
              t.id() + " deadline " + d.text() + " → " + d.date() + " is before " + meeting);
        }
      }
      previousEnd = s.end();
    }
    require(plan.stats().tasks() == plan.tasks().size(), "stats.tasks");
    require(
        plan.stats().byKind().values().stream().mapToInt(Integer::intValue).sum()
            == plan.tasks().size(),
        "stats.by_kind");

    // Outline: in document order, in bounds, quoting marker and title, children deeper.
    int previousStart = -1;
    for (OutlineNode node : flat) {
      Span s = node.span();
      require(s.end() <= chars, "outline " + node.id() + " span out of bounds: " + s);
      require(s.start() > previousStart, "outline " + node.id() + " out of document order");
      String quoted = cut(text, s);
      require(
          quoted.startsWith(node.marker()),
          "outline " + node.id() + " does not open with its marker");
      require(
          quoted.endsWith(node.title()), "outline " + node.id() + " does not end with its title");
      require(s.line() == lineOf(text, s), "outline " + node.id() + " line");
      previousStart = s.start();
    }

    // Meeting date: the option wins.
    if (options.meetingDate() != null) {
      require(
          options.meetingDate().equals(plan.meeting().date()), "meeting date is not the option's");
    }
  }

  /** Every writer writes the plan, and writes it identically twice. */
  public static void checkWriters(Plan plan, Plan again) {
    for (PlanWriter w : WRITERS) {
      byte[] first = bytes(w, plan);
      byte[] second = bytes(w, again);
      require(Arrays.equals(first, second), w.format() + " output differs between two runs");
    }
  }

  private static byte[] bytes(PlanWriter w, Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      w.write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void flatten(
      List<OutlineNode> nodes, int parentLevel, List<OutlineNode> out, Set<String> ids) {
    for (OutlineNode node : nodes) {
      require(node.level() > parentLevel, "outline " + node.id() + " not deeper than its parent");
      require(ids.add(node.id()), "outline id " + node.id() + " twice");
      out.add(node);
      flatten(node.children(), node.level(), out, ids);
    }
  }

  /** The text at a span of code points. */
  static String cut(String text, Span s) {
    int from = text.offsetByCodePoints(0, s.start());
    int to = text.offsetByCodePoints(from, s.end() - s.start());
    return text.substring(from, to);
  }

  private static int lineOf(String text, Span s) {
    int from = text.offsetByCodePoints(0, s.start());
    int line = 1;
    for (int i = 0; i < from; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("plan invariant broken: " + what);
    }
  }
}
