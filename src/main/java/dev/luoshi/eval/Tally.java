package dev.luoshi.eval;

/**
 * True positives, false positives and false negatives of one measure.
 *
 * @param tp predictions that match gold
 * @param fp predictions that match nothing
 * @param fn gold that no prediction matches
 */
public record Tally(int tp, int fp, int fn) {
  /** No counts. */
  public static final Tally ZERO = new Tally(0, 0, 0);

  /** Rejects negative counts. */
  public Tally {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count " + tp + "/" + fp + "/" + fn);
    }
  }

  /** The counts of both tallies added up. */
  public Tally plus(Tally other) {
    return new Tally(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  /**
   * Precision, recall and F1 as score.py's {@code Tally.prf} computes and rounds them: precision is
   * 1 when nothing was predicted and nothing missed (0 when something was missed), recall is 1 when
   * there was nothing to find.
   */
  public Metrics metrics() {
    double p = tp + fp != 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
    double r = tp + fn != 0 ? (double) tp / (tp + fn) : 1.0;
    double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
    return new Metrics(Py.round4(p), Py.round4(r), Py.round4(f), tp, fp, fn);
  }
}
