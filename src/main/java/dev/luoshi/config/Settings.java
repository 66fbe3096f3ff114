package dev.luoshi.config;

import java.util.List;

/**
 * How an organisation adapts luoshi: extra unit and role names the segmenter and owner finder must
 * know, extra directive cues, and phrases whose units are never tasks.
 */
public record Settings(
    List<String> unitNames,
    List<String> roleNames,
    List<String> directiveCues,
    List<String> neverTasks) {
  /** Copies the lists. */
  public Settings {
    unitNames = List.copyOf(unitNames);
    roleNames = List.copyOf(roleNames);
    directiveCues = List.copyOf(directiveCues);
    neverTasks = List.copyOf(neverTasks);
  }

  /** No adaptation: the built-in rules only. */
  public static Settings none() {
    return new Settings(List.of(), List.of(), List.of(), List.of());
  }

  /** These settings with every word mapped (e.g. to the normalised script rules read). */
  public Settings map(java.util.function.UnaryOperator<String> f) {
    return new Settings(
        unitNames.stream().map(f).toList(),
        roleNames.stream().map(f).toList(),
        directiveCues.stream().map(f).toList(),
        neverTasks.stream().map(f).toList());
  }

  /** These settings followed by another's entries. */
  public Settings plus(Settings more) {
    return new Settings(
        concat(unitNames, more.unitNames),
        concat(roleNames, more.roleNames),
        concat(directiveCues, more.directiveCues),
        concat(neverTasks, more.neverTasks));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
  }
}
