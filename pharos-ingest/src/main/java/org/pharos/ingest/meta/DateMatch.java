package org.pharos.ingest.meta;

import java.util.Objects;
import org.pharos.model.PartialDate;

/**
 * A date found inside a piece of text, with the character span it came from. Immutable and
 * thread-safe.
 *
 * @param date the parsed (possibly partial) date
 * @param start index of the first character of the match
 * @param end index after the last character of the match
 * @param yearInferred true when the year was not written next to the date but taken from a
 *     reference year supplied by the caller
 */
public record DateMatch(PartialDate date, int start, int end, boolean yearInferred) {
  public DateMatch {
    Objects.requireNonNull(date, "date");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
