package dev.luoshi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceDecoder;
import dev.luoshi.decode.SourceText;
import dev.luoshi.write.YamlPlanWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled sample {@code samples/NAME.txt} (or {@code .docx}, {@code .pdf}) has its expected
 * plan {@code samples/NAME.plan.yaml}, and the tool reproduces it byte for byte. Run with {@code
 * -Dgolden.update=true} to rewrite the expected plans on purpose (then review the diff).
 */
class GoldenSamplesTest {
  private static final Path BASE = Path.of(System.getProperty("luoshi.basedir", "."));
  private static final Path SAMPLES = BASE.resolve("samples");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private static Luoshi luoshi;

  @BeforeAll
  static void planner() {
    luoshi = Luoshi.create(Settings.none());
  }

  private static final List<String> SPEECHES = List.of(".txt", ".docx", ".pdf");

  private static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> s = Files.list(SAMPLES)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static List<Path> speeches() throws IOException {
    List<Path> all = new ArrayList<>();
    for (String suffix : SPEECHES) {
      all.addAll(files(suffix));
    }
    return all.stream().sorted().toList();
  }

  private static String extension(Path p) {
    String n = p.getFileName().toString();
    return n.substring(n.lastIndexOf('.'));
  }

  private static String stem(Path p, String suffix) {
    String n = p.getFileName().toString();
    return n.substring(0, n.length() - suffix.length());
  }

  @Test
  void everySampleIsPaired() throws IOException {
    List<String> speeches = speeches().stream().map(p -> stem(p, extension(p))).sorted().toList();
    List<String> plans = files(".plan.yaml").stream().map(p -> stem(p, ".plan.yaml")).toList();
    assertTrue(speeches.size() >= 5, "at least five samples: " + speeches);
    for (String suffix : SPEECHES) {
      assertFalse(files(suffix).isEmpty(), "a sample read from " + suffix);
    }
    assertEquals(
        speeches, plans, "every samples/X.txt|docx|pdf needs samples/X.plan.yaml and back");
  }

  @TestFactory
  List<DynamicTest> samplesGiveTheirExpectedPlans() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path txt : speeches()) {
      tests.add(DynamicTest.dynamicTest(txt.getFileName().toString(), () -> check(txt)));
    }
    return tests;
  }

  private static void check(Path txt) throws IOException {
    SourceText raw = new SourceDecoder().read(txt, null);
    // The path as a user in the project folder gives it, so plans do not depend on the checkout.
    SourceText source =
        new SourceText(
            "samples/" + txt.getFileName(), raw.text(), raw.encoding(), raw.sha256(), raw.format());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new YamlPlanWriter().write(luoshi.plan(source, PlanOptions.defaults()), out);
    String actual = out.toString(StandardCharsets.UTF_8);
    Path expected = SAMPLES.resolve(stem(txt, extension(txt)) + ".plan.yaml");
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, txt.toString());
    assertFalse(actual.contains("tasks: []"), "a sample without tasks: " + txt);
  }
}
