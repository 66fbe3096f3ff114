package dev.luoshi.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The extractor's test for a figure to reach answers as the regular expression it replaced, a
 * search of the unit's region: every digit, percent sign and bound on a number, inside the region
 * or cut by its edges.
 */
class FigureProperties {
  private static final Pattern FIGURE = Pattern.compile("\\d|[％%]|以上|以内|左右|不低于|不少于|不超过");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("以上内左右不低于少超过0９9％%目标是，。").ofMaxLength(20);
  }

  @Property(tries = 5000)
  void holdsAFigureAsTheRegionSearchFindsOne(
      @ForAll("texts") String text,
      @ForAll @IntRange(max = 20) int from,
      @ForAll @IntRange(max = 20) int to) {
    int start = Math.min(Math.min(from, to), text.length());
    int end = Math.min(Math.max(from, to), text.length());
    assertEquals(
        FIGURE.matcher(text).region(start, end).find(),
        Extractor.holdsFigure(text, start, end),
        text + " [" + start + ", " + end + ")");
  }
}
