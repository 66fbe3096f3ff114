package dev.luoshi.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** Zip files (xlsx) made byte-identical from run to run. */
final class Zips {
  /** 1980-01-01, the earliest time a zip entry can carry, in the JVM's time zone. */
  private static final long FIXED_TIME =
      java.time.LocalDateTime.of(1980, 1, 1, 0, 0)
          .atZone(java.time.ZoneId.systemDefault())
          .toInstant()
          .toEpochMilli();

  private Zips() {}

  /**
   * Copies a zip file to a stream: the same entries, in the same order, with a fixed time and no
   * extra fields. The stream is left open.
   */
  static void withFixedTimes(Path zip, OutputStream target) throws IOException {
    try (ZipFile in = ZipFile.builder().setPath(zip).get()) {
      ZipOutputStream out = new ZipOutputStream(target);
      out.setLevel(6);
      for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(FIXED_TIME);
        out.putNextEntry(copy);
        try (InputStream data = in.getInputStream(entry)) {
          data.transferTo(out);
        }
        out.closeEntry();
      }
      out.finish();
      out.flush();
    }
  }
}
