package dev.luoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.Luoshi;
import dev.luoshi.cli.CliTest.Run;
import dev.luoshi.config.Settings;
import dev.luoshi.decode.Docx;
import dev.luoshi.plan.PlanSchema;
import dev.luoshi.write.LedgerRow;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word and PDF in, one ledger per batch out, and the schema and completion commands. */
class LedgerOutputTest {
  private static final Luoshi LUOSHI = Luoshi.create(Settings.none());
  private static final Path SAMPLES = Path.of(System.getProperty("luoshi.basedir", "."), "samples");

  @TempDir Path dir;

  private Run run(String... args) {
    return CliTest.run(dir, new byte[0], (settings, model) -> LUOSHI, args);
  }

  /** a.txt, b.docx and a folder with a .pdf, a .docx, a Word lock file and a stray .md. */
  private List<String> inputs() throws IOException {
    Path a = dir.resolve("in/a.txt");
    Files.createDirectories(a.getParent().resolve("folder"));
    Files.writeString(a, CliTest.SPEECH, StandardCharsets.UTF_8);
    Path b = dir.resolve("in/b.docx");
    Files.write(b, new Docx().body(Docx.p("关于做好汛期值守工作的讲话") + Docx.p("各乡镇要在5月20日前完成隐患排查。")).bytes());
    Path folder = dir.resolve("in/folder");
    Files.copy(SAMPLES.resolve("business-environment-meeting.pdf"), folder.resolve("c.pdf"));
    Files.copy(SAMPLES.resolve("flood-control-meeting.docx"), folder.resolve("d.docx"));
    Files.write(folder.resolve("~$d.docx"), new byte[] {1, 2, 3});
    Files.writeString(folder.resolve("notes.md"), "# 不是讲话");
    return List.of(a.toString(), b.toString(), folder.toString());
  }

  private static List<String> args(String first, List<String> rest, String... more) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(more));
    all.addAll(rest);
    return all;
  }

  @Test
  void aBatchIntoAnXlsxFileIsOneWorkbook() throws IOException {
    Path ledger = dir.resolve("台账.xlsx");
    Run run =
        run(
            args("extract", inputs(), "-f", "xlsx", "-o", ledger.toString())
                .toArray(String[]::new));

    assertEquals(Cli.OK, run.code(), run.err());
    assertEquals(0, run.out().length);
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(ledger))) {
      List<String> names = new ArrayList<>();
      book.forEach(sheet -> names.add(sheet.getSheetName()));
      assertEquals(List.of("汇总", "a", "b", "c", "d"), names);
      var summary = book.getSheet("汇总");
      assertEquals(
          dir.resolve("in/folder/c.pdf").toString(),
          summary.getRow(4).getCell(1).getStringCellValue());
      assertEquals("序号", book.getSheet("d").getRow(1).getCell(0).getStringCellValue());
      assertTrue(book.getSheet("d").getLastRowNum() > 10);
      assertTrue(
          book.getSheet("c")
              .getRow(0)
              .getCell(0)
              .getStringCellValue()
              .startsWith("在全区优化营商环境推进会上的讲话"));
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("in", "台账.xlsx"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aBatchIntoACsvFileIsOneTableAndAFailedInputIsLeftOut() throws IOException {
    List<String> inputs = new ArrayList<>(inputs());
    Path broken = dir.resolve("in/broken.docx");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 0});
    inputs.add(broken.toString());
    Path ledger = dir.resolve("台账.csv");

    Run run =
        run(args("extract", inputs, "-f", "csv", "-o", ledger.toString()).toArray(String[]::new));

    assertEquals(Cli.FAILED, run.code());
    assertEquals(
        List.of("luoshi: " + broken + ": a zip archive but not a Word .docx document"),
        run.report());
    String text = Files.readString(ledger, StandardCharsets.UTF_8);
    List<CSVRecord> records =
        CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    int source = LedgerRow.COLUMNS.size();
    assertEquals(LedgerRow.SOURCE_COLUMN, records.get(0).get(source));
    List<String> sources = records.stream().skip(1).map(r -> r.get(source)).distinct().toList();
    assertEquals(
        List.of("a.txt", "b.docx", "c.pdf", "d.docx"),
        sources.stream().map(s -> Path.of(s).getFileName().toString()).toList());
  }

  @Test
  void aBatchIntoADirectoryIsOneFilePerInput() throws IOException {
    Path out = dir.resolve("台账");
    Run run = run(args("extract", inputs(), "-f", "xlsx", "-o", out + "/").toArray(String[]::new));

    assertEquals(Cli.OK, run.code(), run.err());
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(
          List.of("a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"),
          files
              .filter(Files::isRegularFile)
              .map(p -> out.relativize(p).toString())
              .sorted()
              .toList());
    }
  }

  @Test
  void reviewPagesAndMarkdownForABatch() throws IOException {
    Path page = dir.resolve("review.html");
    Path md = dir.resolve("台账.md");
    List<String> inputs = inputs();
    Run html =
        run(args("extract", inputs, "-f", "html", "-o", page.toString()).toArray(String[]::new));
    Run markdown =
        run(args("extract", inputs, "-f", "md", "-o", md.toString()).toArray(String[]::new));

    assertEquals(Cli.OK, html.code(), html.err());
    assertEquals(Cli.OK, markdown.code(), markdown.err());
    String text = Files.readString(page, StandardCharsets.UTF_8);
    assertEquals(4, text.split("<article class=\"doc\"", -1).length - 1);
    assertTrue(text.contains("id=\"d3-T1\" data-task=\"T1\""), "quotes carry the plan's ids");
    assertEquals(4, Files.readString(md).split("\n## ", -1).length - 1);
  }

  @Test
  void theFormatReadIsInThePlan() throws IOException {
    Run run =
        run("extract", "-f", "json", SAMPLES.resolve("flood-control-meeting.docx").toString());
    assertEquals(Cli.OK, run.code(), run.err());
    assertTrue(run.text().contains("\"format\": \"docx\""), run.text());
    assertTrue(run.text().contains("\"encoding\": null"), run.text());
  }

  @Test
  void schemaPrintsThePublishedSchema() {
    Run run = run("schema");
    assertEquals(Cli.OK, run.code());
    assertEquals(PlanSchema.text(), run.text());
    assertTrue(run.text().contains("\"luoshi/plan@1\""));
  }

  @Test
  void completionIsABashScriptThatZshCanSource() throws Exception {
    Run run = run("completion");
    assertEquals(Cli.OK, run.code());
    String script = run.text();
    assertTrue(script.startsWith("#!/usr/bin/env bash"), script.substring(0, 80));
    assertTrue(script.contains("complete -F _complete_luoshi"), "registers the function");
    assertTrue(script.contains("xlsx"), "completes the formats");
    for (String command : List.of("extract", "eval", "train", "schema")) {
      assertTrue(script.contains(command), command);
    }
    Path file = dir.resolve("luoshi_completion");
    Files.writeString(file, script);
    Process bash = new ProcessBuilder("bash", "-n", file.toString()).start();
    assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, bash.exitValue(), new String(bash.getErrorStream().readAllBytes()));
    assertFalse(script.contains("Exception"));
  }
}
