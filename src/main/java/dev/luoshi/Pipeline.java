package dev.luoshi;

import dev.luoshi.analysis.Lexicon;
import dev.luoshi.analysis.Normalizer;
import dev.luoshi.analysis.Segmenter;
import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceText;
import dev.luoshi.plan.Kind;
import dev.luoshi.plan.Meeting;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Source;
import dev.luoshi.plan.Stats;
import dev.luoshi.plan.Task;
import dev.luoshi.units.Unit;
import dev.luoshi.units.UnitSplitter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The stages in order: normalise, units, outline, analysis, extraction, plan. */
final class Pipeline {
  private final Segmenter segmenter;
  private final Normalizer normalizer;
  private final Settings settings;

  Pipeline(Segmenter segmenter, Normalizer normalizer, Settings settings) {
    this.segmenter = segmenter;
    this.normalizer = normalizer;
    this.settings = settings;
  }

  static Lexicon lexiconOf(Settings settings) {
    List<Lexicon.Entry> entries = new ArrayList<>();
    settings.unitNames().forEach(w -> entries.add(new Lexicon.Entry(w, "nt")));
    settings.roleNames().forEach(w -> entries.add(new Lexicon.Entry(w, "nnt")));
    return new Lexicon(entries);
  }

  Plan run(SourceText source, PlanOptions options) {
    String original = source.text();
    String text = normalizer.normalize(original);
    List<Unit> units = UnitSplitter.split(text);
    List<Task> tasks = List.of();
    Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
    tasks.forEach(t -> byKind.merge(t.kind(), 1, Integer::sum));
    Meeting meeting =
        options.meetingDate() != null
            ? new Meeting(options.meetingDate(), Meeting.DateSource.OPTION, null)
            : new Meeting(null, null, null);
    return new Plan(
        new Source(
            source.path(),
            source.encoding(),
            original.codePointCount(0, original.length()),
            source.sha256()),
        meeting,
        List.of(),
        tasks,
        List.of(),
        new Stats(units.size(), tasks.size(), byKind));
  }
}
