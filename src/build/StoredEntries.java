import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A build step (run by Maven after the runnable jar is shaded): stores the named entries of the jar
 * uncompressed, leaving every other entry as it is.
 *
 * <p>The thesaurus's index ({@code dev/luoshi/analysis/word-classes.bin}, 2.9 MB) is read whole on
 * every start, on the thread that builds the rules while HanLP's dictionaries load, and inflating
 * it was about half of that read: 25 ms of processor time in a fresh JVM, 12 ms stored. The jar
 * grows by about 2 MB (README, Performance / Cold start).
 *
 * <pre>java src/build/StoredEntries.java target/luoshi-VERSION-all.jar ENTRY...</pre>
 */
public final class StoredEntries {
  private StoredEntries() {}

  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    // The zip file system writes new entries with this method and copies the others unchanged.
    try (FileSystem zip = FileSystems.newFileSystem(jar, Map.of("compressionMethod", "STORED"))) {
      for (int i = 1; i < args.length; i++) {
        Path entry = zip.getPath(args[i]);
        byte[] bytes = Files.readAllBytes(entry); // fails the build when the entry is missing
        Files.delete(entry);
        Files.write(entry, bytes);
      }
    }
  }
}
