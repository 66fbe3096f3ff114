/**
 * Plans to bytes: {@link dev.luoshi.write.PlanWriter} and its formats, JSON, YAML and the CSV task
 * ledger. Jackson is configured here and nowhere else, so the plan records stay plain.
 */
package dev.luoshi.write;
