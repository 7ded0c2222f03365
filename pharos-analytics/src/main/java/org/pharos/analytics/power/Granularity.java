package org.pharos.analytics.power;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The width of a time bucket. Weeks start on Monday and are labelled by that Monday
 * ({@code 2024-01-15}); months are labelled {@code 2024-01}.
 */
public enum Granularity {
  WEEK,
  MONTH;

  /** Parses {@code week} or {@code month}, case-insensitively. */
  public static Granularity parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown granularity '" + text + "': expected week or month", e);
    }
  }

  /** The first day of the bucket holding {@code day}. */
  public LocalDate bucketStart(LocalDate day) {
    return this == WEEK
        ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        : day.withDayOfMonth(1);
  }

  /** The first day of the next bucket. */
  public LocalDate next(LocalDate bucketStart) {
    return this == WEEK ? bucketStart.plusWeeks(1) : bucketStart.plusMonths(1);
  }

  /** Buckets from {@code from} to {@code to} (both bucket starts), counted as an index distance. */
  public int distance(LocalDate from, LocalDate to) {
    return (int)
        (this == WEEK ? ChronoUnit.WEEKS.between(from, to) : ChronoUnit.MONTHS.between(from, to));
  }

  /** The label of the bucket that starts on {@code bucketStart}. */
  public String label(LocalDate bucketStart) {
    return this == WEEK ? bucketStart.toString() : YearMonth.from(bucketStart).toString();
  }
}
