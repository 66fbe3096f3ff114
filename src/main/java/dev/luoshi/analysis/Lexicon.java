package dev.luoshi.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Words the segmenter must keep whole, with their part of speech: the genre's unit and role names
 * (处室, 局属单位, 班子成员 …) and time phrases (日前 is not a word in 3月15日前).
 */
public record Lexicon(List<Entry> entries) {
  /** One word and its tag. */
  public record Entry(String word, String pos) {
    /** Rejects blanks. */
    public Entry {
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(pos, "pos");
      if (word.isBlank() || pos.isBlank()) {
        throw new IllegalArgumentException("blank lexicon entry");
      }
    }
  }

  /** Copies the entries. */
  public Lexicon {
    entries = List.copyOf(entries);
  }

  /** The built-in lexicon, from {@code domain-words.txt} beside this class. */
  public static Lexicon builtIn() {
    try (InputStream in = Lexicon.class.getResourceAsStream("domain-words.txt")) {
      return read(Objects.requireNonNull(in, "domain-words.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads lines of "word [pos]" (pos defaults to n); '#' starts a comment, blank lines are skipped.
   */
  public static Lexicon read(InputStream in) throws IOException {
    List<Entry> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      int hash = line.indexOf('#');
      String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (s.isEmpty()) {
        continue;
      }
      String[] f = s.split("\\s+");
      out.add(new Entry(f[0], f.length > 1 ? f[1] : "n"));
    }
    return new Lexicon(out);
  }

  /** This lexicon followed by another's entries. */
  public Lexicon plus(Lexicon more) {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(more.entries);
    return new Lexicon(all);
  }
}
