package dev.luoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void drawsABarOnATerminalKeepsLinesAboveItAndErasesItAtTheEnd() {
    StringWriter text = new StringWriter();
    PrintWriter err = new PrintWriter(text);
    try (Progress progress = new Progress(err, true, 3)) {
      progress.step();
      progress.above(() -> err.println("luoshi: b.txt: no such file"));
      progress.step();
      progress.step();
    }

    String s = text.toString();
    assertTrue(s.contains("luoshi: b.txt: no such file\n"), s);
    assertTrue(s.contains("3/3 files"), s); // the last drawing, when the bar closes
    assertTrue(s.endsWith("\r\033[K"), s); // and then erased: the closing line starts clean
    assertEquals(s.indexOf("luoshi: b.txt"), s.lastIndexOf("luoshi: b.txt"), s);
  }

  @Test
  void isSilentOffATerminalAndForOneInput() {
    StringWriter text = new StringWriter();
    PrintWriter err = new PrintWriter(text);
    try (Progress off = new Progress(err, false, 3);
        Progress single = new Progress(err, true, 1)) {
      off.step();
      single.step();
      off.above(() -> err.println("a line"));
    }

    assertEquals("a line\n", text.toString());
  }
}
