package dev.luoshi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

class VisibleSkipsTest {
  @Test
  void aSkippedTestLeavesOneLineSayingWhy() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    VisibleSkips skips = new VisibleSkips(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    ExtensionContext context =
        (ExtensionContext)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ExtensionContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getTestClass" -> Optional.of(CorpusScoreTest.class);
                      case "getTestMethod" ->
                          Optional.of(
                              CorpusScoreTest.class.getDeclaredMethod("devCorpusMeetsTheFloor"));
                      default -> throw new UnsupportedOperationException(method.getName());
                    });

    skips.testAborted(
        context, new TestAbortedException("Assumption failed: no ../shared/corpus/dev here"));

    assertEquals(
        "SKIPPED CorpusScoreTest.devCorpusMeetsTheFloor: no ../shared/corpus/dev here\n",
        bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void isRegisteredForEveryTestClass() {
    // Through META-INF/services; autodetection is turned on in the POM.
    assertTrue(
        ServiceLoader.load(Extension.class).stream().anyMatch(p -> p.type() == VisibleSkips.class));
  }
}
