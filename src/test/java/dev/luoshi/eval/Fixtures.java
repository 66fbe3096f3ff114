package dev.luoshi.eval;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The fixture sets under {@code src/test/resources/dev/luoshi/eval/}. */
final class Fixtures {
  private Fixtures() {}

  /** A fixture folder, e.g. {@code basic/src}. */
  static Path dir(String relative) {
    URL url = Fixtures.class.getResource(relative);
    if (url == null) {
      throw new IllegalStateException("no fixture " + relative);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The project's folder: system property {@code luoshi.basedir}, else the working directory. */
  static Path basedir() {
    return Path.of(System.getProperty("luoshi.basedir", System.getProperty("user.dir")));
  }
}
