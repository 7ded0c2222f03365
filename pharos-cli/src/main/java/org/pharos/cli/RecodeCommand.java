package org.pharos.cli;

import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.pharos.model.Document;
import org.pharos.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pharos recode}: re-code stored documents after a coder change. */
@Command(name = "recode", mixinStandardHelpOptions = true,
    description = "Re-code every stored document (latest versions) with the current coder, replacing each "
        + "document's events atomically. The documents themselves are not changed.")
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
      try (Progress progress = new Progress("recode", all.size(), System.err, Progress.terminalAttached());
          OrderedWorkPool<Object[]> pool = new OrderedWorkPool<>(threads, r -> {
            Document d = (Document) r[0];
            if (r[1] instanceof String failure) {
              failed.incrementAndGet();
              System.err.println("pharos: error: " + d.docId() + ": recode failed: " + failure);
              progress.advance(0);
              return;
            }
            CodingSetup.Coded c = (CodingSetup.Coded) r[1];
            events.addAndGet(store.replaceEvents(d.docId(), c.events(), Ingestion.CODER_VERSION));
            docs.incrementAndGet();
            progress.advance(c.annotated().sentences().size());
          })) {
        for (Iterator<Document> it = all.iterator(); it.hasNext(); ) {
          Document d = it.next();
          pool.submit(() -> {
            try {
              return new Object[] {d, setup.code(d)};
            } catch (RuntimeException e) {
              return new Object[] {d, e.getClass().getSimpleName() + ": " + e.getMessage()};
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
}
