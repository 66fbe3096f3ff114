package dev.luoshi.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the table of the thesaurus in the jar at build time (Maven's process-classes phase), for
 * {@link WordClasses#builtIn} to map in at start instead of reading the text: {@code
 * WordClassesIndex OUT}. The table is the one {@link WordClasses#read} makes of the text; a test
 * checks that the index in the build equals it.
 */
public final class WordClassesIndex {
  private WordClassesIndex() {}

  /** Reads the thesaurus and writes its table; the output file is replaced atomically. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: WordClassesIndex OUT");
    }
    Path out = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(out.getParent());
    Path tmp = Files.createTempFile(out.getParent(), ".word-classes", ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      WordClasses.readThesaurus().write(o);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
