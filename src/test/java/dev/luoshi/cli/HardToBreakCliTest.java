package dev.luoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.Luoshi;
import dev.luoshi.config.Settings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line under abuse: a reader that goes away, absurd option values, internal errors,
 * resumed batches and temporary files left by killed runs.
 */
class HardToBreakCliTest {
  private static final Luoshi LUOSHI = Luoshi.create(Settings.none());
  private static final Planners SHARED = (settings, model) -> LUOSHI;

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run run(OutputStream out, Planners planners, boolean debugEnv, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StandardStreams streams =
        new StandardStreams(new ByteArrayInputStream(new byte[0]), out, err, false);
    int code = Cli.commandLine(streams, dir, planners, debugEnv).execute(args);
    return new Run(
        code,
        out instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "",
        err.toString(StandardCharsets.UTF_8));
  }

  private Run run(String... args) {
    return run(new ByteArrayOutputStream(), SHARED, false, args);
  }

  private Path speech(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, CliTest.SPEECH, StandardCharsets.UTF_8);
    return file;
  }

  /** Standard output whose reader has gone: every write fails as a closed pipe does. */
  private static final class ClosedPipe extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("Broken pipe");
    }
  }

  @Test
  void aClosedPipeEndsTheRunQuietly() throws IOException {
    Path a = speech("a.txt");
    Path b = speech("b.txt");
    Run r = run(new ClosedPipe(), SHARED, false, "extract", a.toString(), b.toString());
    assertEquals("", r.err());
    assertEquals(Cli.OK, r.code());
  }

  @Test
  void otherWriteFailuresAreStillReported() throws IOException {
    Path a = speech("a.txt");
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    Run r = run(full, SHARED, false, "extract", a.toString());
    assertEquals(
        "luoshi: cannot write to standard output: No space left on device\n", r.err(), r.err());
    assertEquals(Cli.FAILED, r.code());
  }

  @ParameterizedTest
  @CsvSource({"0", "257", "100000", "-3"})
  void jobsAreBounded(String jobs) throws IOException {
    Run r = run("extract", "-j", jobs, speech("a.txt").toString());
    assertEquals(Cli.USAGE, r.code());
    assertTrue(r.err().startsWith("luoshi: --jobs must be between 1 and 256 (got "), r.err());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2022-02-30|'2022-02-30' is not a date: February 2022 has 28 days",
        "2024-02-30|'2024-02-30' is not a date: February 2024 has 29 days",
        "2022-04-31|'2022-04-31' is not a date: April 2022 has 30 days",
        "2022-13-01|'2022-13-01' is not a date: month 13 (months run 01 to 12)",
        "2022-00-10|'2022-00-10' is not a date: month 0 (months run 01 to 12)",
        "2022/01/04|'2022/01/04' is not a date written YYYY-MM-DD",
        "20220104|'20220104' is not a date written YYYY-MM-DD",
      })
  void badMeetingDatesSayWhatIsWrong(String date, String message) throws IOException {
    Run r = run("extract", "--meeting-date", date, speech("a.txt").toString());
    assertEquals(Cli.USAGE, r.code());
    assertTrue(r.err().contains(message), r.err());
  }

  @Test
  void aGoodMeetingDateStillParses() throws IOException {
    Run r =
        run("extract", "-f", "json", "--meeting-date", "2024-02-29", speech("a.txt").toString());
    assertEquals(Cli.OK, r.code(), r.err());
    assertTrue(r.out().contains("\"date\": \"2024-02-29\""), r.out());
  }

  private static final Planners BROKEN =
      (settings, model) -> {
        throw new IllegalStateException("planner exploded");
      };

  @Test
  void anInternalErrorSaysHowToSeeItsTrace() throws IOException {
    Run r = run(new ByteArrayOutputStream(), BROKEN, false, "extract", speech("a.txt").toString());
    assertEquals(
        "luoshi: internal error: planner exploded (run with --debug or LUOSHI_DEBUG=1 for"
            + " details)\n",
        r.err());
    assertEquals(Cli.FAILED, r.code());
  }

  @Test
  void debugPrintsTheStackTrace() throws IOException {
    String file = speech("a.txt").toString();
    for (String[] args :
        new String[][] {{"extract", "--debug", file}, {"--debug", "extract", file}}) {
      Run r = run(new ByteArrayOutputStream(), BROKEN, false, args);
      assertTrue(r.err().startsWith("luoshi: internal error: planner exploded\n"), r.err());
      assertTrue(r.err().contains("java.lang.IllegalStateException: planner exploded"), r.err());
      assertTrue(r.err().contains("\tat "), r.err());
    }
  }

  @Test
  void theEnvironmentVariableTurnsDebugOn() throws IOException {
    Run r = run(new ByteArrayOutputStream(), BROKEN, true, "extract", speech("a.txt").toString());
    assertTrue(r.err().contains("\tat "), r.err());
    assertTrue(RootCommand.debugValue("1"));
    assertTrue(RootCommand.debugValue("yes"));
    assertFalse(RootCommand.debugValue("0"));
    assertFalse(RootCommand.debugValue(""));
    assertFalse(RootCommand.debugValue(null));
    assertFalse(RootCommand.debugValue("false"));
  }

  @Test
  void aBadInputIsNoInternalError() {
    Run r = run("extract", "--debug", dir.resolve("missing.txt").toString());
    assertEquals(
        List.of("luoshi: " + dir.resolve("missing.txt") + ": no such file"),
        CliTest.beforeClosingLine(r.err()));
  }

  @Test
  void warningsGoToStandardErrorAndThePlanIsStillWritten() throws IOException {
    Path english = dir.resolve("english.txt");
    Files.writeString(english, "The committee reviewed the budget for next year.\n".repeat(80));
    Path out = dir.resolve("english.json");

    Run r = run("extract", "-f", "json", "-o", out.toString(), english.toString());

    assertEquals(Cli.OK, r.code());
    List<String> report = CliTest.beforeClosingLine(r.err());
    assertEquals(1, report.size(), r.err());
    assertTrue(
        report.get(0).startsWith("luoshi: " + english + ": warning: little Chinese text (0 of "),
        r.err());
    assertTrue(Files.readString(out).contains("little Chinese text"));
    assertEquals("", run("extract", "-q", "-f", "json", english.toString()).err());
  }

  @Test
  void skipExistingResumesABatch() throws IOException {
    Path in = dir.resolve("in");
    Path a = speech("in/a.txt");
    Path b = speech("in/b.txt");
    Path out = dir.resolve("out");
    assertEquals(Cli.OK, run("extract", "-f", "json", "-o", out + "/", in.toString()).code());
    Path outA = out.resolve("a.json");
    Path outB = out.resolve("b.json");
    // a's output is older than a (a was edited since); b's is newer than b.
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Files.setLastModifiedTime(a, FileTime.from(now.minusSeconds(60)));
    Files.setLastModifiedTime(outA, FileTime.from(now.minusSeconds(120)));
    Files.setLastModifiedTime(b, FileTime.from(now.minusSeconds(120)));
    Files.setLastModifiedTime(outB, FileTime.from(now.minusSeconds(60)));
    Files.writeString(outB, "kept\n"); // proves b is not written again
    Files.setLastModifiedTime(outB, FileTime.from(now.minusSeconds(60)));

    Run r = run("extract", "-f", "json", "--skip-existing", "-o", out + "/", in.toString());

    assertEquals(Cli.OK, r.code(), r.err());
    assertEquals(
        List.of("luoshi: skipped 1 input whose output is newer (--skip-existing)"),
        CliTest.beforeClosingLine(r.err()));
    assertTrue(r.err().contains("luoshi: 1 file done, 0 failed, "), r.err());
    assertEquals("kept\n", Files.readString(outB));
    assertTrue(Files.getLastModifiedTime(outA).toInstant().isAfter(now.minusSeconds(60)));
    assertTrue(Files.readString(outA).contains("\"tasks\""));
  }

  @Test
  void skipExistingNeedsAnOutput() throws IOException {
    Run r = run("extract", "--skip-existing", speech("a.txt").toString());
    assertEquals(Cli.USAGE, r.code());
    assertTrue(r.err().startsWith("luoshi: --skip-existing needs --output\n"), r.err());
  }

  @Test
  void aRunRemovesTheTemporaryFilesOfDeadRuns() throws IOException {
    Path in = dir.resolve("in");
    speech("in/sub/a.txt");
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("sub"));
    long self = ProcessHandle.current().pid();
    Path dead = Files.writeString(out.resolve("sub/.luoshi-" + deadPid() + "-1f2e.tmp"), "half");
    Path live = Files.writeString(out.resolve(".luoshi-" + self + "-3a4b.tmp"), "in flight");
    Path oldUnnamed = Files.writeString(out.resolve(".luoshi-5c6d.tmp"), "old");
    Files.setLastModifiedTime(oldUnnamed, FileTime.from(Instant.now().minusSeconds(7200)));
    Path newUnnamed = Files.writeString(out.resolve(".luoshi-7e8f.tmp"), "new");
    Path mine = Files.writeString(out.resolve("notes.tmp"), "not ours");

    assertEquals(Cli.OK, run("extract", "-o", out.toString(), in.toString()).code());

    assertFalse(Files.exists(dead), "a dead run's temporary file is removed");
    assertFalse(Files.exists(oldUnnamed), "an old temporary file without an owner is removed");
    assertTrue(Files.exists(live), "a live process's temporary file is kept");
    assertTrue(Files.exists(newUnnamed), "a recent one without an owner may be in use");
    assertTrue(Files.exists(mine), "other files are never touched");
    assertTrue(Files.exists(out.resolve("sub/a.yaml")));
  }

  /** A process id that no running process has. */
  private static long deadPid() {
    long pid = 4_000_000;
    while (ProcessHandle.of(pid).isPresent()) {
      pid++;
    }
    return pid;
  }

  @Test
  void temporaryFilesInFlightAreRemovedOnShutdown() throws IOException {
    Path temp = TempFiles.create(dir);
    assertTrue(TempFiles.inFlight().contains(temp));
    TempFiles.removeInFlight();
    assertFalse(Files.exists(temp));
    assertFalse(TempFiles.inFlight().contains(temp));
  }

  @Test
  void writtenFilesLeaveNoTemporaryBehind() throws IOException {
    Path target = dir.resolve("x.txt");
    AtomicFiles.write(target, o -> o.write(1));
    assertTrue(TempFiles.inFlight().isEmpty());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }
}
