/**
 * Analysis: words and parts of speech (HanLP), the genre's lexicon, and the normalised form of a
 * text (width folding, traditional → simplified) whose offsets equal the original's.
 */
package dev.luoshi.analysis;
