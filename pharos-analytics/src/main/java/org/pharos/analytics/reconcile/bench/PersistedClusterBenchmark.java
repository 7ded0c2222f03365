package org.pharos.analytics.reconcile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pharos.analytics.reconcile.ClusterConfig;
import org.pharos.analytics.reconcile.ClusterIndex;
import org.pharos.analytics.reconcile.DocumentInfo;
import org.pharos.analytics.reconcile.EventClusterer;
import org.pharos.analytics.reconcile.PersistentClusters;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.PartialDate;
import org.pharos.store.ClusterRepository;
import org.pharos.store.CodedDocument;
import org.pharos.store.EventQuery;
import org.pharos.store.EventStore;
import org.pharos.store.StoreResult;
import org.pharos.store.jdbc.DuckDbEventStore;

/**
 * Persisted, incremental clustering on a DuckDB store: loads N synthetic events (default
 * 1,000,000, as {@link ClusterBenchmark}), builds and persists their clusters once, then adds 1,000
 * new events (half late reports of known events) one document at a time through {@link
 * PersistentClusters#update} and another 1,000 as one batch, and checks that the persisted clusters
 * equal a full clustering of the store. Run with {@code java -Xmx8g -cp …
 * org.pharos.analytics.reconcile.bench.PersistedClusterBenchmark FILE [events] [seed] [noverify]} (the
 * file is replaced; {@code noverify} skips the final comparison with a full clustering). Not thread-safe (a main class).
 */
public final class PersistedClusterBenchmark {
  private PersistedClusterBenchmark() {}

  /** Runs the benchmark and prints the figures. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    boolean verify = args.length <= 3 || !args[3].equals("noverify");
    Files.deleteIfExists(file);
    Files.deleteIfExists(Path.of(file + ".wal"));
    SyntheticEvents gen = new SyntheticEvents(seed, 0.30);
    SyntheticEvents.Batch data = gen.generate(n);
    Map<String, DocumentInfo> docs = new HashMap<>(data.documents());
    ClusterConfig config = ClusterConfig.defaults();
    try (EventStore store = DuckDbEventStore.open(file)) {
      long t0 = System.nanoTime();
      List<CodedDocument> batch = new ArrayList<>();
      for (Map.Entry<String, List<Event>> d : byDocument(data.events()).entrySet()) {
        batch.add(new CodedDocument(document(d.getKey(), docs.get(d.getKey())), d.getValue()));
        if (batch.size() == 20_000) {
          store.storeBulk(batch, "bench");
          batch.clear();
        }
      }
      store.storeBulk(batch, "bench");
      System.out.printf(Locale.ROOT, "stored %,d events (%,d documents) in %.1f s%n", data.events().size(),
          data.documents().size(), secs(t0));

      PersistentClusters clusters = new PersistentClusters(store, config);
      long t1 = System.nanoTime();
      clusters.rebuild(System.out::println);
      System.out.printf(Locale.ROOT, "full build and persist: %.1f s (%,d clusters)%n", secs(t1),
          store.clusterRepository().clusterCount());

      // 1,000 new events, one document at a time: store, then update the clusters around it.
      SyntheticEvents.Batch more = gen.generate(1_000, 0.5);
      docs.putAll(more.documents());
      long t2 = System.nanoTime();
      long restored = 0;
      int maxRounds = 0;
      int changed = 0;
      int done = 0;
      for (Map.Entry<String, List<Event>> d : byDocument(more.events()).entrySet()) {
        StoreResult r = store.storeDocument(document(d.getKey(), docs.get(d.getKey())), d.getValue(), "bench");
        PersistentClusters.UpdateResult u = clusters.update(List.of(r.docId()));
        restored += u.restored();
        maxRounds = Math.max(maxRounds, u.rounds());
        changed += u.written() + u.removed();
        if (++done % 100 == 0) {
          System.out.printf(Locale.ROOT, "  %d documents, %.1f ms per document so far%n", done,
              (System.nanoTime() - t2) / 1e6 / done);
        }
      }
      double ms = (System.nanoTime() - t2) / 1e6;
      System.out.printf(Locale.ROOT, "incremental, one document at a time: %,d events in %.1f s, %.1f ms per document "
          + "(store + update; %.1f events restored per update, at most %d look-up rounds, %,d cluster rows rewritten)%n",
          more.events().size(), ms / 1000, ms / more.documents().size(), (double) restored / more.documents().size(),
          maxRounds, changed);

      // Another 1,000 new events stored as one batch, then clustered in one update.
      SyntheticEvents.Batch third = gen.generate(1_000, 0.5);
      docs.putAll(third.documents());
      List<CodedDocument> bulk = new ArrayList<>();
      byDocument(third.events()).forEach((id, evs) -> bulk.add(new CodedDocument(document(id, docs.get(id)), evs)));
      long t3 = System.nanoTime();
      store.storeBulk(bulk, "bench");
      double storeMs = (System.nanoTime() - t3) / 1e6;
      long t4 = System.nanoTime();
      PersistentClusters.UpdateResult u = clusters.update(store.clusterRepository().documentsToCluster());
      System.out.printf(Locale.ROOT, "incremental, one batch: %,d events stored in %.0f ms, clustered in %.0f ms "
          + "(%,d events restored, %d rounds, %,d clusters written, %,d removed)%n", third.events().size(), storeMs,
          (System.nanoTime() - t4) / 1e6, u.restored(), u.rounds(), u.written(), u.removed());

      if (!verify) {
        return;
      }
      long t5 = System.nanoTime();
      ClusterIndex full = new EventClusterer(config).index(store, EventQuery.all(), docs::get);
      Map<String, String> expected = full.memberships();
      Map<String, Set<String>> persistedGroups = new HashMap<>();
      Map<String, Set<String>> expectedGroups = new HashMap<>();
      expected.forEach((k, c) -> expectedGroups.computeIfAbsent(c, x -> new HashSet<>()).add(k));
      for (ClusterRepository.ClusterRow row : store.clusterRepository().clusters()) {
        persistedGroups.put(row.clusterId(), null);
      }
      List<String> all = new ArrayList<>(persistedGroups.keySet());
      for (int i = 0; i < all.size(); i += 20_000) {
        for (ClusterRepository.ClusteredEvent ce : store.clusterRepository().members(all.subList(i,
            Math.min(all.size(), i + 20_000)))) {
          Set<String> g = persistedGroups.get(ce.clusterId());
          if (g == null) {
            g = new HashSet<>();
            persistedGroups.put(ce.clusterId(), g);
          }
          g.add(ce.event().docId() + "/" + ce.event().eventId());
        }
      }
      boolean same = persistedGroups.equals(expectedGroups);
      System.out.printf(Locale.ROOT, "persisted clusters %s a full clustering of the store (%,d clusters; check %.1f s)%n",
          same ? "equal" : "DIFFER FROM", expectedGroups.size(), secs(t5));
      if (!same) {
        System.exit(1);
      }
    }
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static Map<String, List<Event>> byDocument(List<Event> events) {
    Map<String, List<Event>> out = new LinkedHashMap<>();
    events.forEach(e -> out.computeIfAbsent(e.docId(), k -> new ArrayList<>()).add(e));
    return out;
  }

  private static Document document(String docId, DocumentInfo info) {
    return new Document(docId, null, null, info.outlet(), info.published() == null ? null : PartialDate.of(info.published()),
        DateSource.FIELD, null, "en", "synthetic report " + docId, List.of(), List.of(), null);
  }
}
