package dev.luoshi.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.luoshi.LuoshiException;
import dev.luoshi.eval.Gold.GoldDeadline;
import dev.luoshi.eval.Gold.GoldHeading;
import dev.luoshi.eval.Gold.GoldTask;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads gold files (GUIDELINE §5): UTF-8 JSON, a byte order mark tolerated, unknown keys ignored. A
 * file that is not valid JSON or lacks a required field ({@code quote}, an outline {@code title})
 * fails with a {@link LuoshiException} naming the file and the field. Thread-safe.
 */
public final class GoldReader {
  private final JsonMapper mapper = JsonMapper.builder().build();

  /** A reader; instances hold no per-file state. */
  public GoldReader() {}

  /** The gold file at the path. */
  public Gold read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new LuoshiException(file + ": cannot read: " + e.getMessage(), e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new LuoshiException(file + ": not UTF-8", e);
    }
    return parse(file.toString(), text);
  }

  /** The gold file held in a string; the name is used in messages only. */
  public Gold parse(String name, String json) {
    String body = json.startsWith("\uFEFF") ? json.substring(1) : json;
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JacksonException e) {
      throw new LuoshiException(name + ": " + JsonErrors.describe(e), e);
    }
    if (root == null || !root.isObject()) {
      throw new LuoshiException(name + ": not a JSON object");
    }
    return new Fields(name).gold(root);
  }

  /** Field readers that name the offending field in their messages. */
  private record Fields(String name) {
    Gold gold(JsonNode root) {
      List<GoldHeading> outline = new ArrayList<>();
      JsonNode nodes = array(root.get("outline"), "outline");
      for (int i = 0; i < nodes.size(); i++) {
        outline.add(heading(object(nodes.get(i), "outline[" + i + "]"), "outline[" + i + "]"));
      }
      List<GoldTask> tasks = new ArrayList<>();
      JsonNode items = array(root.get("tasks"), "tasks");
      for (int i = 0; i < items.size(); i++) {
        tasks.add(task(object(items.get(i), "tasks[" + i + "]"), "tasks[" + i + "]"));
      }
      return new Gold(
          string(root.get("file"), "file"), date(root.get("meeting_date")), outline, tasks);
    }

    private GoldHeading heading(JsonNode n, String where) {
      JsonNode level = n.get("level");
      Integer lvl = null;
      if (level != null && !level.isNull()) {
        if (!level.canConvertToInt() || !level.isIntegralNumber()) {
          throw fail(where + ".level", "expected an integer");
        }
        lvl = level.intValue();
      }
      String title = string(n.get("title"), where + ".title");
      if (title == null) {
        throw fail(where + ".title", "missing");
      }
      return new GoldHeading(lvl, string(n.get("marker"), where + ".marker"), title);
    }

    private GoldTask task(JsonNode n, String where) {
      String quote = string(n.get("quote"), where + ".quote");
      if (quote == null) {
        throw fail(where + ".quote", "missing");
      }
      return new GoldTask(
          quote,
          string(n.get("kind"), where + ".kind"),
          strings(n.get("owners"), where + ".owners"),
          deadline(n.get("deadline"), where + ".deadline"),
          strings(n.get("items"), where + ".items"),
          strings(n.get("references"), where + ".references"),
          strings(n.get("owners_implied"), where + ".owners_implied"));
    }

    /** Null, an empty object (which score.py reads as no deadline) or {text, date}. */
    private GoldDeadline deadline(JsonNode n, String where) {
      if (n == null || n.isNull()) {
        return null;
      }
      object(n, where);
      if (n.isEmpty()) {
        return null;
      }
      String text = string(n.get("text"), where + ".text");
      return new GoldDeadline(text == null ? "" : text, string(n.get("date"), where + ".date"));
    }

    private LocalDate date(JsonNode n) {
      String s = string(n, "meeting_date");
      if (s == null) {
        return null;
      }
      try {
        return LocalDate.parse(s.strip());
      } catch (DateTimeParseException e) {
        throw fail("meeting_date", "not an ISO date: " + s);
      }
    }

    private JsonNode object(JsonNode n, String where) {
      if (n == null || !n.isObject()) {
        throw fail(where, "expected an object");
      }
      return n;
    }

    private JsonNode array(JsonNode n, String where) {
      if (n == null || n.isNull()) {
        return JsonNodeFactory.instance.arrayNode();
      }
      if (!n.isArray()) {
        throw fail(where, "expected a list");
      }
      return n;
    }

    private List<String> strings(JsonNode n, String where) {
      List<String> out = new ArrayList<>();
      JsonNode list = array(n, where);
      for (int i = 0; i < list.size(); i++) {
        JsonNode s = list.get(i);
        if (!s.isTextual()) {
          throw fail(where + "[" + i + "]", "expected a string");
        }
        out.add(s.textValue());
      }
      return out;
    }

    private String string(JsonNode n, String where) {
      if (n == null || n.isNull()) {
        return null;
      }
      if (!n.isTextual()) {
        throw fail(where, "expected a string");
      }
      return n.textValue();
    }

    private LuoshiException fail(String field, String reason) {
      return new LuoshiException(name + ": " + field + ": " + reason);
    }
  }
}
