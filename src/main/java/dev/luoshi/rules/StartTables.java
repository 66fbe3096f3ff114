package dev.luoshi.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which patterns of a list can start a match at a character: each pattern tried on the character
 * alone, kept when it matches it or needs more text after it (hitEnd). Worked out on demand, this
 * cost the first plan of a cold start about a third of its processor time (a matcher per pattern
 * for every new character), so the build works it out for every character for the built-in lists
 * (the cue patterns and the deadline rules) and writes the tables beside this class ({@link
 * #RESOURCE}); a list whose expressions and flags are those of a table, in order, reads its sets
 * from it. Other lists (none today) work them out on demand as before.
 */
public final class StartTables {
  /** The tables the build wrote, beside this class. */
  static final String RESOURCE = "start-tables.bin";

  /** The first int of {@link #RESOURCE}: "LSST" and a format version. */
  private static final int MAGIC = 0x4c535301;

  private static final int CHARS = Character.MAX_VALUE + 1;

  private StartTables() {}

  /** A list's sets, per character: a bit per pattern, indexed as the list. */
  public static final class Table {
    private final List<String> expressions;
    private final int[] flags;
    private final char[] index;
    private final long[][] sets;

    private Table(List<String> expressions, int[] flags, char[] index, long[][] sets) {
      this.expressions = expressions;
      this.flags = flags;
      this.index = index;
      this.sets = sets;
    }

    /** The patterns that can start at the character, a bit each; shared, not to be changed. */
    public long[] bits(char c) {
      return sets[index[c]];
    }

    private boolean isFor(List<Pattern> patterns) {
      if (patterns.size() != expressions.size()) {
        return false;
      }
      for (int k = 0; k < flags.length; k++) {
        Pattern p = patterns.get(k);
        if (p.flags() != flags[k] || !p.pattern().equals(expressions.get(k))) {
          return false;
        }
      }
      return true;
    }
  }

  /** The patterns that can start a match at the character, a bit each, worked out now. */
  public static long[] compute(List<Pattern> patterns, char c) {
    long[] bits = new long[(patterns.size() + 63) / 64];
    String one = String.valueOf(c);
    for (int i = 0; i < patterns.size(); i++) {
      Matcher m = patterns.get(i).matcher(one);
      if (m.lookingAt() || m.hitEnd()) {
        bits[i >> 6] |= 1L << i;
      }
    }
    return bits;
  }

  /** The table the build wrote for these patterns, or null when it wrote none for them. */
  public static Table find(List<Pattern> patterns) {
    if (patterns.isEmpty()) {
      return null;
    }
    for (Table t : Holder.BUILT) {
      if (t.isFor(patterns)) {
        return t;
      }
    }
    return null;
  }

  private static final class Holder {
    static final List<Table> BUILT = load();
  }

  private static List<Table> load() {
    try (InputStream in = StartTables.class.getResourceAsStream(RESOURCE)) {
      return in == null ? List.of() : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table of these patterns over every character, worked out now (at build time). */
  public static Table build(List<Pattern> patterns) {
    List<String> expressions = new ArrayList<>();
    int[] flags = new int[patterns.size()];
    for (int k = 0; k < flags.length; k++) {
      expressions.add(patterns.get(k).pattern());
      flags[k] = patterns.get(k).flags();
    }
    Map<List<Long>, Character> seen = new HashMap<>();
    List<long[]> sets = new ArrayList<>();
    char[] index = new char[CHARS];
    for (int c = 0; c < CHARS; c++) {
      long[] bits = compute(patterns, (char) c);
      List<Long> key = new ArrayList<>();
      for (long b : bits) {
        key.add(b);
      }
      Character at = seen.get(key);
      if (at == null) {
        at = (char) sets.size();
        seen.put(key, at);
        sets.add(bits);
      }
      index[c] = at;
    }
    return new Table(List.copyOf(expressions), flags, index, sets.toArray(long[][]::new));
  }

  /**
   * Writes tables as {@link #read} reads them: little-endian, the magic number and the number of
   * tables; per table the number of patterns, each pattern's flags and expression (its length and
   * characters), the number of sets and of longs in each, the sets, and a set's index per
   * character.
   */
  public static void write(List<Table> tables, OutputStream out) throws IOException {
    int size = 8;
    for (Table t : tables) {
      size += 4 + 8 * t.flags.length + 8 + 2 * CHARS;
      for (String e : t.expressions) {
        size += 2 * e.length();
      }
      for (long[] s : t.sets) {
        size += 8 * s.length;
      }
    }
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(MAGIC).putInt(tables.size());
    for (Table t : tables) {
      b.putInt(t.flags.length);
      for (int k = 0; k < t.flags.length; k++) {
        String e = t.expressions.get(k);
        b.putInt(t.flags[k]).putInt(e.length());
        for (int i = 0; i < e.length(); i++) {
          b.putChar(e.charAt(i));
        }
      }
      int words = t.sets.length == 0 ? 0 : t.sets[0].length;
      b.putInt(t.sets.length).putInt(words);
      for (long[] s : t.sets) {
        for (long w : s) {
          b.putLong(w);
        }
      }
      b.asCharBuffer().put(t.index);
      b.position(b.position() + 2 * CHARS);
    }
    out.write(b.array());
  }

  /** Reads tables that {@link #write} wrote. */
  static List<Table> read(InputStream in) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
    if (b.remaining() < 8 || b.getInt() != MAGIC) {
      throw new IOException("not a table of pattern starts: " + RESOURCE);
    }
    int count = b.getInt();
    List<Table> tables = new ArrayList<>(count);
    for (int t = 0; t < count; t++) {
      int n = b.getInt();
      int[] flags = new int[n];
      List<String> expressions = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        flags[k] = b.getInt();
        char[] e = new char[b.getInt()];
        b.asCharBuffer().get(e);
        b.position(b.position() + 2 * e.length);
        expressions.add(new String(e));
      }
      long[][] sets = new long[b.getInt()][];
      int words = b.getInt();
      for (int s = 0; s < sets.length; s++) {
        sets[s] = new long[words];
        b.asLongBuffer().get(sets[s]);
        b.position(b.position() + 8 * words);
      }
      char[] index = new char[CHARS];
      b.asCharBuffer().get(index);
      b.position(b.position() + 2 * CHARS);
      tables.add(new Table(List.copyOf(expressions), flags, index, sets));
    }
    return List.copyOf(tables);
  }
}
