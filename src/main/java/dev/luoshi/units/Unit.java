package dev.luoshi.units;

import java.util.Objects;

/**
 * A stretch of the source ended by 。！？； (or their half-width forms, the full stop only after
 * Chinese text) or a line break, with surrounding whitespace trimmed (GUIDELINE §1).
 *
 * @param index position among the text's units, from 0
 * @param start offset of the first char in the text (UTF-16 index)
 * @param end offset after the last char (exclusive)
 * @param line line of {@code start}, from 1
 * @param text the source between start and end, verbatim
 */
public record Unit(int index, int start, int end, int line, String text) {
  /** Rejects inconsistent offsets. */
  public Unit {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != text.length() || line < 1) {
      throw new IllegalArgumentException("bad unit " + start + ".." + end + " line " + line);
    }
  }

  /** Whether the unit ends with a sentence mark rather than at a line break. */
  public boolean closed() {
    // A unit ends where its text does: what follows its last char is whitespace or a new unit.
    return !text.isEmpty() && UnitSplitter.endsUnit(text, text.length() - 1);
  }
}
