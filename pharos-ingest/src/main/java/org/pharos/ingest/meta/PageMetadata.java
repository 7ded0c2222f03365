package org.pharos.ingest.meta;

import org.pharos.model.DateSource;
import org.pharos.model.PartialDate;

/**
 * Metadata of a page as read from its markup (meta tags, JSON-LD, {@code <title>}, {@code <time>}).
 * Every field may be {@code null}. Immutable and thread-safe.
 *
 * @param title page or article title
 * @param author author or byline
 * @param outlet publishing outlet (site name, publisher)
 * @param date publication date
 * @param dateSource {@link DateSource#HTML_META} when {@link #date} is set, else {@link DateSource#NONE}
 * @param url canonical URL
 * @param lang primary language subtag, lower case
 */
public record PageMetadata(
    String title, String author, String outlet, PartialDate date, DateSource dateSource, String url, String lang) {

  public PageMetadata {
    dateSource = date == null ? DateSource.NONE : dateSource == null ? DateSource.HTML_META : dateSource;
  }
}
