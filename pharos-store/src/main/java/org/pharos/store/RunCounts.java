package org.pharos.store;

/**
 * Document counts of one ingestion run. Immutable and thread-safe.
 *
 * @param read documents read from the inputs
 * @param stored documents stored (new documents and new versions)
 * @param skipped documents skipped (duplicates)
 * @param failed inputs or documents that failed
 */
public record RunCounts(long read, long stored, long skipped, long failed) {
  public RunCounts {
    if (read < 0 || stored < 0 || skipped < 0 || failed < 0) {
      throw new IllegalArgumentException("run counts must not be negative");
    }
  }
}
