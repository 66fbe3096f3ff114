package dev.luoshi.extract.owners;

import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An owner name found at an offset of a unit, with its role. */
public record FoundOwner(int start, String name, Role role) {
  /** The owners in text order, each name once (its first role wins). */
  public static List<Owner> owners(List<FoundOwner> found) {
    List<FoundOwner> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(FoundOwner::start));
    Map<String, Owner> out = new LinkedHashMap<>();
    for (FoundOwner f : sorted) {
      out.putIfAbsent(f.name(), new Owner(f.name(), f.role()));
    }
    return List.copyOf(out.values());
  }
}
