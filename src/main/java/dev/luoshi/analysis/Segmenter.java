package dev.luoshi.analysis;

import java.util.List;

/** Cuts text into words with parts of speech. Implementations are thread-safe. */
public interface Segmenter {
  /** The words of the text, in order, with offsets into it; whitespace is not returned. */
  List<Token> segment(String text);
}
