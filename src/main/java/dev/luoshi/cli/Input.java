package dev.luoshi.cli;

import java.nio.file.Path;

/**
 * One speech to plan, or an argument that could not become one.
 *
 * @param name the input as reported: a path as given or found, or "-" for standard input
 * @param file the file to read; null for standard input and for failures
 * @param relative the path an output is named after, relative to the output directory (subfolders
 *     of a directory input are kept)
 * @param failure why the argument cannot be planned, or null
 */
record Input(String name, Path file, Path relative, String failure) {
  static final String STDIN = "-";

  static Input stdin() {
    return new Input(STDIN, null, Path.of("stdin"), null);
  }

  static Input failed(String name, String failure) {
    return new Input(name, null, null, failure);
  }

  boolean isStdin() {
    return failure == null && file == null;
  }
}
