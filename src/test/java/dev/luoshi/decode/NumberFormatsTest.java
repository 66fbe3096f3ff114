package dev.luoshi.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormatsTest {
  @ParameterizedTest(name = "{1} {0}")
  @CsvSource({
    "1, chineseCounting, 一",
    "10, chineseCounting, 十",
    "11, chineseCounting, 十一",
    "20, chineseCounting, 二十",
    "21, chineseCountingThousand, 二十一",
    "105, chineseCountingThousand, 一百〇五",
    "1010, chineseCountingThousand, 一千〇一十",
    "3, chineseLegalSimplified, 叁",
    "12, chineseLegalSimplified, 壹拾贰",
    "3, ideographTraditional, 丙",
    "11, ideographTraditional, 11",
    "2, ideographZodiac, 丑",
    "1, decimalEnclosedCircle, ①",
    "20, decimalEnclosedCircle, ⑳",
    "21, decimalEnclosedCircleChinese, ㉑",
    "51, decimalEnclosedCircle, 51",
    "2, decimalEnclosedParen, ⑵",
    "3, decimalEnclosedFullstop, ⒊",
    "12, decimalFullWidth, １２",
    "7, decimalZero, 07",
    "28, lowerLetter, bb",
    "4, upperRoman, IV",
    "14, lowerRoman, xiv",
    "9, somethingNew, 9",
  })
  void writesNumbersAsWordDoes(int n, String format, String expected) {
    assertEquals(expected, NumberFormats.format(n, format));
  }
}
