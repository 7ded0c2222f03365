package org.pharos.analytics.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pharos.analytics.reconcile.bench.SyntheticEvents;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.PartialDate;
import org.pharos.store.EventQuery;
import org.pharos.store.EventStore;
import org.pharos.store.StoreResult;
import org.pharos.store.jdbc.DuckDbEventStore;

/**
 * Clusters persisted in a store and updated document by document must always equal one full
 * clustering of the store's current events, whatever the order of arrival, after re-ingestion,
 * new versions, re-coding, and a crash between storing and clustering.
 */
class PersistentClustersTest {
  private static final ClusterConfig CONFIG = ClusterConfig.defaults();

  /** Dense synthetic reports (long chains of linked reports), one document per report. */
  private static Map<String, List<Event>> corpus(SyntheticEvents.Batch data) {
    Map<String, List<Event>> byDoc = new LinkedHashMap<>();
    data.events().forEach(e -> byDoc.computeIfAbsent(e.docId(), k -> new ArrayList<>()).add(e));
    return byDoc;
  }

  private static Document document(String docId, DocumentInfo info, String text) {
    return new Document(docId, "Title " + docId, null, info.outlet(),
        info.published() == null ? null : PartialDate.of(info.published()), DateSource.TEXT, null, "en", text,
        List.of(), List.of(), null);
  }

  private static List<ClusterRecord> batch(EventStore store, Map<String, DocumentInfo> docs) {
    return new EventClusterer(CONFIG).cluster(store.events(EventQuery.all()), docs::get);
  }

  private static StoreResult store(EventStore store, PersistentClusters clusters, String docId,
      SyntheticEvents.Batch data, List<Event> events) {
    StoreResult r = store.storeDocument(document(docId, data.documents().get(docId), "text of " + docId), events, "t");
    if (r.written() && clusters != null) {
      clusters.update(List.of(r.docId()));
    }
    return r;
  }

  @Test
  void incremental_updates_in_any_order_equal_one_full_clustering() {
    SyntheticEvents.Batch data = new SyntheticEvents(3, 0.4, 5).generate(400);
    Map<String, List<Event>> byDoc = corpus(data);
    List<ClusterRecord> reference = null;
    int maxRounds = 0;
    for (long seed : new long[] {1, 2}) {
      List<String> order = new ArrayList<>(byDoc.keySet());
      Collections.shuffle(order, new Random(seed));
      try (EventStore store = DuckDbEventStore.inMemory()) {
        PersistentClusters clusters = new PersistentClusters(store, CONFIG);
        assertEquals(PersistentClusters.SyncAction.REBUILT, clusters.sync(line -> {}));
        for (String doc : order) {
          store(store, clusters, doc, data, byDoc.get(doc));
          maxRounds = Math.max(maxRounds, clusters.lastRounds());
        }
        List<ClusterRecord> persisted = clusters.clusters();
        assertEquals(batch(store, data.documents()), persisted, "order seed " + seed);
        assertTrue(persisted.stream().anyMatch(c -> c.sources() >= 3), "no multi-source clusters in the test data");
        if (reference != null) {
          assertEquals(reference, persisted, "the same clusters, ids included, in another order");
        }
        reference = persisted;
        assertEquals(List.of(), store.clusterRepository().documentsToCluster());
      }
    }
    assertTrue(maxRounds >= 2, "no update needed a second look-up round: the test data are too sparse");
  }

  @Test
  void re_ingesting_the_same_documents_changes_nothing_and_does_not_inflate_sources() {
    SyntheticEvents.Batch data = new SyntheticEvents(5, 0.5, 4).generate(150);
    Map<String, List<Event>> byDoc = corpus(data);
    try (EventStore store = DuckDbEventStore.inMemory()) {
      PersistentClusters clusters = new PersistentClusters(store, CONFIG);
      clusters.sync(line -> {});
      byDoc.forEach((doc, evs) -> store(store, clusters, doc, data, evs));
      List<ClusterRecord> before = clusters.clusters();
      byDoc.forEach((doc, evs) -> assertEquals(StoreResult.Status.SKIPPED_DUPLICATE,
          store(store, clusters, doc, data, evs).status()));
      // Even an explicit update of documents already clustered must not count them twice.
      clusters.update(new ArrayList<>(byDoc.keySet()).subList(0, 40));
      assertEquals(before, clusters.clusters());
    }
  }

  @Test
  void a_new_version_or_a_recode_removes_the_old_events_from_their_clusters() {
    SyntheticEvents.Batch data = new SyntheticEvents(8, 0.5, 5).generate(250);
    Map<String, List<Event>> byDoc = corpus(data);
    try (EventStore store = DuckDbEventStore.inMemory()) {
      PersistentClusters clusters = new PersistentClusters(store, CONFIG);
      clusters.sync(line -> {});
      byDoc.forEach((doc, evs) -> store(store, clusters, doc, data, evs));
      Random random = new Random(4);
      List<String> docs = new ArrayList<>(byDoc.keySet());
      for (int i = 0; i < 40; i++) {
        String doc = docs.get(random.nextInt(docs.size()));
        Event e = byDoc.get(doc).get(0);
        // A changed coding: another day, or another type, or no events at all.
        List<Event> recoded = switch (i % 3) {
          case 0 -> List.of(withDate(e, "2019-01-0" + (1 + random.nextInt(5))));
          case 1 -> List.of(withType(e, "PROTEST", "141"));
          default -> List.of();
        };
        if (i % 2 == 0) {
          store.replaceEvents(doc, recoded, "t2");
          clusters.update(List.of(doc));
        } else {
          StoreResult r = store.storeDocument(document(doc, data.documents().get(doc), "new text " + i + " " + doc),
              recoded, "t2");
          assertEquals(StoreResult.Status.STORED_NEW_VERSION, r.status());
          clusters.update(List.of(r.docId()));
        }
      }
      assertEquals(batch(store, data.documents()), clusters.clusters());
    }
  }

  @Test
  void documents_stored_without_clustering_are_repaired_by_the_next_sync() {
    SyntheticEvents.Batch data = new SyntheticEvents(6, 0.5, 5).generate(300);
    Map<String, List<Event>> byDoc = corpus(data);
    try (EventStore store = DuckDbEventStore.inMemory()) {
      PersistentClusters clusters = new PersistentClusters(store, CONFIG);
      // A store from before persisted clusters: events, no clusters; built once on first use.
      List<String> docs = new ArrayList<>(byDoc.keySet());
      docs.subList(0, 150).forEach(doc -> store(store, null, doc, data, byDoc.get(doc)));
      List<String> lines = new ArrayList<>();
      assertEquals(PersistentClusters.SyncAction.REBUILT, clusters.sync(lines::add));
      assertTrue(lines.get(0).contains("building the event clusters"), lines.toString());
      // A crash after storing each of these documents and before clustering it.
      docs.subList(150, docs.size()).forEach(doc -> store(store, null, doc, data, byDoc.get(doc)));
      assertEquals(docs.size() - 150, store.clusterRepository().documentsToCluster().size());
      assertEquals(PersistentClusters.SyncAction.UPDATED, clusters.sync(lines::add));
      assertEquals(batch(store, data.documents()), clusters.clusters());
      assertEquals(PersistentClusters.SyncAction.UP_TO_DATE, clusters.sync(lines::add));
    }
  }

  private static Event withDate(Event e, String date) {
    return new Event(e.eventId(), e.docId(), e.sentenceIndex(), e.sentence(), e.trigger(), e.source(), e.target(),
        e.cameo(), e.cameoRoot(), e.quadClass(), e.goldstein(), e.plover(), e.ploverMode(), e.modality(), date,
        null, org.pharos.model.DatePrecision.DAY, DateSource.TEXT, e.location(), e.quantities(), e.confidence(),
        e.outlet(), e.url());
  }

  private static Event withType(Event e, String plover, String cameo) {
    return new Event(e.eventId(), e.docId(), e.sentenceIndex(), e.sentence(), e.trigger(), e.source(), e.target(),
        cameo, cameo.substring(0, 2), e.quadClass(), e.goldstein(), plover, e.ploverMode(), e.modality(), e.date(),
        e.dateEnd(), e.datePrecision(), e.dateSource(), e.location(), e.quantities(), e.confidence(), e.outlet(),
        e.url());
  }

}
