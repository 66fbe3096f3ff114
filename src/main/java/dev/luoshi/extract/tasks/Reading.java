package dev.luoshi.extract.tasks;

import java.util.Objects;

/** How the rules read one unit: its context, the evidence they saw and their verdict. */
public record Reading(UnitContext context, Evidence evidence, Verdict verdict) {
  /** Rejects nulls. */
  public Reading {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(verdict, "verdict");
  }
}
