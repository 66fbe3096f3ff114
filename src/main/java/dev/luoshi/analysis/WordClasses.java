package dev.luoshi.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The semantic classes of words from the thesaurus HanLP ships (同义词词林 extended, {@code
 * CoreSynonym.txt}): each word has one or more codes such as {@code Ae13A01} (people: teachers) or
 * {@code Dm01A03} (institutions). A code is read from the left: its first letter is the major class
 * (A people, B things, D abstractions, H activities …), the next the medium class. Loaded once per
 * process from the classpath; immutable and thread-safe.
 *
 * <p>The thesaurus is kept as the text it was read from, with a hash table of where each of its
 * words stands and the line (code) it stands on: reading it makes no string per word, which made
 * the map of words to lists this class used to build the costliest table of a cold start (about
 * 90,000 words).
 *
 * <p>The build writes that table, read from the thesaurus in the jar, as a resource beside this
 * class ({@link #INDEX}, made by {@link WordClassesIndex} in the process-classes phase): a start
 * maps it in with a few bulk copies instead of reading 500,000 characters one at a time and hashing
 * 90,000 words (about 75 ms of processor time on the head-start thread of a cold start). Without
 * the resource (classes run from an IDE without the build step) the text is read.
 */
public final class WordClasses {
  static final String RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";

  /** The table read from {@link #RESOURCE}, as {@link #write} writes it; beside this class. */
  static final String INDEX = "word-classes.bin";

  /** The first int of {@link #INDEX}: "LSWC" and a format version. */
  private static final int MAGIC = 0x4c535701;

  /**
   * The length of a code: the first seven characters of a line's first field ({@code Aa01A01=}).
   */
  private static final int CODE = 7;

  private final char[] text;

  /** Per word entry, in the order read: where the word starts in the text, and its length. */
  private final int[] start;

  private final int[] length;

  /** Per word entry: where the code of its line starts in the text. */
  private final int[] code;

  /** Per word entry: the previous entry in its bucket, or -1. */
  private final int[] previous;

  /** Per bucket (a power of two of them): the last entry read into it, or -1. */
  private final int[] last;

  private WordClasses(
      char[] text, int[] start, int[] length, int[] code, int[] previous, int[] last) {
    this.text = text;
    this.start = start;
    this.length = length;
    this.code = code;
    this.previous = previous;
    this.last = last;
  }

  private WordClasses(char[] text, int[] start, int[] length, int[] code, int entries) {
    this.text = text;
    this.start = Arrays.copyOf(start, entries);
    this.length = Arrays.copyOf(length, entries);
    this.code = Arrays.copyOf(code, entries);
    this.previous = new int[entries];
    int buckets = Integer.highestOneBit(Math.max(entries, 8) * 2);
    this.last = new int[buckets];
    Arrays.fill(last, -1);
    for (int e = 0; e < entries; e++) {
      int b = bucket(hash(text, start[e], length[e]));
      previous[e] = last[b];
      last[b] = e;
    }
  }

  /** The thesaurus bundled with HanLP, or an empty one when the jar lacks it. */
  public static WordClasses builtIn() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final WordClasses INSTANCE = load();
  }

  private static WordClasses load() {
    try (InputStream index = WordClasses.class.getResourceAsStream(INDEX)) {
      if (index != null) {
        return readIndex(index);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return readThesaurus();
  }

  /** The thesaurus in the jar read from its text, or an empty one when the jar lacks it. */
  static WordClasses readThesaurus() {
    ClassLoader loader = WordClasses.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      return in == null ? read(InputStream.nullInputStream()) : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes this table as {@link #readIndex} reads it: little-endian ints, the magic number, the
   * lengths of the text, of the entries and of the buckets, then the text's characters and the
   * arrays.
   */
  void write(OutputStream out) throws IOException {
    int entries = start.length;
    ByteBuffer b =
        ByteBuffer.allocate(16 + 2 * text.length + 16 * entries + 4 * last.length)
            .order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(MAGIC).putInt(text.length).putInt(entries).putInt(last.length);
    b.asCharBuffer().put(text);
    b.position(b.position() + 2 * text.length);
    for (int[] a : new int[][] {start, length, code, previous, last}) {
      b.asIntBuffer().put(a);
      b.position(b.position() + 4 * a.length);
    }
    out.write(b.array());
  }

  /** Reads a table that {@link #write} wrote. */
  static WordClasses readIndex(InputStream in) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
    if (b.remaining() < 16 || b.getInt() != MAGIC) {
      throw new IOException("not a word-class index: " + INDEX);
    }
    char[] text = new char[b.getInt()];
    int entries = b.getInt();
    int buckets = b.getInt();
    b.asCharBuffer().get(text);
    b.position(b.position() + 2 * text.length);
    int[][] arrays = {
      new int[entries], new int[entries], new int[entries], new int[entries], new int[buckets]
    };
    for (int[] a : arrays) {
      b.asIntBuffer().get(a);
      b.position(b.position() + 4 * a.length);
    }
    return new WordClasses(text, arrays[0], arrays[1], arrays[2], arrays[3], arrays[4]);
  }

  /** Whether the two tables hold the same text and arrays (the index against its source). */
  boolean sameTable(WordClasses other) {
    return Arrays.equals(text, other.text)
        && Arrays.equals(start, other.start)
        && Arrays.equals(length, other.length)
        && Arrays.equals(code, other.code)
        && Arrays.equals(previous, other.previous)
        && Arrays.equals(last, other.last);
  }

  /**
   * Reads lines of "CODE= word word …" (the code's last character is =, # or @): each line stripped
   * of surrounding white space and of a byte-order mark, its fields separated by single spaces
   * (empty fields are skipped); a line of fewer than two fields, or whose first field is shorter
   * than eight characters, is no entry.
   */
  static WordClasses read(InputStream in) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    int capacity = 1024;
    int[] start = new int[capacity];
    int[] length = new int[capacity];
    int[] code = new int[capacity];
    int entries = 0;
    int n = text.length();
    int at = 0;
    while (at < n) {
      int end = at;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int next = end + 1;
      // The line [at, end), stripped, and without a byte-order mark after that.
      while (at < end && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      while (end > at && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (at < end && text.charAt(at) == '\uFEFF') {
        at++;
      }
      int firstEnd = text.indexOf(' ', at);
      if (firstEnd < 0 || firstEnd > end) {
        firstEnd = end;
      }
      if (firstEnd - at >= CODE + 1) {
        int field = firstEnd + 1;
        while (field < end) {
          int fieldEnd = text.indexOf(' ', field);
          if (fieldEnd < 0 || fieldEnd > end) {
            fieldEnd = end;
          }
          if (fieldEnd > field) {
            if (entries == capacity) {
              capacity *= 2;
              start = Arrays.copyOf(start, capacity);
              length = Arrays.copyOf(length, capacity);
              code = Arrays.copyOf(code, capacity);
            }
            start[entries] = field;
            length[entries] = fieldEnd - field;
            code[entries] = at;
            entries++;
          }
          field = fieldEnd + 1;
        }
      }
      at = next;
    }
    return new WordClasses(text.toCharArray(), start, length, code, entries);
  }

  /** {@link String#hashCode} of text[from, from + length). */
  private static int hash(char[] text, int from, int length) {
    int h = 0;
    for (int i = from; i < from + length; i++) {
      h = 31 * h + text[i];
    }
    return h;
  }

  private int bucket(int hash) {
    return (hash ^ (hash >>> 16)) & (last.length - 1);
  }

  /** The codes of the word, in the thesaurus's order; empty when it is not listed. */
  public List<String> codes(String word) {
    List<String> out = null;
    for (int e = last[bucket(word.hashCode())]; e >= 0; e = previous[e]) {
      if (matches(e, word)) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(new String(text, code[e], CODE));
      }
    }
    if (out == null) {
      return List.of();
    }
    // The bucket holds its entries last read first.
    java.util.Collections.reverse(out);
    return List.copyOf(out);
  }

  private boolean matches(int entry, String word) {
    return length[entry] == word.length() && at(start[entry], word);
  }

  /** Whether the text holds the string at that place. */
  private boolean at(int from, String s) {
    if (from + s.length() > text.length) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (text[from + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether any sense of the word has a code starting with one of the prefixes. */
  public boolean any(String word, List<String> prefixes) {
    for (int e = last[bucket(word.hashCode())]; e >= 0; e = previous[e]) {
      if (matches(e, word) && startsWithAny(code[e], prefixes)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word's first (main) sense has a code starting with one of the prefixes. */
  public boolean first(String word, List<String> prefixes) {
    int first = -1;
    for (int e = last[bucket(word.hashCode())]; e >= 0; e = previous[e]) {
      if (matches(e, word)) {
        first = e; // the earliest read is the last met
      }
    }
    return first >= 0 && startsWithAny(code[first], prefixes);
  }

  /** Whether the code at that place in the text starts with one of the prefixes. */
  private boolean startsWithAny(int codeAt, List<String> prefixes) {
    for (String p : prefixes) {
      if (p.length() <= CODE && at(codeAt, p)) {
        return true;
      }
    }
    return false;
  }
}
