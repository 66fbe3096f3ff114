package dev.luoshi.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbering markers where a numbered point can start: at the start of a line (after
 * indentation and Markdown furniture) or right after a sentence or colon mark. A marker elsewhere
 * (这是第一点) numbers nothing.
 */
final class MarkerScanner {
  private static final String CN = "[一二三四五六七八九十ㄧ壹贰叁参肆伍陆柒捌玖拾]";

  private static final String STEMS = Numerals.STEMS;

  private record Shape(Family family, Pattern pattern) {}

  private static final Shape PART =
      new Shape(
          Family.ORDINAL, Pattern.compile("第(" + CN + "{1,3})(部分|章|篇|节|条)(?=[ \\t\u3000]+\\S)"));

  private static final Shape CLOSING_PAREN =
      new Shape(Family.PAREN_ARABIC, Pattern.compile("(\\d{1,2})[）)](?![\\d%％])"));

  private static final Shape BARE =
      new Shape(
          Family.BARE_CN,
          Pattern.compile("(" + CN + "{1,3})(?=[ \\t\u3000]*(?:\\r?\\n|$)|[ \\t\u3000]+\\S)"));

  // 1 总则, 1.1 编制目的, 3.2.1 …: decimals before a space and a title; the point's number is the
  // last part (1.2 is the second section of its chapter)
  private static final Shape DECIMAL_1 =
      new Shape(Family.DECIMAL_1, Pattern.compile("(\\d{1,2})(?=[ \u3000]+[^\\s\\d.．|｜])"));

  private static final Shape DECIMAL_2 =
      new Shape(
          Family.DECIMAL_2, Pattern.compile("\\d{1,2}[.．](\\d{1,2})(?=[ \u3000]+[^\\s\\d.．|｜])"));

  private static final Shape DECIMAL_3 =
      new Shape(
          Family.DECIMAL_3,
          Pattern.compile("\\d{1,2}[.．]\\d{1,2}[.．](\\d{1,2})(?=[ \u3000]+[^\\s\\d.．|｜])"));

  /** 甲、 乙、: the stems with a 、, at a line start only (甲、乙双方 inside a sentence names no part). */
  private static final Shape STEM_COMMA =
      new Shape(Family.PAREN_STEM, Pattern.compile("([" + STEMS + "])、"));

  /** Shapes that number a point only at the start of a line. */
  private static final Set<Shape> LINE_START_ONLY =
      Set.of(PART, CLOSING_PAREN, BARE, DECIMAL_1, DECIMAL_2, DECIMAL_3, STEM_COMMA);

  // Tried in order at each boundary; the first that matches wins.
  private static final List<Shape> SHAPES =
      List.of(
          // 一、 (a 、 after a Chinese numeral of up to three characters)
          new Shape(Family.CN_COMMA, Pattern.compile("(" + CN + "{1,3})、")),
          // （一） (一)
          new Shape(Family.PAREN_CN, Pattern.compile("[（(](" + CN + "{1,3})[）)]")),
          // （甲） (乙), and 甲、 乙、 at a line start
          new Shape(Family.PAREN_STEM, Pattern.compile("[（(]([" + STEMS + "])[）)]")),
          STEM_COMMA,
          // （1） (1)
          new Shape(Family.PAREN_ARABIC, Pattern.compile("[（(](\\d{1,2})[）)]")),
          // 1.1.1, 1.1 and 1 before a space and a title, at a line start only
          DECIMAL_3,
          DECIMAL_2,
          DECIMAL_1,
          // 1. but not 1.5 or 2019.3
          new Shape(Family.ARABIC_DOT, Pattern.compile("(\\d{1,2})[.．](?![\\d.．])")),
          // 1、
          new Shape(Family.ARABIC_COMMA, Pattern.compile("(\\d{1,2})、")),
          // ①
          new Shape(Family.CIRCLED, Pattern.compile("([①-⑳])")),
          // 第一， 第二点， 第三个问题， 第四方面：, 第一件事，, 第一步，, the spoken 第一个， (and 第二个呢， with a particle of
          // speech before the comma) and, after a counted word, 第一点是 第二个问题是
          new Shape(
              Family.ORDINAL,
              Pattern.compile(
                  "第("
                      + CN
                      + "{1,3})(点|个问题|个方面|方面|条|项|部分|件事|个|步)?(?:[呢啊嘛]?[，,]|[、：:]|(?<=[点题面条项分事])是)")),
          // 第一部分 关于…, 第二章 总则, 第三条 人员安置: a part, chapter or article before a space and its title,
          // at a line start only
          PART,
          // 1） 1) at a line start only (inline, 3) closes many a bracket)
          CLOSING_PAREN,
          // 一个是 opens a 第一，第二， series in speech (…，一个是…；第二，…)
          new Shape(Family.ORDINAL, Pattern.compile("(一)个是")),
          // 一是 二要 (also 1要 typed for 一要)
          new Shape(Family.ENUMERATION, Pattern.compile("(" + CN + "|[1-9])(是|要)(?![否不])")),
          // 首先， 其次， 再次， 最后， (also spoken, 首先呢，)
          new Shape(Family.SEQUENCE, Pattern.compile("(首先|其次|再次|再者|最后)[呢啊嘛]?[，,]")),
          // ## 一 (a numeral alone on its line, or before a space and a title): at a line start only
          BARE);

  private MarkerScanner() {}

  /** Every marker at a boundary of the text, in order. */
  static List<Marker> scan(String text) {
    List<Marker> out = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    boolean blankSoFar = true;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lineStart = i + 1;
        blankSoFar = true;
        continue;
      }
      boolean atLineStart = blankSoFar;
      if (!isFurniture(c)) {
        blankSoFar = false;
        boolean inline = !atLineStart && afterComma(text, lineStart, i);
        Marker m = null;
        if (atLineStart || inline || afterSentenceMark(text, lineStart, i)) {
          m = match(text, i, atLineStart, inline);
        } else if ("一二三四五六七八九十".indexOf(c) >= 0 && lostLineBreak(text, lineStart, i)) {
          // Only a numeral can be glued on, so the look back is taken at numerals alone.
          m = glued(text, i);
        }
        if (m != null) {
          out.add(m);
          i = m.end() - 1;
        }
      }
    }
    return out;
  }

  /**
   * Every character a shape's match can open with: its numerals, brackets, digits, circled numbers
   * and the words that open a sequence. A boundary at any other character (most of them) is no
   * marker, and is passed without a matcher per shape (a test checks the list against the shapes).
   */
  static final String OPENERS =
      "一二三四五六七八九十ㄧ壹贰叁参肆伍陆柒捌玖拾（(0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳第首其再最" + STEMS;

  /** The shapes' patterns, in order (for the test of {@link #OPENERS}). */
  static List<Pattern> patterns() {
    return SHAPES.stream().map(Shape::pattern).toList();
  }

  /** Whether a line opens with a point's marker (一、, （一）, 1., 第一部分 …), read as at a line start. */
  static boolean opensWithMarker(String line) {
    return !line.isEmpty() && match(line, 0, true, false) != null;
  }

  private static Marker match(String text, int at, boolean lineStart, boolean inline) {
    if (OPENERS.indexOf(text.charAt(at)) < 0) {
      return null;
    }
    for (Shape shape : SHAPES) {
      if (inline && !shape.family().inline() || !lineStart && LINE_START_ONLY.contains(shape)) {
        continue;
      }
      Matcher m = shape.pattern().matcher(text).region(at, text.length());
      if (m.lookingAt()) {
        int ordinal = ordinal(shape.family(), m.group(1));
        if (ordinal > 0) {
          String variant = m.groupCount() > 1 && m.group(2) != null ? m.group(2) : "";
          return new Marker(
              shape.family(), ordinal, variant, m.group(), at, m.end(), lineStart, inline);
        }
      }
    }
    return null;
  }

  /**
   * A bare numeral glued to the text after it where a flattened text lost its line break: after a
   * source note that dates a piece (…（2020年2月5日在…上的讲话）二确保…) or after a byline (※某某一当前…). It numbers
   * a chapter, as 一 alone on its line does; 一些, 一个, 一是 … are words, not numerals.
   */
  private static Marker glued(String text, int at) {
    Matcher m = GLUED_NUMERAL.matcher(text).region(at, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    int ordinal = Numerals.parse(m.group(1));
    return ordinal > 0
        ? new Marker(Family.BARE_CN, ordinal, "", m.group(), at, m.end(), true, false)
        : null;
  }

  private static final Pattern GLUED_NUMERAL =
      Pattern.compile("([一二三四五六七八九十]{1,2})(?=[\\u4e00-\\u9fa5“])(?![是要个些切方])");

  /** A source note with a date in it (（2020年2月5日在…的讲话）), ending right before a position. */
  private static final Pattern SOURCE_NOTE =
      Pattern.compile("[（(][^（()）\\n]{0,60}?\\d{4}年[^（()）\\n]{0,60}[）)]$");

  /** A byline after the reference mark (※习近平), ending right before a position. */
  private static final Pattern BYLINE = Pattern.compile("※[\\u4e00-\\u9fa5·]{2,5}$");

  /** Whether what stands right before {@code i} shows that a line break was lost there. */
  private static boolean lostLineBreak(String text, int lineStart, int i) {
    if (i - lineStart < 3) {
      return false;
    }
    char p = text.charAt(i - 1);
    boolean byline = false;
    for (int k = i - 1; k >= Math.max(lineStart, i - 7) && !byline; k--) {
      byline = text.charAt(k) == '※';
    }
    if (p != '）' && p != ')' && !byline) {
      return false; // neither a closing note nor a byline just before: the common case, cheaply
    }
    String before = text.substring(Math.max(lineStart, i - 130), i);
    return SOURCE_NOTE.matcher(before).find() || BYLINE.matcher(before).find();
  }

  private static int ordinal(Family family, String number) {
    return switch (family) {
      case CIRCLED -> number.charAt(0) - '①' + 1;
      case PAREN_STEM -> STEMS.indexOf(number.charAt(0)) + 1;
      case SEQUENCE ->
          switch (number) {
            case "首先" -> 1;
            case "其次" -> 2;
            case "再次", "再者" -> 3;
            default -> Marker.LAST;
          };
      default -> Numerals.parse(number.replace('ㄧ', '一'));
    };
  }

  /** Whitespace and Markdown furniture that may stand before a marker at the start of a line. */
  static boolean isFurniture(char c) {
    return Character.isWhitespace(c)
        || c == '\u3000'
        || c == '\u00a0'
        || c == '\ufeff'
        || c == '#'
        || c == '>'
        || c == '*';
  }

  private static boolean afterComma(String text, int lineStart, int i) {
    return i > lineStart && (text.charAt(i - 1) == '，' || text.charAt(i - 1) == ',');
  }

  private static boolean afterSentenceMark(String text, int lineStart, int i) {
    return "。！？；：!?;:".indexOf(markBefore(text, lineStart, i)) >= 0;
  }

  /**
   * The mark that ends what stands before position {@code i}, furniture stepped over and no further
   * back than {@code from}; a photo credit (记者 某某/摄), glued to the next heading, reads as a 。. 0
   * when the text there ends with no mark.
   */
  static char markBefore(String text, int from, int i) {
    int k = i - 1;
    while (k >= from && isFurniture(text.charAt(k))) {
      k--;
    }
    if (k < from) {
      return 0;
    }
    char p = text.charAt(k);
    if (p == '摄' && k > from && text.charAt(k - 1) == '/') {
      return '。';
    }
    return p;
  }
}
