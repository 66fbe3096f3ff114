package dev.luoshi.cli;

import dev.luoshi.write.PlanWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values: a bad one is a usage error with a message that says what was expected. */
final class Converters {
  private Converters() {}

  /** A calendar date written YYYY-MM-DD. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date written YYYY-MM-DD");
      }
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
