package dev.luoshi.extract.tasks;

import dev.luoshi.analysis.Token;
import dev.luoshi.extract.deadlines.DeadlineMatch;
import dev.luoshi.outline.Point;
import dev.luoshi.plan.Owner;
import dev.luoshi.units.Unit;
import java.util.List;
import java.util.Objects;

/**
 * What the task rules know of a unit: its normalised text and words, its place in the outline, the
 * owners and deadline found in it, and whether the text around it looks back on past work.
 *
 * @param section the innermost outline point holding the unit, or null
 * @param heading the outline point whose marker opens this unit, or null
 * @param headingOnly whether the unit is nothing but that point's title
 * @param retrospective whether most units of its section report past work
 * @param normative whether it follows a document's announcement of its rules (通知如下 …)
 * @param document whether the whole text is written as a document (意见, 方案), not as a speech
 * @param editorial whether its line is editorial furniture (a Markdown title or quote, 【导读】)
 * @param deadline the deadline phrase found in the unit, or null
 * @param sectionTitles titles of the chapters (一、, （一）) holding the unit, outermost first
 */
public record UnitContext(
    Unit unit,
    String text,
    List<Token> tokens,
    Point section,
    Point heading,
    boolean headingOnly,
    boolean retrospective,
    boolean normative,
    boolean document,
    boolean editorial,
    List<Owner> owners,
    DeadlineMatch deadline,
    List<String> sectionTitles) {
  /** Copies lists and rejects nulls where a value is required. */
  public UnitContext {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    owners = List.copyOf(owners);
    sectionTitles = List.copyOf(sectionTitles);
  }
}
