package dev.luoshi.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files outputs are written into before they are renamed into place: named {@code
 * .luoshi-PID-RANDOM.tmp} after the process that writes them, removed by a shutdown hook when the
 * process is interrupted (Ctrl-C, SIGTERM) while they are in flight, and removed by a later run
 * when a process was killed outright and left them behind.
 */
final class TempFiles {
  /** A temporary file of luoshi's; group 1 is the writing process's id, when the name has one. */
  static final Pattern NAME = Pattern.compile("\\.luoshi-(?:(\\d+)-)?[0-9a-f]+\\.tmp");

  /** A temporary file without a live owner is stale after this long (older names carry no id). */
  static final Duration STALE_WITHOUT_OWNER = Duration.ofHours(1);

  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
  private static final long PID = ProcessHandle.current().pid();

  static {
    Thread hook = new Thread(TempFiles::removeInFlight, "luoshi-temp-cleanup");
    try {
      Runtime.getRuntime().addShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: nothing new will be written.
    }
  }

  private TempFiles() {}

  /**
   * A new empty temporary file in {@code dir} (null: the working directory), with the permissions
   * the umask gives, remembered until {@link #done} so that an interrupt removes it.
   */
  static Path create(Path dir) throws IOException {
    while (true) {
      Path name =
          Path.of(
              ".luoshi-"
                  + PID
                  + "-"
                  + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1)
                  + ".tmp");
      Path temp = dir == null ? name : dir.resolve(name);
      IN_FLIGHT.add(temp);
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        IN_FLIGHT.remove(temp); // taken: draw another name
      } catch (IOException e) {
        IN_FLIGHT.remove(temp);
        throw e;
      }
    }
  }

  /** The temporary file was renamed into place or deleted: no longer the hook's business. */
  static void done(Path temp) {
    IN_FLIGHT.remove(temp);
  }

  /** The temporary files now in flight (for tests). */
  static Set<Path> inFlight() {
    return Set.copyOf(IN_FLIGHT);
  }

  /** Removes every temporary file in flight; the shutdown hook's work. */
  static void removeInFlight() {
    for (Path temp : List.copyOf(IN_FLIGHT)) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // Shutting down: nothing better to do than leave it for the next run's sweep.
      }
      IN_FLIGHT.remove(temp);
    }
  }

  /**
   * Removes the temporary files that runs which no longer exist left in {@code dir} (and, when
   * {@code deep}, in its subfolders): those named after a process that is not running, and those
   * with no process id in their name that are older than {@link #STALE_WITHOUT_OWNER}. Returns how
   * many were removed; a folder that cannot be read is left as it is.
   */
  static int sweep(Path dir, boolean deep) {
    Path folder = dir == null ? Path.of("") : dir;
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int removed = 0;
    try (Stream<Path> files = deep ? Files.walk(folder) : Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path name = file.getFileName();
        if (name != null && isStale(file, NAME.matcher(name.toString())) && delete(file)) {
          removed++;
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // An unreadable folder is reported when an output is written there, not here.
    }
    return removed;
  }

  private static boolean isStale(Path file, Matcher m) throws IOException {
    if (!m.matches() || !Files.isRegularFile(file) || IN_FLIGHT.contains(file)) {
      return false;
    }
    if (m.group(1) != null) {
      long pid = Long.parseLong(m.group(1));
      return pid != PID && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }
    FileTime modified = Files.getLastModifiedTime(file);
    return modified.toInstant().isBefore(Instant.now().minus(STALE_WITHOUT_OWNER));
  }

  private static boolean delete(Path file) {
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      return false;
    }
  }
}
