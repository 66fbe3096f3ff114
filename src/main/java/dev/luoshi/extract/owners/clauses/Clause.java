package dev.luoshi.extract.owners.clauses;

/**
 * What one clause of a unit offers: its word range, where it starts after {@link ClauseStarts}, and
 * what {@link ClauseSubjects#inspect} found in it (a subject and how, a focus, a list of bodies, a
 * copula's subject …), which {@link ClauseOwners} then turns into owners. Phrases are word ranges
 * {@code [start, end)}. Filled once, by one thread.
 */
final class Clause {
  /** How a clause's subject was found. */
  enum Style {
    /** Before a modal (X要…). */
    MODAL,
    /** In document style, before a verb (X推行…). */
    DOC
  }

  final int from;
  final int to;
  int start;
  int[] subject;
  int[] focus;
  Style style;
  int predicate;
  boolean weak;
  boolean pronoun;
  boolean subordinate;
  boolean startsWithModal;
  boolean hasModal;

  /** The clause only lists bodies, which end here (before a focus, else at {@code to}). */
  boolean list;

  int listEnd;

  /** Whether the list is a topic, bodies and 方面 (机关方面，…): their side does what follows. */
  boolean topic;

  int[] copula;

  Clause(int from, int to) {
    this.from = from;
    this.to = to;
  }
}
