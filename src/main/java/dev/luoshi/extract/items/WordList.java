package dev.luoshi.extract.items;

import java.util.Collection;
import java.util.Set;

/** A set of words looked up longest first at a position of a text. Immutable. */
final class WordList {
  private final Set<String> words;
  private final int longest;

  WordList(Collection<String> words) {
    this.words = Set.copyOf(words);
    this.longest = this.words.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The words of the list. */
  Set<String> words() {
    return words;
  }

  /** Whether the list holds the word. */
  boolean contains(String word) {
    return words.contains(word);
  }

  /** The length of the longest word of the list that starts at {@code at}, or 0. */
  int match(String text, int at) {
    for (int len = Math.min(longest, text.length() - at); len > 0; len--) {
      if (words.contains(text.substring(at, at + len))) {
        return len;
      }
    }
    return 0;
  }

  /** The length of the longest word of the list that ends at {@code end}, or 0. */
  int matchEnding(String text, int end) {
    for (int len = Math.min(longest, end); len > 0; len--) {
      if (words.contains(text.substring(end - len, end))) {
        return len;
      }
    }
    return 0;
  }

  /**
   * Whether a longer word of the list covers the stretch {@code [at, at + len)} of the text, as 存在
   * covers 在 or 及时 covers 及.
   */
  boolean covers(String text, int at, int len) {
    int first = Math.max(0, at + len - longest);
    for (int s = first; s <= at; s++) {
      for (int l = Math.max(at + len - s, 1); l <= longest && s + l <= text.length(); l++) {
        if ((s != at || l != len) && words.contains(text.substring(s, s + l))) {
          return true;
        }
      }
    }
    return false;
  }
}
