package dev.luoshi.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;

/** Jackson's parse errors in one short line, without its source excerpts. */
final class JsonErrors {
  private JsonErrors() {}

  /**
   * E.g. "not JSON (line 1, column 12): Unexpected end-of-input: expected close marker for Array".
   */
  static String describe(JacksonException e) {
    String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    int cut = reason.indexOf(" (start marker");
    if (cut >= 0) {
      reason = reason.substring(0, cut);
    }
    reason = reason.replaceAll("\\s+", " ").strip();
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 0
            ? ""
            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return "not JSON" + where + (reason.isEmpty() ? "" : ": " + reason);
  }
}
