package dev.luoshi.plan;

import java.util.Locale;

/**
 * An owner's part in a task: the lead unit, one that supports it (配合, 协助, 参与, 会同's object), or the
 * leader answerable for it (责任领导, named so in an owner tag).
 */
public enum Role {
  LEAD,
  SUPPORT,
  LEADER;

  /** The lower-case name used in plans. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
