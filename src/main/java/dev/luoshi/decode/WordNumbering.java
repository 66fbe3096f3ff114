package dev.luoshi.decode;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlObject;

/**
 * Word's automatic numbering turned into the marker text Word shows (numbering.xml: each level's
 * {@code lvlText} with its {@code numFmt}, start and restart rules). The counters run in document
 * order, one set per abstract list, as Word keeps them: paragraphs of two list instances of the
 * same abstract list continue one count unless an instance overrides a level's start, a level
 * restarts when a level above it is used (or as its {@code lvlRestart} says), and {@code isLgl}
 * writes the levels above it as decimals. Not thread-safe: one instance reads one document.
 *
 * <p>The XML is read by element names rather than POI's generated types, since poi-ooxml-lite
 * carries only some of those.
 */
final class WordNumbering {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final int LEVELS = 9;

  private final XWPFNumbering numbering;
  private final XWPFStyles styles;
  private final Map<BigInteger, Counters> counters = new HashMap<>();
  private final Set<BigInteger> instancesSeen = new HashSet<>();

  WordNumbering(XWPFDocument document) {
    this.numbering = document.getNumbering();
    this.styles = document.getStyles();
  }

  private static final class Counters {
    final int[] value = new int[LEVELS];
    final boolean[] used = new boolean[LEVELS];
  }

  /** One level's definition. */
  private record Level(int start, String format, String text, Integer restart, boolean legal) {}

  /**
   * The marker of a paragraph ({@code w:p}), with the separator Word puts after it, or "" for a
   * paragraph that is not numbered (or has bullets, which carry no words).
   */
  String marker(XmlObject paragraph) {
    if (numbering == null) {
      return "";
    }
    XmlObject pPr = child(paragraph, "pPr");
    BigInteger numId = null;
    Integer ilvl = null;
    XmlObject numPr = child(pPr, "numPr");
    if (numPr != null) {
      numId = bigVal(child(numPr, "numId"));
      Integer level = intVal(child(numPr, "ilvl"));
      ilvl = level;
    }
    if (numId == null) {
      StyleNumbering fromStyle = styleNumbering(val(child(pPr, "pStyle")));
      if (fromStyle != null) {
        numId = fromStyle.numId();
        ilvl = ilvl != null ? ilvl : fromStyle.ilvl();
      }
    }
    if (numId == null || numId.signum() == 0) {
      return "";
    }
    XWPFNum num = numbering.getNum(numId);
    if (num == null || num.getCTNum() == null) {
      return "";
    }
    BigInteger abstractId = bigVal(child(num.getCTNum(), "abstractNumId"));
    XWPFAbstractNum abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId);
    if (abstractNum == null || abstractNum.getCTAbstractNum() == null) {
      return "";
    }
    int level = Math.max(0, Math.min(LEVELS - 1, ilvl == null ? 0 : ilvl));
    Level[] levels = levels(abstractNum.getCTAbstractNum(), num.getCTNum());
    Counters count = counters.computeIfAbsent(abstractId, id -> new Counters());
    if (instancesSeen.add(numId)) {
      for (XmlObject override : num.getCTNum().selectChildren(new QName(W, "lvlOverride"))) {
        Integer overridden = intAttr(override, "ilvl");
        if (overridden != null
            && overridden >= 0
            && overridden < LEVELS
            && child(override, "startOverride") != null) {
          count.used[overridden] = false;
        }
      }
    }
    count.value[level] = count.used[level] ? count.value[level] + 1 : levels[level].start();
    count.used[level] = true;
    for (int deeper = level + 1; deeper < LEVELS; deeper++) {
      Integer restart = levels[deeper].restart();
      if (restart == null || (restart != 0 && level + 1 <= restart)) {
        count.used[deeper] = false;
      }
    }
    if (levels[level].format().equals("bullet") || levels[level].format().equals("none")) {
      return "";
    }
    String marker = render(levels, level, count);
    return marker.isEmpty() ? "" : marker + suffix(abstractNum.getCTAbstractNum(), level, marker);
  }

  private String render(Level[] levels, int level, Counters count) {
    String text = levels[level].text();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%'
          && i + 1 < text.length()
          && text.charAt(i + 1) >= '1'
          && text.charAt(i + 1) <= '9') {
        int referenced = text.charAt(++i) - '1';
        int value = count.used[referenced] ? count.value[referenced] : levels[referenced].start();
        String format =
            levels[level].legal() && referenced != level ? "decimal" : levels[referenced].format();
        out.append(NumberFormats.format(value, format));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * What Word puts between marker and text: a tab by default, a space, or nothing. A tab is written
   * as a space: the outline reads {@code 1. 文本}; after a marker that ends in Chinese punctuation
   * ({@code 一、}, {@code （一）}) nothing is written, as the mark already separates.
   */
  private static String suffix(XmlObject abstractNum, int level, String marker) {
    String suff = "tab";
    for (XmlObject lvl : abstractNum.selectChildren(new QName(W, "lvl"))) {
      Integer ilvl = intAttr(lvl, "ilvl");
      if (ilvl != null && ilvl == level && child(lvl, "suff") != null) {
        suff = val(child(lvl, "suff"));
      }
    }
    if ("nothing".equals(suff)) {
      return "";
    }
    char last = marker.charAt(marker.length() - 1);
    boolean closed = last >= 0x3000 || (last >= 0xff00 && last <= 0xffef);
    boolean enclosed = last >= 0x2460 && last <= 0x24ff; // ① ⑴ ⒈
    return closed || enclosed ? "" : " ";
  }

  private static Level[] levels(XmlObject abstractNum, XmlObject num) {
    Level[] levels = new Level[LEVELS];
    for (XmlObject lvl : abstractNum.selectChildren(new QName(W, "lvl"))) {
      put(levels, lvl);
    }
    for (XmlObject override : num.selectChildren(new QName(W, "lvlOverride"))) {
      XmlObject lvl = child(override, "lvl");
      if (lvl != null) {
        put(levels, lvl);
      }
      Integer ilvl = intAttr(override, "ilvl");
      Integer start = intVal(child(override, "startOverride"));
      if (ilvl != null && ilvl >= 0 && ilvl < LEVELS && start != null && levels[ilvl] != null) {
        Level l = levels[ilvl];
        levels[ilvl] = new Level(start, l.format(), l.text(), l.restart(), l.legal());
      }
    }
    for (int i = 0; i < LEVELS; i++) {
      if (levels[i] == null) {
        levels[i] = new Level(1, "decimal", "", null, false);
      }
    }
    return levels;
  }

  private static void put(Level[] levels, XmlObject lvl) {
    Integer ilvl = intAttr(lvl, "ilvl");
    if (ilvl == null || ilvl < 0 || ilvl >= LEVELS) {
      return;
    }
    Integer start = intVal(child(lvl, "start"));
    String format = val(child(lvl, "numFmt"));
    String text = val(child(lvl, "lvlText"));
    XmlObject isLgl = child(lvl, "isLgl");
    String legal = isLgl == null ? null : val(isLgl);
    levels[ilvl] =
        new Level(
            start == null ? 1 : start,
            format == null ? "decimal" : format,
            text == null ? "" : text,
            intVal(child(lvl, "lvlRestart")),
            isLgl != null && (legal == null || legal.equals("1") || legal.equals("true")));
  }

  private record StyleNumbering(BigInteger numId, Integer ilvl) {}

  /** The numbering a paragraph style (or a style it is based on) gives, or null. */
  private StyleNumbering styleNumbering(String styleId) {
    Set<String> seen = new HashSet<>();
    while (styles != null && styleId != null && seen.add(styleId)) {
      XWPFStyle style = styles.getStyle(styleId);
      if (style == null || style.getCTStyle() == null) {
        return null;
      }
      XmlObject numPr = child(child(style.getCTStyle(), "pPr"), "numPr");
      BigInteger numId = numPr == null ? null : bigVal(child(numPr, "numId"));
      if (numId != null) {
        return new StyleNumbering(numId, intVal(child(numPr, "ilvl")));
      }
      styleId = val(child(style.getCTStyle(), "basedOn"));
    }
    return null;
  }

  static XmlObject child(XmlObject parent, String name) {
    if (parent == null) {
      return null;
    }
    XmlObject[] children = parent.selectChildren(new QName(W, name));
    return children.length == 0 ? null : children[0];
  }

  static String val(XmlObject element) {
    return attr(element, "val");
  }

  private static String attr(XmlObject element, String name) {
    if (element == null) {
      return null;
    }
    try (var cursor = element.newCursor()) {
      return cursor.getAttributeText(new QName(W, name));
    }
  }

  private static Integer intVal(XmlObject element) {
    return intAttr(element, "val");
  }

  private static Integer intAttr(XmlObject element, String name) {
    String value = attr(element, name);
    try {
      return value == null ? null : Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static BigInteger bigVal(XmlObject element) {
    String value = val(element);
    try {
      return value == null ? null : new BigInteger(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
