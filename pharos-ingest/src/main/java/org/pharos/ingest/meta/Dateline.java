package org.pharos.ingest.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pharos.model.PartialDate;

/**
 * A wire-style dateline opening the first paragraph: {@code BAGHDAD, Jan. 4 (Tigris Wire) — …} or
 * {@code AL-QAIM, Iraq, Dec. 30 (Reuters) - …}. Gives a place, a (usually year-less) date and the
 * agency or outlet in parentheses. Immutable and thread-safe.
 *
 * @param place the upper-case place name as written
 * @param date the date, often month-day only, or {@code null}
 * @param agency the outlet or agency in parentheses
 */
public record Dateline(String place, PartialDate date, String agency) {
  private static final Pattern DATELINE = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu}'’. -]{1,40}?)(?:,\\s*[\\p{L}][\\p{L} .]{1,30}?)?,\\s*([^()]{3,40}?)\\s*\\(([^()]{2,50})\\)\\s*[—–-]{1,2}\\s");

  /** The dateline at the start of {@code paragraph}, if there is one. */
  public static Optional<Dateline> parse(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    if (!m.find()) {
      return Optional.empty();
    }
    Optional<PartialDate> date = DateParser.parse(m.group(2), null);
    if (date.isEmpty()) {
      return Optional.empty(); // "BAGHDAD, officials (…) —" is not a dateline
    }
    return Optional.of(new Dateline(m.group(1).strip(), date.get(), m.group(3).strip()));
  }
}
