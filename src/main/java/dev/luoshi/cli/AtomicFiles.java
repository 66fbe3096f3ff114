package dev.luoshi.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file all at once: into a temporary file beside it, then renamed over it, so a reader
 * never sees half a file and a failure leaves none behind.
 */
final class AtomicFiles {
  /** What writes the file's content. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  static void write(Path target, Content content) throws IOException {
    try (Pending pending = open(target)) {
      content.writeTo(pending.out());
      pending.commit();
    }
  }

  /**
   * Starts a file that is written bit by bit (a batch ledger, plan by plan) and appears only when
   * {@link Pending#commit} is called; closing it uncommitted removes what was written.
   */
  static Pending open(Path target) throws IOException {
    Path dir = target.getParent();
    if (dir != null) {
      try {
        Files.createDirectories(dir);
      } catch (FileAlreadyExistsException e) {
        throw new IOException(dir + " is not a directory", e);
      }
    }
    if (Files.isDirectory(target)) {
      throw new IOException("is a directory");
    }
    Path temp = TempFiles.create(dir);
    try {
      return new Pending(target, temp, new BufferedOutputStream(Files.newOutputStream(temp)));
    } catch (IOException | RuntimeException e) {
      discard(temp);
      throw e;
    }
  }

  /** A file being written: its stream, then either {@link #commit} or {@link #close}. */
  static final class Pending implements Closeable {
    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean finished;

    private Pending(Path target, Path temp, OutputStream out) {
      this.target = target;
      this.temp = temp;
      this.out = out;
    }

    /** Where the content goes; closing it is this object's business. */
    OutputStream out() {
      return out;
    }

    /** Closes the stream and renames the temporary file over the target. */
    void commit() throws IOException {
      if (finished) {
        throw new IllegalStateException("already committed or abandoned");
      }
      finished = true;
      boolean moved = false;
      try {
        out.close();
        try {
          Files.move(
              temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        moved = true;
      } finally {
        if (!moved) {
          discard(temp);
        }
        TempFiles.done(temp);
      }
    }

    /** Abandons the file unless it was committed: its temporary file is removed. */
    @Override
    public void close() {
      if (finished) {
        return;
      }
      finished = true;
      try {
        out.close();
      } catch (IOException e) {
        // Abandoning it anyway; the failure that brought us here is the one to report.
      }
      discard(temp);
      TempFiles.done(temp);
    }
  }

  private static void discard(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // The failure that brought us here is the one to report.
    }
  }
}
