package dev.luoshi;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints one line into the build log for every test skipped by an assumption (the corpus floors and
 * parity checks when {@code ../shared} or python3 is missing), saying what was skipped and why:
 * Surefire alone only counts skips. Registered for every test class through {@code
 * META-INF/services} (autodetection is turned on in the POM).
 */
public class VisibleSkips implements TestWatcher {
  private final PrintStream out;

  /** Lines go to standard output, which Surefire copies into the build log. */
  public VisibleSkips() {
    this(System.out);
  }

  VisibleSkips(PrintStream out) {
    this.out = out;
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    String test =
        context.getTestClass().map(Class::getSimpleName).orElse("?")
            + context.getTestMethod().map(Method::getName).map(m -> "." + m).orElse("");
    String why =
        Optional.ofNullable(cause.getMessage())
            .map(m -> m.replaceFirst("^Assumption failed: ", ""))
            .orElse("an assumption failed");
    out.println("SKIPPED " + test + ": " + why);
    out.flush();
  }
}
