package dev.luoshi.extract;

import dev.luoshi.extract.deadlines.RuleDeadlineFinder;
import dev.luoshi.extract.tasks.RuleTaskClassifier;
import dev.luoshi.rules.StartTables;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the tables of where the built-in patterns can start at build time (Maven's process-classes
 * phase), for {@link StartTables} to read instead of working them out during the first plan: {@code
 * StartTablesBuilder OUT}. A test checks every character of each table against working it out.
 */
public final class StartTablesBuilder {
  private StartTablesBuilder() {}

  /** The built-in lists of patterns a start table is searched with: the cues, the deadlines. */
  public static List<List<Pattern>> builtInLists() {
    return List.of(
        RuleTaskClassifier.create(List.of(), List.of()).cues().allPatterns(),
        RuleDeadlineFinder.builtInPatterns());
  }

  /** Works the tables out and writes them; the output file is replaced atomically. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: StartTablesBuilder OUT");
    }
    Path out = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(out.getParent());
    List<StartTables.Table> tables = builtInLists().stream().map(StartTables::build).toList();
    Path tmp = Files.createTempFile(out.getParent(), ".start-tables", ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      StartTables.write(tables, o);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
