package dev.luoshi.decode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * PDF documents typeset the way an office prints a speech: A4, paragraphs with a two-character
 * indent wrapped at a fixed width, headings flush left, optionally a running header and a page
 * number ({@code — 1 —}) on every page. Needs a system font with Chinese glyphs ({@link #font}).
 */
public final class Pdf {
  /** Where Debian's Chinese fonts live; the first one found is used. */
  private static final List<String> FONTS =
      List.of(
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
          "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
          "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
          "/usr/share/fonts/truetype/arphic/uming.ttc");

  static final float SIZE = 14;
  static final float LEFT = 72;
  static final int PER_LINE = 30;
  private static final float TOP = 770;
  private static final float LEADING = 26;
  private static final int LINES_PER_PAGE = 25;

  private final List<String[]> blocks = new ArrayList<>();
  private String header;
  private boolean pageNumbers;
  private float charSpacing;
  private String userPassword;

  /** The Chinese font file, or null when the system has none. */
  public static Path font() {
    return FONTS.stream().map(Path::of).filter(Files::isReadable).findFirst().orElse(null);
  }

  /** A paragraph: indented two characters and wrapped. */
  public Pdf paragraph(String text) {
    blocks.add(new String[] {"p", text});
    return this;
  }

  /** A heading: flush left, on its own line. */
  public Pdf heading(String text) {
    blocks.add(new String[] {"h", text});
    return this;
  }

  /** A title: centred. */
  public Pdf title(String text) {
    blocks.add(new String[] {"t", text});
    return this;
  }

  public Pdf header(String text) {
    this.header = text;
    return this;
  }

  public Pdf pageNumbers() {
    this.pageNumbers = true;
    return this;
  }

  /** Extra space between characters, as justified text has. */
  public Pdf charSpacing(float spacing) {
    this.charSpacing = spacing;
    return this;
  }

  public Pdf password(String password) {
    this.userPassword = password;
    return this;
  }

  /** The typeset lines: x, text. */
  private List<Object[]> lines() {
    List<Object[]> lines = new ArrayList<>();
    for (String[] block : blocks) {
      String text = block[1];
      switch (block[0]) {
        case "t" -> lines.add(new Object[] {centre(text), text});
        case "h" -> lines.add(new Object[] {LEFT, text});
        default -> {
          int first = PER_LINE - 2;
          lines.add(
              new Object[] {LEFT + 2 * SIZE, text.substring(0, Math.min(first, text.length()))});
          for (int at = first; at < text.length(); at += PER_LINE) {
            lines.add(
                new Object[] {LEFT, text.substring(at, Math.min(at + PER_LINE, text.length()))});
          }
        }
      }
    }
    return lines;
  }

  private static float centre(String text) {
    return (PDRectangle.A4.getWidth() - text.length() * SIZE) / 2;
  }

  public byte[] bytes() throws IOException {
    Path fontFile = font();
    if (fontFile == null) {
      throw new IllegalStateException("no Chinese font; install fonts-wqy-microhei");
    }
    try (PDDocument document = new PDDocument();
        TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile())) {
      TrueTypeFont[] first = new TrueTypeFont[1];
      collection.processAllFonts(
          f -> {
            if (first[0] == null) {
              first[0] = f;
            }
          });
      PDType0Font font = PDType0Font.load(document, first[0], true);
      List<Object[]> lines = lines();
      int pages = Math.max(1, (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE);
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
          if (header != null) {
            show(out, font, 10, centre(header) + 20, 810, header, 0);
          }
          float y = TOP;
          for (int i = p * LINES_PER_PAGE;
              i < Math.min(lines.size(), (p + 1) * LINES_PER_PAGE);
              i++) {
            show(
                out, font, SIZE, (Float) lines.get(i)[0], y, (String) lines.get(i)[1], charSpacing);
            y -= LEADING;
          }
          if (pageNumbers) {
            String number = "— " + (p + 1) + " —";
            show(out, font, 10, PDRectangle.A4.getWidth() / 2 - 20, 40, number, 0);
          }
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    }
  }

  /** A PDF whose only page has no text, as a scanner makes (an image and nothing else). */
  public static byte[] scan() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        out.addRect(50, 50, 400, 600);
        out.fill();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static void show(
      PDPageContentStream out,
      PDType0Font font,
      float size,
      float x,
      float y,
      String text,
      float spacing)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.setCharacterSpacing(spacing);
    out.newLineAtOffset(x, y);
    out.showText(text);
    out.endText();
  }
}
