package dev.luoshi.extract.deadlines;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;

/**
 * The festivals a deadline can be set against. Lunar ones come from ICU's Chinese calendar; 清明 is a
 * solar term.
 */
enum Festival {
  /** 元旦, January 1. */
  NEW_YEAR,
  /** 春节, the first day of the lunar year. */
  SPRING_FESTIVAL,
  /** 除夕, the last day of the lunar year. */
  NEW_YEARS_EVE,
  /** 元宵, the 15th day of the first lunar month. */
  LANTERN,
  /** 清明, the solar term at which the sun reaches longitude 15°. */
  QINGMING,
  /** 五一劳动节, May 1. */
  LABOUR_DAY,
  /** 端午, the 5th day of the fifth lunar month. */
  DRAGON_BOAT,
  /** 中秋, the 15th day of the eighth lunar month. */
  MID_AUTUMN,
  /** 国庆, October 1. */
  NATIONAL_DAY,
  /** 三八妇女节, March 8. */
  WOMENS_DAY,
  /** 植树节, March 12. */
  ARBOR_DAY,
  /** 五四青年节, May 4. */
  YOUTH_DAY,
  /** 六一儿童节, June 1. */
  CHILDRENS_DAY,
  /** 七一, the Party's founding day, July 1. */
  PARTY_DAY,
  /** 八一建军节, August 1. */
  ARMY_DAY,
  /** 教师节, September 10. */
  TEACHERS_DAY;

  /** Julian day number of 1970-01-01, the epoch of LocalDate.toEpochDay. */
  private static final long JULIAN_EPOCH = 2_440_588L;

  /** Years where the 清明 formula is a day off the astronomical term (it falls near midnight). */
  private static final Map<Integer, Integer> QINGMING_EXCEPTIONS = Map.of(1943, 5, 2071, 4);

  /** The festival's day in the given Gregorian year (除夕 of the lunar year beginning in it). */
  LocalDate in(int year) {
    return switch (this) {
      case NEW_YEAR -> LocalDate.of(year, 1, 1);
      case SPRING_FESTIVAL -> lunar(year, 1, 1);
      case NEW_YEARS_EVE -> lunar(year, 1, 1).minusDays(1);
      case LANTERN -> lunar(year, 1, 15);
      case QINGMING -> qingming(year);
      case LABOUR_DAY -> LocalDate.of(year, 5, 1);
      case DRAGON_BOAT -> lunar(year, 5, 5);
      case MID_AUTUMN -> lunar(year, 8, 15);
      case NATIONAL_DAY -> LocalDate.of(year, 10, 1);
      case WOMENS_DAY -> LocalDate.of(year, 3, 8);
      case ARBOR_DAY -> LocalDate.of(year, 3, 12);
      case YOUTH_DAY -> LocalDate.of(year, 5, 4);
      case CHILDRENS_DAY -> LocalDate.of(year, 6, 1);
      case PARTY_DAY -> LocalDate.of(year, 7, 1);
      case ARMY_DAY -> LocalDate.of(year, 8, 1);
      case TEACHERS_DAY -> LocalDate.of(year, 9, 10);
    };
  }

  /** The first occurrence of the festival on or after the given day. */
  LocalDate onOrAfter(LocalDate from) {
    for (int year = from.getYear() - 1; ; year++) {
      LocalDate day = in(year);
      if (!day.isBefore(from)) {
        return day;
      }
    }
  }

  /**
   * The Gregorian day of a lunar month and day (non-leap month) in the lunar year that begins in
   * the given Gregorian year.
   */
  private static LocalDate lunar(int year, int month, int day) {
    ChineseCalendar calendar = new ChineseCalendar();
    calendar.clear();
    // Mid-year lies in the lunar year that began in January or February of that Gregorian year;
    // reading its extended year this way does not depend on how ICU numbers Chinese years.
    calendar.set(Calendar.JULIAN_DAY, julianDay(LocalDate.of(year, Month.JULY, 1)));
    int lunarYear = calendar.get(Calendar.EXTENDED_YEAR);
    calendar.clear();
    calendar.set(Calendar.EXTENDED_YEAR, lunarYear);
    calendar.set(Calendar.MONTH, month - 1);
    calendar.set(Calendar.IS_LEAP_MONTH, 0);
    calendar.set(Calendar.DAY_OF_MONTH, day);
    return LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_EPOCH);
  }

  private static int julianDay(LocalDate date) {
    return Math.toIntExact(date.toEpochDay() + JULIAN_EPOCH);
  }

  /**
   * 清明 by the standard approximation for 1900–2100: day = ⌊Y·0.2422 + C⌋ − ⌊Y/4⌋ in April, Y the
   * year within its century (2000 counts as year 100 of the 20th), C = 5.59 for the 20th century
   * and 4.81 for the 21st; 2100 is no leap year, so it has one leap day fewer. Outside that range,
   * April 5.
   */
  private static LocalDate qingming(int year) {
    Integer exception = QINGMING_EXCEPTIONS.get(year);
    if (exception != null) {
      return LocalDate.of(year, 4, exception);
    }
    if (year < 1900 || year > 2100) {
      return LocalDate.of(year, 4, 5);
    }
    boolean twentieth = year <= 2000;
    int y = twentieth ? year - 1900 : year - 2000;
    double c = twentieth ? 5.59 : 4.81;
    int leapDays = year == 2100 ? 24 : y / 4;
    int day = (int) Math.floor(y * 0.2422 + c) - leapDays;
    return LocalDate.of(year, 4, day);
  }
}
