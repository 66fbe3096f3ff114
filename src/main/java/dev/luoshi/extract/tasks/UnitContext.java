package dev.luoshi.extract.tasks;

import dev.luoshi.analysis.Token;
import dev.luoshi.extract.deadlines.DeadlineMatch;
import dev.luoshi.outline.Point;
import dev.luoshi.plan.Owner;
import dev.luoshi.units.Unit;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the task rules know of a unit: its normalised text and words, its place in the outline, the
 * owners and deadline found in it, and whether the text around it looks back on past work.
 *
 * <p>The words, the owners and the deadline may be found on first use ({@link #lazy}): the rules
 * read them only for some units, and finding owners and segmenting are the dearest steps of all. A
 * context is meant for one thread.
 */
public final class UnitContext {
  private final Unit unit;
  private final String text;
  private Supplier<List<Token>> tokensToFind;
  private List<Token> tokens;
  private final Point section;
  private final Point heading;
  private final boolean headingOnly;
  private final boolean assigned;
  private final boolean retrospective;
  private final boolean normative;
  private final boolean targets;
  private final boolean document;
  private final boolean editorial;
  private final List<String> sectionTitles;
  private Supplier<List<Owner>> ownersToFind;
  private List<Owner> owners;
  private Supplier<DeadlineMatch> deadlineToFind;
  private DeadlineMatch deadline;
  private Supplier<DeadlineMatch> pastTimeToFind;
  private DeadlineMatch pastTime;

  /**
   * A context with everything known.
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
  public UnitContext(
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
    this(
        unit,
        text,
        (Supplier<List<Token>>) null,
        section,
        heading,
        headingOnly,
        false,
        retrospective,
        normative,
        false,
        document,
        editorial,
        (Supplier<List<Owner>>) null,
        (Supplier<DeadlineMatch>) null,
        (Supplier<DeadlineMatch>) null,
        sectionTitles);
    this.tokens = List.copyOf(tokens);
    this.owners = List.copyOf(owners);
    this.deadline = deadline;
  }

  private UnitContext(
      Unit unit,
      String text,
      Supplier<List<Token>> tokens,
      Point section,
      Point heading,
      boolean headingOnly,
      boolean assigned,
      boolean retrospective,
      boolean normative,
      boolean targets,
      boolean document,
      boolean editorial,
      Supplier<List<Owner>> owners,
      Supplier<DeadlineMatch> deadline,
      Supplier<DeadlineMatch> pastTime,
      List<String> sectionTitles) {
    this.unit = Objects.requireNonNull(unit, "unit");
    this.text = Objects.requireNonNull(text, "text");
    this.tokensToFind = tokens;
    this.section = section;
    this.heading = heading;
    this.headingOnly = headingOnly;
    this.assigned = assigned;
    this.retrospective = retrospective;
    this.normative = normative;
    this.targets = targets;
    this.document = document;
    this.editorial = editorial;
    this.ownersToFind = owners;
    this.deadlineToFind = deadline;
    this.pastTimeToFind = pastTime;
    this.sectionTitles = List.copyOf(sectionTitles);
  }

  /**
   * A context whose words, owners and deadline are found when first asked for, by the given
   * functions (each called at most once; the deadline may be null); the other values as in the
   * constructor. {@code pastTime} finds a phrase naming a time before the meeting, or null; {@code
   * assigned} says whether an owner tag right after the unit, or a clause announcing decisions
   * before its series, assigns its numbered point (a context made by the constructor is never
   * assigned); {@code targets} says whether the unit lies in a sentence that sets out targets
   * (今年的主要目标是：…增长8%左右；…).
   */
  public static UnitContext lazy(
      Unit unit,
      String text,
      Supplier<List<Token>> tokens,
      Point section,
      Point heading,
      boolean headingOnly,
      boolean assigned,
      boolean retrospective,
      boolean normative,
      boolean targets,
      boolean document,
      boolean editorial,
      Supplier<List<Owner>> owners,
      Supplier<DeadlineMatch> deadline,
      Supplier<DeadlineMatch> pastTime,
      List<String> sectionTitles) {
    return new UnitContext(
        unit,
        text,
        Objects.requireNonNull(tokens, "tokens"),
        section,
        heading,
        headingOnly,
        assigned,
        retrospective,
        normative,
        targets,
        document,
        editorial,
        Objects.requireNonNull(owners, "owners"),
        Objects.requireNonNull(deadline, "deadline"),
        Objects.requireNonNull(pastTime, "pastTime"),
        sectionTitles);
  }

  /** The unit. */
  public Unit unit() {
    return unit;
  }

  /** Its normalised text. */
  public String text() {
    return text;
  }

  /** Its words, offsets into {@link #text()}. */
  public List<Token> tokens() {
    if (tokens == null) {
      tokens = List.copyOf(tokensToFind.get());
      tokensToFind = null;
    }
    return tokens;
  }

  /** The innermost outline point holding the unit, or null. */
  public Point section() {
    return section;
  }

  /** The outline point whose marker opens this unit, or null. */
  public Point heading() {
    return heading;
  }

  /** Whether the unit is nothing but its heading's title. */
  public boolean headingOnly() {
    return headingOnly;
  }

  /**
   * Whether the unit opens a numbered point that the owner tag after it assigns (一、新建…。 then
   * 牵头单位：X), or one of the points a clause announcing decisions introduces (形成决议如下：1. …): work
   * given out, however short (see {@link TaskClassifier#assigned}).
   */
  public boolean assigned() {
    return assigned;
  }

  /** Whether most units of its section report past work. */
  public boolean retrospective() {
    return retrospective;
  }

  /** Whether it follows a document's announcement of its rules (通知如下 …). */
  public boolean normative() {
    return normative;
  }

  /**
   * Whether the unit lies in a sentence that sets out targets (今年的主要目标是：营收增长8%以上；利润增长10%；): each of
   * its figures is a goal, whether or not a modal asks for it.
   */
  public boolean targets() {
    return targets;
  }

  /** Whether the whole text is written as a document (意见, 方案), not as a speech. */
  public boolean document() {
    return document;
  }

  /** Whether its line is editorial furniture (a Markdown title or quote, 【导读】). */
  public boolean editorial() {
    return editorial;
  }

  /** The owners found in the unit, in text order. */
  public List<Owner> owners() {
    if (owners == null) {
      owners = List.copyOf(ownersToFind.get());
      ownersToFind = null;
    }
    return owners;
  }

  /** The deadline phrase found in the unit, or null. */
  public DeadlineMatch deadline() {
    if (deadlineToFind != null) {
      deadline = deadlineToFind.get();
      deadlineToFind = null;
    }
    return deadline;
  }

  /**
   * A time phrase naming a year before the meeting's outright (1980年8月), or a period of the
   * meeting's year over by then opening the unit (今年上半年，…), or null: the unit then tells what
   * happened. Null too when the meeting date is unknown.
   */
  public DeadlineMatch pastTime() {
    if (pastTimeToFind != null) {
      pastTime = pastTimeToFind.get();
      pastTimeToFind = null;
    }
    return pastTime;
  }

  /** Titles of the chapters (一、, （一）) holding the unit, outermost first. */
  public List<String> sectionTitles() {
    return sectionTitles;
  }
}
