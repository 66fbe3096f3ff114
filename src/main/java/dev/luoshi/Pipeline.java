package dev.luoshi;

import dev.luoshi.analysis.Lexicon;
import dev.luoshi.analysis.Normalizer;
import dev.luoshi.analysis.Segmenter;
import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceText;
import dev.luoshi.extract.Extractor;
import dev.luoshi.extract.Found;
import dev.luoshi.extract.deadlines.MeetingDates;
import dev.luoshi.extract.deadlines.RuleDeadlineFinder;
import dev.luoshi.extract.owners.RuleOwnerFinder;
import dev.luoshi.extract.tasks.Evidence;
import dev.luoshi.extract.tasks.Reading;
import dev.luoshi.extract.tasks.RuleTaskClassifier;
import dev.luoshi.extract.tasks.TaskClassifier;
import dev.luoshi.extract.tasks.UnitContext;
import dev.luoshi.model.ModelTaskClassifier;
import dev.luoshi.model.TaskModel;
import dev.luoshi.outline.Outline;
import dev.luoshi.outline.OutlineParser;
import dev.luoshi.outline.Point;
import dev.luoshi.outline.TitleFinder;
import dev.luoshi.plan.Deadline;
import dev.luoshi.plan.Diagnostic;
import dev.luoshi.plan.Kind;
import dev.luoshi.plan.Meeting;
import dev.luoshi.plan.Offsets;
import dev.luoshi.plan.OutlineNode;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Source;
import dev.luoshi.plan.Stats;
import dev.luoshi.plan.Task;
import dev.luoshi.units.Notes;
import dev.luoshi.units.Unit;
import dev.luoshi.units.UnitSplitter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The stages in order: normalise, units, outline, analysis, extraction, plan. */
final class Pipeline {
  private final Segmenter segmenter;
  private final Normalizer normalizer;
  private final Settings settings;
  private final OutlineParser outlineParser = new OutlineParser();
  private final Extractor extractor;

  private final RuleTaskClassifier rules;

  Pipeline(Segmenter segmenter, Normalizer normalizer, Settings settings, TaskModel model) {
    this.segmenter = segmenter;
    this.normalizer = normalizer;
    this.settings = settings;
    this.rules = RuleTaskClassifier.create(settings.directiveCues(), settings.neverTasks());
    TaskClassifier classifier =
        model == null ? rules : new ModelTaskClassifier(rules, model, MODEL_SURE);
    RuleDeadlineFinder deadlines = RuleDeadlineFinder.create();
    this.extractor =
        new Extractor(
            segmenter,
            RuleOwnerFinder.create(settings.unitNames(), settings.roleNames())
                .withTimePhrases(deadlines),
            deadlines,
            classifier,
            rules.cues());
  }

  /** The same stages with another task model (null: rules alone); the analyzer is shared. */
  Pipeline withModel(TaskModel model) {
    return new Pipeline(segmenter, normalizer, settings, model);
  }

  static Lexicon lexiconOf(Settings settings) {
    List<Lexicon.Entry> entries = new ArrayList<>();
    settings.unitNames().forEach(w -> entries.add(new Lexicon.Entry(w, "nt")));
    settings.roleNames().forEach(w -> entries.add(new Lexicon.Entry(w, "nnt")));
    return new Lexicon(entries);
  }

  /** Rule verdicts at or above this confidence stand without the model. */
  static final double MODEL_SURE = 0.85;

  /** How the rules read each unit of a source (for training a model). */
  List<Reading> read(SourceText source, LocalDate meetingDate) {
    String text = normalizer.normalize(source.text());
    List<Unit> units = UnitSplitter.split(source.text(), text);
    int notes = Notes.start(text);
    Outline outline = outlineParser.parse(text, notes);
    List<Reading> out = new ArrayList<>();
    for (UnitContext ctx : extractor.contexts(text, units, outline, notes, meetingDate)) {
      Evidence e = Evidence.of(ctx, rules.cues());
      out.add(new Reading(ctx, e, rules.decide(e, ctx)));
    }
    return out;
  }

  Plan run(SourceText source, PlanOptions options) {
    String original = source.text();
    String text = normalizer.normalize(original);
    List<Unit> units = UnitSplitter.split(original, text);
    Offsets offsets = new Offsets(original);
    int notes = Notes.start(text); // where the endnotes start: outline and extraction stop there
    Outline outline = outlineParser.parse(text, notes);
    Meeting meeting = meeting(text, options);
    LocalDate meetingDate = meeting.date();
    List<Task> tasks =
        tasks(original, text, extractor.extract(text, units, outline, notes, meetingDate), offsets);
    Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
    tasks.forEach(t -> byKind.merge(t.kind(), 1, Integer::sum));
    return new Plan(
        new Source(
            source.path(),
            source.encoding(),
            original.codePointCount(0, original.length()),
            source.sha256()),
        meeting,
        outlineNodes(original, outline.points(), offsets),
        tasks,
        diagnostics(original, outline, offsets, meeting, tasks),
        new Stats(units.size(), tasks.size(), byKind));
  }

  /** The outline's notes, then the warnings about the whole plan. */
  private static List<Diagnostic> diagnostics(
      String original, Outline outline, Offsets offsets, Meeting meeting, List<Task> tasks) {
    List<Diagnostic> out = new ArrayList<>();
    outline.issues().forEach(i -> out.add(new Diagnostic(offsets.line(i.offset()), i.message())));
    out.addAll(Warnings.of(original, meeting, tasks));
    return out;
  }

  /** The meeting: its date from the options, else from a date line of the text; its title. */
  static Meeting meeting(String text, PlanOptions options) {
    String title = TitleFinder.find(text);
    if (options.meetingDate() != null) {
      return new Meeting(options.meetingDate(), Meeting.DateSource.OPTION, title);
    }
    return MeetingDates.fromDateLine(text)
        .map(d -> new Meeting(d, Meeting.DateSource.TEXT, title))
        .orElse(new Meeting(null, null, title));
  }

  /** Plan tasks from what the extractor found, quotes cut from the original text. */
  static List<Task> tasks(String original, String text, List<Found> found, Offsets offsets) {
    List<Task> out = new ArrayList<>();
    for (Found f : found) {
      Unit u = f.unit();
      Deadline d =
          f.deadline() == null
              ? null
              : new Deadline(
                  original.substring(
                      u.start() + f.deadline().start(), u.start() + f.deadline().end()),
                  f.deadline().date());
      List<String> cues = new ArrayList<>(f.verdict().cues());
      List<Owner> implied = List.of();
      if (f.impliedBy() != null) {
        Unit tag = f.impliedBy();
        implied = inOriginalScript(f.impliedOwners(), text, original, tag.start(), tag.end());
        cues.add(IMPLIED_CUE);
      }
      out.add(
          new Task(
              "T" + (out.size() + 1),
              f.section() == null ? null : f.section().id(),
              f.verdict().kind(),
              original.substring(u.start(), u.end()),
              offsets.span(u.start(), u.end()),
              inOriginalScript(f.owners(), text, original, u.start(), tagWindow(text, u)),
              implied,
              d,
              cut(original, u.start(), f.references()),
              cut(original, u.start(), f.items()),
              cues));
    }
    return out;
  }

  /** The cue of a task whose owners are implied by the tag that closes its item. */
  static final String IMPLIED_CUE = "owner:implied";

  /** Owners found in text[from, to), their names in the original script. */
  private static List<Owner> inOriginalScript(
      List<Owner> owners, String text, String original, int from, int to) {
    return owners.stream()
        .map(
            o ->
                new Owner(
                    inOriginalScript(
                        o.name(), text.substring(from, to), original.substring(from, to)),
                    o.role()))
        .toList();
  }

  /**
   * A name found in the normalised unit (or its owner tag), written in the original script: each of
   * its characters is matched, in order, to the normalised unit and replaced by the original
   * character there (names built by distributing a shared head are not contiguous).
   */
  static String inOriginalScript(String name, String normalized, String original) {
    if (normalized.equals(original)) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name.length());
    int from = 0;
    for (int i = 0; i < name.length(); i++) {
      int at = normalized.indexOf(name.charAt(i), from);
      if (at < 0) {
        at = normalized.indexOf(name.charAt(i));
        if (at < 0) {
          return name;
        }
      } else {
        from = at + 1;
      }
      sb.append(original.charAt(at));
    }
    return sb.toString();
  }

  /** The unit and the owner tag that may follow it (its owners are found there). */
  private static int tagWindow(String text, Unit u) {
    return Math.min(text.length(), u.end() + 120);
  }

  private static List<String> cut(String original, int base, List<int[]> spans) {
    return spans.stream().map(s -> original.substring(base + s[0], base + s[1])).toList();
  }

  /** The points as a tree of plan nodes, titles and spans cut from the original text. */
  static List<OutlineNode> outlineNodes(String original, List<Point> points, Offsets offsets) {
    return children(original, points, offsets, 0, points.size(), 1);
  }

  private static List<OutlineNode> children(
      String original, List<Point> points, Offsets offsets, int from, int to, int level) {
    List<OutlineNode> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      Point p = points.get(i);
      int j = i + 1;
      while (j < to && points.get(j).level() > p.level()) {
        j++;
      }
      String marker = original.substring(p.marker().start(), p.marker().end());
      String title = original.substring(p.titleStart(), p.titleEnd());
      out.add(
          new OutlineNode(
              p.id(),
              p.level(),
              marker,
              title,
              offsets.span(p.marker().start(), p.titleEnd()),
              children(original, points, offsets, i + 1, j, level + 1)));
      i = j;
    }
    return out;
  }
}
