package org.pharos.analytics.reconcile.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pharos.analytics.reconcile.ClusterConfig;
import org.pharos.analytics.reconcile.ClusterIndex;
import org.pharos.analytics.reconcile.ClusterUpdate;
import org.pharos.analytics.reconcile.DocumentInfo;
import org.pharos.analytics.reconcile.PairwiseScore;
import org.pharos.model.Event;

/**
 * Clustering throughput on synthetic events: builds an index of N events (default 1,000,000; 30 %
 * of real events reported 2–6 times) in ingestion-sized batches (timed up to the clusters being
 * formed: linking, then placing the reports), then measures adding 1,000 new
 * events at once and (default 100) documents one at a time, and the pairwise precision/recall against the
 * generator's truth. Run with {@code java -Xmx6g -cp … org.pharos.analytics.reconcile.bench.ClusterBenchmark
 * [events] [batch] [seed] [single-document adds]}. Not thread-safe (a main class).
 */
public final class ClusterBenchmark {
  private ClusterBenchmark() {}

  /** Runs the benchmark and prints the figures. */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    int singles = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    SyntheticEvents gen = new SyntheticEvents(seed, 0.30);
    long t0 = System.nanoTime();
    SyntheticEvents.Batch data = gen.generate(n);
    System.out.printf(Locale.ROOT, "generated %,d events (%,d documents) in %.1f s%n", data.events().size(),
        data.documents().size(), (System.nanoTime() - t0) / 1e9);

    ClusterIndex index = new ClusterIndex(ClusterConfig.defaults());
    Map<String, DocumentInfo> docs = new HashMap<>(data.documents());
    List<Event> events = data.events();
    long start = System.nanoTime();
    for (int i = 0; i < events.size(); i += batch) {
      index.load(events.subList(i, Math.min(events.size(), i + batch)), docs::get);
    }
    double linkSecs = (System.nanoTime() - start) / 1e9;
    int clusters = index.clusterCount(); // places the loaded reports in clusters
    double secs = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT,
        "clustered %,d events into %,d clusters in %.1f s (linking %.1f s, placing %.1f s): %,.0f events/s (batches of %,d)%n",
        index.eventCount(), clusters, secs, linkSecs, secs - linkSecs, index.eventCount() / secs, batch);
    System.out.printf(Locale.ROOT, "largest component of linked reports: %,d%n", index.largestComponentSize());
    Runtime rt = Runtime.getRuntime();
    System.gc();
    System.out.printf(Locale.ROOT, "heap in use after clustering: %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);

    Map<String, Long> truth = new HashMap<>(data.truth());
    PairwiseScore quality = score(index.memberships(), truth);
    System.out.println("pairwise quality vs synthetic truth: " + quality);

    // 1,000 new reports: half late reports of known events, half new events.
    SyntheticEvents.Batch more = gen.generate(1_000, 0.5);
    docs.putAll(more.documents());
    truth.putAll(more.truth());
    long s1 = System.nanoTime();
    ClusterUpdate u = index.add(more.events(), docs::get);
    double ms = (System.nanoTime() - s1) / 1e6;
    System.out.printf(Locale.ROOT, "incremental: %,d new events in one call: %.1f ms (%d clusters changed, %d removed)%n",
        more.events().size(), ms, u.changed().size(), u.removedIds().size());

    SyntheticEvents.Batch single = gen.generate(singles, 0.5);
    docs.putAll(single.documents());
    long s2 = System.nanoTime();
    for (Event e : single.events()) {
      index.add(List.of(e), docs::get);
    }
    double ms2 = (System.nanoTime() - s2) / 1e6;
    System.out.printf(Locale.ROOT, "incremental: %,d new events one document at a time: %.1f ms total, %.3f ms per document%n",
        single.events().size(), ms2, ms2 / single.events().size());
    System.out.printf(Locale.ROOT, "final: %,d events, %,d clusters%n", index.eventCount(), index.clusterCount());
  }

  private static PairwiseScore score(Map<String, String> predicted, Map<String, Long> truth) {
    Map<String, Long> predSizes = new HashMap<>();
    Map<Long, Long> goldSizes = new HashMap<>();
    Map<String, Long> both = new HashMap<>();
    predicted.forEach((k, c) -> {
      Long g = truth.get(k);
      predSizes.merge(c, 1L, Long::sum);
      if (g != null) {
        goldSizes.merge(g, 1L, Long::sum);
        both.merge(c + "|" + g, 1L, Long::sum);
      }
    });
    return new PairwiseScore(pairs(both.values()), pairs(predSizes.values()), pairs(goldSizes.values()),
        predicted.size());
  }

  private static long pairs(Iterable<Long> sizes) {
    long n = 0;
    for (long s : sizes) {
      n += s * (s - 1) / 2;
    }
    return n;
  }
}
