package org.pharos.analytics.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.pharos.model.Event;
import org.pharos.store.EventQuery;
import org.pharos.store.EventStore;
import org.pharos.store.StoredDocument;

/**
 * Entry point of event clustering: batch clustering of an event list, or an incremental {@link
 * ClusterIndex} filled from a store. The method is described on {@link ClusterIndex}; the pairwise
 * score on {@link CompatibilityScorer}. Immutable and thread-safe.
 *
 * <pre>{@code
 * EventClusterer clusterer = new EventClusterer(ClusterConfig.defaults());
 * try (EventStore store = EventStores.open(path)) {
 *   ClusterIndex index = clusterer.index(store, EventQuery.all());
 *   for (ClusterRecord c : index.clusters()) { … }
 *   // later, after storing a new document:
 *   ClusterUpdate u = index.add(newEvents, EventClusterer.documentsOf(store));
 * }
 * }</pre>
 *
 * <p><b>Persistence.</b> {@link PersistentClusters} keeps the clusters in the store's cluster
 * tables and updates them incrementally as documents are stored; {@link ClusterStore} writes
 * records to tables of any other JDBC connection.
 */
public final class EventClusterer {
  private final ClusterConfig config;

  /** A clusterer with the given settings. */
  public EventClusterer(ClusterConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The settings. */
  public ClusterConfig config() {
    return config;
  }

  /** A new, empty incremental index with these settings. */
  public ClusterIndex newIndex() {
    return new ClusterIndex(config);
  }

  /**
   * Clusters a list of events in one batch.
   *
   * @param documents document metadata by id; may return {@code null} for unknown documents
   * @return every cluster, sorted by canonical date then id
   */
  public List<ClusterRecord> cluster(Collection<Event> events, Function<String, DocumentInfo> documents) {
    ClusterIndex index = newIndex();
    index.load(events, documents);
    return index.clusters();
  }

  /** Clusters events whose documents are given as metadata records. */
  public List<ClusterRecord> cluster(Collection<Event> events, Collection<DocumentInfo> documents) {
    Map<String, DocumentInfo> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.docId(), d));
    return cluster(events, byId::get);
  }

  /**
   * An index holding the clusters of the stored events that match a query, read in chunks from
   * {@link EventStore#streamEvents} (the store's latest document versions only).
   */
  public ClusterIndex index(EventStore store, EventQuery query) {
    return index(store, query, documentsOf(store));
  }

  /** Like {@link #index(EventStore, EventQuery)} with document metadata from the caller. */
  public ClusterIndex index(EventStore store, EventQuery query, Function<String, DocumentInfo> docs) {
    ClusterIndex index = newIndex();
    List<Event> chunk = new ArrayList<>(10_000);
    try (Stream<Event> s = store.streamEvents(query)) {
      s.forEach(e -> {
        chunk.add(e);
        if (chunk.size() == 10_000) {
          index.load(chunk, docs);
          chunk.clear();
        }
      });
    }
    index.load(chunk, docs);
    return index;
  }

  /**
   * Document metadata read from a store, one lookup per document, remembered. Not thread-safe: use
   * one per thread.
   */
  public static Function<String, DocumentInfo> documentsOf(EventStore store) {
    Map<String, DocumentInfo> cache = new HashMap<>();
    return id -> cache.computeIfAbsent(id, k -> store.document(k).map(StoredDocument::document)
        .map(DocumentInfo::of).orElse(null));
  }
}
