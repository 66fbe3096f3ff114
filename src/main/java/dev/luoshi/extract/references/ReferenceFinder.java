package dev.luoshi.extract.references;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the documents a unit names in 《》 (GUIDELINE §4 references), as offsets into it. */
public final class ReferenceFinder {
  private static final Pattern TITLE = Pattern.compile("《[^《》\\n]{1,80}》");

  private ReferenceFinder() {}

  /** The [start, end) of each 《title》 in the unit, brackets included, in order, once each. */
  public static List<int[]> find(String unit) {
    List<int[]> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    Matcher m = TITLE.matcher(unit);
    while (m.find()) {
      if (!seen.contains(m.group())) {
        seen.add(m.group());
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }
}
