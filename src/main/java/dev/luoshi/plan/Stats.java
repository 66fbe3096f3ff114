package dev.luoshi.plan;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts over a plan: units read, tasks found, and tasks by kind (every kind present, 0 if none).
 */
public record Stats(int units, int tasks, Map<Kind, Integer> byKind) {
  /** Copies the map, filling in kinds that are missing. */
  public Stats {
    EnumMap<Kind, Integer> all = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      all.put(k, byKind.getOrDefault(k, 0));
    }
    byKind = Map.copyOf(all);
  }
}
