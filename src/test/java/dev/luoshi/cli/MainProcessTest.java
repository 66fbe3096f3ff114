package dev.luoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code main} in a JVM of its own, started as {@code scripts/luoshi} starts it, in an environment
 * with no locale: Java 17 then reads arguments and file names as ASCII, whatever {@code
 * -Dsun.jnu.encoding} says, which is why the launcher sets {@code LC_ALL=C.UTF-8}.
 */
class MainProcessTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  @Test
  void readsAChineseFileNameUnderTheLaunchersLocale() throws Exception {
    Path speech = chineseSpeech();

    Result result = main(Map.of("LC_ALL", "C.UTF-8"), "extract", "-f", "json", speech.toString());

    assertEquals(List.of(), CliTest.beforeClosingLine(result.err()));
    assertEquals(0, result.code());
    assertTrue(result.out().contains("\"path\": \"" + speech + "\""), result.out());
  }

  @Test
  void saysWhatToDoWithoutALocale() throws Exception {
    Path speech = chineseSpeech();

    Result result = main(Map.of(), "extract", speech.toString());

    assertEquals(1, result.code());
    List<String> report = CliTest.beforeClosingLine(result.err());
    assertEquals(1, report.size(), result.err());
    assertTrue(
        report.get(0).endsWith(": not a valid file name here (is the locale set to UTF-8?)"),
        result.err());
  }

  @Test
  void writesUtf8WhateverTheLocale() throws Exception {
    Result result = main(Map.of(), "extract", "--help");

    assertEquals(0, result.code());
    assertTrue(result.out().contains("重点工作任务分解表"), result.out());
  }

  private Path chineseSpeech() throws IOException {
    Path speech = dir.resolve("讲话稿.txt");
    Files.writeString(speech, "各处室要在3月15日前上报工作方案。\n");
    return speech;
  }

  private Result main(Map<String, String> locale, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Dfile.encoding=UTF-8",
            "-Dsun.jnu.encoding=UTF-8",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.startsWith("LANG"));
    builder.environment().putAll(locale);
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("luoshi did not finish");
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
