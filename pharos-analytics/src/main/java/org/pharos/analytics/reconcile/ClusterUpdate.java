package org.pharos.analytics.reconcile;

import java.util.List;

/**
 * What one call to {@link ClusterIndex#add} or {@link ClusterIndex#removeDocument} changed: the
 * clusters that are new or whose membership changed, and the ids of clusters that no longer exist
 * (merged into another, or re-seeded under a new id). Apply it to a persisted copy by deleting
 * {@link #removedIds()} and upserting {@link #changed()}. Immutable and thread-safe.
 *
 * @param changed new or changed clusters, sorted by id
 * @param removedIds ids that disappeared, sorted
 * @param added number of events taken in (duplicates and ignored events not counted)
 * @param ignored number of events left out (modality, tallies, already present)
 */
public record ClusterUpdate(List<ClusterRecord> changed, List<String> removedIds, int added, int ignored) {
  public ClusterUpdate {
    changed = List.copyOf(changed);
    removedIds = List.copyOf(removedIds);
  }

  /** True when nothing changed. */
  public boolean isEmpty() {
    return changed.isEmpty() && removedIds.isEmpty();
  }
}
