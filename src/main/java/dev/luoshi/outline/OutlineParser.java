package dev.luoshi.outline;

import dev.luoshi.units.Notes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the outline of a text from its numbering markers.
 *
 * <ol>
 *   <li>Markers are linked into series: 一 starts one, 二 continues the latest series of its family
 *       that stands at 一, and so on. A series of one (这是第一点, a lone 首先) numbers nothing. A marker
 *       after a comma (…，一是…，二是…) starts or continues only a series of such markers or one that
 *       goes on at the start of a sentence, never a series of headings.
 *   <li>Levels follow nesting in the text: a continuing marker closes everything opened since its
 *       predecessor; a starting series nests under what is open, after closing finished series of a
 *       deeper conventional rank or of its own family and variant (so 一、 after a finished 1、…8、
 *       list is not its child, while 一要 after the last 四、 is, and so is 第一， after the last 第三个问题).
 *   <li>A title runs from the marker to the first 。：！？ or line break when the marker opens a line,
 *       and to the first ， or ； as well when it sits inside a paragraph. A heading that has lost
 *       its line break (关于前一段工作疫情发生后，…) is cut after its head noun.
 * </ol>
 */
public final class OutlineParser {
  private static final Pattern ANNOUNCEMENT =
      Pattern.compile(
          "(?:讲|谈|提|强调|说)了?([一二三四五六七八九十两]|\\d{1,2})(?:点|个方面|条|个问题)(意见|要求|看法|想法|建议|体会)?");

  private final TitleCutter titles;

  /** A parser with the built-in heading nouns. */
  public OutlineParser() {
    this.titles = TitleCutter.builtIn();
  }

  /** The outline of a (normalised) text. */
  public Outline parse(String text) {
    return parse(text, Notes.start(text));
  }

  /**
   * The outline of a (normalised) text whose endnotes start at {@code notes} ({@link Notes#start}),
   * for a caller that needs that offset too and finds it once.
   */
  public Outline parse(String text, int notes) {
    List<Marker> markers =
        MarkerScanner.scan(text).stream().filter(m -> m.start() < notes).toList();
    Map<Marker, Series> seriesOf = link(text, markers);
    List<Point> points = nest(text, markers, seriesOf);
    return new Outline(points, checkAnnouncements(text, points, seriesOf));
  }

  /** A run of markers of one family numbered 1, 2, 3 … */
  private static final class Series {
    final List<Marker> members = new ArrayList<>();

    Marker last() {
      return members.get(members.size() - 1);
    }
  }

  private static Map<Marker, Series> link(String text, List<Marker> markers) {
    List<Series> all = new ArrayList<>();
    Map<Marker, Series> seriesOf = new IdentityHashMap<>();
    for (Marker m : markers) {
      Series target = null;
      if (m.ordinal() == 1 || excerptStart(all, m)) {
        target = new Series();
        all.add(target);
      } else {
        target = predecessor(all, m, true);
        if (target == null) {
          target = predecessor(all, m, false);
        }
        if (target != null
            && m.inline()
            && !target.last().inline()
            && !listAfterColon(text, target.last(), m)) {
          target = null; // a clause inside a point's paragraph does not continue the points
        }
      }
      if (target != null) {
        target.members.add(m);
        seriesOf.put(m, target);
      }
    }
    seriesOf.values().removeIf(s -> s.members.size() < 2);
    return seriesOf;
  }

  /**
   * Whether the marker goes on with a list that a colon opened in the same sentence (原因有三条：一是…，
   * 二是…，三是…。): the first item follows the colon, the others its commas, and all are one series.
   */
  private static boolean listAfterColon(String text, Marker first, Marker m) {
    if (first.lineStart() || "：:".indexOf(MarkerScanner.markBefore(text, 0, first.start())) < 0) {
      return false;
    }
    for (int i = first.end(); i < m.start(); i++) {
      if ("。！？；\n".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a chapter marker that opens a line begins an excerpt's numbering (a report's 摘要 that
   * starts at 二、): the first marker of its family in the text, and no 1 before it to continue. It
   * numbers a point only if the next one follows it (二、 then 三、), as any series needs two.
   */
  private static boolean excerptStart(List<Series> all, Marker m) {
    if (!m.lineStart() || !m.family().chapterLike() || m.ordinal() == Marker.LAST) {
      return false;
    }
    for (Series s : all) {
      if (s.members.get(0).family() == m.family()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The latest series the marker continues; with {@code sameVariant}, only one whose last marker
   * has the same variant (第二个问题 continues 第一个问题 rather than a 第一， nested inside it).
   */
  private static Series predecessor(List<Series> all, Marker m, boolean sameVariant) {
    Series target = null;
    int latest = -1;
    for (Series s : all) {
      Marker last = s.last();
      boolean follows =
          m.ordinal() == Marker.LAST
              ? last.ordinal() >= 2 && last.ordinal() != Marker.LAST
              : last.ordinal() == m.ordinal() - 1;
      if (last.family() == m.family()
          && follows
          && (!sameVariant || last.variant().equals(m.variant()))
          && last.start() > latest) {
        latest = last.start();
        target = s;
      }
    }
    return target;
  }

  private record Open(Series series, Marker marker) {}

  private List<Point> nest(String text, List<Marker> markers, Map<Marker, Series> seriesOf) {
    List<Point> points = new ArrayList<>();
    Deque<Open> stack = new ArrayDeque<>(); // head = innermost
    List<Integer> counters = new ArrayList<>();
    for (Marker m : markers) {
      Series series = seriesOf.get(m);
      if (series == null) {
        continue;
      }
      int depth = depthOf(stack, series);
      if (depth >= 0) {
        while (stack.size() > depth + 1) {
          stack.pop();
        }
        stack.pop();
      } else {
        while (!stack.isEmpty()) {
          Open top = stack.peek();
          boolean finished = top.series().last().start() < m.start();
          Marker t = top.marker();
          boolean deeper = t.family().rank() > m.family().rank();
          boolean again = t.family() == m.family() && t.variant().equals(m.variant());
          // a point numbered inside a paragraph (…。一是…；二是…) ends with its paragraph
          boolean paragraphOver =
              !t.lineStart() && m.lineStart() && text.lastIndexOf('\n', m.start()) > t.start();
          if (finished && (deeper || again || paragraphOver)) {
            stack.pop();
          } else {
            break;
          }
        }
      }
      stack.push(new Open(series, m));
      int level = stack.size();
      while (counters.size() > level) {
        counters.remove(counters.size() - 1);
      }
      while (counters.size() < level) {
        counters.add(0);
      }
      counters.set(level - 1, counters.get(level - 1) + 1);
      String id = String.join(".", counters.stream().map(String::valueOf).toList());
      int[] title = titles.cut(text, m);
      points.add(new Point(m, title[0], title[1], text.substring(title[0], title[1]), level, id));
    }
    return points;
  }

  private static int depthOf(Deque<Open> stack, Series series) {
    int depth = stack.size() - 1;
    for (Open o : stack) {
      if (o.series() == series) {
        return depth;
      }
      depth--;
    }
    return -1;
  }

  /** The characters an announcement opens with: 讲, 谈, 提, 强调, 说. */
  private static final String ANNOUNCEMENT_STARTS = "讲谈提强说";

  /**
   * The next announcement from {@code from}, as {@link Matcher#find()} finds it, tried only at the
   * verbs an announcement opens with, where find() tries each of them at every character.
   */
  private static boolean nextAnnouncement(Matcher m, String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (ANNOUNCEMENT_STARTS.indexOf(text.charAt(i)) >= 0
          && m.region(i, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static List<Outline.Issue> checkAnnouncements(
      String text, List<Point> points, Map<Marker, Series> seriesOf) {
    List<Outline.Issue> issues = new ArrayList<>();
    Matcher m = ANNOUNCEMENT.matcher(text);
    for (int from = 0; nextAnnouncement(m, text, from); from = m.end()) {
      int announced = Numerals.parse(m.group(1).replace('两', '二'));
      Point first = null;
      for (Point p : points) {
        if (p.start() > m.end() && p.marker().ordinal() == 1) {
          first = p;
          break;
        }
      }
      if (announced <= 0 || first == null) {
        continue;
      }
      int found = seriesOf.get(first.marker()).members.size();
      if (found != announced) {
        issues.add(
            new Outline.Issue(
                m.start(),
                "announces "
                    + m.group()
                    + " but the outline has "
                    + found
                    + " points there (from "
                    + first.marker().text()
                    + ")"));
      }
    }
    return issues;
  }
}
