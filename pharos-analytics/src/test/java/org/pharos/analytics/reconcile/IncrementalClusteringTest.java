package org.pharos.analytics.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pharos.analytics.reconcile.bench.SyntheticEvents;
import org.pharos.model.Event;
import org.pharos.model.Hashing;

/**
 * Incremental updates on dense synthetic data, where linked reports chain across many days: the
 * index must always hold the result of one whole canonical pass, however events arrive or leave.
 */
class IncrementalClusteringTest {
  private static final ClusterConfig CONFIG = ClusterConfig.defaults();

  private static SyntheticEvents.Batch dense(long seed, int events, int days) {
    return new SyntheticEvents(seed, 0.3, days).generate(events);
  }

  @Test
  void dense_chains_cluster_exactly_as_one_whole_pass_over_every_report() {
    SyntheticEvents.Batch data = dense(11, 4_000, 6);
    ClusterIndex index = new ClusterIndex(CONFIG);
    index.load(data.events(), data.documents()::get);
    assertTrue(index.largestComponentSize() > 300, "data not dense enough: " + index.largestComponentSize());
    Map<String, String> held = index.memberships();
    List<Event> taken = data.events().stream()
        .filter(e -> held.containsKey(e.docId() + "/" + e.eventId())).toList();
    assertEquals(wholePass(taken, data.documents()), held);
  }

  @Test
  void one_document_at_a_time_in_random_order_gives_the_batch_clusters_and_updates_that_rebuild_them() {
    SyntheticEvents.Batch data = dense(5, 1_500, 10);
    List<ClusterRecord> batch = new EventClusterer(CONFIG).cluster(data.events(), data.documents()::get);
    List<Event> shuffled = new ArrayList<>(data.events());
    Collections.shuffle(shuffled, new Random(3));
    ClusterIndex index = new ClusterIndex(CONFIG);
    Map<String, ClusterRecord> persisted = new HashMap<>();
    for (Event e : shuffled) {
      apply(index.add(List.of(e), data.documents()::get), persisted);
    }
    assertEquals(batch, index.clusters());
    assertEquals(Set.copyOf(batch), Set.copyOf(persisted.values()));
  }

  @Test
  void removing_and_adding_back_documents_gives_the_batch_clusters_each_time() {
    SyntheticEvents.Batch data = dense(8, 2_000, 12);
    ClusterIndex index = new ClusterIndex(CONFIG);
    Map<String, ClusterRecord> persisted = new HashMap<>();
    apply(index.add(data.events(), data.documents()::get), persisted);
    Random random = new Random(9);
    Map<String, List<Event>> byDoc = new LinkedHashMap<>();
    data.events().forEach(e -> byDoc.computeIfAbsent(e.docId(), k -> new ArrayList<>()).add(e));
    List<String> removed = new ArrayList<>();
    for (String doc : byDoc.keySet()) {
      if (random.nextDouble() < 0.15) {
        removed.add(doc);
        apply(index.removeDocument(doc), persisted);
      }
    }
    List<Event> rest = data.events().stream().filter(e -> !removed.contains(e.docId())).toList();
    List<ClusterRecord> restBatch = new EventClusterer(CONFIG).cluster(rest, data.documents()::get);
    assertEquals(restBatch, index.clusters());
    assertEquals(Set.copyOf(restBatch), Set.copyOf(persisted.values()));

    Collections.shuffle(removed, random);
    for (String doc : removed) {
      apply(index.replaceDocument(doc, byDoc.get(doc), data.documents()::get), persisted);
    }
    List<ClusterRecord> batch = new EventClusterer(CONFIG).cluster(data.events(), data.documents()::get);
    assertEquals(batch, index.clusters());
    assertEquals(Set.copyOf(batch), Set.copyOf(persisted.values()));
  }

  private static void apply(ClusterUpdate u, Map<String, ClusterRecord> persisted) {
    u.removedIds().forEach(persisted::remove);
    u.changed().forEach(r -> persisted.put(r.clusterId(), r));
  }

  /**
   * Reference: the canonical pass written out directly, every report scanning every cluster formed
   * so far (no links, no propagation). Returns the cluster id of every report.
   */
  private static Map<String, String> wholePass(List<Event> events, Map<String, DocumentInfo> docs) {
    Comparator<Mention> canonical = Comparator
        .comparingInt((Mention m) -> m.dayPrecise ? 0 : m.dated ? 1 : 2)
        .thenComparingLong(m -> m.dayStart)
        .thenComparingInt(Mention::precisionRank)
        .thenComparing(m -> m.event.docId())
        .thenComparingInt(m -> m.event.sentenceIndex())
        .thenComparing(m -> m.event.eventId());
    CompatibilityScorer scorer = new CompatibilityScorer(CONFIG);
    List<Mention> order = new ArrayList<>();
    events.forEach(e -> order.add(new Mention(e, docs.get(e.docId()))));
    order.sort(canonical);
    List<List<Mention>> clusters = new ArrayList<>();
    for (Mention m : order) {
      int best = -1;
      double bestMean = -1;
      for (int i = 0; i < clusters.size() && m.dated && m.typeKey != null; i++) {
        double sum = 0;
        double max = -1;
        boolean ok = true;
        for (Mention x : clusters.get(i)) {
          double s = scorer.score(m, x);
          if (s < 0) {
            ok = false;
            break;
          }
          sum += s;
          max = Math.max(max, s);
        }
        double mean = sum / clusters.get(i).size();
        if (ok && max >= CONFIG.linkThreshold() && mean > bestMean) {
          bestMean = mean;
          best = i;
        }
      }
      if (best < 0) {
        clusters.add(new ArrayList<>(List.of(m)));
      } else {
        clusters.get(best).add(m);
      }
    }
    Map<String, String> out = new HashMap<>();
    for (List<Mention> c : clusters) {
      String id = "c-" + Hashing.shortHash(16, c.get(0).event.docId(), c.get(0).event.eventId());
      c.forEach(m -> out.put(m.event.docId() + "/" + m.event.eventId(), id));
    }
    return out;
  }
}
