package dev.luoshi.plan;

import java.util.Locale;

/** An owner's part in a task: the lead unit, or one that supports it (配合, 协助, 参与, 会同's object). */
public enum Role {
  LEAD,
  SUPPORT;

  /** The lower-case name used in plans. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
