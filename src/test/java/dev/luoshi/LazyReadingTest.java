package dev.luoshi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.analysis.HanLpAnalyzer;
import dev.luoshi.analysis.Lexicon;
import dev.luoshi.analysis.Normalizer;
import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceDecoder;
import dev.luoshi.extract.tasks.Reading;
import dev.luoshi.extract.tasks.RuleTaskClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reading a unit only as far as the rules need gives the verdict that reading it whole gives: on
 * every unit of our own corpus, a task gets the same verdict (every cue listed) and any other unit
 * none.
 */
class LazyReadingTest {
  private static final Path OWN =
      Path.of(System.getProperty("luoshi.basedir", "."), "src", "main", "corpus", "src");

  @Test
  void lazyVerdictsAreTheWholeReadingsVerdicts() throws IOException {
    HanLpAnalyzer analyzer = HanLpAnalyzer.create(Lexicon.builtIn());
    Pipeline pipeline = new Pipeline(analyzer, new Normalizer(analyzer), Settings.none(), null);
    RuleTaskClassifier rules = RuleTaskClassifier.create(List.of(), List.of());
    List<Path> texts;
    try (Stream<Path> s = Files.list(OWN)) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(texts.size() > 10, "no corpus under " + OWN.toAbsolutePath());
    int tasks = 0;
    int others = 0;
    for (Path text : texts) {
      for (Reading r : pipeline.read(new SourceDecoder().read(text, null), null)) {
        if (r.verdict().task()) {
          assertEquals(r.verdict(), rules.ifTask(r.context()), text + ": " + r.context().text());
          tasks++;
        } else {
          assertNull(rules.ifTask(r.context()), text + ": " + r.context().text());
          others++;
        }
      }
    }
    assertTrue(tasks > 100 && others > 100, tasks + " tasks, " + others + " others");
  }
}
