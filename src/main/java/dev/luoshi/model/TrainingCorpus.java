package dev.luoshi.model;

import dev.luoshi.LuoshiException;
import dev.luoshi.decode.SourceDecoder;
import dev.luoshi.decode.SourceText;
import dev.luoshi.eval.Gold;
import dev.luoshi.eval.GoldReader;
import dev.luoshi.extract.tasks.Reading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Labelled units from annotated speeches: each gold file {@code GOLD/NAME.json} with its source
 * {@code SRC/NAME.txt}. A unit quoted in the gold is labelled with its kind, any other unit "none";
 * units the gold marks optional are left out (the annotator was in doubt).
 */
public final class TrainingCorpus {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0\\ufeff]+");
  private static final Pattern CLOSE = Pattern.compile("[。！？；!?;，,]+$");

  private TrainingCorpus() {}

  /** Labelled units and the number of annotated files they came from. */
  public record Samples(List<TaskModelTrainer.Sample> samples, int files) {
    /** Copies the list. */
    public Samples {
      samples = List.copyOf(samples);
    }

    /** How many of the samples are tasks. */
    public int tasks() {
      return (int) samples.stream().filter(s -> !s.outcome().equals("none")).count();
    }
  }

  /**
   * The samples of every annotated speech in the folders, read through {@code reader} (which gives
   * the rules' reading of each unit of a source, given its meeting date).
   */
  public static Samples samples(
      BiFunction<SourceText, LocalDate, List<Reading>> reader, Path srcDir, Path goldDir) {
    Map<String, List<TaskModelTrainer.Sample>> byFile = samplesByFile(reader, srcDir, goldDir);
    List<TaskModelTrainer.Sample> out = new ArrayList<>();
    byFile.values().forEach(out::addAll);
    return new Samples(out, byFile.size());
  }

  /**
   * The samples of each annotated speech in the folders, by the gold file's name without {@code
   * .json}, in sorted order: the folds of a cross-validation.
   */
  public static Map<String, List<TaskModelTrainer.Sample>> samplesByFile(
      BiFunction<SourceText, LocalDate, List<Reading>> reader, Path srcDir, Path goldDir) {
    List<Path> golds;
    try (Stream<Path> s = Files.list(goldDir)) {
      golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new LuoshiException(goldDir + ": cannot list: " + e.getMessage(), e);
    }
    if (golds.isEmpty()) {
      throw new LuoshiException(goldDir + ": no gold files (*.json)");
    }
    GoldReader goldReader = new GoldReader();
    SourceDecoder decoder = new SourceDecoder();
    Map<String, List<TaskModelTrainer.Sample>> byFile = new java.util.LinkedHashMap<>();
    for (Path g : golds) {
      List<TaskModelTrainer.Sample> out = new ArrayList<>();
      Gold gold = goldReader.read(g);
      String stem = g.getFileName().toString().replaceFirst("\\.json$", "");
      SourceText src = decoder.read(srcDir.resolve(stem + ".txt"), null);
      Map<String, String> kinds = new HashMap<>();
      for (Gold.GoldTask t : gold.tasks()) {
        kinds.put(key(t.quote()), t.kind());
      }
      for (Reading r : reader.apply(src, gold.meetingDate())) {
        var u = r.context().unit();
        String original = src.text().substring(u.start(), u.end());
        String kind = kinds.getOrDefault(key(original), "none");
        if (kind.equals("optional")) {
          continue;
        }
        out.add(
            new TaskModelTrainer.Sample(
                ModelFeatures.of(r.context(), r.evidence(), r.verdict()), kind));
      }
      byFile.put(stem, out);
    }
    return byFile;
  }

  private static String key(String quote) {
    return CLOSE.matcher(SPACE.matcher(quote).replaceAll("")).replaceAll("");
  }
}
