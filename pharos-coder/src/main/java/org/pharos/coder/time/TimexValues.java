package org.pharos.coder.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pharos.model.PartialDate;

/**
 * Reads TIMEX3 date values as SUTime writes them: {@code 2024-01-24}, {@code 2020-01}, {@code 2020},
 * {@code XXXX-06-27} (year filled from the document date), ranges {@code A/B}; seasons and quarters
 * ({@code 2020-SU}, {@code 2020-Q1}) give the year. Values that are not calendar dates ({@code
 * PRESENT_REF}, durations, weeks) give nothing. Stateless and thread-safe.
 */
public final class TimexValues {
  private static final Pattern DATE = Pattern.compile("^(\\d{4}|XXXX)(?:-(\\d{2}|XX)(?:-(\\d{2}|XX))?)?(?:T.*)?$");
  private static final Pattern YEAR_PART = Pattern.compile("^(\\d{4})-(?:SU|SP|FA|WI|Q\\d|H\\d)$");

  private TimexValues() {}

  /**
   * The date of a TIMEX3 value, filling an unknown year from {@code documentDate} (when it has one);
   * a date that would then lie more than six months after the document goes to the year before.
   */
  public static Optional<EventDate> parse(String value, PartialDate documentDate) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    int slash = v.indexOf('/');
    if (slash > 0) {
      Optional<PartialDate> a = single(v.substring(0, slash), documentDate);
      Optional<PartialDate> b = single(v.substring(slash + 1), documentDate);
      if (a.isPresent()) {
        return Optional.of(EventDate.text(a.get(), b.orElse(null), false));
      }
      return Optional.empty();
    }
    return single(v, documentDate).map(d -> EventDate.text(d, null, false));
  }

  static Optional<PartialDate> single(String v, PartialDate documentDate) {
    Matcher y = YEAR_PART.matcher(v);
    if (y.matches()) {
      return Optional.of(new PartialDate(Integer.parseInt(y.group(1)), null, null));
    }
    Matcher m = DATE.matcher(v);
    if (!m.matches()) {
      return Optional.empty();
    }
    Integer month = m.group(2) == null || m.group(2).equals("XX") ? null : Integer.valueOf(m.group(2));
    Integer day = month == null || m.group(3) == null || m.group(3).equals("XX") ? null : Integer.valueOf(m.group(3));
    try {
      if (!m.group(1).equals("XXXX")) {
        return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), month, day));
      }
      if (month == null || documentDate == null || documentDate.year() == null) {
        return Optional.empty();
      }
      return Optional.of(fillYear(month, day, documentDate));
    } catch (RuntimeException e) {
      return Optional.empty(); // 31 February and the like: not a date
    }
  }

  /** A month (and day) in the document's year, or the year before when that is far in the future. */
  static PartialDate fillYear(int month, Integer day, PartialDate documentDate) {
    int year = documentDate.year();
    if (documentDate.month() != null) {
      LocalDate doc = LocalDate.of(year, documentDate.month(), documentDate.day() == null ? 1 : documentDate.day());
      LocalDate candidate = LocalDate.of(year, month, day == null ? 1 : day);
      if (candidate.isAfter(doc.plusMonths(6))) {
        year--;
      }
    }
    return new PartialDate(year, month, day);
  }
}
