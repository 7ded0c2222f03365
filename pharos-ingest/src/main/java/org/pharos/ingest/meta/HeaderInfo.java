package org.pharos.ingest.meta;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pharos.model.PartialDate;

/**
 * Metadata read from the header lines of a text article, and which lines they were. Immutable and
 * thread-safe.
 *
 * @param title from a {@code Title:} line, or {@code null}
 * @param author from {@code By X}, {@code Author: X}, or {@code null}
 * @param outlet from {@code Source: X} / {@code Publisher: X}, or {@code null}
 * @param url from {@code URL: …} or a bare URL line, or {@code null}
 * @param lang from {@code Language: xx}, or {@code null}
 * @param date the publication date, possibly partial, or {@code null}
 * @param dateText the text the date was read from, for messages, or {@code null}
 * @param headerLines indices of the lines that are header lines (to be removed from the body)
 */
public record HeaderInfo(
    String title,
    String author,
    String outlet,
    String url,
    String lang,
    PartialDate date,
    String dateText,
    SortedSet<Integer> headerLines) {

  public HeaderInfo {
    headerLines = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(headerLines));
  }

  /** No header found. */
  public static HeaderInfo none() {
    return new HeaderInfo(null, null, null, null, null, null, null, new TreeSet<>(Set.of()));
  }
}
