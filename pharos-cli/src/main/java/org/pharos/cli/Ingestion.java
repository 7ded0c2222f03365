package org.pharos.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.pharos.analytics.reconcile.ClusterConfig;
import org.pharos.analytics.reconcile.PersistentClusters;
import org.pharos.ingest.IngestConfig;
import org.pharos.store.EventStore;
import org.pharos.store.RunCounts;
import org.pharos.store.StoreResult;

/**
 * One ingestion run: reads inputs, codes each document on worker threads and stores it with its
 * events in one transaction on the calling thread (one writer), then updates the persisted event
 * clusters around it ({@link PersistentClusters#update}). Documents already stored with the same
 * text are skipped; the run and its failures are recorded in the store. Not thread-safe.
 */
final class Ingestion {
  /** Identifies the coder that produced stored events (kept with each document). */
  static final String CODER_VERSION = "pharos-0.1";

  private final EventStore store;
  private final CodingSetup coding;
  private final PrintStream err;
  final AtomicLong stored = new AtomicLong();
  final AtomicLong skipped = new AtomicLong();
  final AtomicLong events = new AtomicLong();
  final AtomicLong sentences = new AtomicLong();
  private int failed;
  private long read;

  private final java.util.function.BooleanSupplier stopRequested;
  private final PersistentClusters clusters;

  Ingestion(EventStore store, CodingSetup coding, PrintStream err) {
    this(store, coding, err, () -> false);
  }

  /** @param stopRequested read before each new document: once true, no further document is started */
  Ingestion(EventStore store, CodingSetup coding, PrintStream err, java.util.function.BooleanSupplier stopRequested) {
    this.store = store;
    this.coding = coding;
    this.err = err;
    this.stopRequested = stopRequested;
    this.clusters = new PersistentClusters(store, ClusterConfig.defaults());
  }

  /** Runs one pass over the inputs and returns the exit code. */
  int run(String command, List<String> inputs, IngestConfig config, int threads, boolean verbose) {
    clusters.sync(err::println); // builds them once for an older store; repairs an interrupted run
    long runId = store.beginRun(command, inputs);
    long storedBefore = stored.get();
    long skippedBefore = skipped.get();
    DocumentBatch<CodingSetup.Coded> batch = new DocumentBatch<CodingSetup.Coded>("ingest", config, threads, err)
        .stopWhen(stopRequested)
        .onProblem(p -> {
          if (p.isError()) {
            store.recordFailure(runId, p.input(), p.reason());
          }
        });
    int code = batch.run(inputs, coding::code, c -> c.annotated().sentences().size(), (d, c) -> {
      StoreResult r = store.storeDocument(d, c.events(), CODER_VERSION);
      sentences.addAndGet(c.annotated().sentences().size());
      if (r.written()) {
        stored.incrementAndGet();
        events.addAndGet(r.events());
        if (r.status() == StoreResult.Status.STORED_NEW_VERSION) {
          err.println("pharos: " + d.origin() + ": changed text, stored as version " + r.version() + " of " + r.docId());
        }
        cluster(clusters, r.docId(), d.origin(), err);
      } else {
        skipped.incrementAndGet();
        if (verbose) {
          err.println("pharos: " + d.origin() + ": already stored as " + r.docId() + ", skipped");
        }
      }
    });
    read += batch.documents();
    failed += batch.errors();
    store.finishRun(runId, new RunCounts(batch.documents(), stored.get() - storedBefore,
        skipped.get() - skippedBefore, batch.errors()));
    return code;
  }

  /**
   * Updates the persisted clusters after a document's events changed. A failure is reported and
   * does not stop the run: the document stays listed as not clustered and the next run repairs it.
   */
  static void cluster(PersistentClusters clusters, String docId, String origin, PrintStream err) {
    try {
      clusters.update(List.of(docId));
    } catch (RuntimeException e) {
      err.println("pharos: error: " + origin + ": stored, but updating its event clusters failed ("
          + e.getMessage() + "); the next run repairs them");
    }
  }

  String summary() {
    return String.format(Locale.ROOT, "%d documents read: %d stored, %d already stored (skipped), %d inputs failed; "
        + "%d sentences, %d events stored", read, stored.get(), skipped.get(), failed, sentences.get(), events.get());
  }
}
