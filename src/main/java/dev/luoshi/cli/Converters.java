package dev.luoshi.cli;

import dev.luoshi.write.PlanWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values: a bad one is a usage error with a message that says what was expected. */
final class Converters {
  private Converters() {}

  /**
   * A calendar date written YYYY-MM-DD; a wrong one is told what is wrong with it (the month, or
   * the day for that month), not only that it is not a date.
   */
  static final class Date implements ITypeConverter<LocalDate> {
    private static final java.util.regex.Pattern SHAPE =
        java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    @Override
    public LocalDate convert(String value) {
      java.util.regex.Matcher m = SHAPE.matcher(value.strip());
      if (!m.matches()) {
        throw new TypeConversionException("'" + value + "' is not a date written YYYY-MM-DD");
      }
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      if (month < 1 || month > 12) {
        throw new TypeConversionException(
            "'" + value + "' is not a date: month " + month + " (months run 01 to 12)");
      }
      java.time.YearMonth ym = java.time.YearMonth.of(year, month);
      if (day < 1 || day > ym.lengthOfMonth()) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a date: "
                + ym.getMonth()
                    .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " "
                + year
                + " has "
                + ym.lengthOfMonth()
                + " days");
      }
      return LocalDate.of(year, month, day);
    }
  }

  /** An encoding name Java knows, such as GBK, GB18030, UTF-8 or UTF-16LE. */
  static final class Encoding implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new TypeConversionException("unknown encoding '" + value + "'");
      }
    }
  }

  /** A plan format by name. */
  static final class Format implements ITypeConverter<PlanWriter> {
    @Override
    public PlanWriter convert(String value) {
      try {
        return PlanWriter.forFormat(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The format names, for help and completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return PlanWriter.FORMATS.iterator();
    }
  }
}
