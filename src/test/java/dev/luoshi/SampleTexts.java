package dev.luoshi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The plain-text speeches in {@code samples/}, in name order: the inputs of tests over every
 * sample.
 */
final class SampleTexts {
  private SampleTexts() {}

  static Stream<Path> all() throws IOException {
    Path samples = Path.of(System.getProperty("luoshi.basedir", "."), "samples");
    try (Stream<Path> s = Files.list(samples)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }
}
