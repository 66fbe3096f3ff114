package dev.luoshi.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.luoshi.Luoshi;
import dev.luoshi.PlanOptions;
import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceDecoder;
import dev.luoshi.decode.SourceText;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Task;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page in a real browser: headless Chromium (Debian's {@code chromium}) loads it, runs
 * its script and dumps the DOM, which the test reads. Without Chromium the browser tests skip and
 * say what is missing.
 */
class ReviewPageChromiumTest {
  private static final Path SAMPLE =
      Path.of(System.getProperty("luoshi.basedir", "."), "samples", "county-safety-meeting.txt");

  private static Plan plan;
  private static String text;

  @BeforeAll
  static void planTheSample() {
    SourceText source = new SourceDecoder().read(SAMPLE, null);
    text = source.text();
    plan = Luoshi.create(Settings.none()).plan(source, PlanOptions.defaults());
  }

  private static String page() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlReviewWriter().write(plan, text, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The chromium binary, or null. */
  static String chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
        if (Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name).toString();
        }
      }
    }
    return null;
  }

  private static Document render(Path html, String fragment) throws Exception {
    String browser = chromium();
    assumeTrue(
        browser != null,
        "review page browser test skipped: no chromium on PATH (apt-get install chromium)");
    Path profile = Files.createDirectories(html.resolveSibling("chromium-profile"));
    ProcessBuilder builder =
        new ProcessBuilder(
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--user-data-dir=" + profile,
            "--virtual-time-budget=3000",
            "--dump-dom",
            html.toUri() + fragment);
    Path dom = profile.resolve("dom.html");
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.redirectOutput(dom.toFile());
    Process process = builder.start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s");
    }
    assertEquals(0, process.exitValue(), "chromium failed");
    return Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8));
  }

  @Test
  void everyTaskHasItsQuoteInTheSpeechAndItsRowInTheLedger(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("review.html");
    Files.writeString(html, page(), StandardCharsets.UTF_8);
    Document dom = render(html, "");

    assertEquals("yes", dom.selectFirst("html").attr("data-ready"), "the script ran to its end");
    assertTrue(plan.tasks().size() > 10);
    for (Task task : plan.tasks()) {
      List<Element> quotes = dom.select("mark[data-task=" + task.id() + "]");
      assertFalse(quotes.isEmpty(), task.id());
      assertEquals(
          task.text().strip(),
          quotes.stream().map(Element::text).collect(Collectors.joining()).strip(),
          task.id());
      assertTrue(quotes.get(0).hasClass(task.kind().label()), task.id());
      assertEquals(1, dom.select("tr[data-row=" + task.id() + "]").size(), task.id());
    }
    assertEquals(plan.tasks().size(), dom.select("tbody tr").size());
    assertEquals(
        text.lines().count(), dom.select("section.speech p[id^=L]").size(), "a paragraph a line");
    assertFalse(dom.select("mark .owner.lead").isEmpty());
    assertFalse(dom.select("mark .deadline").isEmpty());
    List<String> implied =
        plan.tasks().stream().filter(t -> !t.ownersImplied().isEmpty()).map(Task::id).toList();
    assertFalse(implied.isEmpty(), "the sample has an item closed by an owner tag");
    assertEquals(
        implied,
        dom.select("td.implied").stream()
            .map(td -> td.parent().attr("data-row"))
            .distinct()
            .toList(),
        "the units implied by an item's tag are marked in the ledger");
    assertEquals(
        plan.outline().size(), dom.select("nav.outline > ul > li").size(), "the outline's points");
  }

  @Test
  void aTaskInTheAddressIsShownAndFlashed(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("review.html");
    Files.writeString(html, page(), StandardCharsets.UTF_8);
    Document dom = render(html, "#T3");

    Element quote = dom.selectFirst("mark#T3");
    assertTrue(quote.hasClass("flash"), quote.outerHtml());
    assertTrue(quote.hasClass("selected"));
    assertTrue(dom.selectFirst("tr[data-row=T3]").hasClass("selected"));
    assertEquals(2, dom.select(".selected").size());
  }

  @Test
  void thePageFetchesNothing() throws IOException {
    String page = page();
    for (String outside : List.of("src=", "http://", "https://", "@import", "url(", "@font-face")) {
      assertFalse(page.contains(outside), outside);
    }
    assertTrue(page.contains("@media print"));
  }
}
