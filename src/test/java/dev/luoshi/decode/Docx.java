package dev.luoshi.decode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Word documents written part by part, so a test states exactly the XML Word would save: body,
 * numbering, styles, and the parts a reader must leave out (header, footnotes, comments).
 */
public final class Docx {
  static final String NS =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
          + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
          + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
          + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
          + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
          + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
          + " mc:Ignorable=\"wps\"";

  private String body = "";
  private String numbering;
  private String styles;
  private String header;
  private String footnotes;
  private String comments;

  /** The XML inside {@code w:body}. */
  public Docx body(String xml) {
    this.body = xml;
    return this;
  }

  /** The XML inside {@code w:numbering} (abstractNum and num elements). */
  public Docx numbering(String xml) {
    this.numbering = xml;
    return this;
  }

  /** The XML inside {@code w:styles}. */
  public Docx styles(String xml) {
    this.styles = xml;
    return this;
  }

  /** A page header's text. */
  public Docx header(String text) {
    this.header = text;
    return this;
  }

  /** A footnote's text (footnote id 1). */
  public Docx footnote(String text) {
    this.footnotes = text;
    return this;
  }

  /** A comment's text (comment id 0). */
  public Docx comment(String text) {
    this.comments = text;
    return this;
  }

  /** A plain paragraph. */
  public static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
  }

  /** A paragraph numbered by list {@code numId} at level {@code ilvl}. */
  public static String numbered(int numId, int ilvl, String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\""
        + ilvl
        + "\"/><w:numId w:val=\""
        + numId
        + "\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">"
        + escape(text)
        + "</w:t></w:r></w:p>";
  }

  /** An abstract list whose levels are given as (numFmt, lvlText) pairs, starting at 1. */
  public static String abstractNum(int id, String... formatsAndTexts) {
    StringBuilder xml = new StringBuilder("<w:abstractNum w:abstractNumId=\"" + id + "\">");
    for (int i = 0; i < formatsAndTexts.length / 2; i++) {
      xml.append("<w:lvl w:ilvl=\"")
          .append(i)
          .append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
          .append(formatsAndTexts[2 * i])
          .append("\"/><w:lvlText w:val=\"")
          .append(escape(formatsAndTexts[2 * i + 1]))
          .append("\"/></w:lvl>");
    }
    return xml.append("</w:abstractNum>").toString();
  }

  /** A list instance of an abstract list, with optional XML inside (lvlOverride). */
  public static String num(int numId, int abstractId, String inside) {
    return "<w:num w:numId=\""
        + numId
        + "\"><w:abstractNumId w:val=\""
        + abstractId
        + "\"/>"
        + inside
        + "</w:num>";
  }

  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The .docx file. */
  public byte[] bytes() {
    Map<String, String> parts = new LinkedHashMap<>();
    StringBuilder types =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\""
                + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");
    StringBuilder rels =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    String type = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    String headerRef = "";
    if (numbering != null) {
      parts.put("word/numbering.xml", wrap("numbering", numbering));
      types.append(override("/word/numbering.xml", type + "numbering+xml"));
      rels.append(relation("rNum", rel + "numbering", "numbering.xml"));
    }
    if (styles != null) {
      parts.put("word/styles.xml", wrap("styles", styles));
      types.append(override("/word/styles.xml", type + "styles+xml"));
      rels.append(relation("rSty", rel + "styles", "styles.xml"));
    }
    if (header != null) {
      parts.put("word/header1.xml", wrap("hdr", p(header)));
      types.append(override("/word/header1.xml", type + "header+xml"));
      rels.append(relation("rHdr", rel + "header", "header1.xml"));
      headerRef = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rHdr\"/></w:sectPr>";
    }
    if (footnotes != null) {
      parts.put(
          "word/footnotes.xml",
          wrap("footnotes", "<w:footnote w:id=\"1\">" + p(footnotes) + "</w:footnote>"));
      types.append(override("/word/footnotes.xml", type + "footnotes+xml"));
      rels.append(relation("rFn", rel + "footnotes", "footnotes.xml"));
    }
    if (comments != null) {
      parts.put(
          "word/comments.xml",
          wrap("comments", "<w:comment w:id=\"0\" w:author=\"x\">" + p(comments) + "</w:comment>"));
      types.append(override("/word/comments.xml", type + "comments+xml"));
      rels.append(relation("rCm", rel + "comments", "comments.xml"));
    }
    parts.put("word/document.xml", wrap("document", "<w:body>" + body + headerRef + "</w:body>"));
    parts.put("word/_rels/document.xml.rels", rels.append("</Relationships>").toString());
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + relation("rId1", rel + "officeDocument", "word/document.xml")
            + "</Relationships>");
    parts.put("[Content_Types].xml", types.append("</Types>").toString());
    return zip(parts);
  }

  private static String wrap(String root, String inside) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:"
        + root
        + " "
        + NS
        + ">"
        + inside
        + "</w:"
        + root
        + ">";
  }

  private static String override(String part, String contentType) {
    return "<Override PartName=\"" + part + "\" ContentType=\"" + contentType + "\"/>";
  }

  private static String relation(String id, String type, String target) {
    return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
  }

  static byte[] zip(Map<String, String> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(part.getKey());
        entry.setTime(315532800000L);
        zip.putNextEntry(entry);
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
