package dev.mcpgen.runtime.internal.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code format}s the validator checks, as JSON Schema 2020-12 defines them. */
final class Formats {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME =
      Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?([Zz]|[+-](\\d{2}):(\\d{2}))");
  private static final Pattern DURATION =
      Pattern.compile(
          "P(?:\\d+W|(?=\\d|T\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+D)?"
              + "(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)");
  private static final Pattern UUID =
      Pattern.compile("\\p{XDigit}{8}(?:-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@(?:" + LABEL + "(?:\\." + LABEL + ")*|\\[[^\\]\\s]+])");

  private static final Map<String, Format> FORMATS =
      Map.of(
          "date", new Format("a date (YYYY-MM-DD)", Formats::isDate),
          "time",
          new Format("a time (hh:mm:ss with a UTC offset, e.g. 14:30:00Z)", Formats::isTime),
          "date-time",
          new Format("a date-time (RFC 3339, e.g. 2026-01-31T14:30:00Z)", Formats::isDateTime),
          "duration", new Format("a duration (ISO 8601, e.g. P1DT2H)", matches(DURATION)),
          "uuid", new Format("a UUID", matches(UUID)),
          "uri", new Format("an absolute URI", Formats::isAbsoluteUri),
          "email", new Format("an email address", matches(EMAIL)));

  private Formats() {}

  /** The format named {@code name}, or {@code null} when it is one the validator ignores. */
  static Format named(String name) {
    return FORMATS.get(name);
  }

  /**
   * @param description how the message names the expected value, e.g. {@code a date (YYYY-MM-DD)}
   * @param test whether a string has the format
   */
  record Format(String description, Predicate<String> test) {}

  private static Predicate<String> matches(Pattern pattern) {
    return text -> pattern.matcher(text).matches();
  }

  private static boolean isDate(String text) {
    if (!DATE.matcher(text).matches()) {
      return false;
    }
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** RFC 3339 full-time; second 60 is a leap second. */
  private static boolean isTime(String text) {
    Matcher time = TIME.matcher(text);
    if (!time.matches()) {
      return false;
    }
    boolean inRange = number(time, 1) <= 23 && number(time, 2) <= 59 && number(time, 3) <= 60;
    return inRange && (time.group(6) == null || number(time, 6) <= 23 && number(time, 7) <= 59);
  }

  private static int number(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }

  private static boolean isDateTime(String text) {
    return text.length() > 11
        && (text.charAt(10) == 'T' || text.charAt(10) == 't')
        && isDate(text.substring(0, 10))
        && isTime(text.substring(11));
  }

  private static boolean isAbsoluteUri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
