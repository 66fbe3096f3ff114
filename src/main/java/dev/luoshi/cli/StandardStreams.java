package dev.luoshi.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The streams a command reads and writes: the process's own, or a test's. Output is bytes, so that
 * UTF-8 is chosen by the command and not by the platform's default charset.
 *
 * @param in standard input, read when an input is {@code -}
 * @param out standard output: data only
 * @param err standard error: failures and, on a terminal, progress
 * @param errIsTerminal whether standard error is a terminal, so a progress line may be shown
 */
public record StandardStreams(
    InputStream in, OutputStream out, OutputStream err, boolean errIsTerminal) {
  /**
   * The launcher sets this system property to {@code true} when standard error is a terminal (Java
   * 17 cannot tell by itself).
   */
  public static final String ERR_IS_TERMINAL = "luoshi.stderr.tty";

  /** Rejects nulls. */
  public StandardStreams {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /** The process's streams, written through without the platform's charset. */
  public static StandardStreams system() {
    return new StandardStreams(
        System.in,
        new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err),
        Boolean.getBoolean(ERR_IS_TERMINAL));
  }
}
