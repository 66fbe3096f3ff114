package dev.luoshi.cli;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the INPUT arguments into inputs: files as given, the {@code *.txt}, {@code *.docx} and
 * {@code *.pdf} files under a directory (hidden ones and Word's {@code ~$} lock files skipped,
 * symbolic links followed), and standard input for {@code -}. The result is sorted by path,
 * component by component, with standard input first, and holds each file once.
 */
final class Inputs {
  private static final Comparator<Input> ORDER =
      Comparator.comparing((Input i) -> !i.name().equals(Input.STDIN))
          .thenComparing(i -> List.of(i.name().split("/+")), Inputs::compareComponents);

  private Inputs() {}

  static List<Input> expand(List<String> arguments) {
    List<Input> found = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals(Input.STDIN)) {
        found.add(Input.stdin());
        continue;
      }
      Path path;
      try {
        path = Path.of(argument);
      } catch (InvalidPathException e) {
        found.add(
            Input.failed(argument, "not a valid file name here (is the locale set to UTF-8?)"));
        continue;
      }
      if (Files.isDirectory(path)) {
        walk(path, found);
      } else {
        Path name = path.getFileName();
        found.add(new Input(path.toString(), path, name == null ? Path.of("input") : name, null));
      }
    }
    found.sort(ORDER);
    Set<Object> seen = new HashSet<>();
    List<Input> unique = new ArrayList<>();
    for (Input input : found) {
      Object key = input.file() != null ? input.file().toAbsolutePath().normalize() : input.name();
      if (seen.add(key)) {
        unique.add(input);
      }
    }
    return unique;
  }

  /** Whether an argument names a directory, whose inputs always go one file per input. */
  static boolean isDirectory(String argument) {
    try {
      return !argument.equals(Input.STDIN) && Files.isDirectory(Path.of(argument));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static void walk(Path root, List<Input> found) {
    int before = found.size();
    List<Input> failures = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              return !dir.equals(root) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile() && !isHidden(file) && isText(file)) {
                found.add(new Input(file.toString(), file, root.relativize(file), null));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!(e instanceof FileSystemLoopException)) {
                failures.add(Input.failed(file.toString(), "cannot read: " + Cli.reason(e)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                failures.add(Input.failed(dir.toString(), "cannot read: " + Cli.reason(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      failures.add(Input.failed(root.toString(), "cannot read: " + Cli.reason(e)));
    }
    if (found.size() == before && failures.isEmpty()) {
      found.add(Input.failed(root.toString(), "no .txt, .docx or .pdf files"));
    }
    found.addAll(failures);
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** A speech a directory holds: text, Word or PDF, but not Word's lock file {@code ~$x.docx}. */
  private static boolean isText(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith("~$")
        && (name.endsWith(".txt") || name.endsWith(".docx") || name.endsWith(".pdf"));
  }

  private static int compareComponents(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
