package org.pharos.store;

import java.util.Objects;

/**
 * What {@link EventStore#storeDocument} did with one document. Immutable and thread-safe.
 *
 * @param status stored, stored as a new version, or skipped as a duplicate
 * @param docId the id the document is stored under (for a new version found through its URL, the id
 *     of the document it updates)
 * @param version the stored version (1 for a new document), or the existing version for a duplicate
 * @param events number of events written (0 for a duplicate)
 */
public record StoreResult(Status status, String docId, int version, int events) {

  /** The outcome of storing one document. */
  public enum Status {
    /** A document not seen before, stored as version 1. */
    STORED,
    /** A changed text for a known document id or URL, stored as the next version. */
    STORED_NEW_VERSION,
    /** The same text is already stored; nothing was written. */
    SKIPPED_DUPLICATE
  }

  public StoreResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(docId, "docId");
  }

  /** True when something was written. */
  public boolean written() {
    return status != Status.SKIPPED_DUPLICATE;
  }
}
