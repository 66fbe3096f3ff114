package dev.luoshi.extract.deadlines;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the meeting date from a text's date line: a line that holds only a date, possibly in
 * brackets (2022年1月4日, （一九四八年十月十日）, 二〇二二年一月四日, 2017-01-11). The date line is looked for among the
 * first non-empty lines, else among the last ones (a signature date). A date inside a sentence is
 * never taken.
 */
public final class MeetingDates {
  /** How many non-empty lines at the top may hold the date line. */
  private static final int TOP_LINES = 10;

  /** How many non-empty lines at the end may hold a signature date (after it: 此件公开发布). */
  private static final int BOTTOM_LINES = 3;

  private static final String NUMBER = "[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}";
  private static final String YEAR =
      "[12][0-9]{3}|[１２][０-９]{3}|[一二][〇○零OoＯ0０一二三四五六七八九]{3}"; // 一九五O: a zero typed as O

  /** 年月日 with Arabic or Chinese numerals. */
  private static final Pattern CHINESE_DATE =
      Pattern.compile("(" + YEAR + ")年(" + NUMBER + ")月(" + NUMBER + ")[日号]");

  /**
   * More days after a date line's first date: the dates of the telegrams a heading gathers
   * (（一九五〇年八月二十七日、九月十六日）) or the last day of a meeting (三月五日至十三日). The text is dated by its first
   * day.
   */
  private static final Pattern LATER_DAYS =
      Pattern.compile(
          "(?:[、，,和及至到—－–~～-]{1,2}(?:(?:"
              + YEAR
              + ")年)?(?:(?:"
              + NUMBER
              + ")月)?(?:"
              + NUMBER
              + ")[日号])+");

  /** 2017-01-11, 2017.1.11, 2017/1/11. */
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("([12][0-9]{3})([-./])([0-9]{1,2})\\2([0-9]{1,2})");

  /** A line that opens the attachments after a signature (附件, 附件：, 附件1). */
  private static final Pattern ATTACHMENT = Pattern.compile("附件[0-9一二三四五六七八九十]*[：:]?");

  /** Brackets a date line may stand in, and markdown marks a scraped line may start with. */
  private static final String WRAPPERS = "（）()【】[]〔〕<>〈〉「」*#>_";

  private MeetingDates() {}

  /**
   * The date of the text's date line: the first among the first ten non-empty lines, else the last
   * among the last three before the end of the text or before its attachments (附件). Empty when
   * there is none.
   */
  public static Optional<LocalDate> fromDateLine(String text) {
    Objects.requireNonNull(text, "text");
    List<String> lines = nonBlankLines(text);
    for (int i = 0; i < Math.min(TOP_LINES, lines.size()); i++) {
      Optional<LocalDate> date = parseHeaderLine(lines.get(i));
      if (date.isPresent()) {
        return date;
      }
    }
    int end = lines.size();
    for (int i = TOP_LINES; i < lines.size(); i++) {
      if (ATTACHMENT.matcher(lines.get(i).strip()).matches()) {
        end = i;
        break;
      }
    }
    for (int i = end - 1; i >= Math.max(TOP_LINES, end - BOTTOM_LINES); i--) {
      Optional<LocalDate> date = parseDateLine(lines.get(i));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /**
   * The lines of the text that are not blank, in order: {@code text.split("\\R")} without the blank
   * ones, cut by a loop rather than the regular expression (a line break is \r\n, or one of \n,
   * \u000B, \f, \r, \u0085, \u2028 and \u2029).
   */
  static List<String> nonBlankLines(String text) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      boolean lineBreak =
          c == '\n'
              || c == '\u000B'
              || c == '\f'
              || c == '\r'
              || c == '\u0085'
              || c == '\u2028'
              || c == '\u2029';
      if (!lineBreak) {
        continue;
      }
      String line = text.substring(from, i);
      if (!line.isBlank()) {
        lines.add(line);
      }
      if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
        i++;
      }
      from = i + 1;
    }
    return lines;
  }

  /**
   * The date a line holds when the line is nothing but a date, possibly in brackets and whitespace;
   * empty otherwise (also for an impossible date such as 2月30日).
   */
  public static Optional<LocalDate> parseDateLine(String line) {
    Objects.requireNonNull(line, "line");
    String s = strip(squeezed(line));
    Matcher m = CHINESE_DATE.matcher(s);
    if (m.lookingAt()
        && (m.end() == s.length() || LATER_DAYS.matcher(s).region(m.end(), s.length()).matches())) {
      return date(
          ChineseNumerals.parse(m.group(1)),
          ChineseNumerals.parse(m.group(2)),
          ChineseNumerals.parse(m.group(3)));
    }
    m = NUMERIC_DATE.matcher(s);
    if (m.matches()) {
      return date(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }
    return Optional.empty();
  }

  /** A label before a date in a header (会议时间：, 日期：). */
  private static final Pattern LABEL = Pattern.compile("^[^：:，。；]{0,6}(?:时间|日期)[：:]");

  /**
   * What may follow the date in a header: the weekday and the hour (（星期一）上午9:00, 下午3时), where it
   * was said (在…会议上, 在…上的讲话, 于…), or the minutes it heads (…县政府常务会议纪要).
   */
  private static final Pattern AFTER_DATE =
      Pattern.compile(
          "(?:[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?"
              + "(?:(?:上午|下午|晚上|早上|中午)?(?:[0-9０-９]{1,2}(?:[:：][0-9０-９]{2}|时|点)[^，。；]{0,6})?)?"
              + "(?:[在于][^。；！？]{0,60}|[^。；！？，]{0,40}(?:纪要|会议记录))?");

  /** A date at the start of a string, with what may follow it in a header. */
  private static final Pattern LEADING_DATE =
      Pattern.compile("(" + CHINESE_DATE.pattern() + ")" + AFTER_DATE.pattern());

  /**
   * The date a header line gives: a line that is nothing but a date ({@link #parseDateLine}); a
   * date after a label (会议时间：2025年3月10日上午9:00); a line that opens with a date and goes on to where
   * it was said (2025年3月10日在全县工作会议上的讲话) or to the minutes it heads (2025年3月10日局务会议纪要); or a title
   * that ends with such a date in brackets (在全县工作会议上的讲话（2025年3月10日）). Empty otherwise.
   */
  public static Optional<LocalDate> parseHeaderLine(String line) {
    Optional<LocalDate> whole = parseDateLine(line);
    if (whole.isPresent()) {
      return whole;
    }
    String s = squeezed(line);
    Matcher label = LABEL.matcher(s);
    if (label.find()) {
      s = s.substring(label.end());
      Optional<LocalDate> labelled = parseDateLine(s);
      if (labelled.isPresent()) {
        return labelled;
      }
    } else if (!s.isEmpty() && "）)".indexOf(s.charAt(s.length() - 1)) >= 0) {
      int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
      if (open < 0) {
        return Optional.empty();
      }
      s = s.substring(open + 1, s.length() - 1);
    }
    Matcher m = LEADING_DATE.matcher(s);
    if (m.matches()) {
      return parseDateLine(m.group(1));
    }
    // the opening sentence of minutes or a report: 2025年3月10日，县长…主持召开县政府常务会议
    Matcher convened = CONVENED.matcher(s);
    if (convened.lookingAt()) {
      return parseDateLine(convened.group(1));
    }
    // a flattened header: the title, its date in brackets, then the byline and the speech itself
    if (!bracketWithin(line, TITLE_REACH)) {
      return Optional.empty(); // no match of TITLED_DATE can start before TITLE_REACH
    }
    Matcher titled = TITLED_DATE.matcher(line);
    if (titled.find() && titled.start() < TITLE_REACH) {
      Matcher d = LEADING_DATE.matcher(squeezed(titled.group(1)));
      if (d.matches()) {
        return parseDateLine(d.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * A sentence that opens with the date and says a meeting was held on it (2025年3月10日，县长王某主持召开
   * 县政府常务会议; 2025年3月10日上午，局党组举行…会议): how minutes and reports of a meeting begin. Not a narrative of
   * it (…召开了…会议), which may tell of an earlier meeting.
   */
  private static final Pattern CONVENED =
      Pattern.compile(
          "("
              + CHINESE_DATE.pattern()
              + ")(?:上午|下午|晚上|早上|中午)?[，,][^。！？；了]{0,40}?(?:召开|举行)(?!了)[^。！？；]{0,40}?会");

  /** How far into a line a flattened header's bracketed date may stand. */
  private static final int TITLE_REACH = 120;

  /** A speech's title word and the bracket after it (…的讲话（2020年11月24日）习近平…). */
  private static final Pattern TITLED_DATE =
      Pattern.compile("(?:讲话|致辞|发言|报告|总结|讲稿|贺词)[（(]([^（）()]{6,80})[）)]");

  /**
   * Whether an opening bracket stands where one of {@link #TITLED_DATE} that starts before {@code
   * reach} has it: after its title word of two characters, at 2 to {@code reach + 1}.
   */
  private static boolean bracketWithin(String line, int reach) {
    int end = Math.min(line.length(), reach + 2);
    for (int i = 2; i < end; i++) {
      char c = line.charAt(i);
      if (c == '（' || c == '(') {
        return true;
      }
    }
    return false;
  }

  private static String squeezed(String line) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0' && c != '\ufeff') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && WRAPPERS.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && WRAPPERS.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
