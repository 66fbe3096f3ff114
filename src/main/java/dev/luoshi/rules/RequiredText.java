package dev.luoshi.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text that every match of a regular expression contains: a list of strings, one of which stands in
 * any text the pattern matches, so a text holding none of them needs no regular expression run.
 * Read from the pattern's source by a small parser that knows the syntax the rule files use
 * (literals, quoted runs, groups, alternation, lookaround, classes of listed characters, property
 * classes, quantifiers) and gives up, finding nothing, on anything else (flags, code escapes, back
 * references by name): it may miss a requirement, never invent one. Lookarounds consume nothing and
 * require nothing here.
 */
public final class RequiredText {
  /** Classes of more characters than this are not worth a requirement. */
  private static final int MAX_CLASS = 16;

  private final String re;
  private int at;

  private RequiredText(String re) {
    this.re = re;
  }

  /**
   * Strings one of which every match of the pattern contains, or null when none is known (a pattern
   * that can match without any set text, or one this parser does not read).
   */
  public static List<String> of(Pattern pattern) {
    if (pattern.flags() != 0) {
      return null;
    }
    RequiredText p = new RequiredText(pattern.pattern());
    try {
      Set<String> found = p.alternation();
      return found == null || p.at != p.re.length() ? null : List.copyOf(found);
    } catch (Unreadable e) {
      return null;
    }
  }

  /**
   * Lists of strings, one of each list standing in every match of the pattern: the requirements of
   * each part of a pattern that is one sequence (a literal run, a group, a class that each match
   * passes through once or more), where {@link #of} keeps the strongest part alone; for a pattern
   * with an alternation outside groups, {@link #of} alone. Empty when none is known. A text that
   * lacks every string of one list holds no match.
   */
  public static List<List<String>> allOf(Pattern pattern) {
    List<String> strongest = of(pattern);
    if (strongest == null) {
      return List.of();
    }
    RequiredText p = new RequiredText(pattern.pattern());
    try {
      List<Set<String>> parts = p.parts();
      if (p.at != p.re.length()) {
        return List.of(strongest); // an alternation outside groups
      }
      List<List<String>> out = new ArrayList<>();
      out.add(strongest);
      for (Set<String> part : parts) {
        List<String> strings = List.copyOf(part);
        if (!out.contains(strings)) {
          out.add(strings);
        }
      }
      return List.copyOf(out);
    } catch (Unreadable e) {
      return List.of(strongest);
    }
  }

  /**
   * Whether the text may hold a match: it contains one of the strings {@link #of} gave (null: no
   * string is known, so any text may).
   */
  public static boolean mayHold(String text, List<String> required) {
    if (required == null) {
      return true;
    }
    for (int i = 0; i < required.size(); i++) { // no iterator: this runs per pattern and text
      if (text.contains(required.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Thrown for syntax this parser does not read. */
  private static final class Unreadable extends RuntimeException {
    Unreadable() {
      super(null, null, false, false);
    }
  }

  /** branch ('|' branch)*: one of the branches' requirements, null if one branch has none. */
  private Set<String> alternation() {
    Set<String> all = new LinkedHashSet<>();
    boolean known = true;
    while (true) {
      Set<String> branch = sequence();
      if (branch == null) {
        known = false;
      } else {
        all.addAll(branch);
      }
      if (at < re.length() && re.charAt(at) == '|') {
        at++;
        continue;
      }
      return known ? all : null;
    }
  }

  /**
   * Atoms up to ')' or '|': the strongest requirement of one of them, adjacent single literals
   * joined into one string ({@link #parts}).
   */
  private Set<String> sequence() {
    List<Set<String>> parts = parts();
    // The strongest part, the first of equals. Loops rather than streams and comparators: this
    // runs for every pattern at every start, in the interpreter, where each new stream shape or
    // lambda costs its linking.
    Set<String> best = null;
    for (Set<String> part : parts) {
      if (best == null || stronger(part, best)) {
        best = part;
      }
    }
    return best;
  }

  /** The requirements of the atoms up to ')' or '|', each of which every match holds. */
  private List<Set<String>> parts() {
    List<Set<String>> parts = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
      Atom a = atom();
      int min = quantifier();
      if (a.literal != 0 && min == 1 && !quantified) {
        run.append(a.literal);
        continue;
      }
      flush(run, parts);
      if (min >= 1 && a.required != null) {
        parts.add(a.required);
      }
    }
    flush(run, parts);
    return parts;
  }

  /** Whether a requirement is stronger: a longer shortest string, else fewer strings. */
  private static boolean stronger(Set<String> a, Set<String> b) {
    int shortestA = shortest(a);
    int shortestB = shortest(b);
    return shortestA != shortestB ? shortestA > shortestB : a.size() < b.size();
  }

  /** The length of the shortest string (0 for none). */
  private static int shortest(Set<String> strings) {
    int min = Integer.MAX_VALUE;
    for (String s : strings) {
      min = Math.min(min, s.length());
    }
    return strings.isEmpty() ? 0 : min;
  }

  private static void flush(StringBuilder run, List<Set<String>> parts) {
    if (run.length() > 0) {
      parts.add(Set.of(run.toString()));
      run.setLength(0);
    }
  }

  /** One atom: what it requires (null: nothing), and its character when it is one literal. */
  private record Atom(Set<String> required, char literal) {}

  /** Whether the last quantifier read was written (even as {1}). */
  private boolean quantified;

  private Atom atom() {
    char c = re.charAt(at++);
    switch (c) {
      case '(':
        return group();
      case '[':
        return new Atom(charClass(), (char) 0);
      case '\\':
        return escape();
      case '.':
        return new Atom(null, (char) 0);
      case '^':
      case '$':
        return new Atom(null, (char) 0);
      case '*':
      case '+':
      case '?':
      case '{':
      case ']':
      case '}':
        throw new Unreadable();
      default:
        if (Character.isSurrogate(c)) {
          throw new Unreadable();
        }
        return new Atom(Set.of(String.valueOf(c)), c);
    }
  }

  private Atom group() {
    boolean lookaround = false;
    if (re.startsWith("?:", at)) {
      at += 2;
    } else if (re.startsWith("?=", at) || re.startsWith("?!", at)) {
      at += 2;
      lookaround = true;
    } else if (re.startsWith("?<=", at) || re.startsWith("?<!", at)) {
      at += 3;
      lookaround = true;
    } else if (at < re.length() && re.charAt(at) == '?') {
      throw new Unreadable(); // flags, named or atomic groups
    }
    Set<String> inner = alternation();
    if (at >= re.length() || re.charAt(at) != ')') {
      throw new Unreadable();
    }
    at++;
    return new Atom(lookaround ? null : inner, (char) 0);
  }

  /** A class of listed characters: one of them; null for negated classes, ranges, escapes. */
  private Set<String> charClass() {
    Set<String> chars = new LinkedHashSet<>();
    boolean plain = at < re.length() && re.charAt(at) != '^';
    boolean first = true;
    while (true) {
      if (at >= re.length()) {
        throw new Unreadable();
      }
      char c = re.charAt(at++);
      if (c == ']' && !first) {
        break;
      }
      first = false;
      if (c == '[' || c == '&') {
        throw new Unreadable(); // nested classes and intersections
      }
      if (c == '\\') {
        if (at >= re.length()) {
          throw new Unreadable();
        }
        char e = re.charAt(at++);
        if (Character.isLetterOrDigit(e)) {
          plain = false; // digit, space, property classes, code escapes: not read
          if (e == 'p' || e == 'P') {
            skipProperty();
          } else if (e == 'Q') {
            throw new Unreadable();
          }
          continue;
        }
        chars.add(String.valueOf(e));
        continue;
      }
      if (c == '-' && !chars.isEmpty() && at < re.length() && re.charAt(at) != ']') {
        plain = false; // a range
        continue;
      }
      if (Character.isSurrogate(c)) {
        plain = false;
      }
      chars.add(String.valueOf(c));
    }
    return plain && !chars.isEmpty() && chars.size() <= MAX_CLASS ? chars : null;
  }

  private Atom escape() {
    if (at >= re.length()) {
      throw new Unreadable();
    }
    char e = re.charAt(at++);
    if (e == 'Q') {
      return quoted();
    }
    if (e == 'p' || e == 'P') {
      skipProperty();
      return new Atom(null, (char) 0); // one char of a class: nothing set
    }
    if (Character.isLetterOrDigit(e)) {
      if (e == 'u' || e == 'x' || e == 'k' || e == 'c') {
        throw new Unreadable(); // arguments this parser does not skip
      }
      return new Atom(null, (char) 0); // \d, \s, \b, \1 …: nothing set
    }
    return new Atom(Set.of(String.valueOf(e)), e);
  }

  /**
   * A quoted run ({@code \Q} to {@code \E}, or to the end): its chars are literals in a row, which
   * every match holds whole unless a quantifier that allows none follows (it binds the last char,
   * and then the atom requires nothing here). One char is a literal like any other.
   */
  private Atom quoted() {
    int end = re.indexOf("\\E", at);
    String text = re.substring(at, end < 0 ? re.length() : end);
    at = end < 0 ? re.length() : end + 2;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        throw new Unreadable();
      }
    }
    if (text.isEmpty()) {
      return new Atom(null, (char) 0);
    }
    return new Atom(Set.of(text), text.length() == 1 ? text.charAt(0) : (char) 0);
  }

  /** Skips the name of a property class after {@code \p} or {@code \P}: a letter, or braces. */
  private void skipProperty() {
    if (at >= re.length()) {
      throw new Unreadable();
    }
    if (re.charAt(at) != '{') {
      at++;
      return;
    }
    int close = re.indexOf('}', at);
    if (close < 0) {
      throw new Unreadable();
    }
    at = close + 1;
  }

  /** The quantifier after an atom, if any: its least count (1 when there is none). */
  private int quantifier() {
    quantified = false;
    if (at >= re.length()) {
      return 1;
    }
    char c = re.charAt(at);
    int min;
    if (c == '?' || c == '*') {
      at++;
      min = 0;
    } else if (c == '+') {
      at++;
      min = 1;
    } else if (c == '{') {
      int close = re.indexOf('}', at);
      if (close < 0) {
        throw new Unreadable();
      }
      String body = re.substring(at + 1, close);
      String low = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
      int comma = body.indexOf(',');
      if (!digits(low, 1, 4) || comma >= 0 && !digits(body.substring(comma + 1), 0, 4)) {
        throw new Unreadable();
      }
      min = Integer.parseInt(low);
      at = close + 1;
    } else {
      return 1;
    }
    quantified = true;
    if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
      at++; // lazy or possessive: the same least count
    }
    return min;
  }

  /** Whether the string is {@code min} to {@code max} ASCII digits (as \\d{min,max} matches). */
  private static boolean digits(String s, int min, int max) {
    if (s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
