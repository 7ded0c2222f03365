package org.pharos.store;

import java.time.Instant;
import java.util.Objects;
import org.pharos.model.Document;

/**
 * A document as the store holds it: the document itself plus storage metadata. Immutable and
 * thread-safe.
 *
 * @param document the document as it was stored (its {@code docId} is the stored id)
 * @param version 1 for the first text seen, then 2, 3… for each changed text
 * @param contentHash SHA-256 of the text (hex)
 * @param ingestedAt when this version was stored
 * @param coderVersion the coder version that produced the current events, or {@code null}
 * @param latest true when this is the newest version of the document
 * @param events number of events stored for this version
 */
public record StoredDocument(
    Document document, int version, String contentHash, Instant ingestedAt, String coderVersion,
    boolean latest, long events) {
  public StoredDocument {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
  }
}
