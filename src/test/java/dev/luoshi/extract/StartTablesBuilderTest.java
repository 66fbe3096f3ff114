package dev.luoshi.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.luoshi.rules.StartTables;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The tables the build writes give every character what working it out gives. */
class StartTablesBuilderTest {
  @Test
  void everyCharacterOfEveryBuiltTableIsWhatWorkingItOutGives() {
    List<List<Pattern>> lists = StartTablesBuilder.builtInLists();
    for (List<Pattern> patterns : lists) {
      StartTables.Table table = StartTables.find(patterns);
      assertNotNull(table, "the build writes a table for " + patterns.size() + " patterns");
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        char ch = (char) c;
        assertArrayEquals(StartTables.compute(patterns, ch), table.bits(ch), "U+" + c);
      }
    }
  }

  @Test
  void otherListsHaveNoTable() {
    List<Pattern> cues = StartTablesBuilder.builtInLists().get(0);
    assertNull(StartTables.find(List.of(Pattern.compile("年底前"))));
    assertNull(StartTables.find(cues.subList(0, cues.size() - 1)));
    Pattern first = cues.get(0);
    List<Pattern> flagged = new java.util.ArrayList<>(cues);
    flagged.set(0, Pattern.compile(first.pattern(), Pattern.CASE_INSENSITIVE));
    assertNull(StartTables.find(flagged), "flags are compared");
  }
}
