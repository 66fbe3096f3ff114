package dev.luoshi.plan;

import java.util.Locale;

/**
 * What sort of directive a task is (GUIDELINE §3). The strongest wins: action, goal, requirement.
 */
public enum Kind {
  /** A discrete, checkable deliverable or activity. */
  ACTION,
  /** A standing rule of conduct or working requirement. */
  REQUIREMENT,
  /** A target outcome or figure to reach. */
  GOAL;

  /** The lower-case name used in plans and gold files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label such as {@code action}; returns null for anything else (e.g. optional). */
  public static Kind ofLabel(String label) {
    if (label == null) {
      return null;
    }
    for (Kind k : values()) {
      if (k.label().equals(label.trim())) {
        return k;
      }
    }
    return null;
  }
}
