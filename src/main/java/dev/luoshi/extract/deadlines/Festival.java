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

  /**
   * Lunar years whose first month ICU's Chinese calendar starts a day late, by the official
   * calendar (GB/T 33661-2017, as the Hong Kong Observatory's tables give it): the new moon falls
   * minutes before midnight China time (2027-02-06, about 23:56), which ICU's approximation puts
   * after it. The first day of the year as the official calendar has it, MMDD; 除夕 and 元宵 follow it.
   */
  private static final Map<Integer, Integer> FIRST_MONTH_CORRECTIONS = Map.of(2027, 206);

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

  /** The years {@link #LUNAR_DAYS} holds. */
  static final int TABLE_FROM = 1900;

  static final int TABLE_TO = 2100;

  /**
   * 春节, 端午 and 中秋 (lunar 1/1, 5/5 and 8/15) of each year from {@link #TABLE_FROM} to {@link
   * #TABLE_TO} as ICU's Chinese calendar gives them ({@link #lunarByIcu}; {@link
   * #FIRST_MONTH_CORRECTIONS} mends it where it is a day late), MMDD each, a year to a field of 12
   * digits, ten years to a line. A table, because ICU's first date of a process costs about 0.3 s
   * (its calendar's classes and data): a third of a cold start's first plan. FestivalTest checks
   * every year of it against ICU.
   */
  private static final String LUNAR_DAYS =
      """
      013106010908 021906200927 020806100916 012905311005 021606180924 020406070913 012506261002 021306150922 020206030910 012206220928
      021006110918 013006011006 021806190925 020606090915 012605291004 021406170923 020306050912 012306230930 021106130919 020106021008
      022006200926 020806100916 012805311005 021606180925 020506060913 012406251002 021306140921 020206040910 012306220928 021006110917
      013006011006 021706200926 020606080915 012605281004 021406160923 020406050912 012406230930 021106130919 013106021008 021906210927
      020806100916 012705301005 021506180924 020506070914 012506251001 021306140920 020206040910 012206230929 021006110917 012906011006
      021706190926 020606090915 012705281003 021406150922 020406050911 012406240930 021206130919 013106020908 021806210927 020806100917
      012805291005 021506170924 020506060913 012506251002 021306140920 020206040910 012106230929 020906120918 013005311006 021706190926
      020606080915 012705281003 021506150922 020306050911 012306240930 021106140920 013106020908 021806210927 020706100917 012805301005
      021606170923 020506060912 012506251001 021306150921 020206040910 022006220929 020906110918 012905311007 021706180925 020606080914
      012705281003 021506160922 020406050911 012306240930 021006130920 013106020909 021906200927 020706090916 012805301005 021606180924
      020506060912 012406251001 021206150921 020106040911 012206220928 020906110918 012905311006 021806190925 020706080914 012605281003
      021406160922 020306060912 012306230930 021006120919 013106020908 021906200927 020806090915 012805301004 021606180924 020506070913
      012506251001 021206140921 020106030910 012206220929 021006100917 012905311006 021706190925 020706090915 012605281003 021306160922
      020206050912 012306241001 021106120919 013106010908 021906200927 020806100916 012805301004 021506180924 020406070913 012405271002
      021206140920 020106030910 012206220928 021006110917 013005311005 021706190925 020606080915 012605291004 021406150922 020206040911
      012306230930 021106130919 020106010907 021906200926 020806100916 012805301005 021506170924 020406060913 012406251002 021206140921
      020206030909 012106220928 020906110917 012906011006 021706190925 020506080915 012605281003 021406160923 020306040911 012306230929
      021106130919 013106020908 021906200926 020706100916 012705301005 021506170924 020506060912 012406241001 021206140920 020206040910
      012206220928 020906110917 012906011006 021706190926 020606070914 012605271003 021406150922 020306050911 012406230929 021006130918
      013006020908 021806210927 020706090916 012705291005 021506170924 020506060913 012506240930 021206140920 020106040909 012106230929
      020906120918
      """;

  /**
   * The Gregorian day of a lunar month and day (non-leap month) in the lunar year that begins in
   * the given Gregorian year.
   */
  private static LocalDate lunar(int year, int month, int day) {
    int field =
        switch (month * 100 + day) {
          case 101, 115 -> 0;
          case 505 -> 1;
          case 815 -> 2;
          default -> -1;
        };
    if (field < 0 || year < TABLE_FROM || year > TABLE_TO) {
      return lunarByIcu(year, month, day);
    }
    int at = (year - TABLE_FROM) * 13 + field * 4;
    Integer corrected = field == 0 ? FIRST_MONTH_CORRECTIONS.get(year) : null;
    LocalDate date =
        corrected != null
            ? LocalDate.of(year, corrected / 100, corrected % 100)
            : LocalDate.of(year, digits(at), digits(at + 2));
    return day == 15 && month == 1 ? date.plusDays(14) : date; // 元宵: day 15 of the first month
  }

  private static int digits(int at) {
    return (LUNAR_DAYS.charAt(at) - '0') * 10 + LUNAR_DAYS.charAt(at + 1) - '0';
  }

  /** {@link #lunar} by ICU's Chinese calendar, for any year. */
  static LocalDate lunarByIcu(int year, int month, int day) {
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
