package dev.luoshi.extract;

import dev.luoshi.outline.Outline;
import dev.luoshi.outline.Point;
import dev.luoshi.plan.Owner;
import dev.luoshi.units.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Owner tags that close an item — （县民政局牵头，县财政局配合） on its own line, or （县民政局负责） at the end of the
 * item's last sentence — and the tasks they carry: every task before the tag, in the tag's scope,
 * that names no owner of its own. A secretary fills the whole item's rows from such a tag.
 *
 * <p>The scope, chosen so that a tag never reaches past what it plainly closes:
 *
 * <ul>
 *   <li>Only a tag that ends its line closes anything; a tag with more sentences after it on its
 *       line belongs to the sentence before it alone.
 *   <li>The item is the innermost numbered point that starts a line (一、 （一） 1. （1） …); points
 *       enumerated inside a paragraph (一是…，二是…) are parts of the paragraph, not items. When the tag
 *       is the item's last sentence (what follows starts another line-starting point, or nothing
 *       follows), the scope runs from the item's marker.
 *   <li>Otherwise (no numbered item, or the item goes on after the tag) the scope is the tag's
 *       paragraph: its own line, or the line before when the tag stands alone on its line.
 *   <li>A scope with another tag in it is tagged sentence by sentence (（县财政局负责） after one sentence,
 *       （县发展改革局负责） after a later one): its last tag belongs to the sentence before it alone, and a
 *       sentence between the two that names nobody stays without owners rather than take either.
 * </ul>
 */
final class ClosingTags {
  private ClosingTags() {}

  /**
   * The tasks with the owners they are given by the tags that close their items.
   *
   * @param text the normalised text
   * @param body the units before the notes, in order
   * @param outline the text's outline
   * @param found the tasks, in text order
   * @param tags the owners of each unit of {@code body} that ends with an owner tag, by position in
   *     {@code body}
   */
  static List<Found> apply(
      String text,
      List<Unit> body,
      Outline outline,
      List<Found> found,
      Map<Integer, List<Owner>> tags) {
    if (tags.isEmpty() || found.isEmpty()) {
      return found;
    }
    List<Point> items = lineStarting(text, outline.points());
    List<Found> out = new ArrayList<>(found);
    int next = 0; // the first task not yet passed
    int lastTag = -1; // where the last tag seen ends
    for (int k = 0; k < body.size(); k++) {
      List<Owner> owners = tags.get(k);
      if (owners == null) {
        continue;
      }
      Unit tag = body.get(k);
      int from = scopeStart(body, k, items);
      boolean tagged = lastTag > from;
      lastTag = tag.end();
      if (from == Integer.MAX_VALUE || tagged) {
        continue;
      }
      while (next < out.size() && out.get(next).unit().end() <= tag.start()) {
        Found f = out.get(next);
        if (f.unit().start() >= from && f.owners().isEmpty() && f.impliedOwners().isEmpty()) {
          out.set(next, f.implied(owners, tag));
        }
        next++;
      }
    }
    return out;
  }

  /**
   * Where the scope of the tag in {@code body[k]} begins, or {@link Integer#MAX_VALUE} when the tag
   * does not end its line and so closes nothing.
   */
  private static int scopeStart(List<Unit> body, int k, List<Point> items) {
    Unit tag = body.get(k);
    Unit after = k + 1 < body.size() ? body.get(k + 1) : null;
    if (after != null && after.line() == tag.line()) {
      return Integer.MAX_VALUE;
    }
    Point item = itemAt(items, tag.start());
    // A unit that opens a point may hold a little furniture before its marker (## 一、).
    if (item != null
        && (after == null
            || itemAt(items, after.start() + Math.min(4, after.text().length())) != item)) {
      return item.start();
    }
    boolean alone = k > 0 && body.get(k - 1).line() != tag.line();
    int line = alone ? body.get(k - 1).line() : tag.line();
    int i = alone ? k - 1 : k;
    while (i > 0 && body.get(i - 1).line() == line) {
      i--;
    }
    return body.get(i).start();
  }

  /** The last item starting at or before the offset, or null. */
  private static Point itemAt(List<Point> items, int offset) {
    int lo = 0;
    int hi = items.size() - 1;
    Point at = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (items.get(mid).start() <= offset) {
        at = items.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return at;
  }

  /** The points whose marker opens its line (after spaces or Markdown furniture). */
  private static List<Point> lineStarting(String text, List<Point> points) {
    List<Point> out = new ArrayList<>();
    for (Point p : points) {
      int i = p.start() - 1;
      while (i >= 0 && text.charAt(i) != '\n' && isFurniture(text.charAt(i))) {
        i--;
      }
      if (i < 0 || text.charAt(i) == '\n') {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean isFurniture(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '#' || c == '*' || c == '>';
  }
}
