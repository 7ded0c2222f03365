package org.pharos.analytics.reconcile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period of a tally statement from its sentence: "since October 17", "between October
 * 17, 2023 and February 4, 2024", "in the past two months", "by mid-February". Dates without a
 * year take the latest year that does not put them after the reference day. Stateless and
 * thread-safe.
 */
final class PeriodPhrases {
  /** A period; either bound may be {@code null}. */
  record Period(LocalDate start, LocalDate end) {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  /** A date: "October 17[, 2023]", "17 October [2023]", "mid-February [2024]", "February 2024". */
  static final String DATE = "(?:(?:(?:early|mid|late)-?\\s?)?" + MONTH + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?"
      + "(?:,?\\s+\\d{4})?|\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?)";
  private static final Pattern BETWEEN = Pattern.compile(
      "\\b(?:between|from)\\s+(" + DATE + ")\\s+(?:and|to|through|until)\\s+(" + DATE + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern SINCE = Pattern.compile("\\bsince\\s+(?:the\\s+)?(" + DATE + ")",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BY = Pattern.compile("\\b(?:by|as of|through|until)\\s+(" + DATE + ")",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PAST = Pattern.compile(
      "\\b(?:in|over|during|within)\\s+the\\s+(?:past|last|previous)\\s+(\\w+\\s+)?(day|week|month|year)s?\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PARTS = Pattern.compile(
      "(?i)(?:(early|mid|late)-?\\s?)?(?:(\\d{1,2})\\s+)?(" + MONTH + ")(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?");

  private PeriodPhrases() {}

  /** The period a sentence states, with {@code reference} (the publication day) as the default end. */
  static Period parse(String sentence, LocalDate reference) {
    String s = sentence == null ? "" : sentence;
    Matcher m = BETWEEN.matcher(s);
    if (m.find()) {
      LocalDate end = date(m.group(2), reference, true);
      LocalDate start = date(m.group(1), end != null ? end : reference, false);
      if (start != null && end != null && !start.isAfter(end)) {
        return new Period(start, end);
      }
    }
    LocalDate end = reference;
    m = BY.matcher(s);
    if (m.find()) {
      LocalDate by = date(m.group(1), reference, true);
      if (by != null) {
        end = by;
      }
    }
    m = SINCE.matcher(s);
    if (m.find()) {
      LocalDate start = date(m.group(1), end, false);
      if (start != null && (end == null || !start.isAfter(end))) {
        return new Period(start, end);
      }
    }
    m = PAST.matcher(s);
    if (m.find() && end != null) {
      int n = m.group(1) == null ? 1 : number(m.group(1).trim());
      if (n > 0) {
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        LocalDate start = switch (unit) {
          case "day" -> end.minusDays(n);
          case "week" -> end.minusWeeks(n);
          case "month" -> end.minusMonths(n);
          default -> end.minusYears(n);
        };
        return new Period(start, end);
      }
    }
    return new Period(null, end);
  }

  /**
   * A date phrase as a day: the first day of a month ({@code atEnd} false) or its last ({@code
   * true}) when no day is given; "early/mid/late" give the 5th, 15th and 25th.
   */
  static LocalDate date(String phrase, LocalDate reference, boolean atEnd) {
    Matcher m = PARTS.matcher(phrase.trim());
    if (!m.matches()) {
      return null;
    }
    Integer month = MONTHS.get(m.group(3).toLowerCase(Locale.ROOT).substring(0, 3));
    if (month == null) {
      return null;
    }
    String dayText = m.group(2) != null ? m.group(2) : m.group(4);
    Integer year = m.group(5) == null ? null : Integer.valueOf(m.group(5));
    if (year == null) {
      if (reference == null) {
        return null;
      }
      year = reference.getYear();
      if (YearMonth.of(year, month).atDay(1).isAfter(reference)) {
        year--;
      }
    }
    YearMonth ym = YearMonth.of(year, month);
    int day;
    if (dayText != null) {
      day = Integer.parseInt(dayText);
      if (day < 1 || day > ym.lengthOfMonth()) {
        return null;
      }
    } else if (m.group(1) != null) {
      day = switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "early" -> 5;
        case "mid" -> 15;
        default -> 25;
      };
    } else {
      day = atEnd ? ym.lengthOfMonth() : 1;
    }
    LocalDate d = ym.atDay(day);
    if (dayText != null && reference != null && year.equals(reference.getYear()) && m.group(5) == null
        && d.isAfter(reference)) {
      d = d.minusYears(1);
    }
    return d;
  }

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("several", 3),
      Map.entry("few", 3));

  /** A small count in digits or words, or -1. */
  static int number(String w) {
    String s = w.toLowerCase(Locale.ROOT);
    if (s.matches("\\d+")) {
      return Integer.parseInt(s);
    }
    return WORDS.getOrDefault(s, -1);
  }
}
