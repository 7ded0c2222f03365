package org.pharos.ingest.meta;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pharos.model.PartialDate;

/**
 * Collects the years written in a document (full dates and month-year dates), so that a header date
 * such as "July 16" can take its year from another dated line instead of a guess. Stateless and
 * thread-safe.
 */
public final class YearEvidence {
  private YearEvidence() {}

  /** Distinct years of the dates (with a year and a month) found in the texts, ascending. */
  public static SortedSet<Integer> yearsIn(Collection<String> texts) {
    TreeSet<Integer> years = new TreeSet<>();
    for (String text : texts) {
      for (DateMatch d : DateParser.findAll(text, null)) {
        PartialDate date = d.date();
        if (date.year() != null && date.month() != null) {
          years.add(date.year());
        }
      }
    }
    return years;
  }
}
