package dev.luoshi.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NotesTest {
  private static final String BODY = "各乡镇要抓好春耕生产。".repeat(20);

  @Test
  void findsANotesHeading() {
    String text = BODY + "\n注　　释\n〔1〕这里是注释。\n";
    assertEquals(text.indexOf("注　　释"), Notes.start(text));
  }

  @Test
  void findsARuleLine() {
    String text = BODY + "\n------------------\n〔1〕注释。\n";
    assertEquals(text.indexOf("---"), Notes.start(text));
  }

  @Test
  void findsTheFirstNoteLine() {
    String text = BODY + "\n〔1〕第一条注释。\n〔2〕第二条注释。\n";
    assertEquals(text.indexOf("〔1〕"), Notes.start(text));
  }

  @Test
  void findsNotesAfterEveryKindOfLineBreak() {
    // The search tries only where a line starts: after \n, \r\n, \r, U+0085, U+2028, U+2029.
    for (String br : new String[] {"\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029"}) {
      String text = BODY + br + "注释" + br + "〔1〕注释。" + br;
      assertEquals(text.indexOf("注释"), Notes.start(text), () -> "break " + (int) br.charAt(0));
      String lines = BODY + br + "〔1〕第一条注释。" + br + "〔2〕第二条。";
      assertEquals(lines.indexOf("〔1〕"), Notes.start(lines), () -> "break " + (int) br.charAt(0));
    }
  }

  @Test
  void ignoresANoteMarkInsideALine() {
    String text = BODY + "\n详见〔1〕的说明。\n";
    assertEquals(text.length(), Notes.start(text));
  }

  @Test
  void ignoresNoteLikeLinesInTheFirstHalf() {
    String text = "注释\n" + BODY;
    assertEquals(text.length(), Notes.start(text));
  }
}
