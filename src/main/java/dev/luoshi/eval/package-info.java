/**
 * Measuring the extraction against gold annotations (GUIDELINE §5), with the same rules and the
 * same output as the reference scorer score.py: {@link dev.luoshi.eval.GoldReader} reads gold
 * files, {@link dev.luoshi.eval.Scorer} scores one prediction, {@link dev.luoshi.eval.Evaluator}
 * scores a folder and {@link dev.luoshi.eval.EvalReport} prints the result.
 */
package dev.luoshi.eval;
