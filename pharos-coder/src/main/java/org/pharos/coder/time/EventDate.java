package org.pharos.coder.time;

import java.util.Objects;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.PartialDate;

/**
 * The date of one event as it goes into the record. Immutable and thread-safe.
 *
 * @param date the (start) date, or {@code null} when unknown
 * @param dateEnd the end of a range ("November 21-22"), or {@code null}
 * @param precision day, month, year or unknown
 * @param source {@code TEXT} (a time expression of the event), {@code DOCUMENT} (publication date)
 *     or {@code NONE}
 * @param since true for an open start ("since October 17")
 */
public record EventDate(PartialDate date, PartialDate dateEnd, DatePrecision precision, DateSource source, boolean since) {

  /** No date at all. */
  public static final EventDate NONE = new EventDate(null, null, DatePrecision.UNKNOWN, DateSource.NONE, false);

  public EventDate {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(source, "source");
  }

  /** A date read from the text. */
  public static EventDate text(PartialDate date, PartialDate end, boolean since) {
    return new EventDate(date, end, date.precision(), DateSource.TEXT, since);
  }

  /** ISO text of the date, or {@code null}. */
  public String dateIso() {
    return date == null || date.year() == null ? null : date.toIso();
  }

  /** ISO text of the end date, or {@code null}. */
  public String dateEndIso() {
    return dateEnd == null || dateEnd.year() == null ? null : dateEnd.toIso();
  }
}
