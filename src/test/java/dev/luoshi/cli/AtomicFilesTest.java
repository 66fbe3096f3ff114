package dev.luoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesTheFileAndItsFolders() throws IOException {
    Path target = dir.resolve("a/b/plan.yaml");

    AtomicFiles.write(target, out -> out.write("schema: x\n".getBytes(StandardCharsets.UTF_8)));

    assertEquals("schema: x\n", Files.readString(target));
    assertEquals(List.of("plan.yaml"), names(target.getParent()));
  }

  @Test
  void replacesAnOldFileOnlyOnceTheNewOneIsComplete() throws IOException {
    Path target = dir.resolve("plan.yaml");
    Files.writeString(target, "old\n");

    IOException e =
        assertThrows(
            IOException.class,
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write("half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }));

    assertEquals("disk full", e.getMessage());
    assertEquals("old\n", Files.readString(target));
    assertEquals(List.of("plan.yaml"), names(dir));
  }

  @Test
  void leavesNothingWhenTheContentFails() throws IOException {
    Path target = dir.resolve("plan.json");

    assertThrows(
        IllegalStateException.class,
        () ->
            AtomicFiles.write(
                target,
                out -> {
                  throw new IllegalStateException("bug");
                }));

    assertFalse(Files.exists(target));
    assertEquals(List.of(), names(dir));
  }

  @Test
  void givesTheFileTheUsualPermissions() throws IOException {
    Path target = dir.resolve("plan.csv");
    Path plain = Files.createFile(dir.resolve("plain.txt"));

    AtomicFiles.write(target, out -> out.write('x'));

    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    assertTrue(Files.getPosixFilePermissions(target).contains(PosixFilePermission.OWNER_READ));
  }

  @Test
  void refusesToReplaceAFolder() throws IOException {
    Path target = Files.createDirectories(dir.resolve("plan.yaml"));

    IOException e =
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> out.write('x')));

    assertEquals("is a directory", e.getMessage());
    assertEquals(List.of(), names(target));
  }

  @Test
  void aFileWrittenBitByBitAppearsOnlyWhenCommitted() throws IOException {
    Path target = dir.resolve("台账.csv");

    try (AtomicFiles.Pending pending = AtomicFiles.open(target)) {
      pending.out().write("a\r\n".getBytes(StandardCharsets.UTF_8));
      pending.out().flush();
      assertFalse(Files.exists(target));
      assertEquals(1, inFlightHere(), "an interrupt would remove it");
      pending.out().write("b\r\n".getBytes(StandardCharsets.UTF_8));
      pending.commit();
    }

    assertEquals("a\r\nb\r\n", Files.readString(target));
    assertEquals(List.of("台账.csv"), names(dir));
    assertEquals(0, inFlightHere());
  }

  @Test
  void aFileAbandonedHalfwayLeavesNothingAndKeepsTheOldOne() throws IOException {
    Path target = dir.resolve("台账.csv");
    Files.writeString(target, "old\n");

    try (AtomicFiles.Pending pending = AtomicFiles.open(target)) {
      pending.out().write("half".getBytes(StandardCharsets.UTF_8));
    }

    assertEquals("old\n", Files.readString(target));
    assertEquals(List.of("台账.csv"), names(dir));
    assertEquals(0, inFlightHere());
  }

  private long inFlightHere() {
    return TempFiles.inFlight().stream().filter(p -> p.startsWith(dir)).count();
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
