package dev.luoshi.analysis;

/** Folds traditional characters into simplified ones. Implementations are thread-safe. */
public interface ScriptConverter {
  /**
   * The simplified form of the text, of exactly the same length, so that an offset into the result
   * is the same offset into the input.
   */
  String toSimplified(String text);
}
