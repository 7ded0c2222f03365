package org.pharos.store;

/**
 * What {@link EventStore#storeBulk} did with a batch. Immutable and thread-safe.
 *
 * @param stored documents stored as version 1
 * @param newVersions documents stored as a new version of a known document
 * @param skipped documents skipped as duplicates
 * @param events events written
 */
public record BulkResult(int stored, int newVersions, int skipped, long events) {

  /** The sum of two results. */
  public BulkResult plus(BulkResult other) {
    return new BulkResult(stored + other.stored, newVersions + other.newVersions,
        skipped + other.skipped, events + other.events);
  }

  /** Nothing done. */
  public static BulkResult empty() {
    return new BulkResult(0, 0, 0, 0);
  }
}
