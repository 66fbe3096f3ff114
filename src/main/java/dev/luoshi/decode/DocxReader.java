package dev.luoshi.decode;

import dev.luoshi.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Word documents (.docx, also .docm and templates) through Apache POI: the paragraphs of the body
 * in document order, including those in tables (a row's cells joined by a tab, a cell's paragraphs
 * on lines of their own), content controls and text boxes (after the paragraph that anchors them);
 * runs joined, tabs kept, soft line breaks as line breaks, deleted revisions, hidden text and field
 * codes left out, field results kept. Footnotes, endnotes, comments, headers and footers are not
 * part of the speech and are left out. Automatic numbering is written as the marker Word shows
 * ({@link WordNumbering}), so {@code 一、 （一） 1.} reach the outline as in the printed speech.
 *
 * <p>Hostile files meet POI's limits: a part that inflates more than a hundredfold (a zip bomb), a
 * part over {@value #MAX_PART_BYTES} bytes, or more than {@value #MAX_TEXT_CHARS} characters of
 * text are refused with a one-line reason.
 */
final class DocxReader implements FormatReader {
  static final long MAX_PART_BYTES = 256L << 20;
  static final long MAX_TEXT_CHARS = 32L << 20;

  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  static {
    // Process-wide settings of POI's zip reader; luoshi reads no other zip file.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
  }

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public SourceText read(String name, byte[] bytes) {
    String text;
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        XWPFDocument document = new XWPFDocument(pkg)) {
      text = render(document);
    } catch (IOException | InvalidFormatException | RuntimeException e) {
      throw new InputException(name, reason(e), e);
    }
    if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      throw new InputException(name, "no text in the Word document");
    }
    return new SourceText(name, text, null, Hashes.sha256(bytes), format());
  }

  /** Why POI could not read the file, from the whole chain of causes. */
  static String reason(Throwable e) {
    StringBuilder chain = new StringBuilder();
    for (Throwable t = e; t != null && chain.length() < 4000; t = t.getCause()) {
      chain.append(' ').append(t.getClass().getSimpleName()).append(' ').append(t.getMessage());
    }
    String all = chain.toString();
    if (all.contains("Zip bomb")) {
      return "refused: a part expands more than a hundredfold (a zip bomb?)";
    }
    if (all.contains("max text size") || all.contains("text size")) {
      return "refused: more than " + (MAX_TEXT_CHARS >> 20) + " M characters of text";
    }
    if (all.contains("exceeds the max") || all.contains("max entry size")) {
      return "refused: a part of the document is larger than " + (MAX_PART_BYTES >> 20) + " MiB";
    }
    if (e instanceof EncryptedDocumentException) {
      return "encrypted Word document; remove the password first";
    }
    if (all.contains("spreadsheetml") || all.contains("presentationml")) {
      return "not a Word document (an Excel or PowerPoint file?)";
    }
    if (e instanceof NotOfficeXmlFileException || all.contains("content type part")) {
      return "a zip archive but not a Word .docx document";
    }
    String message = oneLine(e.getMessage());
    if (e instanceof POIXMLException || e instanceof InvalidFormatException) {
      return "not a readable Word .docx document" + (message.isEmpty() ? "" : " (" + message + ")");
    }
    return "damaged Word document ("
        + (message.isEmpty() ? e.getClass().getSimpleName() : message)
        + ")";
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }

  /** Whether a run is formatted as hidden text. */
  private static boolean isHidden(XmlObject run) {
    XmlObject vanish = WordNumbering.child(WordNumbering.child(run, "rPr"), "vanish");
    if (vanish == null) {
      return false;
    }
    String value = WordNumbering.val(vanish);
    return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
  }

  /** The text of the body. */
  static String render(XWPFDocument document) {
    Renderer renderer = new Renderer(new WordNumbering(document));
    renderer.blocks(document.getDocument().getBody());
    return renderer.text();
  }

  /** Walks block-level content and collects lines. */
  private static final class Renderer {
    private final WordNumbering numbering;
    private final List<String> lines = new ArrayList<>();

    Renderer(WordNumbering numbering) {
      this.numbering = numbering;
    }

    String text() {
      return String.join("\n", lines) + "\n";
    }

    /** The block-level children of a body, cell, content control or text box. */
    void blocks(XmlObject container) {
      try (XmlCursor cursor = container.newCursor()) {
        if (!cursor.toFirstChild()) {
          return;
        }
        do {
          QName name = cursor.getName();
          if (!WordNumbering.W.equals(name.getNamespaceURI())) {
            continue;
          }
          XmlObject child = cursor.getObject();
          switch (name.getLocalPart()) {
            case "p" -> paragraph(child);
            case "tbl" -> table(child);
            case "sdt" -> {
              XmlObject content = WordNumbering.child(child, "sdtContent");
              if (content != null) {
                blocks(content);
              }
            }
            case "customXml", "ins", "moveTo", "smartTag" -> blocks(child);
            default -> {}
          }
        } while (cursor.toNextSibling());
      }
    }

    private void paragraph(XmlObject p) {
      StringBuilder line = new StringBuilder(numbering.marker(p));
      List<XmlObject> boxes = new ArrayList<>();
      inline(p, line, boxes);
      lines.add(line.toString());
      for (XmlObject box : boxes) {
        blocks(box);
      }
    }

    private void table(XmlObject tbl) {
      for (XmlObject tr : tbl.selectChildren(new QName(WordNumbering.W, "tr"))) {
        List<String> cells = new ArrayList<>();
        for (XmlObject tc : tr.selectChildren(new QName(WordNumbering.W, "tc"))) {
          Renderer cell = new Renderer(numbering);
          cell.blocks(tc);
          cells.add(String.join("\n", cell.lines));
        }
        lines.add(String.join("\t", cells));
      }
    }

    /** Appends the visible text inside a paragraph; text boxes go to {@code boxes}. */
    private static void inline(XmlObject element, StringBuilder out, List<XmlObject> boxes) {
      try (XmlCursor cursor = element.newCursor()) {
        if (!cursor.toFirstChild()) {
          return;
        }
        do {
          QName name = cursor.getName();
          String ns = name.getNamespaceURI();
          String local = name.getLocalPart();
          if (MC.equals(ns) && local.equals("Fallback")) {
            continue; // the same content as the mc:Choice already read
          }
          if (WordNumbering.W.equals(ns)) {
            switch (local) {
              case "t" -> {
                out.append(cursor.getTextValue());
                continue;
              }
              case "tab", "ptab" -> {
                out.append('\t');
                continue;
              }
              case "br", "cr" -> {
                out.append('\n');
                continue;
              }
              case "noBreakHyphen" -> {
                out.append('-');
                continue;
              }
              case "txbxContent" -> {
                boxes.add(cursor.getObject());
                continue;
              }
              case "r" -> {
                if (isHidden(cursor.getObject())) {
                  continue; // hidden text (w:vanish) is not shown, so it is not read
                }
              }
              case "pPr",
                  "rPr",
                  "del",
                  "moveFrom",
                  "delText",
                  "instrText",
                  "delInstrText",
                  "fldData",
                  "footnoteReference",
                  "endnoteReference",
                  "commentReference",
                  "annotationRef",
                  "sectPr" -> {
                continue;
              }
              default -> {}
            }
          }
          inline(cursor.getObject(), out, boxes);
        } while (cursor.toNextSibling());
      }
    }
  }
}
