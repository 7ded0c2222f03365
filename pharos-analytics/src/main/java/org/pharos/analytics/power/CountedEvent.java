package org.pharos.analytics.power;

import java.time.LocalDate;
import org.pharos.model.Event;

/**
 * One counted unit: a report, or the representative report of a cluster. Immutable.
 *
 * @param event the (representative) event
 * @param day the event day; for month-precision dates the first of the month; {@code null} when the
 *     date is unknown or only a year
 * @param dayKnown true when the date was known to the day (weekly buckets use only these)
 * @param reports how many reports the unit stands for (1 when counting reports)
 */
public record CountedEvent(Event event, LocalDate day, boolean dayKnown, int reports) {

  /** The bucket start for this event, or {@code null} when its date is too coarse for it. */
  public LocalDate bucket(Granularity granularity) {
    if (day == null || (granularity == Granularity.WEEK && !dayKnown)) {
      return null;
    }
    return granularity.bucketStart(day);
  }

  /** True for QuadClass 1–2 (verbal or material cooperation). */
  public boolean isCooperation() {
    return event.quadClass() == 1 || event.quadClass() == 2;
  }

  /** True for QuadClass 3–4 (verbal or material conflict). */
  public boolean isConflict() {
    return event.quadClass() == 3 || event.quadClass() == 4;
  }
}
