package dev.luoshi.rules;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Per character, which of a list of at most 64 patterns pass a test, a bit each, worked out as they
 * are asked and kept: a table of a char per character indexes the distinct states (the patterns
 * tested so far and those that passed), which are few, so a scan reads two small arrays per
 * character where a table of an array per character followed a reference to an object of its own (a
 * cache miss in a long pipeline). Thread-safe.
 */
public final class CharMasks {
  /** Which of the {@code missing} patterns pass the test at the character, a bit each. */
  @FunctionalInterface
  public interface Test {
    /**
     * The test worked out.
     *
     * @param c the character
     * @param missing the patterns to test, a bit each
     * @return those of them that pass
     */
    long passing(char c, long missing);
  }

  private static final VarHandle INDEX = MethodHandles.arrayElementVarHandle(char[].class);

  /** Per character, its state's place in {@link #states}; 0, the first, has nothing tested. */
  private final char[] index = new char[Character.MAX_VALUE + 1];

  /**
   * The distinct states, two longs each: the patterns tested, then those of them that passed. A new
   * array is published before any index names a new place, so a reader that sees the place (an
   * acquire) sees an array that holds it.
   */
  private volatile long[] states;

  /** How many states are kept; guarded by this. */
  private int size = 1;

  /** The places of the states kept; guarded by this. */
  private final Map<State, Character> places = new HashMap<>();

  private final long untested;
  private final Test test;

  private record State(long tested, long passed) {}

  /**
   * Masks of the test; the patterns of {@code untested} are never tested and always pass (those the
   * test does not apply to).
   */
  public CharMasks(long untested, Test test) {
    this.untested = untested;
    this.test = test;
    this.states = new long[32];
    states[0] = untested;
    states[1] = untested;
    places.put(new State(untested, untested), (char) 0);
  }

  /** Those of the {@code wanted} patterns that pass the test at the character. */
  public long passing(char c, long wanted) {
    int k = (char) INDEX.getAcquire(index, (int) c);
    long[] s = states;
    if ((wanted & ~s[2 * k]) == 0) {
      return wanted & s[2 * k + 1];
    }
    return learn(c, wanted);
  }

  private long learn(char c, long wanted) {
    synchronized (this) {
      long[] s = states;
      int k = index[c];
      long tested = s[2 * k];
      long passed = s[2 * k + 1];
      long missing = wanted & ~tested;
      passed |= test.passing(c, missing) & missing;
      tested |= missing;
      State state = new State(tested, passed);
      Character place = places.get(state);
      if (place == null) {
        if (size > Character.MAX_VALUE) {
          return wanted & passed; // more distinct states than places: not kept
        }
        if (2 * size == s.length) {
          s = Arrays.copyOf(s, s.length * 2);
        }
        s[2 * size] = tested;
        s[2 * size + 1] = passed;
        states = s; // published before the index names the place
        place = (char) size++;
        places.put(state, place);
      }
      INDEX.setRelease(index, (int) c, place.charValue());
      return wanted & passed;
    }
  }

  /** The patterns that are never tested. */
  public long untested() {
    return untested;
  }
}
