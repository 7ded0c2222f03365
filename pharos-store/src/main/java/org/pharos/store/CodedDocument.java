package org.pharos.store;

import java.util.List;
import java.util.Objects;
import org.pharos.model.Document;
import org.pharos.model.Event;

/**
 * A document together with the events coded from it: the unit of {@link EventStore#storeBulk}.
 * Immutable and thread-safe.
 *
 * @param document the document
 * @param events its events (may be empty)
 */
public record CodedDocument(Document document, List<Event> events) {
  public CodedDocument {
    Objects.requireNonNull(document, "document");
    events = events == null ? List.of() : List.copyOf(events);
  }
}
