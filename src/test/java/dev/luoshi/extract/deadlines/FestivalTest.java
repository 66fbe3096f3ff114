package dev.luoshi.extract.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Festival days against published calendars. */
class FestivalTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "SPRING_FESTIVAL, 1949, 1949-01-29",
    "SPRING_FESTIVAL, 2019, 2019-02-05",
    "SPRING_FESTIVAL, 2020, 2020-01-25",
    "SPRING_FESTIVAL, 2022, 2022-02-01",
    "SPRING_FESTIVAL, 2023, 2023-01-22",
    "SPRING_FESTIVAL, 2024, 2024-02-10",
    // ICU's Chinese calendar gives 2027-02-07; the official calendar (a new moon at 23:56 China
    // time)
    // gives 2027-02-06.
    "SPRING_FESTIVAL, 2027, 2027-02-06",
    "NEW_YEARS_EVE, 2027, 2027-02-05",
    "LANTERN, 2027, 2027-02-20",
    "SPRING_FESTIVAL, 2028, 2028-01-26",
    "NEW_YEARS_EVE, 2022, 2022-01-31",
    "LANTERN, 2022, 2022-02-15",
    "DRAGON_BOAT, 2022, 2022-06-03",
    "DRAGON_BOAT, 2023, 2023-06-22",
    "MID_AUTUMN, 2022, 2022-09-10",
    "MID_AUTUMN, 2023, 2023-09-29",
    "QINGMING, 2008, 2008-04-04",
    "QINGMING, 2019, 2019-04-05",
    "QINGMING, 2020, 2020-04-04",
    "QINGMING, 2022, 2022-04-05",
    "QINGMING, 2024, 2024-04-04",
    "NEW_YEAR, 2022, 2022-01-01",
    "LABOUR_DAY, 2022, 2022-05-01",
    "NATIONAL_DAY, 2022, 2022-10-01"
  })
  void fallsOn(Festival festival, int year, LocalDate expected) {
    assertEquals(expected, festival.in(year));
  }

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource({
    "SPRING_FESTIVAL, 2022-05-01, 2023-01-22",
    "SPRING_FESTIVAL, 2022-02-01, 2022-02-01",
    "NEW_YEAR, 2022-01-04, 2023-01-01",
    "MID_AUTUMN, 2022-12-30, 2023-09-29"
  })
  void nextOccurrence(Festival festival, LocalDate from, LocalDate expected) {
    assertEquals(expected, festival.onOrAfter(from));
  }

  /**
   * The table of lunar festivals is ICU's Chinese calendar, year by year, but for the first month
   * of 2027, which ICU starts a day late.
   */
  @Test
  void theTableOfLunarFestivalsIsIcus() {
    for (int year = Festival.TABLE_FROM - 1; year <= Festival.TABLE_TO + 1; year++) {
      LocalDate spring = Festival.lunarByIcu(year, 1, 1).minusDays(year == 2027 ? 1 : 0);
      assertEquals(spring, Festival.SPRING_FESTIVAL.in(year), "春节 " + year);
      assertEquals(spring.minusDays(1), Festival.NEW_YEARS_EVE.in(year), "除夕 " + year);
      assertEquals(spring.plusDays(14), Festival.LANTERN.in(year), "元宵 " + year);
      assertEquals(Festival.lunarByIcu(year, 5, 5), Festival.DRAGON_BOAT.in(year), "端午 " + year);
      assertEquals(Festival.lunarByIcu(year, 8, 15), Festival.MID_AUTUMN.in(year), "中秋 " + year);
    }
  }
}
