package dev.luoshi.extract.owners;

import dev.luoshi.analysis.Token;
import dev.luoshi.extract.deadlines.DeadlineMatch;
import dev.luoshi.plan.Owner;
import java.util.List;
import java.util.Optional;

/** Finds who must act on a unit: lead and supporting bodies, as written (GUIDELINE §4). */
public interface OwnerFinder {
  /**
   * The owners named in a unit, in text order, without duplicates.
   *
   * @param unit the unit's normalised text (simplified script, half-width digits)
   * @param tokens the unit's words, offsets into {@code unit}
   */
  List<Owner> find(String unit, List<Token> tokens);

  /**
   * As {@link #find(String, List)}, given the unit's time phrases when the caller has already found
   * them (with no meeting date, by the deadline finder this owner finder reads time phrases with),
   * so that they are not looked for twice.
   */
  default List<Owner> find(String unit, List<Token> tokens, List<DeadlineMatch> timePhrases) {
    return find(unit, tokens);
  }

  /**
   * The owners of a unit that is nothing but an owner tag such as （县住建局负责） or （X牵头，Y配合）, which
   * belongs to the task before it; empty when the unit is not a tag.
   */
  default Optional<List<Owner>> ownerTag(String unit) {
    return Optional.empty();
  }

  /** Whether the cells of a table's row head a task-division table (牵头单位, 配合单位 …). */
  default boolean tableHead(List<String> cells) {
    return false;
  }

  /**
   * The owners a row of a task-division table gives under the head's labelled columns; empty when
   * it gives none.
   */
  default List<Owner> tableRow(List<String> head, List<String> cells) {
    return List.of();
  }

  /**
   * Whether the whole unit is a bracket that only gives the time of the task before it
   * (（2026年6月底前完成） on a line of its own), as the schedule part of an owner tag does.
   */
  default boolean timeTag(String unit) {
    return false;
  }

  /**
   * The owners of the owner tag a unit ends with: the whole unit when it is a tag ({@link
   * #ownerTag}), else a tag in brackets that only closing punctuation follows (…建立工作台账（县民政局负责）。);
   * empty when the unit ends otherwise. Such a tag at the end of an item names who carries the
   * item's other tasks.
   */
  default Optional<List<Owner>> closingTag(String unit) {
    return ownerTag(unit);
  }
}
