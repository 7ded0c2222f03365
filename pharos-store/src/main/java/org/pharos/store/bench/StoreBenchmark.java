package org.pharos.store.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pharos.store.CodedDocument;
import org.pharos.store.EventQuery;
import org.pharos.store.EventStore;
import org.pharos.store.EventStores;

/**
 * Store benchmark: bulk-loads a synthetic corpus ({@link SyntheticCorpus}) through {@link
 * EventStore#storeBulk} and measures write throughput, then the latency of a dyad-by-month aggregate
 * and of an actor query (median of several runs after a warm-up). Not thread-safe; run one at a time.
 *
 * <pre>
 * java -cp … org.pharos.store.bench.StoreBenchmark [store] [events] [eventsPerDoc] [batchDocs]
 * java -cp … org.pharos.store.bench.StoreBenchmark /tmp/bench.duckdb 1000000
 * </pre>
 */
public final class StoreBenchmark {
  private StoreBenchmark() {}

  /**
   * Benchmark figures. Immutable and thread-safe.
   *
   * @param events events written
   * @param documents documents written
   * @param loadSeconds wall time of the load
   * @param eventsPerSecond load throughput
   * @param dyadMillis median latency of {@code dyadByMonth("USA", "IRQ")}
   * @param actorMillis median latency of an actor query (IRQREB on either side, assaults, 100 newest
   *     by the store order)
   * @param countMillis median latency of counting all events of an actor
   * @param dyadRows rows of the dyad aggregate (sanity check)
   */
  public record Result(long events, long documents, double loadSeconds, double eventsPerSecond,
      double dyadMillis, double actorMillis, double countMillis, int dyadRows) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "loaded %,d events in %,d documents in %.1f s: %,.0f events/s; dyad-by-month %.1f ms (%d rows); "
              + "actor query %.1f ms; actor count %.1f ms",
          events, documents, loadSeconds, eventsPerSecond, dyadMillis, dyadRows, actorMillis, countMillis);
    }
  }

  /**
   * Loads about {@code events} synthetic events into {@code store} and times the queries.
   *
   * @param store an (ideally empty) store
   * @param events number of events to load (approximately: whole documents are loaded)
   * @param eventsPerDocument mean events per document
   * @param batchDocuments documents per {@code storeBulk} transaction
   * @param seed corpus seed (use a new seed to load into a store that already holds a corpus)
   */
  public static Result run(EventStore store, long events, int eventsPerDocument, int batchDocuments, long seed) {
    SyntheticCorpus corpus = new SyntheticCorpus(seed, eventsPerDocument);
    long written = 0;
    long docs = 0;
    long start = System.nanoTime();
    List<CodedDocument> batch = new ArrayList<>(batchDocuments);
    while (written < events) {
      CodedDocument cd = corpus.document(docs++);
      batch.add(cd);
      written += cd.events().size();
      if (batch.size() == batchDocuments || written >= events) {
        store.storeBulk(batch, "bench");
        batch.clear();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int[] dyadRows = new int[1];
    double dyad = median(() -> dyadRows[0] = store.dyadByMonth("USA", "IRQ").size());
    EventQuery actorQuery = EventQuery.builder().actor("IRQREB").type("ASSAULT").limit(100).build();
    double actor = median(() -> store.events(actorQuery));
    double count = median(() -> store.countEvents(EventQuery.builder().actor("IRN").build()));
    return new Result(written, docs, seconds, written / seconds, dyad, actor, count, dyadRows[0]);
  }

  private static double median(Runnable query) {
    query.run();
    double[] ms = new double[7];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      query.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms[ms.length / 2];
  }

  /** Runs the benchmark from the command line and prints the figures. */
  public static void main(String[] args) {
    String spec = args.length > 0 ? args[0] : "./pharos-data/bench.duckdb";
    long events = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
    int perDoc = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int batch = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
    try (EventStore store = EventStores.open(spec)) {
      long seed = System.currentTimeMillis();
      System.out.println(store.describe() + ": " + run(store, events, perDoc, batch, seed));
      System.out.println(store.stats());
    }
  }
}
