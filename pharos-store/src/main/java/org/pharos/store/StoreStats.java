package org.pharos.store;

import java.util.Map;

/**
 * Summary figures of a store (latest versions only, except {@code versions}). Immutable and
 * thread-safe.
 *
 * @param documents distinct documents
 * @param versions stored document versions (≥ documents)
 * @param events current events
 * @param byPlover current events per PLOVER type ({@code null} type under the key {@code ""})
 * @param byModality current events per modality ({@code null} modality under {@code ""})
 * @param earliest earliest event date start ({@code YYYY-MM-DD}), or {@code null}
 * @param latest latest event date start, or {@code null}
 */
public record StoreStats(
    long documents, long versions, long events, Map<String, Long> byPlover,
    Map<String, Long> byModality, String earliest, String latest) {
  public StoreStats {
    byPlover = Map.copyOf(byPlover);
    byModality = Map.copyOf(byModality);
  }
}
