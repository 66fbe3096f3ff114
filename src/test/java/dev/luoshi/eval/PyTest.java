package dev.luoshi.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Python semantics the port depends on. Expected values are what CPython 3.11 prints for the same
 * expressions (given in each comment).
 */
class PyTest {
  @Test
  void squeezeRemovesWhatPythonsBackslashSMatches() {
    // re.sub(r"[\s\u3000\u00a0\ufeff]+", "", "\ufeff甲\u3000乙\u00a0丙\u2028丁\x85戊\x1c己 \t\r\n庚")
    assertEquals("甲乙丙丁戊己庚", Py.squeeze("\ufeff甲\u3000乙\u00a0丙\u2028丁\u0085戊\u001c己 \t\r\n庚"));
    // "\u200b".isspace() is False: a zero-width space stays
    assertEquals("甲\u200b乙", Py.squeeze("甲\u200b乙"));
    assertEquals("", Py.squeeze(null));
  }

  @Test
  void whitespaceIsExactlyPythonsSet() {
    // [hex(c) for c in range(0x110000) if re.match(r"[\s\u3000\u00a0\ufeff]", chr(c))]
    Set<Integer> python = new HashSet<>();
    for (int c = 0x09; c <= 0x0D; c++) {
      python.add(c);
    }
    for (int c = 0x1C; c <= 0x20; c++) {
      python.add(c);
    }
    for (int c = 0x2000; c <= 0x200A; c++) {
      python.add(c);
    }
    python.addAll(List.of(0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF));
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      assertEquals(python.contains(c), Py.isSpace(c), Integer.toHexString(c));
    }
  }

  @Test
  void lengthsAndSlicesCountCodePoints() {
    String s = "𠀀甲乙";
    assertEquals(3, Py.len(s));
    assertEquals("𠀀甲", Py.head(s, 2));
    assertEquals(s, Py.head(s, 9));
    assertEquals("ab", Py.padRight("ab", 1));
    assertEquals("𠀀  ", Py.padRight("𠀀", 3));
  }

  @Test
  void rstripRemovesAnyTrailingCharOfTheSet() {
    // "要求。；，".rstrip("。；，") == "要求"
    assertEquals("要求", Py.rstrip("要求。；，", "。；，"));
    assertEquals("", Py.rstrip("。。", "。"));
    assertEquals("要。求", Py.rstrip("要。求", "。"));
  }

  @Test
  void roundingAndFormattingFollowTheExactBinaryValue() {
    // round(2/3, 4) == 0.6667; round(0.00005, 4) == 0.0001; round(0.12345, 4) == 0.1235
    assertEquals(0.6667, Py.round4(2.0 / 3));
    assertEquals(0.0001, Py.round4(0.00005));
    assertEquals(0.1235, Py.round4(0.12345));
    // "%.3f" % 0.1245 == "0.124" and "%.3f" % 0.6665 == "0.666" (String.format gives 0.125 and
    // 0.667); "%.3f" % 0.1255 == "0.126"; "%.3f" % 0.6875 == "0.688"
    assertEquals("0.124", Py.fixed3(0.1245));
    assertEquals("0.666", Py.fixed3(0.6665));
    assertEquals("0.126", Py.fixed3(0.1255));
    assertEquals("0.688", Py.fixed3(0.6875));
    assertEquals("1.000", Py.fixed3(1.0));
    // repr(1.0), repr(0.0), repr(0.0001), repr(0.75), repr(0.8571)
    assertEquals("1.0", Py.repr4(1.0));
    assertEquals("0.0", Py.repr4(0.0));
    assertEquals("0.0001", Py.repr4(0.0001));
    assertEquals("0.75", Py.repr4(0.75));
    assertEquals("0.8571", Py.repr4(0.8571));
    assertEquals("None", Py.str(null));
  }

  @Test
  void stringsCompareByCodePoint() {
    // sorted(["\uff21", "\U00020000"]) puts U+FF21 first; String.compareTo would not
    assertTrue(Py.compare("\uff21", "𠀀") < 0);
    assertTrue(Py.compare("a", "ab") < 0);
    assertEquals(0, Py.compare("甲", "甲"));
  }
}
