package dev.luoshi.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The semantic classes of words from the thesaurus HanLP ships (同义词词林 extended, {@code
 * CoreSynonym.txt}): each word has one or more codes such as {@code Ae13A01} (people: teachers) or
 * {@code Dm01A03} (institutions). A code is read from the left: its first letter is the major class
 * (A people, B things, D abstractions, H activities …), the next the medium class. Loaded once per
 * process from the classpath; immutable and thread-safe.
 */
public final class WordClasses {
  private static final String RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";

  private final Map<String, List<String>> codes;

  private WordClasses(Map<String, List<String>> codes) {
    this.codes = codes;
  }

  /** The thesaurus bundled with HanLP, or an empty one when the jar lacks it. */
  public static WordClasses builtIn() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final WordClasses INSTANCE = load();
  }

  private static WordClasses load() {
    ClassLoader loader = WordClasses.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      return in == null ? new WordClasses(Map.of()) : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads lines of "CODE= word word …" (the code's last character is =, # or @). */
  static WordClasses read(InputStream in) throws IOException {
    Map<String, List<String>> out = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      line = line.strip();
      if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      String[] parts = line.split(" ");
      if (parts.length < 2 || parts[0].length() < 8) {
        continue;
      }
      String code = parts[0].substring(0, 7);
      for (int i = 1; i < parts.length; i++) {
        if (!parts[i].isEmpty()) {
          out.computeIfAbsent(parts[i], k -> new ArrayList<>(2)).add(code);
        }
      }
    }
    Map<String, List<String>> frozen = new HashMap<>(out.size() * 2);
    out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new WordClasses(frozen);
  }

  /** The codes of the word, in the thesaurus's order; empty when it is not listed. */
  public List<String> codes(String word) {
    return codes.getOrDefault(word, List.of());
  }

  /** Whether any sense of the word has a code starting with one of the prefixes. */
  public boolean any(String word, List<String> prefixes) {
    for (String c : codes(word)) {
      for (String p : prefixes) {
        if (c.startsWith(p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the word's first (main) sense has a code starting with one of the prefixes. */
  public boolean first(String word, List<String> prefixes) {
    List<String> c = codes(word);
    if (c.isEmpty()) {
      return false;
    }
    for (String p : prefixes) {
      if (c.get(0).startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
