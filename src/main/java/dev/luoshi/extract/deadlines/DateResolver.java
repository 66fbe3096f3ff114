package dev.luoshi.extract.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the named groups of a matched phrase into the latest day it allows, given the meeting date
 * (GUIDELINE §4 conventions). Stateless apart from the immutable rules; thread-safe.
 */
final class DateResolver {
  private static final int MONTH_END = 31;

  private final DeadlineRules rules;

  DateResolver(DeadlineRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * The latest day a {@link PhraseKind#DEADLINE} phrase allows, or null when it does not follow
   * from the phrase and the meeting date (which may be null).
   */
  LocalDate date(Map<String, String> g, LocalDate meeting) {
    if (g.containsKey("f") || g.containsKey("lf")) {
      return festival(g, meeting);
    }
    if (g.containsKey("lm")) {
      return lunarMonthEnd(g, meeting);
    }
    if (g.containsKey("plan")) {
      return planEnd(ChineseNumerals.parse(g.get("plan")));
    }
    if (g.containsKey("dr")) {
      return meeting == null ? null : meeting.plusDays(intValue("DREL", g.get("dr")));
    }
    if (g.containsKey("n") && g.containsKey("u")) {
      return span(g, meeting);
    }
    if (g.containsKey("wr") || g.containsKey("wd")) {
      return week(g, meeting);
    }
    return calendar(g, meeting);
  }

  /**
   * The year a phrase names outright or relative to the meeting; null when it names none, or names
   * one relative to a meeting date that is unknown.
   */
  Integer year(Map<String, String> g, LocalDate meeting) {
    if (g.containsKey("y")) {
      int y = ChineseNumerals.parse(g.get("y"));
      return y > 0 ? y : null;
    }
    if (g.containsKey("yr") && meeting != null) {
      return meeting.getYear() + intValue("YREL", g.get("yr"));
    }
    return null;
  }

  /**
   * The last day of the N-th five-year plan: the third ran 1966-1970, each later one five years on.
   */
  static LocalDate planEnd(int n) {
    if (n < FIRST_REGULAR_PLAN) {
      return null;
    }
    return LocalDate.of(THIRD_PLAN_END + 5 * (n - FIRST_REGULAR_PLAN), 12, 31);
  }

  private static final int FIRST_REGULAR_PLAN = 3;
  private static final int THIRD_PLAN_END = 1970;

  private LocalDate festival(Map<String, String> g, LocalDate meeting) {
    Festival festival =
        g.containsKey("lf")
            ? Festival.SPRING_FESTIVAL
            : Festival.valueOf(rules.value("FEST", g.get("f")));
    boolean before = g.containsKey("lf") || rules.contains("BEFORE", g.get("s"));
    Integer year = year(g, meeting);
    LocalDate day;
    if (year != null) {
      day = festival.in(year);
    } else if (meeting == null) {
      return null;
    } else {
      day = festival.onOrAfter(before ? meeting.plusDays(1) : meeting);
    }
    return before ? day.minusDays(1) : day;
  }

  /**
   * The last day of a lunar month (明年阴历正月 → the eve of the second month's first day): in the lunar
   * year that begins in the year named, else the first such month ending on or after the meeting.
   */
  private LocalDate lunarMonthEnd(Map<String, String> g, LocalDate meeting) {
    String name = g.get("lm");
    int month =
        switch (name) {
          case "正" -> 1;
          case "冬" -> 11;
          case "腊" -> 12;
          default -> ChineseNumerals.parse(name);
        };
    if (month < 1 || month > 12) {
      return null;
    }
    Integer year = year(g, meeting);
    if (year != null) {
      return lunarMonthEnd(year, month);
    }
    if (meeting == null) {
      return null;
    }
    for (int y = meeting.getYear() - 1; ; y++) {
      LocalDate end = lunarMonthEnd(y, month);
      if (!end.isBefore(meeting)) {
        return end;
      }
    }
  }

  private static LocalDate lunarMonthEnd(int lunarYear, int month) {
    return month == 12
        ? Festival.SPRING_FESTIVAL.in(lunarYear + 1).minusDays(1)
        : Festival.lunarByIcu(lunarYear, month + 1, 1).minusDays(1);
  }

  private LocalDate span(Map<String, String> g, LocalDate meeting) {
    if (meeting == null) {
      return null;
    }
    String unit = rules.value("UNIT", g.get("u"));
    if ("半".equals(g.get("n"))) {
      return switch (unit) {
        case "month" -> meeting.plusDays(15);
        case "year" -> meeting.plusMonths(6);
        default -> meeting;
      };
    }
    if (ChineseNumerals.approximate(g.get("n"))) {
      return null; // 两三年内, 三五天内: a few, whose last day is not said
    }
    int n = ChineseNumerals.parse(g.get("n"));
    if (n < 0 || unit == null) {
      return null;
    }
    return switch (unit) {
      case "day" -> meeting.plusDays(n);
      case "workday" -> plusWorkingDays(meeting, n);
      case "hour" -> meeting.plusDays((n + 23) / 24);
      case "minute" -> meeting.plusDays((n + 1439) / 1440);
      case "week" -> meeting.plusWeeks(n);
      case "month" -> meeting.plusMonths(n);
      case "year" -> meeting.plusYears(n);
      default -> null;
    };
  }

  private static LocalDate plusWorkingDays(LocalDate from, int n) {
    LocalDate day = from;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return day;
  }

  private LocalDate week(Map<String, String> g, LocalDate meeting) {
    if (meeting == null) {
      return null;
    }
    int weekday = g.containsKey("wd") ? intValue("WD", g.get("wd")) : 7;
    if (!g.containsKey("wr")) {
      return meeting.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(weekday)));
    }
    LocalDate monday = meeting.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return monday.plusWeeks(intValue("WREL", g.get("wr"))).plusDays(weekday - 1L);
  }

  private LocalDate calendar(Map<String, String> g, LocalDate meeting) {
    boolean relativeYear = g.containsKey("yr");
    if (relativeYear && meeting == null) {
      return null;
    }
    Integer year = year(g, meeting);
    Integer day = g.containsKey("d") ? ChineseNumerals.parse(g.get("d")) : null;
    int part = g.containsKey("ms") ? intValue("MSUB", g.get("ms")) : MONTH_END;
    if (g.containsKey("mr")) {
      if (meeting == null) {
        return null;
      }
      YearMonth month = YearMonth.from(meeting).plusMonths(intValue("MREL", g.get("mr")));
      return dayOf(month, day, part);
    }
    if (g.containsKey("m")) {
      int m = ChineseNumerals.parse(g.get("m"));
      if (m < 1 || m > 12) {
        return null;
      }
      if (year != null) {
        return dayOf(YearMonth.of(year, m), day, part);
      }
      if (meeting == null) {
        return null;
      }
      LocalDate candidate = dayOf(YearMonth.of(meeting.getYear(), m), day, part);
      return candidate != null && candidate.isBefore(meeting)
          ? dayOf(YearMonth.of(meeting.getYear() + 1, m), day, part)
          : candidate;
    }
    if (day != null || g.containsKey("ms")) {
      return nextInMonths(meeting, day, part);
    }
    if (g.containsKey("h")) {
      return periodEnd(year, intValue("HALF", g.get("h")), meeting);
    }
    if (g.containsKey("se")) {
      return periodEnd(year, intValue("YSEASON", g.get("se")), meeting);
    }
    if (g.containsKey("q")) {
      int q = ChineseNumerals.parse(g.get("q"));
      return q < 1 || q > 4 ? null : periodEnd(year, q * 3, meeting);
    }
    if (g.containsKey("qr")) {
      if (meeting == null) {
        return null;
      }
      int quarter = (meeting.getMonthValue() - 1) / 3 + intValue("QREL", g.get("qr"));
      return YearMonth.from(meeting.withDayOfMonth(1).withMonth(1))
          .plusMonths(quarter * 3L + 2)
          .atEndOfMonth();
    }
    if (year != null) {
      return LocalDate.of(year, 12, 31);
    }
    if (g.containsKey("ys") && meeting != null) {
      return LocalDate.of(meeting.getYear(), 12, 31);
    }
    return null;
  }

  /** A day of the month, or the day a part of it ends on, or its last day; null when invalid. */
  private static LocalDate dayOf(YearMonth month, Integer day, int part) {
    if (day != null) {
      return day >= 1 && day <= month.lengthOfMonth() ? month.atDay(day) : null;
    }
    return month.atDay(Math.min(part, month.lengthOfMonth()));
  }

  /** The first such day of this month or a later one that is on or after the meeting. */
  private static LocalDate nextInMonths(LocalDate meeting, Integer day, int part) {
    if (meeting == null) {
      return null;
    }
    YearMonth month = YearMonth.from(meeting);
    for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
      LocalDate candidate = dayOf(month, day, part);
      if (candidate != null && !candidate.isBefore(meeting)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * The end of the period ending with the given month: in the given year, or else the next such end
   * on or after the meeting.
   */
  private static LocalDate periodEnd(Integer year, int lastMonth, LocalDate meeting) {
    if (year != null) {
      return YearMonth.of(year, lastMonth).atEndOfMonth();
    }
    if (meeting == null) {
      return null;
    }
    LocalDate end = YearMonth.of(meeting.getYear(), lastMonth).atEndOfMonth();
    return end.isBefore(meeting) ? end.plusYears(1).with(TemporalAdjusters.lastDayOfMonth()) : end;
  }

  private int intValue(String list, String word) {
    String v = rules.value(list, word);
    if (v == null || v.isEmpty()) {
      throw new IllegalStateException("no value for " + word + " in @" + list);
    }
    return Integer.parseInt(v);
  }
}
