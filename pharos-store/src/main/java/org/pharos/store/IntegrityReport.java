package org.pharos.store;

/**
 * Consistency figures of a store; all zero in a healthy store. Immutable and thread-safe.
 *
 * @param orphanEvents events whose document version does not exist
 * @param orphanQuantities quantities whose event does not exist
 * @param documentsWithBadLatest document ids with no version, or more than one, marked latest
 * @param staleCurrentEvents events marked current that belong to a version that is not the latest
 */
public record IntegrityReport(
    long orphanEvents, long orphanQuantities, long documentsWithBadLatest, long staleCurrentEvents) {
  /** True when every figure is zero. */
  public boolean healthy() {
    return orphanEvents == 0 && orphanQuantities == 0 && documentsWithBadLatest == 0
        && staleCurrentEvents == 0;
  }
}
