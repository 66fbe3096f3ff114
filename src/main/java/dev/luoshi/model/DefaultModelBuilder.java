package dev.luoshi.model;

import dev.luoshi.Luoshi;
import dev.luoshi.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Trains the bundled task model at build time (Maven's process-classes phase) from the project's
 * own annotated corpus, {@code src/main/corpus/{src,gold}}: {@code DefaultModelBuilder SRC GOLD
 * OUT}. The corpus is written for the project; no third-party text goes into the model.
 */
public final class DefaultModelBuilder {
  private DefaultModelBuilder() {}

  /** Trains and writes the model; the output file is replaced atomically. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: DefaultModelBuilder SRC GOLD OUT");
    }
    Path out = Path.of(args[2]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    TaskModel model =
        Luoshi.create(Settings.none())
            .train(Path.of(args[0]), Path.of(args[1]), TaskModelTrainer.defaults())
            .model();
    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".model", ".tmp");
    model.write(tmp);
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
