package org.pharos.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pharos.analytics.reconcile.ClusterConfig;
import org.pharos.analytics.reconcile.ClusterRecord;
import org.pharos.analytics.reconcile.DocumentInfo;
import org.pharos.analytics.reconcile.EventClusterer;
import org.pharos.analytics.reconcile.EventCounter;
import org.pharos.analytics.reconcile.PersistentClusters;
import org.pharos.analytics.reconcile.ReconciledTally;
import org.pharos.analytics.reconcile.TallyExtractor;
import org.pharos.analytics.reconcile.TallyReconciler;
import org.pharos.model.Event;
import org.pharos.store.EventQuery;
import org.pharos.store.EventStore;

/**
 * Cross-source reconciliation over the store: clusters of reports of one real-world event, and
 * reconciled tallies. The clusters are those persisted in the store ({@link PersistentClusters}),
 * brought up to date first: built once for a store from an older version (with a progress line),
 * and documents stored but not yet clustered (after a crash) are clustered. A query selects the
 * clusters with at least one matching report; each keeps all its reports. Not thread-safe.
 */
final class Reconciliation {
  final List<Event> events;
  final List<ClusterRecord> clusters;
  private final Function<String, DocumentInfo> documents;

  Reconciliation(EventStore store, EventQuery query) {
    this(store, query, System.err);
  }

  /** @param err receives the progress of a one-time build of the persisted clusters */
  Reconciliation(EventStore store, EventQuery query, PrintStream err) {
    try (var s = store.streamEvents(query)) {
      this.events = s.collect(Collectors.toList());
    }
    this.documents = EventClusterer.documentsOf(store);
    PersistentClusters persisted = new PersistentClusters(store, ClusterConfig.defaults());
    persisted.sync(err::println);
    Set<String> selected = new HashSet<>();
    events.forEach(e -> selected.add(e.eventId()));
    this.clusters = persisted.clusters().stream()
        .filter(c -> c.eventIds().stream().anyMatch(selected::contains))
        .toList();
  }

  /** Cluster id of every clustered event, by event id (events outside clusters map to themselves). */
  Function<Event, String> clusterKey() {
    Map<String, String> byEvent = new HashMap<>();
    for (ClusterRecord c : clusters) {
      for (String id : c.eventIds()) {
        byEvent.put(id, c.clusterId());
      }
    }
    return e -> byEvent.getOrDefault(e.eventId(), "event:" + e.eventId());
  }

  /** Tally statements in the events, reconciled across outlets and compared with the clustered events. */
  List<ReconciledTally> tallies() {
    return TallyReconciler.defaults().reconcile(new TallyExtractor().fromEvents(events, documents),
        EventCounter.ofClusters(clusters));
  }
}
