package dev.luoshi.extract.owners.clauses;

import dev.luoshi.extract.owners.Coordination;
import dev.luoshi.extract.owners.Coordination.Named;
import dev.luoshi.extract.owners.Coordination.Piece;
import dev.luoshi.extract.owners.FoundOwner;
import dev.luoshi.extract.owners.OwnerRules;
import dev.luoshi.extract.owners.OwnerTags;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The owner names found in one unit so far: each owner phrase (a word range) is cut into its
 * conjuncts at joiners and 等, with a short bracketed gloss kept on the name before it, and {@link
 * Coordination} makes names of them. Names found only in a weak position (a subject in a clause of
 * time) are held apart, to be used when nothing else is found.
 */
final class OwnerNames {
  private final OwnerRules rules;
  private final OwnerTags tags;
  private final String text;
  private final UnitWords words;
  private final List<FoundOwner> found = new ArrayList<>();
  private final List<FoundOwner> weak = new ArrayList<>();

  /** No names yet, over the unit's text and words. */
  OwnerNames(OwnerRules rules, OwnerTags tags, String text, UnitWords words) {
    this.rules = rules;
    this.tags = tags;
    this.text = text;
    this.words = words;
  }

  /** Adds owners found otherwise (by the owner tags inside the unit). */
  void addAll(List<FoundOwner> owners) {
    found.addAll(owners);
  }

  /** Adds the names of the owner phrase [np[0], np[1]), split into its conjuncts. */
  void add(int[] np, Role role) {
    List<Piece> pieces = new ArrayList<>();
    List<String> joiners = new ArrayList<>();
    Piece tail = null;
    int from = np[0];
    String pending = null;
    for (int i = np[0]; i <= np[1]; i++) {
      boolean end = i == np[1];
      boolean joiner = !end && words.joiner(i);
      boolean etc = !end && words.w(i).equals("等") && words.pos(i).startsWith("u");
      if (!end && !joiner && !etc) {
        continue;
      }
      if (i > from) {
        if (!pieces.isEmpty()) {
          joiners.add(pending == null ? "、" : pending);
        }
        pieces.add(piece(from, i));
      }
      if (joiner) {
        pending = words.w(i);
      }
      if (etc) {
        if (i + 1 < np[1]) {
          tail = piece(i + 1, np[1]);
        }
        break;
      }
      from = i + 1;
    }
    for (Named n : Coordination.names(rules, text, pieces, joiners, tail)) {
      found.add(new FoundOwner(n.start(), n.name(), role));
    }
  }

  /** How many names were found so far (a mark for {@link #weakenSince}). */
  int size() {
    return found.size();
  }

  /** Holds apart the names found since the mark, as weak. */
  void weakenSince(int mark) {
    List<FoundOwner> added = found.subList(mark, found.size());
    weak.addAll(added);
    added.clear();
  }

  /** Whether no name was found (weak ones aside). */
  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Takes the weak names as found. */
  void useWeak() {
    found.addAll(weak);
  }

  /** The owners in text order, each name once. */
  List<Owner> owners() {
    return FoundOwner.owners(found);
  }

  /**
   * A short bracketed gloss right after a name belongs to it: 各省（自治区、直辖市）. A definition to come or
   * examples (科（例如综合科、财务科）) do not: owner-rules' [not-glosses] lists the words that open them.
   */
  private int attachedBrackets(int end) {
    if (end >= text.length() || OwnerTags.OPEN.indexOf(text.charAt(end)) < 0) {
      return end;
    }
    int close = OwnerTags.matchingClose(text, end);
    if (close < 0 || close - end > 12) {
      return end;
    }
    String inside = text.substring(end + 1, close);
    boolean gloss =
        !inside.isBlank()
            && !footnote(inside)
            && !inside.contains("，")
            && !opensNoGloss(inside)
            && tags.parse(inside, 0).isEmpty();
    return gloss ? close + 1 : end;
  }

  /** Whether a bracket holds only a number: a note's mark (党委[3]), not part of the name. */
  private static boolean footnote(String inside) {
    return inside.chars().allMatch(Character::isDigit);
  }

  /** Whether a bracket's text opens with a word that makes it no gloss (以下简称…, 例如…). */
  private boolean opensNoGloss(String inside) {
    for (String w : rules.longestFirst("not-glosses", inside.charAt(0))) {
      if (inside.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The offsets of a name widened to the quotation marks of a quoted name its words read through
   * ({@link UnitWords} drops them): a mark left open inside is closed by the ” after it (各级党委“一把手),
   * one closed inside is opened by the “ before it (两委”干部), and a name that is all the quoted words
   * takes both (一把手 → “一把手”).
   */
  private int[] withQuoteMarks(int start, int end) {
    int opens = 0;
    int closes = 0;
    for (int k = start; k < end; k++) {
      if (text.charAt(k) == '“') {
        opens++;
      } else if (text.charAt(k) == '”' && opens > 0) {
        opens--;
      } else if (text.charAt(k) == '”') {
        closes++;
      }
    }
    boolean openBefore = start > 0 && text.charAt(start - 1) == '“';
    boolean closeAfter = end < text.length() && text.charAt(end) == '”';
    boolean whole = opens == 0 && closes == 0 && openBefore && closeAfter;
    return new int[] {
      openBefore && (closes > 0 || whole) ? start - 1 : start,
      closeAfter && (opens > 0 || whole) ? end + 1 : end
    };
  }

  /** The conjunct of words {@code a} to {@code b}, with its offsets in the text. */
  private Piece piece(int a, int b) {
    int[] span = withQuoteMarks(words.start(a), words.end(b - 1));
    int start = span[0];
    int end = attachedBrackets(span[1]);
    boolean de = false;
    for (int i = a; i < b; i++) {
      de |= words.w(i).equals("的");
    }
    String bare = words.bare(a, b);
    return new Piece(
        start, end, bare, words.pos(b - 1), bare.length() - words.w(b - 1).length(), de);
  }
}
