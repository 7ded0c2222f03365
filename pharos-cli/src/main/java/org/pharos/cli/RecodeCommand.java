package org.pharos.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.pharos.analytics.reconcile.ClusterConfig;
import org.pharos.analytics.reconcile.PersistentClusters;
import org.pharos.model.Document;
import org.pharos.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pharos recode}: re-code stored documents after a coder change. */
@Command(name = "recode", mixinStandardHelpOptions = true,
    description = "Re-code every stored document (latest versions) with the current coder, replacing each "
        + "document's events atomically and updating the event clusters around it. The documents themselves "
        + "are not changed.")
final class RecodeCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin CodingOptions coding;

  @Option(names = "--threads", paramLabel = "N", description = "Documents coded in parallel (default: ${DEFAULT-VALUE}).")
  int threads = 1;

  @Override
  public Integer call() {
    AtomicLong docs = new AtomicLong();
    AtomicLong events = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    try (EventStore store = storeOptions.open(); CodingSetup setup = new CodingSetup(coding, threads, System.err);
        Stream<Document> stored = store.streamDocuments()) {
      // Read the ids first: the store has one connection, and writing while a read cursor is open is not portable.
      java.util.List<Document> all = stored.toList();
      PersistentClusters clusters = new PersistentClusters(store, ClusterConfig.defaults());
      clusters.sync(System.err::println);
      try (Progress progress = new Progress("recode", all.size(), System.err, Progress.terminalAttached());
          OrderedWorkPool<Recoded> pool = new OrderedWorkPool<>(threads, r -> {
            if (r.failure() != null) {
              failed.incrementAndGet();
              System.err.println("pharos: error: " + r.doc().docId() + ": recode failed: " + r.failure());
              progress.advance(0);
              return;
            }
            events.addAndGet(store.replaceEvents(r.doc().docId(), r.coded().events(), Ingestion.CODER_VERSION));
            Ingestion.cluster(clusters, r.doc().docId(), r.doc().docId(), System.err);
            docs.incrementAndGet();
            progress.advance(r.coded().annotated().sentences().size());
          })) {
        for (Document d : all) {
          pool.submit(() -> {
            try {
              return new Recoded(d, setup.code(d), null);
            } catch (RuntimeException e) {
              return new Recoded(d, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
          });
        }
        pool.finish();
      }
    }
    System.err.println("pharos: recoded " + docs.get() + " documents, " + events.get() + " events stored, "
        + failed.get() + " failed");
    return failed.get() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
  }

  /** One document's outcome: its coding, or why it failed. */
  private record Recoded(Document doc, CodingSetup.Coded coded, String failure) {}
}
