package dev.luoshi.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

  /** The same entries, in the same order, with a fixed time and no extra fields. */
  static byte[] withFixedTimes(byte[] zip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipFile in = ZipFile.builder().setByteArray(zip).get();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
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
    }
    return bytes.toByteArray();
  }
}
