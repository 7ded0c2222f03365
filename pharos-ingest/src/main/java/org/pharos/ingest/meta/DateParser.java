package org.pharos.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pharos.model.PartialDate;

/**
 * Lenient parsing of the dates that news pages print, into {@link PartialDate}s that never guess a
 * missing part.
 *
 * <p>Understood shapes: ISO ({@code 2024-01-05}, {@code 2024-01-05T10:00:00Z}, {@code 2024/01/05}),
 * numeric day-first ({@code 08.01.2024}, {@code 8/1/2024}, {@code 08-01-24}), month names with or
 * without weekday ({@code January 5, 2024}, {@code Wednesday 22 Nov 2023}, {@code 5th of January
 * 2024}), month and year ({@code January 2024}) and month-day without year ({@code July 16}, {@code
 * 16 July}). Numeric dates are read day-first unless that is impossible ({@code 05.13.2024} is 13
 * May). A month-day without a year takes the caller's reference year when one is given, otherwise it
 * stays partial ({@code --07-16}). English month names only.
 *
 * <pre>{@code
 * DateParser.parse("Wednesday 22 Nov 2023", null);  // 2023-11-22
 * DateParser.parse("July 16", null);                // --07-16
 * DateParser.parse("July 16", 2024);                // 2024-07-16
 * DateParser.find("02.02.2020 Author: X", null);    // 2020-02-02 at 0..10
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class DateParser {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1),
      Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3),
      Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun", 6),
      Map.entry("july", 7), Map.entry("jul", 7),
      Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  /** A weekday right before a date ("Wednesday, 22 Nov"), matched backwards from the date's start. */
  private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
      "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri|sat|sun)"
          + "\\.?,?\\s+$", Pattern.CASE_INSENSITIVE);
  /** Cheap pre-check: month-name patterns run only when a month name occurs. */
  private static final Pattern ANY_MONTH = Pattern.compile("\\b" + MONTH, Pattern.CASE_INSENSITIVE);
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern ISO = Pattern.compile(
      "(?<![\\d.:/-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
          + "(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d-])", FLAGS);
  private static final Pattern YEAR_FIRST_SLASH =
      Pattern.compile("(?<![\\d./-])(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?![\\d/.]\\d)", FLAGS);
  private static final Pattern NUMERIC_LONG_YEAR = Pattern.compile(
      "(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![\\d]|[./-]\\d)", FLAGS);
  private static final Pattern NUMERIC_SHORT_YEAR = Pattern.compile(
      "^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2})$", FLAGS);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\s+" + DAY + "(?:\\s*,\\s*|\\s+)(\\d{4})(?!\\d)", FLAGS);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b" + DAY + "(?:\\s+of)?\\s+" + MONTH + "(?:\\s*,\\s*|\\s+)(\\d{4})(?!\\d)", FLAGS);
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b" + MONTH + "\\s+" + DAY + "(?![\\d:])\\b", FLAGS);
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b" + DAY + "(?:\\s+of)?\\s+" + MONTH + "(?![a-z])", FLAGS);
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "\\b" + MONTH + ",?\\s+(\\d{4})(?!\\d)", FLAGS);
  private static final Pattern LOWER_MAY = Pattern.compile("\\bmay\\b");
  private static final Pattern YEAR_ONLY = Pattern.compile("^(\\d{4})$");
  private static final Pattern ISO_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  /** What may surround a date that {@link #parse} accepts as "the whole text is a date". */
  private static final Pattern ALLOWED_REST = Pattern.compile(
      "^[\\s,.;|·•–—-]*(?:(?:at|@)?\\s*\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?"
          + "\\s*(?:\\(?(?:[A-Z]{2,5}|UTC|GMT)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\)?)?)?[\\s,.;|·•–—-]*$",
      FLAGS);

  private DateParser() {}

  /**
   * Parses a text that is, as a whole, a date (optionally with weekday and a trailing time of day).
   *
   * @param text the text, e.g. {@code "January 5, 2024"} or {@code "2024-01-05T10:00:00Z"}
   * @param referenceYear year to give a month-day without year, or {@code null} to keep it partial
   * @return the date, or empty when the text is not a date
   */
  public static Optional<PartialDate> parse(String text, Integer referenceYear) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = YEAR_ONLY.matcher(s);
    if (m.matches()) {
      return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), null, null));
    }
    m = ISO_MONTH.matcher(s);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      return month >= 1 && month <= 12
          ? Optional.of(new PartialDate(Integer.parseInt(m.group(1)), month, null))
          : Optional.empty();
    }
    m = NUMERIC_SHORT_YEAR.matcher(s);
    if (m.matches()) {
      return numericDayFirst(m.group(1), m.group(3), 2000 + Integer.parseInt(m.group(4)));
    }
    Optional<DateMatch> found = find(s, referenceYear);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DateMatch d = found.get();
    String rest = s.substring(0, d.start()) + " " + s.substring(d.end());
    return ALLOWED_REST.matcher(rest).matches() ? Optional.of(d.date()) : Optional.empty();
  }

  /**
   * Finds the first date inside a longer text.
   *
   * @param text the text to search
   * @param referenceYear year for a month-day without year, or {@code null} to keep it partial
   * @return the first date and its span, or empty
   */
  public static Optional<DateMatch> find(String text, Integer referenceYear) {
    List<DateMatch> all = findAll(text, referenceYear);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Finds all non-overlapping dates in a text, in order of position. Where two shapes overlap the
   * longer match wins ({@code 22 Nov 2023} over {@code Nov 2023}).
   *
   * @param text the text to search
   * @param referenceYear year for a month-day without year, or {@code null} to keep it partial
   * @return the dates found, possibly empty
   */
  public static List<DateMatch> findAll(String text, Integer referenceYear) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    if (!hasDigit(text)) {
      return List.of(); // every supported shape has a number in it
    }
    List<DateMatch> candidates = new ArrayList<>();
    collect(ISO, text, candidates, m -> full(m.group(1), m.group(2), m.group(3)));
    collect(YEAR_FIRST_SLASH, text, candidates, m -> full(m.group(1), m.group(2), m.group(3)));
    collect(NUMERIC_LONG_YEAR, text, candidates,
        m -> numericDayFirst(m.group(1), m.group(3), Integer.parseInt(m.group(4))));
    if (!ANY_MONTH.matcher(text).find()) {
      return ordered(candidates);
    }
    collect(MONTH_DAY_YEAR, text, candidates,
        m -> named(m.group(1), m.group(2), Integer.parseInt(m.group(3))));
    collect(DAY_MONTH_YEAR, text, candidates,
        m -> named(m.group(2), m.group(1), Integer.parseInt(m.group(3))));
    collect(MONTH_YEAR, text, candidates, m -> monthYear(m.group(1), m.group(2)));
    List<DateMatch> partial = new ArrayList<>();
    collect(MONTH_DAY, text, partial, m -> named(m.group(1), m.group(2), null));
    collect(DAY_MONTH, text, partial, m -> named(m.group(2), m.group(1), null));
    partial.replaceAll(p -> withWeekday(text, p));
    candidates.replaceAll(c -> withWeekday(text, c));
    for (DateMatch p : partial) {
      if (referenceYear != null) {
        PartialDate d = p.date();
        Optional<PartialDate> withYear = full(referenceYear, d.month(), d.day());
        if (withYear.isPresent()) {
          candidates.add(new DateMatch(withYear.get(), p.start(), p.end(), true));
          continue;
        }
      }
      candidates.add(p);
    }
    return ordered(candidates);
  }

  private static List<DateMatch> ordered(List<DateMatch> candidates) {
    candidates.sort(Comparator.comparingInt(DateMatch::start)
        .thenComparing(Comparator.comparingInt((DateMatch d) -> d.end() - d.start()).reversed()));
    List<DateMatch> result = new ArrayList<>();
    int covered = -1;
    for (DateMatch c : candidates) {
      if (c.start() >= covered) {
        result.add(c);
        covered = c.end();
      }
    }
    return List.copyOf(result);
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Extends a match backwards over a weekday written right before it. */
  private static DateMatch withWeekday(String text, DateMatch d) {
    int from = Math.max(0, d.start() - 12);
    Matcher w = WEEKDAY_BEFORE.matcher(text.substring(from, d.start()));
    return w.find() ? new DateMatch(d.date(), from + w.start(), d.end(), d.yearInferred()) : d;
  }

  private interface Converter {
    Optional<PartialDate> convert(Matcher m);
  }

  private static void collect(Pattern p, String text, List<DateMatch> out, Converter converter) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (isModalMay(m)) {
        continue;
      }
      converter.convert(m).ifPresent(d -> out.add(new DateMatch(d, m.start(), m.end(), false)));
    }
  }

  /** "may 5" in lower case is far more often the verb than the month. */
  private static boolean isModalMay(Matcher m) {
    return LOWER_MAY.matcher(m.group()).find();
  }

  private static Optional<PartialDate> full(String y, String m, String d) {
    return full(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
  }

  private static Optional<PartialDate> full(int year, int month, int day) {
    try {
      return Optional.of(PartialDate.of(LocalDate.of(year, month, day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Day-first, unless the second number cannot be a month and the first can. */
  private static Optional<PartialDate> numericDayFirst(String a, String b, int year) {
    int first = Integer.parseInt(a);
    int second = Integer.parseInt(b);
    Optional<PartialDate> dayFirst = full(year, second, first);
    return dayFirst.isPresent() ? dayFirst : full(year, first, second);
  }

  private static Optional<PartialDate> named(String monthName, String day, Integer year) {
    Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT).replace(".", ""));
    if (month == null) {
      return Optional.empty();
    }
    int d = Integer.parseInt(day);
    if (year != null) {
      return full(year, month, d);
    }
    // validate against a leap year so that 29 February stays possible
    return full(2024, month, d).map(x -> new PartialDate(null, month, d));
  }

  private static Optional<PartialDate> monthYear(String monthName, String year) {
    Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT).replace(".", ""));
    return month == null ? Optional.empty() : Optional.of(new PartialDate(Integer.parseInt(year), month, null));
  }
}
