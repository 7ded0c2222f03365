package org.pharos.eval;

import java.util.List;
import org.pharos.model.PartialDate;

/**
 * One gold record: a sentence (or short text), its date, and the events a correct coder produces.
 * An empty {@code events} list means "nothing should be coded".
 *
 * @param id record id
 * @param category the record's category, or "" (used for per-category breakdowns)
 * @param date the date the text is anchored on, or {@code null}
 * @param text the text to code
 * @param events the expected events
 */
public record GoldRecord(String id, String category, PartialDate date, String text, List<GoldEvent> events) {
  public GoldRecord {
    events = List.copyOf(events);
  }
}
