package dev.luoshi.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.LuoshiException;
import dev.luoshi.eval.Gold.GoldDeadline;
import dev.luoshi.eval.Gold.GoldHeading;
import dev.luoshi.eval.Gold.GoldTask;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
  private final GoldReader reader = new GoldReader();

  @Test
  void readsAGoldFileWithAByteOrderMark() {
    Gold gold = reader.read(Fixtures.dir("basic/gold").resolve("c-fangxun.json"));
    assertEquals("c-fangxun.txt", gold.file());
    assertEquals(LocalDate.of(2024, 5, 20), gold.meetingDate());
    assertEquals(List.of(), gold.outline());
    assertEquals(
        new GoldTask(
            "各区要在6月1日前完成防汛物资储备检查。",
            "action",
            List.of("各区"),
            new GoldDeadline("6月1日前", "2024-06-01"),
            List.of(),
            List.of(),
            List.of()),
        gold.tasks().get(0));
    assertEquals(2, gold.scoredTasks());
  }

  @Test
  void ignoresUnknownKeysAndReadsEveryField() {
    Gold gold =
        reader.parse(
            "x.json",
            """
            {"file": "x.txt", "meeting_date": null, "reviewer": "张三",
             "outline": [{"level": 2, "marker": "一是", "title": "抓落实", "note": 1},
                         {"title": "无层级"}],
             "tasks": [{"quote": "要抓好《实施方案》落实。", "kind": "optional", "owners": [],
                        "deadline": {}, "items": ["一", "二"], "references": ["《实施方案》"],
                        "owners_implied": ["各科室"], "comment": "存疑"},
                       {"quote": "甲。", "deadline": {"text": "会后", "date": null}}]}
            """);
    assertNull(gold.meetingDate());
    assertEquals(
        List.of(new GoldHeading(2, "一是", "抓落实"), new GoldHeading(null, null, "无层级")),
        gold.outline());
    GoldTask first = gold.tasks().get(0);
    assertTrue(first.isOptional());
    assertNull(first.deadline(), "an empty deadline object is no deadline, as in score.py");
    assertEquals(List.of("一", "二"), first.items());
    assertEquals(List.of("《实施方案》"), first.references());
    assertEquals(List.of("各科室"), first.ownersImplied());
    GoldTask second = gold.tasks().get(1);
    assertNull(second.kind());
    assertEquals(List.of(), second.owners());
    assertEquals(new GoldDeadline("会后", null), second.deadline());
    assertEquals(1, gold.scoredTasks());
  }

  @Test
  void aMissingTaskListReadsAsEmpty() {
    Gold gold = reader.parse("x.json", "{\"file\": \"x.txt\"}");
    assertEquals(List.of(), gold.tasks());
    assertEquals(List.of(), gold.outline());
  }

  @Test
  void failuresNameTheFileAndTheField(@TempDir Path dir) throws Exception {
    assertEquals(
        "x.json: tasks[1].quote: missing",
        assertThrows(
                LuoshiException.class,
                () ->
                    reader.parse(
                        "x.json", "{\"tasks\": [{\"quote\": \"甲\"}, {\"kind\": \"goal\"}]}"))
            .getMessage());
    assertEquals(
        "x.json: outline[0].title: missing",
        assertThrows(
                LuoshiException.class,
                () -> reader.parse("x.json", "{\"outline\": [{\"level\": 1}]}"))
            .getMessage());
    assertEquals(
        "x.json: tasks[0].owners[0]: expected a string",
        assertThrows(
                LuoshiException.class,
                () -> reader.parse("x.json", "{\"tasks\": [{\"quote\": \"甲\", \"owners\": [1]}]}"))
            .getMessage());
    assertEquals(
        "x.json: meeting_date: not an ISO date: 2024年1月",
        assertThrows(
                LuoshiException.class,
                () -> reader.parse("x.json", "{\"meeting_date\": \"2024年1月\"}"))
            .getMessage());
    assertEquals(
        "x.json: not a JSON object",
        assertThrows(LuoshiException.class, () -> reader.parse("x.json", "[]")).getMessage());
    assertEquals(
        "x.json: not JSON (line 1, column 12): Unexpected end-of-input: expected close marker for"
            + " Array",
        assertThrows(LuoshiException.class, () -> reader.parse("x.json", "{\"tasks\": ["))
            .getMessage());

    Path latin = dir.resolve("latin.json");
    Files.write(latin, "{\"file\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(
        latin + ": not UTF-8",
        assertThrows(LuoshiException.class, () -> reader.read(latin)).getMessage());
    Path none = dir.resolve("none.json");
    assertTrue(
        assertThrows(LuoshiException.class, () -> reader.read(none))
            .getMessage()
            .startsWith(none + ": cannot read"));
  }
}
