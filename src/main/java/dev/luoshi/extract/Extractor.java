package dev.luoshi.extract;

import dev.luoshi.analysis.Segmenter;
import dev.luoshi.analysis.Token;
import dev.luoshi.extract.deadlines.DeadlineFinder;
import dev.luoshi.extract.deadlines.DeadlineMatch;
import dev.luoshi.extract.items.ItemFinder;
import dev.luoshi.extract.owners.OwnerFinder;
import dev.luoshi.extract.owners.OwnerTags;
import dev.luoshi.extract.references.ReferenceFinder;
import dev.luoshi.extract.tasks.Evidence;
import dev.luoshi.extract.tasks.TaskClassifier;
import dev.luoshi.extract.tasks.UnitContext;
import dev.luoshi.extract.tasks.Verdict;
import dev.luoshi.outline.Family;
import dev.luoshi.outline.Outline;
import dev.luoshi.outline.Point;
import dev.luoshi.outline.TitleFinder;
import dev.luoshi.plan.Kind;
import dev.luoshi.plan.Owner;
import dev.luoshi.units.PhotoCredits;
import dev.luoshi.units.Unit;
import dev.luoshi.units.UnitSplitter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction stage: for each unit, its words, owners and deadline, then the classifier's
 * verdict; for each task, its references and items. Immutable and thread-safe.
 */
public final class Extractor {
  /** A heading longer than this is a full directive, not a title. */
  private static final int TITLE_MAX = 50;

  /** A numbered unit this short is a slogan-like title, whatever its commas. */
  private static final int SLOGAN_MAX = 16;

  /** Most characters of a transcript's question label (提问：). */
  private static final int QUESTION_LABEL_MAX = 3;

  /**
   * A title closed by its 。 and this short, with its paragraph running on after it, is a heading
   * even when it obliges (一、必须守住安全底线，绝不能麻痹大意。安全生产…).
   */
  private static final int SLOGAN_TITLE = 20;

  /** A title this short is a heading even when it names a body (（一）医院自查自评). */
  private static final int SHORT_TITLE = 12;

  private final Segmenter segmenter;
  private final OwnerFinder owners;
  private final DeadlineFinder deadlines;
  private final TaskClassifier classifier;
  private final CueTable cues;
  private final ItemFinder items = ItemFinder.builtIn();

  /** An extractor from its parts; the cue table supplies the openers of normative passages. */
  public Extractor(
      Segmenter segmenter,
      OwnerFinder owners,
      DeadlineFinder deadlines,
      TaskClassifier classifier,
      CueTable cues) {
    this.segmenter = segmenter;
    this.owners = owners;
    this.deadlines = deadlines;
    this.classifier = classifier;
    this.cues = cues;
  }

  /** The contexts of all units before the notes, in order (for training and inspection). */
  public List<UnitContext> contexts(
      String text, List<Unit> units, Outline outline, int notesStart, LocalDate meetingDate) {
    List<Unit> body =
        units.stream().filter(u -> u.start() < notesStart).map(PhotoCredits::after).toList();
    Map<Unit, Words> tokens = new IdentityHashMap<>();
    for (Unit u : body) {
      tokens.put(u, new Words(u.text()));
    }
    Map<Point, PastCount> pastBySection = new HashMap<>();
    Map<Unit, Point> headingOf = new IdentityHashMap<>();
    for (Unit u : body) {
      Point h = headingAt(outline, text, u);
      if (h != null) {
        headingOf.put(u, h);
      }
      Point s = outline.sectionAt(u.start());
      pastBySection.computeIfAbsent(s, k -> new PastCount()).add(u.text(), tokens.get(u));
    }
    boolean document = documentRegister(body, tokens);
    List<int[]> normative = normativeSpans(text, document, outline);
    int[] lineStarts = lineStarts(text);
    List<UnitContext> out = new ArrayList<>(body.size());
    for (int b = 0; b < body.size(); b++) {
      Unit u = body.get(b);
      String t = text.substring(u.start(), u.end());
      Point h = headingOf.get(u);
      Words words = tokens.get(u);
      Finds found = new Finds(t, words, meetingDate);
      int titleLength = h == null ? 0 : h.titleEnd() - h.titleStart();
      // A title: the unit is nothing but the point's title, or (for a point inside a paragraph,
      // whose title stops at the first ，) a short slogan such as 二是坚持分类施策，提高帮扶实效。 A
      // slogan or a title that is not short names no owner and, as a long point of a 第一，第二，
      // series, asks for nothing. The owners are looked for last.
      boolean coversUnit = h != null && h.titleEnd() >= u.end() - 1;
      boolean shortSlogan = h != null && u.end() - h.titleStart() <= SLOGAN_MAX;
      int from = h == null ? 0 : h.titleStart() - u.start();
      int to = u.end() - u.start();
      // A point of a decision list is no title; one that names no topic is a decision of its own.
      // But a title alone on its line with a body under it heads a part of the rules
      // (兹规定如下： then 甲、…的方法 and its paragraphs), as it would anywhere.
      boolean decision =
          h != null
              && decided(text, outline, h)
              && (u.closed() && !namesAPart(body, b, u, h, coversUnit, words, from, to)
                  || leaf(outline, body, b, h));
      boolean assigned =
          h != null && (taggedNext(body, b) || decision && !topic(t, h, u))
              || cues.prefix("decision.sentences", h == null ? t : titleOn(t, h, u)) != null;
      // A point's title alone on its line, with a body under it, is a chapter's title even when it
      // obliges (一、必须坚持党的全面领导), and so is a short one that names nobody, closed by its 。 with
      // its paragraph running on (一、必须守住底线，绝不能麻痹大意。安全生产…) or on the lines under it
      // ((一)库存必须降下来。 then a paragraph), unless it sets a time. A longer closed point and one with
      // no body after it direct when they oblige.
      boolean leaf = h != null && leaf(outline, body, b, h);
      boolean titleLine =
          h != null
              && coversUnit
              && b + 1 < body.size()
              && !leaf
              && (!u.closed()
                  || titleLength <= SLOGAN_TITLE
                      && (body.get(b + 1).line() == u.line()
                          || firstOfLine(units, u) && found.deadline() == null)
                      && found.owners().isEmpty());
      // A chapter's point (一、, （一）) whose first sentence runs on into its paragraph and is longer
      // than a slogan directs with 要 as well ((四)整党中要注意吸收…入党。但是…): the sentence is the
      // paragraph's first order, not a title set above it.
      boolean runsOnDirecting =
          h != null
              && coversUnit
              && (t.endsWith("。") || t.endsWith("！"))
              && b + 1 < body.size()
              && body.get(b + 1).line() == u.line()
              && (h.marker().family() == Family.CN_COMMA || h.marker().family() == Family.PAREN_CN)
              && titleLength > SLOGAN_TITLE
              && holds("title.modals", t, words, from, to);
      // A point of a series run on inside a paragraph by its marker's own 要 (…有三条：一要从老区抽调；二要在
      // 城市中培养；三要把…留用下来。) orders as the first of the series does: no title set above a body.
      boolean modalInRun =
          h != null
              && h.marker().text().endsWith("要")
              && (t.endsWith("；")
                  || b > 0
                      && body.get(b - 1).line() == u.line()
                      && body.get(b - 1).text().endsWith("；"));
      // A numbered point below a chapter whose title is a rule in two clauses, the second holding a
      // word that obliges (2.临时摊派，一律停止。; 3.私人工商业一律保护，不准没收。), directs.
      boolean ruleInTitle =
          h != null && h.marker().family() != Family.CN_COMMA && obligesAfterComma(t, h, u, words);
      boolean headingOnly =
          h != null
              && !runsOnDirecting
              && !modalInRun
              && !ruleInTitle
              && (coversUnit || shortSlogan)
              && titleLength <= TITLE_MAX
              && (titleLine || !holds("obligation", t, words, from, to))
              && !decision
              && !assigned
              && !(leaf
                  && leafDirects(
                      titleOn(t, h, u),
                      titleLength,
                      found,
                      () -> holds("title.modals", t, words, from, to)))
              && (coversUnit && titleLength <= SHORT_TITLE && !directsAlthoughShort(t, h, u)
                  || !ordersInAClause(t, h, u, words, from)
                      // A long point of a 第一，第二， series with a modal directs, unless it is
                      // a slogan with no subject that its paragraph runs on from (第一，要在…上走在前列。…).
                      && !(h.marker().family() == Family.ORDINAL
                          && titleLength > SHORT_TITLE
                          && holds("title.modals", t, words, from, to)
                          && !(titleLine && cues.prefix("title.modals", titleOn(t, h, u)) != null))
                      // the owners last: finding them is the dearest test, and the others are
                      // read from the title and its words alone
                      && found.owners().isEmpty());
      Point s = outline.sectionAt(u.start());
      boolean retrospective = pastBySection.get(s).retrospective();
      out.add(
          UnitContext.lazy(
              u,
              t,
              words,
              s,
              h,
              headingOnly,
              assigned,
              retrospective,
              inSpans(normative, u.start()),
              setsTargets(text, u),
              document,
              editorialLine(text, lineStarts, u, firstOfTextLine(units, u, lineStarts)),
              found::owners,
              found::deadline,
              found::pastTime,
              titlesAbove(outline, s)));
    }
    return out;
  }

  /**
   * Whether the unit lies in a sentence that names its targets (今年的主要目标是：…；…；) and shows a figure
   * of its own: the sentence is read from its start (after the last 。！？ or line break) to the
   * unit's end.
   */
  private static boolean setsTargets(String text, Unit u) {
    if (!holdsFigure(text, u.start(), u.end())) {
      return false;
    }
    int from = u.start();
    while (from > 0 && "。！？!?\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return TARGETS.matcher(text).region(from, u.end()).find();
  }

  private static final Pattern TARGETS = Pattern.compile("目标(?:任务)?(?:是|为)");

  /**
   * Whether text[from, to) holds a figure to reach: an ASCII digit, a percent sign or a bound on a
   * number (以上, 以内, 左右, 不低于, 不少于, 不超过). A loop over the chars: a regular expression of these
   * alternatives is tried branch by branch at every char of every unit.
   */
  static boolean holdsFigure(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c == '％' || c == '%') {
        return true;
      }
      if (BOUND_FIRSTS.indexOf(c) >= 0) {
        for (String b : BOUNDS) {
          if (text.startsWith(b, i) && i + b.length() <= to) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The bounds on a number that make a figure to reach, and their first chars. */
  private static final List<String> BOUNDS = List.of("以上", "以内", "左右", "不低于", "不少于", "不超过");

  private static final String BOUND_FIRSTS = "以左不";

  /**
   * Whether a closed point of a decision list only names a part of the rules: its title, a noun
   * phrase with no verb but the head after 的 (第一，代表的护送。) or a short one ending with the noun its
   * verb modifies (一、入城纪律。; 二、巡山制度。), alone on its line, with a paragraph of its own under it.
   */
  private static boolean namesAPart(
      List<Unit> body, int b, Unit u, Point h, boolean coversUnit, Words words, int from, int to) {
    if (!coversUnit || b + 1 >= body.size() || body.get(b + 1).line() == u.line()) {
      return false;
    }
    if (b > 0 && body.get(b - 1).line() == u.line()) {
      return false;
    }
    String before = "";
    boolean verb = false;
    Token last = null;
    for (Token t : words.get()) {
      if (t.start() < from || t.end() > to || t.word().equals("。")) {
        continue;
      }
      // after 的 a verb is the head of a noun phrase (代表的护送), however HanLP tags it; 由 names who
      // is to do what follows, whatever HanLP tags it (物资由村会计统一/vn 采购/vn)
      verb |=
          t.pos().startsWith("v") && !t.pos().equals("vn") && !before.equals("的")
              || t.word().equals("由") && t.pos().startsWith("p");
      before = t.word();
      last = t;
    }
    // a short title that ends with its noun names the part its verb modifies (入城纪律, 接管工作)
    return !verb
        || last != null
            && (last.pos().startsWith("n") || last.pos().equals("vn"))
            && last.end() - from <= PART_TITLE;
  }

  /** The longest title (after its marker) that may name a part with a verb in it: 一、接管工作。 */
  private static final int PART_TITLE = 8;

  /**
   * Whether a point with no body directs: past a short title's length, when it opens with a verb of
   * policy or a word of order (（二）鼓励社会资本进入…，支持…。; （四）望于接电后…); at any length, when it has a modal
   * and names who acts or by when (2、各代表处要按月报送回款。; 第四，这个月要把名单报上来。).
   */
  private boolean leafDirects(String title, int titleLength, Finds found, BooleanSupplier modal) {
    boolean longer = titleLength > SHORT_TITLE;
    if (longer && (cues.prefix("imperative", title) != null || ordersFrom(title, 0))) {
      return true;
    }
    return modal.getAsBoolean()
        && (longer || found.deadline() != null || !found.owners().isEmpty()); // owners dearest
  }

  /**
   * Whether a point has no body: the unit after it starts a point of its level or above, or it
   * closes the text with a sentence's end. Such a point (2、各代表处要按月报送回款。) is one of a list of work,
   * not a chapter's title.
   */
  private static boolean leaf(Outline outline, List<Unit> body, int b, Point h) {
    if (b + 1 >= body.size()) {
      String last = body.get(b).text().strip();
      return !last.isEmpty() && "。！；;!".indexOf(last.charAt(last.length() - 1)) >= 0;
    }
    Unit after = body.get(b + 1);
    Point next = outline.sectionAt(after.end() - 1);
    return next != null && next.start() >= after.start() && next.level() <= h.level();
  }

  /**
   * Whether the unit after unit {@code b} is an owner tag of its own (牵头单位：…, （X负责）), whole or cut
   * by the unit splitter at its ；: a numbered point that a tag assigns is work given out
   * (一、新建农村公路100公里。 then 牵头单位：县交通运输局), not a title, however short.
   */
  private boolean taggedNext(List<Unit> body, int b) {
    if (b + 1 >= body.size()) {
      return false;
    }
    String next = body.get(b + 1).text();
    return owners.ownerTag(next).isPresent()
        || OwnerTags.lastUnclosed(next) == 0 && cutTag(body::get, body.size(), b + 1, 0) != null;
  }

  /**
   * The words of one unit, segmented when first asked for and then kept: many units are decided
   * from their text alone, and segmenting is a third of the work of those that are not.
   */
  private final class Words implements Supplier<List<Token>> {
    private final String unit;
    private List<Token> tokens;

    Words(String unit) {
      this.unit = unit;
    }

    @Override
    public List<Token> get() {
      if (tokens == null) {
        tokens = segmenter.segment(unit);
      }
      return tokens;
    }
  }

  /**
   * The units of a section that report the past, counted as far as it takes to know whether most of
   * them do: the text of a unit tells for most, and only the others are segmented, one by one,
   * while the answer is still open.
   */
  private final class PastCount {
    private int units;
    private int past;
    private final List<Words> open = new ArrayList<>();
    private Boolean retrospective;

    void add(String unit, Words words) {
      units++;
      if (Evidence.reportsPastInText(unit, cues)) {
        past++;
      } else if (Evidence.mayReportPastInWords(unit, cues)) {
        open.add(words);
      }
    }

    /** Whether the section holds three units or more and at least half of them report the past. */
    boolean retrospective() {
      if (retrospective == null) {
        int left = open.size();
        for (int i = 0; units >= 3 && i < open.size(); i++) {
          if (past * 2 >= units || (past + left) * 2 < units) {
            break; // decided whatever the units left to read
          }
          if (Evidence.reportsPastInWords(open.get(i).get(), cues)) {
            past++;
          }
          left--;
        }
        retrospective = units >= 3 && past * 2 >= units;
      }
      return retrospective;
    }
  }

  /**
   * The time phrases, owners and deadline of one unit, each found when first asked for and then
   * kept: the rules need owners only for some units, and the time phrases for those and for the
   * deadline, so a unit read as no task early is spared them.
   */
  private final class Finds {
    private final String unit;
    private final Words words;
    private final LocalDate meetingDate;
    private DeadlineFinder.Phrases phrases;
    private List<Owner> owners;
    private DeadlineMatch deadline;
    private boolean deadlineFound;

    Finds(String unit, Words words, LocalDate meetingDate) {
      this.unit = unit;
      this.words = words;
      this.meetingDate = meetingDate;
    }

    private DeadlineFinder.Phrases phrases() {
      if (phrases == null) {
        phrases = deadlines.phrases(unit);
      }
      return phrases;
    }

    List<Owner> owners() {
      if (owners == null) {
        owners = Extractor.this.owners.find(unit, words.get(), phrases().all(null));
      }
      return owners;
    }

    DeadlineMatch deadline() {
      if (!deadlineFound) {
        deadline = phrases().best(meetingDate).orElse(null);
        deadlineFound = true;
      }
      return deadline;
    }

    DeadlineMatch pastTime() {
      return meetingDate == null ? null : phrases().pastTime(meetingDate).orElse(null);
    }
  }

  /**
   * Whether a word of the cue group stands in [from, to) of the unit; its words are read only when
   * one of the group's words is in its text. A word that obliges ([obligation]: 必须, 应, 不得 …) makes
   * any numbered point a directive; one that asks ([title.modals]: 要, 不能 …) makes a long point of a
   * 第一，第二， series one, owner or not, as such a series numbers a speech's paragraphs rather than its
   * chapters.
   */
  private boolean holds(String group, String unit, Words words, int from, int to) {
    return cues.anyWord(group, unit)
        && words.get().stream()
            .anyMatch(t -> t.start() >= from && t.end() <= to && cues.has(group, t.word()));
  }

  /**
   * The titles of the chapters (一、, （一）) holding the point, itself included, outermost first: the
   * headings that say what a section is about (关于前一段工作), unlike the first clause of an enumerated
   * point (第三，在过去一年的斗争中…), whose scope also runs on to the end.
   */
  private static List<String> titlesAbove(Outline outline, Point section) {
    if (section == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    int level = section.level() + 1;
    List<Point> points = outline.points();
    for (int i = outline.indexAt(section.start()); i >= 0; i--) {
      Point p = points.get(i);
      if (p.level() < level) {
        if (p.marker().family().chapterLike()) {
          out.add(0, p.title());
        }
        level = p.level();
        if (level == 1) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * The tasks of a text. A task that names no owner gets the owners of the tag that closes its
   * item, as implied owners ({@link ClosingTags}).
   */
  public List<Found> extract(
      String text, List<Unit> units, Outline outline, int notesStart, LocalDate meetingDate) {
    List<Found> out = new ArrayList<>();
    List<UnitContext> contexts = contexts(text, units, outline, notesStart, meetingDate);
    List<Unit> body = new ArrayList<>(contexts.size());
    Map<Integer, List<Owner>> closing = new HashMap<>();
    int taggedThrough = -1;
    List<String> tableHead = null;
    for (int i = 0; i < contexts.size(); i++) {
      UnitContext ctx = contexts.get(i);
      SplitTag split = splitTag(contexts, i);
      if (split != null && split.opensUnit()) {
        // a tag the unit splitter cut at its ；: the units it spans assign the task before them
        for (int k = i; k <= split.last(); k++) {
          body.add(contexts.get(k).unit());
        }
        closing.put(body.size() - 1, split.owners());
        taggedThrough =
            attachTag(
                out,
                ctx.unit(),
                split.owners(),
                contexts.subList(i, split.last() + 1),
                taggedThrough);
        i = split.last();
        continue;
      }
      owners.closingTag(ctx.text()).ifPresent(o -> closing.put(body.size(), o));
      body.add(ctx.unit());
      List<String> cells = TableRows.cells(ctx.text());
      if (cells.size() >= 3 && owners.tableHead(cells)) {
        tableHead = cells; // 序号 工作任务 牵头单位 配合单位 完成时限: its rows give owners by column
        continue;
      }
      if (cells.size() < 2 && TableRows.startsLine(text, ctx.unit().start())) {
        tableHead = null;
      }
      if (tableHead != null && TableRows.rule(cells)) {
        continue;
      }
      var tag = owners.ownerTag(ctx.text());
      if (tag.isPresent()) {
        taggedThrough = attachTag(out, ctx.unit(), tag.get(), List.of(ctx), taggedThrough);
        continue;
      }
      if (owners.timeTag(ctx.text())) {
        // （2026年6月底前完成） on its own: the time of the task before it, and no task itself
        taggedThrough = attachTag(out, ctx.unit(), List.of(), List.of(ctx), taggedThrough);
        continue;
      }
      List<Owner> byColumn =
          tableHead != null && cells.size() == tableHead.size()
              ? owners.tableRow(tableHead, cells)
              : List.of(); // a row cut at a 。 inside a cell is read by its own words
      // a row of a task-division table that names its units is a task, whatever its words
      Verdict v =
          ctx.assigned() || !byColumn.isEmpty() ? classifier.assigned(ctx) : classifier.ifTask(ctx);
      if (v != null) {
        out.add(
            new Found(
                ctx.unit(),
                v,
                outline.sectionAt(ctx.unit().start()),
                byColumn.isEmpty() ? ctx.owners() : byColumn,
                ctx.deadline(),
                ReferenceFinder.find(ctx.text()),
                items.find(ctx.text())));
      }
      if (split != null) {
        // the rest of the tag this unit ends with: no tasks of their own, their owners the unit's
        for (int k = i + 1; k <= split.last(); k++) {
          body.add(contexts.get(k).unit());
        }
        closing.put(body.size() - 1, split.owners());
        if (v != null) {
          Found last = out.remove(out.size() - 1);
          out.add(last.withOwners(merged(last.owners(), split.owners())));
        }
        i = split.last();
      }
    }
    return ClosingTags.apply(text, body, outline, out, closing);
  }

  /**
   * An owner tag on its own belongs to the task right before it (if that unit is a task), and so
   * does the time it gives (（X负责，2025年底前完成）) when the task gives none. A tag may also follow tags
   * already given to that task: 牵头单位：X and 配合单位：Y on lines of their own both assign it.
   *
   * @param tagUnits the units of the tag, more than one when the unit splitter cut it at a ；
   * @param taggedThrough the last unit of the tags given to the task found last, or -1
   * @return the tag's last unit when it was given to a task, else -1
   */
  private int attachTag(
      List<Found> out,
      Unit tag,
      List<Owner> tagged,
      List<UnitContext> tagUnits,
      int taggedThrough) {
    if (out.isEmpty()
        || out.get(out.size() - 1).unit().index() != tag.index() - 1
            && taggedThrough != tag.index() - 1) {
      return -1;
    }
    Found last = out.remove(out.size() - 1);
    Found owned = last.withOwners(merged(last.owners(), tagged));
    if (owned.deadline() == null) {
      for (UnitContext t : tagUnits) {
        DeadlineMatch d = t.deadline();
        if (d != null) {
          int shift = t.unit().start() - owned.unit().start();
          owned = owned.withDeadline(d.shifted(shift));
          Verdict v = owned.verdict();
          if (v.kind() == Kind.REQUIREMENT && Evidence.bindsWork(d, cues)) {
            // bounded work is a deliverable, whether its time stands in the unit or in its tag
            List<String> why = new ArrayList<>(v.cues());
            why.add("tag.deadline:" + d.text());
            owned = owned.withVerdict(new Verdict(true, Kind.ACTION, v.confidence(), why));
          }
          break;
        }
      }
    }
    out.add(owned);
    return tagUnits.get(tagUnits.size() - 1).unit().index();
  }

  private static List<Owner> merged(List<Owner> owners, List<Owner> tagged) {
    List<Owner> merged = new ArrayList<>(owners);
    for (Owner o : tagged) {
      if (merged.stream().noneMatch(m -> m.name().equals(o.name()))) {
        merged.add(o);
      }
    }
    return merged;
  }

  /**
   * Whether a short numbered point is no title: an item of a sentence's list (二是县财政局做好资金保障；), or a
   * point that gives its work to someone (（二）由人事处牵头制定配套办法, （三）望各分局即行转发).
   */
  private boolean directsAlthoughShort(String unitText, Point h, Unit u) {
    if (h.marker().family() == Family.ENUMERATION) {
      return true;
    }
    String title = titleOn(unitText, h, u);
    if (cues.prefix("decision.openers", title) != null || ordersFrom(title, 0)) {
      return true;
    }
    // （三）上述各项，望即电复。: a word of order opening a later clause asks the readers, however short
    return laterClauseOrders(title);
  }

  /**
   * Whether a clause of the title after its first opens with a word of order ({@link #ordersFrom}).
   */
  private boolean laterClauseOrders(String title) {
    for (int i = title.indexOf('，'); i >= 0; i = title.indexOf('，', i + 1)) {
      if (ordersFrom(title, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a clause of a numbered point after its first opens with a word of order (五、此项指示，望你们
   * 接电后即行讨论…), or its first opens with 请: the point gives work to its readers though it names
   * nobody, so it is no title. So does a first clause opening with such a word standing as a word
   * of its own ((十三)望即电复。), but not with one inside a longer word (第一，希望大家…, 一、着力…).
   */
  private boolean ordersInAClause(String unitText, Point h, Unit u, Words words, int from) {
    String title = titleOn(unitText, h, u);
    if (Evidence.orderAfterSubject(cues, title) > 0) {
      return true;
    }
    if (cues.prefix("title.orders", title) != null) {
      return true; // 一、请各单位对照…，认真梳理…: asked of the readers, however long
    }
    String opening = cues.prefix("modal.opening", title);
    if (opening != null
        && words.get().stream().anyMatch(t -> t.start() == from && t.word().equals(opening))) {
      return true;
    }
    return laterClauseOrders(title);
  }

  /**
   * Whether the point's title has a clause after its first comma that holds a word that obliges
   * ([obligation]: 一律, 不准, 不得 …).
   */
  private boolean obligesAfterComma(String t, Point h, Unit u, Words words) {
    int from = Math.max(0, h.titleStart() - u.start());
    int to = Math.min(t.length(), h.titleEnd() - u.start());
    int comma = from < to ? t.substring(from, to).indexOf('，') : -1;
    return comma >= 0 && holds("obligation", t, words, from + comma + 1, to);
  }

  /**
   * The unit's text from the point's title on (its marker left out); empty when the title starts
   * after the unit (a marker closing its unit, whose title runs on in the next).
   */
  private static String titleOn(String unitText, Point h, Unit u) {
    return unitText.substring(Math.min(unitText.length(), Math.max(0, h.titleStart() - u.start())));
  }

  /**
   * Whether a word of order ([modal.opening]: 望, 令 …; [title.orders]: 请) opens the title at {@code
   * at}.
   */
  private boolean ordersFrom(String title, int at) {
    String rest = title.substring(at);
    return cues.prefix("modal.opening", rest) != null
        || cues.prefix("title.orders", rest) != null
        || Evidence.orderAfterSubject(cues, rest) > 0;
  }

  /**
   * Whether the point is one of a series that a clause ending with a colon introduces as decisions
   * (会议决定：, 议定事项如下：): each point of it is a decision, however short.
   */
  private boolean decided(String text, Outline outline, Point h) {
    List<Point> points = outline.points();
    int i = outline.indexAt(h.start());
    while (i > 0
        && points.get(i - 1).level() == h.level()
        && points.get(i - 1).marker().family() == h.marker().family()) {
      i--;
    }
    int end = points.get(i).start();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || "：:".indexOf(text.charAt(end - 1)) < 0) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', end - 1) + 1;
    // The clause that ends with the colon (会议决定：; 经研究，决定如下：), not an earlier one that
    // only says who approved the notice (经县政府同意，现将有关事项通知如下：).
    int clauseStart = lineStart;
    for (int k = end - 2; k >= lineStart; k--) {
      if ("，,。；;".indexOf(text.charAt(k)) >= 0) {
        clauseStart = k + 1;
        break;
      }
    }
    return cues.anyWord("decision.lists", text.substring(clauseStart, end));
  }

  /**
   * Whether a point names a topic rather than a decision (一、关于污水处理厂提标改造; 一、秘书长报告：…): the decisions
   * of a meeting come under it, it is none itself.
   */
  private boolean topic(String unitText, Point h, Unit u) {
    String title = titleOn(unitText, h, u);
    return cues.prefix("topic.openers", title) != null
        || title.contains("：")
        || title.contains(":");
  }

  /** Units a tag cut by the unit splitter spans at most, the one it opens in included. */
  private static final int SPLIT_TAG_UNITS = 4;

  /**
   * An owner tag cut at its ；into units (（牵头单位：X；配合单位：Y）): the owners of the whole tag, the last
   * unit it reaches into, and whether it opens its first unit (a tag on its own) or closes it (a
   * task that ends with the tag's first part).
   */
  private record SplitTag(List<Owner> owners, int last, boolean opensUnit) {}

  /** The tag that opens in unit {@code i} and closes in a later one, or null. */
  private SplitTag splitTag(List<UnitContext> contexts, int i) {
    int open = OwnerTags.lastUnclosed(contexts.get(i).text());
    return open < 0 ? null : cutTag(k -> contexts.get(k).unit(), contexts.size(), i, open);
  }

  /**
   * The owner tag that opens at {@code open} in unit {@code i} and closes in a later unit of its
   * line, at most {@link #SPLIT_TAG_UNITS} on: its owners, the last unit it reaches into and
   * whether it opens its first unit; null when it does not close there or is no tag.
   */
  private SplitTag cutTag(IntFunction<Unit> unitAt, int size, int i, int open) {
    Unit first = unitAt.apply(i);
    StringBuilder tag = new StringBuilder(first.text().substring(open));
    int end = Math.min(size, i + SPLIT_TAG_UNITS);
    for (int k = i + 1; k < end && unitAt.apply(k).line() == first.line(); k++) {
      tag.append(unitAt.apply(k).text());
      if (OwnerTags.matchingClose(tag.toString(), 0) >= 0) {
        Optional<List<Owner>> owned = owners.ownerTag(tag.toString());
        boolean alone = first.text().substring(0, open).isBlank();
        int last = k;
        return owned.map(o -> new SplitTag(o, last, alone)).orElse(null);
      }
    }
    return null;
  }

  /** Share of units opening with a directive verb from which a text reads as a document. */
  private static final double DOCUMENT_OPENERS = 0.10;

  /** Audience and speaker words per unit below which a text addresses nobody in person. */
  private static final double DOCUMENT_PERSONS = 0.03;

  /**
   * Whether the text is written in the register of a document (an 意见, 方案 or 通知) rather than a
   * speech: many of its units open with a directive verb and it hardly says 我们, 大家 or 同志们. In such
   * a text a sentence that opens with any verb directs, as its listed openers do.
   */
  private boolean documentRegister(List<Unit> body, Map<Unit, Words> tokens) {
    if (body.size() < 10) {
      return false;
    }
    int openers = 0;
    for (Unit u : body) {
      String t = u.text().strip();
      int k = 0;
      while (k < t.length() && MARKER_CHARS.indexOf(t.charAt(k)) >= 0) {
        k++;
      }
      if (cues.prefix("imperative", t.substring(k)) != null) {
        openers++;
      }
    }
    if (openers < DOCUMENT_OPENERS * body.size()) {
      return false;
    }
    // Only a unit whose text holds an audience word can have one among its words.
    int persons = 0;
    for (Unit u : body) {
      if (!cues.anyWord("audience", u.text())) {
        continue;
      }
      for (Token tok : tokens.get(u).get()) {
        if (cues.has("audience", tok.word())) {
          persons++;
        }
      }
    }
    return persons < DOCUMENT_PERSONS * body.size();
  }

  private static final String MARKER_CHARS = "（）()一二三四五六七八九十0123456789.、． \u3000";

  /**
   * Where a document's rules hold, as [from, to) spans: from each announcement of them (通知如下,
   * 提出以下意见, 会议决定：) to the next speaker's turn ({@link #SPEAKER_TURN}: 创始人讲话要点：), whose remarks are
   * a speech again, or to the next numbered point that announces decisions of its own (minutes that
   * take up one matter a point, 一、关于… 会议决定：…, then 二、关于… with its own discussion and its own
   * 会议要求：), or to the end; all of a text in a document's register that announces nothing.
   */
  private List<int[]> normativeSpans(String text, boolean document, Outline outline) {
    List<Integer> openers = new ArrayList<>();
    for (int k = 0; k < cues.patterns("normative.opener").size(); k++) {
      for (Matcher m = cues.find("normative.opener", k, text); m != null; m = m.find() ? m : null) {
        openers.add(m.end());
      }
    }
    if (openers.isEmpty()) {
      return document ? List.of(new int[] {0, text.length()}) : List.of();
    }
    openers.sort(null);
    List<Integer> turns = new ArrayList<>();
    for (Matcher m = SPEAKER_TURN.matcher(text); m.find(); ) {
      turns.add(m.start());
    }
    List<int[]> spans = new ArrayList<>();
    for (int from : openers) {
      int to = pointEnd(outline, from, text.length(), openers);
      for (int t : turns) {
        if (t >= from) {
          to = Math.min(to, t);
          break;
        }
      }
      int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = Math.max(last[1], to);
      } else {
        spans.add(new int[] {from, to});
      }
    }
    return spans;
  }

  /**
   * Where the decisions announced at {@code at} stop holding: at the start of the first later
   * point, of the level of the point they are announced in or above, that announces decisions of
   * its own ({@code openers}); the matters between with none of their own (二、关于… 会议原则同意…) are still
   * decided under them. Only points whose marker opens a line count (一、关于…, not the 一是 of a
   * paragraph); the end of the text when no point is open there or none that follows announces.
   */
  private static int pointEnd(Outline outline, int at, int end, List<Integer> openers) {
    List<Point> points = outline.points();
    int i = outline.indexAt(at);
    while (i >= 0 && !points.get(i).marker().lineStart()) {
      i--;
    }
    if (i < 0) {
      return end;
    }
    int level = points.get(i).level();
    List<Integer> bounds = new ArrayList<>();
    for (int k = i + 1; k < points.size(); k++) {
      Point p = points.get(k);
      if (p.level() <= level && p.marker().lineStart()) {
        bounds.add(p.start());
      }
    }
    for (int b = 0; b < bounds.size(); b++) {
      int from = bounds.get(b);
      int to = b + 1 < bounds.size() ? bounds.get(b + 1) : end;
      for (int o : openers) {
        if (o > from && o <= to) {
          return from;
        }
      }
    }
    return end;
  }

  /**
   * A line that only announces a speaker's remarks (创始人讲话要点：, 王局长讲话：, 李总发言要点：), or a numbered part
   * of minutes that sums them up (一、王局长讲话要点): in minutes it ends the decisions before it.
   */
  private static final Pattern SPEAKER_TURN =
      Pattern.compile(
          "(?m)^[ \t\u3000]*(?:[^，。；：:\n]{1,24}(?:讲话要点|讲话摘要|讲话|发言要点|发言|插话|总结讲话)[：:]"
              + "|[一二三四五六七八九十]{1,2}、[^，。；：:\n]{1,20}(?:讲话|发言)(?:要点|摘要))[ \t\u3000]*$");

  private static boolean inSpans(List<int[]> spans, int at) {
    for (int[] s : spans) {
      if (at >= s[0] && at < s[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line holding a unit is editorial: the text's opening title line, a Markdown title
   * or quote, 【导读】, or a question put to the speaker (问：…). A title only covers the first unit of
   * its line, and so does anything in a line that has lost its breaks (a whole speech on one line
   * would otherwise be furniture).
   */
  private boolean editorialLine(String text, int[] lineStarts, Unit u, boolean firstUnit) {
    int line = lineAt(lineStarts, u.start());
    int i = lineStarts[line];
    int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
    boolean runOn = lineEnd - i > RUN_ON_LINE;
    while (i < text.length() && UnitSplitter.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
      i++;
    }
    if (i >= text.length()) {
      return false;
    }
    if (u.index() == 0 && openingTitle(text, i, lineEnd)) {
      return true; // the document's title (…工作总结和2027年工作打算): its name, no order
    }
    char c = text.charAt(i);
    if (c == '#') {
      return firstUnit;
    }
    if (c == '>') {
      return firstUnit || !runOn;
    }
    int close = -1;
    for (int k = i + 1; c == '【' && k < Math.min(text.length(), i + 12) && close < 0; k++) {
      close = text.charAt(k) == '】' ? k : -1;
    }
    if (close > i) {
      String label = text.substring(i + 1, close).replaceAll("\\s", "");
      return cues.has("editorial.label", label) && (firstUnit || !runOn);
    }
    for (int k = i + 1; k < Math.min(lineEnd, i + QUESTION_LABEL_MAX + 1); k++) {
      if (text.charAt(k) == '：' || text.charAt(k) == ':') {
        return cues.has("question.label", text.substring(i, k).strip()) && (firstUnit || !runOn);
      }
    }
    return false;
  }

  /**
   * Whether the text's first line, from {@code start} to {@code end}, is its title: a title-like
   * line with no comma or stop of any width, and more text after it (a one-line text is its own
   * body).
   */
  private static boolean openingTitle(String text, int start, int end) {
    String line = text.substring(start, Math.min(end, text.length())).strip();
    return TitleFinder.titleLike(line)
        && line.chars().noneMatch(c -> "，,.、".indexOf(c) >= 0)
        && !text.substring(Math.min(end, text.length())).isBlank();
  }

  /** A line longer than this has lost its paragraph breaks. */
  private static final int RUN_ON_LINE = 1500;

  /**
   * Whether no unit before this one starts on its line (units within a line are cut only by
   * sentence marks, so this is "no sentence mark between the line's start and the unit").
   */
  private static boolean firstOfLine(List<Unit> units, Unit u) {
    int k = u.index();
    if (k < units.size() && units.get(k) == u) {
      return k == 0 || units.get(k - 1).line() != u.line();
    }
    return true; // not from this list: no unit before it is known
  }

  /**
   * Whether no unit before this one starts on its line of the normalized text, whose lines are the
   * source's plus the paragraphs of a run-on line ({@link dev.luoshi.analysis.Normalizer}): a
   * unit's own {@link Unit#line()} counts the source's lines only.
   */
  private static boolean firstOfTextLine(List<Unit> units, Unit u, int[] lineStarts) {
    int k = u.index();
    if (k < units.size() && units.get(k) == u) {
      return k == 0 || units.get(k - 1).start() < lineStarts[lineAt(lineStarts, u.start())];
    }
    return true;
  }

  /** The index into {@code lineStarts} of the line holding {@code offset}. */
  private static int lineAt(int[] lineStarts, int offset) {
    int k = Arrays.binarySearch(lineStarts, offset);
    return k >= 0 ? k : -k - 2;
  }

  /** The offset where each line starts, line 1 first: found once, not once per unit. */
  private static int[] lineStarts(String text) {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    int[] starts = new int[lines];
    int k = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[k++] = i + 1;
      }
    }
    return starts;
  }

  /** The point whose marker opens the unit (after Markdown furniture), or null. */
  private static Point headingAt(Outline outline, String text, Unit u) {
    Point p = outline.sectionAt(u.start() + Math.min(4, u.text().length()));
    if (p == null || p.start() < u.start() || p.start() > u.start() + 3) {
      return null;
    }
    for (int i = u.start(); i < p.start(); i++) {
      char c = text.charAt(i);
      if (c != '*' && c != '#' && c != '>' && !Character.isWhitespace(c) && c != '\u3000') {
        return null;
      }
    }
    return p;
  }
}
