package dev.luoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signals and pipes against a JVM of its own, as a shell would deliver them. */
class InterruptProcessTest {
  @TempDir Path dir;

  /** Holds a temporary file open, as a run does while it writes an output, until it is killed. */
  public static final class Holder {
    public static void main(String[] args) throws Exception {
      Path temp = TempFiles.create(Path.of(args[0]));
      System.out.println(temp);
      System.out.flush();
      Thread.sleep(60_000);
    }
  }

  private static List<String> java(Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path")));
    command.add(main.getName());
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void sigtermRemovesTheTemporaryFileInFlight() throws Exception {
    Process p = new ProcessBuilder(java(Holder.class, dir.toString())).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    Path temp = Path.of(out.readLine());
    assertTrue(Files.exists(temp));
    p.destroy(); // SIGTERM, as kill and Ctrl-C's SIGINT end a JVM: through its shutdown hooks
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertFalse(Files.exists(temp), "the shutdown hook removes " + temp);
  }

  @Test
  void aReaderThatGoesAwayEndsTheRunQuietly() throws Exception {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Path f = dir.resolve("s" + i + ".txt");
      Files.writeString(f, CliTest.SPEECH.repeat(20), StandardCharsets.UTF_8);
      inputs.add(f.toString());
    }
    List<String> args = new ArrayList<>(List.of("extract", "-j", "1"));
    args.addAll(inputs);
    Path err = dir.resolve("stderr");
    Process p =
        new ProcessBuilder(java(Main.class, args.toArray(String[]::new)))
            .redirectError(err.toFile())
            .start();
    // Read one line, then hang up, as `luoshi extract … | head -1` does.
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("schema: luoshi/plan@1", out.readLine());
    out.close();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals("", Files.readString(err));
    assertEquals(0, p.exitValue());
  }
}
