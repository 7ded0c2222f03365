package org.pharos.analytics.power;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * An inclusive date range. Immutable and thread-safe.
 *
 * @param from first day (inclusive), or {@code null} for open
 * @param to last day (inclusive), or {@code null} for open
 */
public record Period(LocalDate from, LocalDate to) {

  /** The unbounded period. */
  public static final Period ALL = new Period(null, null);

  public Period {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
    }
  }

  /**
   * Parses {@code FROM..TO} where each side is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
   * (a side may be empty for an open end): {@code 2020-01..2020-12} is 1 January to 31 December 2020.
   */
  public static Period parse(String text) {
    String s = text.trim();
    int dots = s.indexOf("..");
    if (dots < 0) {
      return new Period(start(s, text), end(s, text));
    }
    String a = s.substring(0, dots).trim();
    String b = s.substring(dots + 2).trim();
    return new Period(a.isEmpty() ? null : start(a, text), b.isEmpty() ? null : end(b, text));
  }

  private static LocalDate start(String side, String whole) {
    try {
      return switch (side.length()) {
        case 4 -> Year.parse(side).atDay(1);
        case 7 -> YearMonth.parse(side).atDay(1);
        default -> LocalDate.parse(side);
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "not a period '" + whole + "': expected FROM..TO with YYYY, YYYY-MM or YYYY-MM-DD", e);
    }
  }

  private static LocalDate end(String side, String whole) {
    try {
      return switch (side.length()) {
        case 4 -> Year.parse(side).atMonth(12).atEndOfMonth();
        case 7 -> YearMonth.parse(side).atEndOfMonth();
        default -> LocalDate.parse(side);
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "not a period '" + whole + "': expected FROM..TO with YYYY, YYYY-MM or YYYY-MM-DD", e);
    }
  }

  /** True when the period has neither start nor end. */
  public boolean isUnbounded() {
    return from == null && to == null;
  }

  /** True when {@code day} lies in the period. */
  public boolean contains(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  /** The narrower of this period and {@code other}. */
  public Period intersect(Period other) {
    LocalDate f = from == null ? other.from : other.from == null || from.isAfter(other.from) ? from : other.from;
    LocalDate t = to == null ? other.to : other.to == null || to.isBefore(other.to) ? to : other.to;
    return new Period(f, t);
  }

  @Override
  public String toString() {
    return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
  }
}
