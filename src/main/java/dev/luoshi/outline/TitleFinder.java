package dev.luoshi.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a speech's title: a Markdown {@code #} line, or the first short line with no sentence mark
 * that is neither a greeting (同志们：) nor a date or document number, joined with a second such line
 * when a document title runs over two lines.
 */
public final class TitleFinder {
  private static final int MAX = 60;
  private static final Pattern NOT_TITLE =
      Pattern.compile("[。！？；!?;：:]|^[（(]?[0-9一二三四五六七八九十〇零○年月日\\s]+[）)]?$|〔\\d{4}〕|^(?:附件|同志们|各位)");

  private TitleFinder() {}

  /** The title, or null when the text does not open with one. */
  public static String find(String text) {
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\n", 8)) {
      String s = raw.strip().replace("\u3000", "");
      if (!s.isEmpty()) {
        lines.add(s);
      }
      if (lines.size() == 3) {
        break;
      }
    }
    if (lines.isEmpty()) {
      return null;
    }
    String first = lines.get(0);
    if (first.startsWith("#")) {
      String t = first.replaceFirst("^#+", "").strip();
      return t.isEmpty() ? null : t;
    }
    if (!titleLike(first)) {
      return null;
    }
    if (lines.size() > 1
        && titleLike(lines.get(1))
        && !MarkerScanner.opensWithMarker(lines.get(1)) // 一、…: the body has begun
        && first.length() + lines.get(1).length() <= MAX
        && !first.endsWith("讲话")
        && !first.endsWith("意见")
        && !first.endsWith("通知")) {
      return first + lines.get(1);
    }
    return first;
  }

  /** Whether a line could be a title: short, with no sentence mark, no date or number alone. */
  public static boolean titleLike(String line) {
    return line.length() <= MAX && !NOT_TITLE.matcher(line).find() && !line.startsWith(">");
  }
}
