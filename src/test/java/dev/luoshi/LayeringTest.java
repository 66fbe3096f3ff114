package dev.luoshi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering rules of the code base, checked on the sources. */
class LayeringTest {
  private static final Path MAIN =
      Path.of(System.getProperty("luoshi.basedir", "."), "src", "main", "java", "dev", "luoshi");

  private static List<Path> sources() throws IOException {
    try (Stream<Path> s = Files.walk(MAIN)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String rel(Path p) {
    return MAIN.relativize(p).toString().replace('\\', '/');
  }

  private static List<String> offenders(String needle, java.util.function.Predicate<String> allowed)
      throws IOException {
    List<String> out = new ArrayList<>();
    for (Path p : sources()) {
      String src = Files.readString(p, StandardCharsets.UTF_8);
      if (src.contains(needle) && !allowed.test(rel(p))) {
        out.add(rel(p));
      }
    }
    return out;
  }

  @Test
  void sourcesAreFound() throws IOException {
    assertTrue(sources().size() > 20, "no sources under " + MAIN.toAbsolutePath());
  }

  @Test
  void onlyTheCliImportsPicocli() throws IOException {
    assertEquals(List.of(), offenders("import picocli", p -> p.startsWith("cli/")));
  }

  @Test
  void onlyOneClassImportsHanLp() throws IOException {
    assertEquals(
        List.of(), offenders("import com.hankcs", p -> p.equals("analysis/HanLpAnalyzer.java")));
  }

  @Test
  void onlyTheModelPackageImportsOpenNlp() throws IOException {
    assertEquals(List.of(), offenders("import opennlp", p -> p.startsWith("model/")));
  }

  @Test
  void theCoreNeverPrints() throws IOException {
    assertEquals(List.of(), offenders("System.out", p -> p.startsWith("cli/")));
    assertEquals(List.of(), offenders("System.err", p -> p.startsWith("cli/")));
    // Stack traces only on request: --debug, reported in one place.
    assertEquals(List.of(), offenders("printStackTrace", p -> p.equals("cli/Cli.java")));
  }

  @Test
  void onlyMainExits() throws IOException {
    assertEquals(List.of(), offenders("System.exit", p -> p.equals("cli/Main.java")));
  }
}
