package dev.luoshi.decode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the Word and PDF samples in {@code samples/} from the project's own texts in {@code
 * src/test/resources/dev/luoshi/samples/}: {@code NAME.docx.txt} becomes {@code samples/NAME.docx}
 * (lines {@code @1} {@code @2} {@code @3} numbered automatically as 一、 （一） 1., {@code |a|b|} table
 * rows, {@code #} a centred title) and {@code NAME.pdf.txt} becomes {@code samples/NAME.pdf}
 * (typeset by {@link Pdf} with a running header and page numbers that the reader must drop).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.luoshi.decode.SampleDocuments -Dexec.args=samples</pre>
 */
public final class SampleDocuments {
  static final List<String> DOCX = List.of("flood-control-meeting");
  static final List<String> PDF = List.of("business-environment-meeting");

  private SampleDocuments() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "samples");
    for (String name : DOCX) {
      Files.write(out.resolve(name + ".docx"), docx(source(name + ".docx.txt")));
    }
    for (String name : PDF) {
      Files.write(out.resolve(name + ".pdf"), pdf(source(name + ".pdf.txt")));
    }
  }

  static String source(String resource) throws IOException {
    try (InputStream in =
        SampleDocuments.class.getResourceAsStream("/dev/luoshi/samples/" + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static byte[] docx(String source) {
    StringBuilder body = new StringBuilder();
    StringBuilder table = null;
    for (String line : source.split("\n")) {
      if (line.startsWith("|")) {
        if (table == null) {
          table = new StringBuilder("<w:tbl>");
        }
        table.append("<w:tr>");
        for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
          table.append("<w:tc>").append(Docx.p(cell)).append("</w:tc>");
        }
        table.append("</w:tr>");
        continue;
      }
      if (table != null) {
        body.append(table).append("</w:tbl>");
        table = null;
      }
      if (line.startsWith("# ")) {
        body.append("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>")
            .append(Docx.escape(line.substring(2)))
            .append("</w:t></w:r></w:p>");
      } else if (line.matches("@[1-3] .*")) {
        body.append(Docx.numbered(1, line.charAt(1) - '1', line.substring(3)));
      } else {
        body.append(Docx.p(line));
      }
    }
    String numbering =
        Docx.abstractNum(0, "chineseCounting", "%1、", "chineseCounting", "（%2）", "decimal", "%3.")
            + Docx.num(1, 0, "");
    return new Docx()
        .body(body.toString())
        .numbering(numbering)
        .header("市防汛抗旱指挥部办公室")
        .footnote("本讲话根据录音整理。")
        .bytes();
  }

  static byte[] pdf(String source) throws IOException {
    Pdf pdf = new Pdf().header("区人民政府办公室 文件").pageNumbers();
    for (String line : source.split("\n")) {
      if (line.startsWith("# ")) {
        pdf.title(line.substring(2));
      } else if (line.startsWith("## ")) {
        pdf.heading(line.substring(3));
      } else if (line.startsWith("（2") || line.equals("同志们：")) {
        pdf.heading(line);
      } else {
        pdf.paragraph(line);
      }
    }
    return pdf.bytes();
  }
}
