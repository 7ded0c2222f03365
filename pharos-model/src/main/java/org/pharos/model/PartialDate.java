package org.pharos.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A calendar date that may be known only in part: year only, year and month, a full day, or a month
 * and day without a year (written {@code --07-16} as in ISO 8601). Never guesses a missing part.
 * Immutable and thread-safe.
 *
 * @param year the year, or {@code null} when unknown
 * @param month 1–12, or {@code null}
 * @param day 1–31, or {@code null}
 */
public record PartialDate(Integer year, Integer month, Integer day) {

  public PartialDate {
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    if (day != null && (day < 1 || day > 31)) {
      throw new IllegalArgumentException("day out of range: " + day);
    }
    if (day != null && month == null) {
      throw new IllegalArgumentException("a day needs a month");
    }
    if (year != null && month != null && day != null) {
      LocalDate.of(year, month, day); // throws DateTimeException for 31 February etc.
    }
  }

  /** A full day. */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code --MM-DD}.
   *
   * @throws IllegalArgumentException when the text has none of these shapes
   */
  public static PartialDate parse(String iso) {
    String s = iso.trim();
    try {
      if (s.matches("\\d{4}")) {
        return new PartialDate(Integer.parseInt(s), null, null);
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        return new PartialDate(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)), null);
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return of(LocalDate.parse(s));
      }
      if (s.matches("--\\d{2}-\\d{2}")) {
        return new PartialDate(null, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(5)));
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a valid date: " + iso, e);
    }
    throw new IllegalArgumentException("not a date of shape YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD: " + iso);
  }

  /** True when year, month and day are all known. */
  public boolean isFullDay() {
    return year != null && month != null && day != null;
  }

  /** The full day, when known. */
  public Optional<LocalDate> toLocalDate() {
    return isFullDay() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  /** {@code day}, {@code month}, {@code year} or {@code unknown}, as in the event record. */
  public DatePrecision precision() {
    if (year == null) {
      return DatePrecision.UNKNOWN;
    }
    if (month == null) {
      return DatePrecision.YEAR;
    }
    return day == null ? DatePrecision.MONTH : DatePrecision.DAY;
  }

  /** ISO 8601 text: {@code 2024-01-28}, {@code 2024-01}, {@code 2024}, {@code --07-16}. */
  public String toIso() {
    if (year == null) {
      if (month == null) {
        return "";
      }
      return day == null ? String.format("--%02d", month) : String.format("--%02d-%02d", month, day);
    }
    if (month == null) {
      return String.format("%04d", year);
    }
    return day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
  }

  @Override
  public String toString() {
    return toIso();
  }
}
