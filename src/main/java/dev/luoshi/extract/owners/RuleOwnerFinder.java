package dev.luoshi.extract.owners;

import dev.luoshi.analysis.Token;
import dev.luoshi.extract.deadlines.DeadlineFinder;
import dev.luoshi.extract.deadlines.DeadlineMatch;
import dev.luoshi.extract.owners.clauses.ClauseOwners;
import dev.luoshi.plan.Owner;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds owners by rules over characters and HanLP's words (GUIDELINE §4): the subject before a
 * modal (X要…), a document-style subject before its verb (国家卫生健康委推行…), a clause that only lists
 * bodies (党中央、国务院，各级党委和政府，要…), 由X负责, 经X审查, 请X, 要求X, X会同Y, and owner tags ((X牵头，Y配合)). Coordinations
 * are split and their shared heads distributed (财政、教育等部门 → 财政部门, 教育部门). Bodies that are only acted
 * upon, audience pronouns and subjects that cannot act (节奏和力度要…) give no owner. The word lists are
 * data ({@code owner-rules.txt}). Immutable and thread-safe.
 */
public final class RuleOwnerFinder implements OwnerFinder {
  private final OwnerRules rules;
  private final OwnerTags tags;
  private final DeadlineFinder timePhrases;

  private RuleOwnerFinder(OwnerRules rules, DeadlineFinder timePhrases) {
    this.rules = rules;
    this.tags = new OwnerTags(rules);
    this.timePhrases = timePhrases;
  }

  /** A finder with the built-in word lists only. */
  public static RuleOwnerFinder builtIn() {
    return create(List.of(), List.of());
  }

  /**
   * A finder that also knows the user's own unit names (档案馆, 信息中心 …) and role names (联络人 …): a
   * phrase ending with one of them names an agent, and a role name is shared across a coordination
   * like 负责人 (处室和局属单位联络人 → 处室联络人, 局属单位联络人).
   */
  public static RuleOwnerFinder create(List<String> extraUnitNames, List<String> extraRoleNames) {
    return new RuleOwnerFinder(
        OwnerRules.load(
            List.copyOf(Objects.requireNonNull(extraUnitNames, "extraUnitNames")),
            List.copyOf(Objects.requireNonNull(extraRoleNames, "extraRoleNames"))),
        null);
  }

  /**
   * This finder, also skipping the time phrases that a deadline finder recognises at the start of a
   * clause (在端午节来临之前各学校要…), beyond the time words the segmenter marks.
   */
  public RuleOwnerFinder withTimePhrases(DeadlineFinder deadlines) {
    return new RuleOwnerFinder(rules, Objects.requireNonNull(deadlines, "deadlines"));
  }

  /**
   * {@inheritDoc} A unit that is an owner tag gives the tag's owners; an owner tag inside a unit
   * adds its owners to the unit's.
   */
  @Override
  public List<Owner> find(String unit, List<Token> tokens) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(tokens, "tokens");
    Optional<List<Owner>> line = lineOwners(unit);
    if (line.isPresent()) {
      return line.get();
    }
    List<DeadlineMatch> times = timePhrases == null ? List.of() : timePhrases.findAll(unit, null);
    return ClauseOwners.find(rules, tags, times, unit, tokens);
  }

  /**
   * {@inheritDoc} The phrases are used only when this finder reads time phrases at all ({@link
   * #withTimePhrases}).
   */
  @Override
  public List<Owner> find(String unit, List<Token> tokens, List<DeadlineMatch> timePhrases) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(timePhrases, "timePhrases");
    Optional<List<Owner>> line = lineOwners(unit);
    if (line.isPresent()) {
      return line.get();
    }
    List<DeadlineMatch> times = this.timePhrases == null ? List.of() : timePhrases;
    return ClauseOwners.find(rules, tags, times, unit, tokens);
  }

  /**
   * The owners a whole unit gives by its form, before its clauses are read: an owner tag's, or a
   * duty line's.
   */
  private Optional<List<Owner>> lineOwners(String unit) {
    Optional<List<Owner>> tag = ownerTag(unit);
    if (tag.isPresent()) {
      return tag;
    }
    List<Owner> duty = dutyLine(unit);
    return duty.isEmpty() ? Optional.empty() : Optional.of(duty);
  }

  /**
   * The bodies a line of a division of duties names before its colon (县气象局：负责提供…; （二）县公安局、
   * 县交警大队：负责…), read as the tag X负责 would be; empty when the unit is no such line or the label
   * names no body.
   */
  private List<Owner> dutyLine(String unit) {
    Matcher m = DUTY.matcher(unit);
    if (!m.find()) {
      return List.of();
    }
    return FoundOwner.owners(tags.parse(m.group(1) + "负责", m.start(1)));
  }

  /** A duty line: an optional marker, the label, a colon, then the duty's verb. */
  private static final Pattern DUTY =
      Pattern.compile(
          "^\\s*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.、．])?\\s*"
              + "([^，,。；;：:（(）)\\s]{2,30})[：:](?=负责|牵头|承担|主要负责)");

  /**
   * The owners of an owner tag, when the whole unit is one: a bracketed line such as {@code
   * （国家发展改革委会同有关部门负责）}, {@code （X牵头，Y、Z配合）} or {@code （牵头单位：X；配合单位：Y）} that assigns the task before
   * it. Empty when the unit is anything else.
   */
  public Optional<List<Owner>> ownerTag(String unit) {
    List<FoundOwner> found = tags.wholeUnit(Objects.requireNonNull(unit, "unit"));
    return found.isEmpty() ? Optional.empty() : Optional.of(FoundOwner.owners(found));
  }

  @Override
  public boolean tableHead(List<String> cells) {
    return tags.tableHead(Objects.requireNonNull(cells, "cells"));
  }

  @Override
  public List<Owner> tableRow(List<String> head, List<String> cells) {
    return FoundOwner.owners(tags.tableRow(head, cells));
  }

  @Override
  public boolean timeTag(String unit) {
    return tags.scheduleOnly(Objects.requireNonNull(unit, "unit"));
  }

  @Override
  public Optional<List<Owner>> closingTag(String unit) {
    List<FoundOwner> found = tags.closing(Objects.requireNonNull(unit, "unit"));
    return found.isEmpty() ? Optional.empty() : Optional.of(FoundOwner.owners(found));
  }
}
