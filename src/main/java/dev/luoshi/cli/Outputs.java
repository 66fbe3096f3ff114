package dev.luoshi.cli;

import dev.luoshi.write.PlanWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where {@code extract} writes, by the rule of {@code -o}:
 *
 * <ul>
 *   <li>no {@code -o}: standard output;
 *   <li>{@code -o} ending with {@code /}, or naming an existing directory: one file per input
 *       inside it, named after the input ({@code NAME.EXT}, subfolders of a directory input
 *       mirrored);
 *   <li>any other {@code -o}: that one file, holding every input's plan (one workbook, one CSV
 *       table, YAML documents, JSON Lines …).
 * </ul>
 *
 * No output may overwrite an input, and two inputs may not write the same file: such inputs fail.
 *
 * @param inputs the inputs, with those whose output is refused turned into failures
 * @param targets each input's own file (directory mode); empty otherwise
 * @param batchFile the one file for all inputs, or null
 */
record Outputs(List<Input> inputs, Map<Input, Path> targets, Path batchFile) {
  /**
   * @throws IllegalArgumentException with the reason when {@code -o} cannot be used
   */
  static Outputs of(String output, List<Input> all, boolean several, PlanWriter writer) {
    if (output == null) {
      return new Outputs(all, Map.of(), null);
    }
    Path out;
    try {
      out = Path.of(output);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("not a valid file name here: '" + output + "'");
    }
    boolean intoDirectory = output.endsWith("/") || Files.isDirectory(out);
    if (!intoDirectory) {
      if (!several) {
        // One input, one document: the format's single form (pretty JSON, a CSV without 来源文件).
        Map<Input, Path> targets = new HashMap<>();
        all.stream().filter(i -> i.failure() == null).forEach(i -> targets.put(i, out));
        return new Outputs(refuseClobbering(all, targets), targets, null);
      }
      for (Input input : all) {
        if (input.file() != null && sameFile(input.file(), out)) {
          throw new IllegalArgumentException("'" + output + "' is one of the inputs");
        }
      }
      return new Outputs(all, Map.of(), out);
    }
    Map<Input, Path> targets = new HashMap<>();
    for (Input input : all) {
      if (input.failure() == null) {
        targets.put(input, out.resolve(outputName(input.relative(), writer)));
      }
    }
    return new Outputs(refuseClobbering(all, targets), targets, null);
  }

  /** {@code sub/speech.docx} becomes {@code sub/speech.json}. */
  private static Path outputName(Path relative, PlanWriter writer) {
    String name = relative.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Path file = Path.of(stem + "." + writer.extension());
    return relative.getParent() == null ? file : relative.getParent().resolve(file);
  }

  private static boolean sameFile(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    Object key = fileKey(a);
    return key != null && key.equals(fileKey(b));
  }

  /**
   * The inputs, with those whose output would overwrite an input, or the output of an earlier
   * input, turned into failures.
   */
  private static List<Input> refuseClobbering(List<Input> all, Map<Input, Path> targets) {
    Set<Path> inputPaths = new HashSet<>();
    Set<Object> inputKeys = new HashSet<>();
    for (Input input : all) {
      if (input.file() != null) {
        inputPaths.add(input.file().toAbsolutePath().normalize());
        Object key = fileKey(input.file());
        if (key != null) {
          inputKeys.add(key);
        }
      }
    }
    Map<Path, Input> claimed = new HashMap<>();
    List<Input> checked = new ArrayList<>();
    for (Input input : all) {
      Path target = targets.get(input);
      if (target == null) {
        checked.add(input);
        continue;
      }
      Path normal = target.toAbsolutePath().normalize();
      Object key = fileKey(target);
      Input earlier = claimed.putIfAbsent(normal, input);
      if (inputPaths.contains(normal) || (key != null && inputKeys.contains(key))) {
        checked.add(Input.failed(input.name(), "output " + target + " would overwrite an input"));
      } else if (earlier != null) {
        checked.add(
            Input.failed(
                input.name(), "output " + target + " is also the output of " + earlier.name()));
      } else {
        checked.add(input);
      }
    }
    return checked;
  }

  /** The file system's identity of an existing file (device and inode), or null. */
  private static Object fileKey(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }
}
