package dev.luoshi.decode;

import dev.luoshi.InputException;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF documents through Apache PDFBox: the text of each page in reading order, as lines with their
 * left and right edges; then page furniture dropped and paragraphs joined again.
 *
 * <ul>
 *   <li>Page numbers ({@code — 3 —}, {@code - 3 -}, {@code 3}, {@code 第3页}, {@code 第3页 共9页}, {@code
 *       3/9}) among the first and last two lines of a page are dropped, and so are running headers
 *       and footers: a line in those places that recurs, digits aside, on at least half of the
 *       pages (and on two or more).
 *   <li>A line that starts indented, or with an outline marker ({@code 一、} {@code （一）} {@code 1.}),
 *       starts a paragraph; a line that stops short of the right margin ends one; every other line
 *       break is a hard wrap and is removed: nothing is put between Chinese characters, a space
 *       between two Latin words.
 *   <li>Spaces the text layer puts between Chinese characters (justified lines), and between digits
 *       in a mostly Chinese line, are removed.
 * </ul>
 *
 * A PDF with no text layer (a scan) is refused with a reason that says so; an encrypted one that
 * needs a password, and a damaged one, likewise. PDFBox buffers at most {@value #MAX_MEMORY_MB}
 * MiB.
 */
final class PdfReader implements FormatReader {
  static final int MAX_MEMORY_MB = 256;

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "[-－—–―~～\\s]*\\d{1,4}[-－—–―~～\\s]*"
              + "|第\\s*\\d{1,4}\\s*页(\\s*[,，/／]?\\s*共\\s*\\d{1,4}\\s*页)?"
              + "|\\d{1,4}\\s*[/／]\\s*\\d{1,4}"
              + "|(?i)page\\s*\\d{1,4}(\\s*of\\s*\\d{1,4})?");
  private static final Pattern MARKER =
      Pattern.compile(
          "([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[.．、]\\D"
              + "|[（(]\\d{1,2}[）)]|[①-⑳]|第[一二三四五六七八九十]{1,3}[章节条部分]).*");
  private static final Pattern CJK_SPACE =
      Pattern.compile(
          "(?<=[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef])[ \\u00a0]+"
              + "|[ \\u00a0]+(?=[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef])");

  private static final Pattern DIGIT_SPACE = Pattern.compile("(?<=\\d)[ \\u00a0]+(?=\\d)");

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public SourceText read(String name, byte[] bytes) {
    List<List<Line>> pages;
    try (PDDocument document =
        Loader.loadPDF(
            bytes,
            "",
            null,
            null,
            MemoryUsageSetting.setupMainMemoryOnly((long) MAX_MEMORY_MB << 20).streamCache)) {
      LineCollector collector = new LineCollector();
      collector.setSortByPosition(true);
      collector.writeText(document, Writer.nullWriter());
      pages = collector.pages;
    } catch (InvalidPasswordException e) {
      throw new InputException(name, "encrypted PDF; remove the password first", e);
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new InputException(
          name, "damaged PDF (" + message.replaceAll("\\s+", " ").trim() + ")", e);
    }
    if (pages.stream().allMatch(List::isEmpty)) {
      throw new InputException(
          name, "PDF without a text layer (a scan?); run OCR on it or use the Word original");
    }
    String text = join(dropFurniture(pages));
    if (text.isBlank()) {
      throw new InputException(name, "PDF without text apart from page numbers");
    }
    return new SourceText(name, text, null, Hashes.sha256(bytes), format());
  }

  /** A line of a page: its text and the left and right edges of its glyphs. */
  record Line(String text, float left, float right, float charWidth) {}

  /** Collects each page's lines with their edges, in the order PDFBox sorts them. */
  private static final class LineCollector extends PDFTextStripper {
    final List<List<Line>> pages = new ArrayList<>();
    private StringBuilder text = new StringBuilder();
    private float left = Float.MAX_VALUE;
    private float right = -Float.MAX_VALUE;
    private final List<Float> widths = new ArrayList<>();

    @Override
    protected void startPage(PDPage page) throws IOException {
      pages.add(new ArrayList<>());
      super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
      endLine();
      super.endPage(page);
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
      text.append(string);
      for (TextPosition p : positions) {
        left = Math.min(left, p.getXDirAdj());
        right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
        if (p.getWidthDirAdj() > 0) {
          widths.add(p.getWidthDirAdj());
        }
      }
    }

    @Override
    protected void writeWordSeparator() {
      text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
      endLine();
    }

    private void endLine() {
      String line = text.toString().strip();
      if (!line.isEmpty() && !pages.isEmpty()) {
        float[] w = new float[widths.size()];
        for (int i = 0; i < w.length; i++) {
          w[i] = widths.get(i);
        }
        Arrays.sort(w);
        float charWidth = w.length == 0 ? 0 : w[w.length / 2];
        pages.get(pages.size() - 1).add(new Line(line, left, right, charWidth));
      }
      text = new StringBuilder();
      left = Float.MAX_VALUE;
      right = -Float.MAX_VALUE;
      widths.clear();
    }
  }

  /** The pages without page numbers and running headers or footers. */
  static List<List<Line>> dropFurniture(List<List<Line>> pages) {
    Map<String, Integer> pagesWith = new HashMap<>();
    for (List<Line> page : pages) {
      java.util.Set<String> keys = new java.util.HashSet<>();
      for (int i = 0; i < page.size(); i++) {
        if (isEdge(page, i)) {
          keys.add(key(page.get(i).text()));
        }
      }
      keys.forEach(key -> pagesWith.merge(key, 1, Integer::sum));
    }
    int nonEmpty = (int) pages.stream().filter(p -> !p.isEmpty()).count();
    int needed = Math.max(2, (nonEmpty + 1) / 2);
    List<List<Line>> kept = new ArrayList<>();
    for (List<Line> page : pages) {
      List<Line> lines = new ArrayList<>();
      for (int i = 0; i < page.size(); i++) {
        Line line = page.get(i);
        boolean edge = isEdge(page, i);
        boolean pageNumber = edge && PAGE_NUMBER.matcher(line.text()).matches();
        boolean running = edge && nonEmpty >= 2 && pagesWith.get(key(line.text())) >= needed;
        if (!pageNumber && !running) {
          lines.add(line);
        }
      }
      kept.add(lines);
    }
    return kept;
  }

  /** Whether the i-th line is among the first or last two of its page. */
  private static boolean isEdge(List<Line> page, int i) {
    return i < 2 || i >= page.size() - 2;
  }

  private static String key(String text) {
    return text.replaceAll("\\d+", "#").replaceAll("\\s+", "");
  }

  /** Lines joined back into paragraphs, one paragraph a line. */
  static String join(List<List<Line>> pages) {
    List<Line> lines = pages.stream().flatMap(List::stream).toList();
    if (lines.isEmpty()) {
      return "";
    }
    float margin = mostCommonLeft(lines);
    float[] rights = new float[lines.size()];
    for (int i = 0; i < rights.length; i++) {
      rights[i] = lines.get(i).right();
    }
    Arrays.sort(rights);
    float fullRight = rights[(int) Math.floor((rights.length - 1) * 0.9)];
    StringBuilder out = new StringBuilder();
    Line previous = null;
    for (Line line : lines) {
      String text = unspaced(line.text());
      float unit = Math.max(line.charWidth(), 1f);
      boolean starts =
          previous == null
              || line.left() > margin + 1.5f * unit
              || MARKER.matcher(text).matches()
              || previous.right() < fullRight - 1.5f * Math.max(previous.charWidth(), 1f);
      if (previous != null) {
        if (starts) {
          out.append('\n');
        } else if (!isCjk(out.charAt(out.length() - 1)) && !isCjk(text.charAt(0))) {
          out.append(' ');
        }
      }
      out.append(text);
      previous = line;
    }
    return out.append('\n').toString();
  }

  /**
   * A line without the spaces the text layer put between Chinese characters, and, in a line that is
   * mostly Chinese, between digits (a justified {@code 5月1 0日}).
   */
  static String unspaced(String line) {
    String text = CJK_SPACE.matcher(line).replaceAll("");
    long han =
        text.codePoints()
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
            .count();
    long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    return han * 2 > visible ? DIGIT_SPACE.matcher(text).replaceAll("") : text;
  }

  private static float mostCommonLeft(List<Line> lines) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (Line line : lines) {
      counts.merge(Math.round(line.left()), 1, Integer::sum);
    }
    int best = Math.round(lines.get(0).left());
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      int c = e.getValue();
      int b = counts.get(best);
      if (c > b || (c == b && e.getKey() < best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static boolean isCjk(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= 0x3000 && c <= 0x303f)
        || (c >= 0xff00 && c <= 0xffef);
  }
}
