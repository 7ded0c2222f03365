package org.pharos.coder.actors;

import java.time.LocalDate;

/**
 * One office held by a person: the actor code while in office, the canonical title and the dates
 * (inclusive; {@code null} for an open start or end). Immutable and thread-safe.
 *
 * @param code the actor code while in office ({@code USAGOV})
 * @param title canonical title ({@code president}, {@code foreign minister}, …)
 * @param start first day, or {@code null}
 * @param end last day, or {@code null} while still in office
 */
public record Tenure(String code, String title, LocalDate start, LocalDate end) {

  /** True when {@code date} lies within the tenure. */
  public boolean covers(LocalDate date) {
    return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
  }

  /** True when the two tenures share at least one day. */
  public boolean overlaps(Tenure o) {
    boolean thisEndsBefore = end != null && o.start != null && end.isBefore(o.start);
    boolean otherEndsBefore = o.end != null && start != null && o.end.isBefore(start);
    return !thisEndsBefore && !otherEndsBefore;
  }
}
