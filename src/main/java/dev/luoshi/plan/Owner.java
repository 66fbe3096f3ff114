package dev.luoshi.plan;

import java.util.Objects;

/** Who must act on a task, as written in the source, and in what role. */
public record Owner(String name, Role role) {
  /** Rejects blank names and null roles. */
  public Owner {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank owner name");
    }
  }
}
