package dev.luoshi.eval;

/**
 * Precision, recall and F1, each rounded to 4 decimals as score.py's {@code round(x, 4)} does, with
 * the counts they come from.
 *
 * @param p precision
 * @param r recall
 * @param f1 harmonic mean of the unrounded precision and recall
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives
 */
public record Metrics(double p, double r, double f1, int tp, int fp, int fn) {}
