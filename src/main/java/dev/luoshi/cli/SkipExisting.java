package dev.luoshi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --skip-existing}: an input whose output file exists and was written after the input was
 * last changed is already done, so a batch stopped halfway resumes where it stopped. Outputs are
 * renamed into place whole, so an existing one is never a partial one.
 */
final class SkipExisting {
  private SkipExisting() {}

  /** Whether {@code target} exists and is newer than {@code input}. */
  static boolean upToDate(Path input, Path target) {
    try {
      return Files.isRegularFile(target)
          && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(input)) > 0;
    } catch (IOException e) {
      return false; // unreadable times: plan it, and let reading report what is wrong
    }
  }
}
