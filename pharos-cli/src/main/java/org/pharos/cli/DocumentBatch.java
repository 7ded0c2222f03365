package org.pharos.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.pharos.ingest.IngestConfig;
import org.pharos.ingest.IngestListener;
import org.pharos.ingest.IngestProblem;
import org.pharos.ingest.Ingestor;
import org.pharos.model.Document;

/**
 * Reads inputs through the {@link Ingestor}, runs a per-document step on worker threads, and hands
 * results to a sink in input order. Bad inputs and documents whose step fails are reported on stderr
 * (one line naming the input and the reason) and the batch goes on; {@link #run} returns the exit
 * code. Not thread-safe: one batch per call.
 *
 * @param <R> result of the per-document step
 */
final class DocumentBatch<R> {
  private final String label;
  private final IngestConfig ingestConfig;
  private final int threads;
  private final PrintStream err;
  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicInteger warnings = new AtomicInteger();
  private int documents;
  private java.util.function.Consumer<IngestProblem> problemHook = p -> {};
  private java.util.function.BooleanSupplier stopRequested = () -> false;

  DocumentBatch(String label, IngestConfig ingestConfig, int threads, PrintStream err) {
    this.label = label;
    this.ingestConfig = ingestConfig;
    this.threads = Math.max(1, threads);
    this.err = err;
  }

  /** Also hands every problem to {@code hook} (on the calling thread), e.g. to record it in the store. */
  DocumentBatch<R> onProblem(java.util.function.Consumer<IngestProblem> hook) {
    this.problemHook = hook;
    return this;
  }

  /** Starts no further document once {@code stop} is true (documents already started are finished). */
  DocumentBatch<R> stopWhen(java.util.function.BooleanSupplier stop) {
    this.stopRequested = stop;
    return this;
  }

  /**
   * Runs the batch.
   *
   * @param inputs files, directories, {@code -} or feed URLs
   * @param step the per-document work (called on worker threads; must be thread-safe)
   * @param sentences how many sentences a result holds (for the progress line)
   * @param sink receives (document, result) in input order on the calling thread
   * @return {@link ExitCode#OK} or {@link ExitCode#SOME_FAILED}
   */
  int run(List<String> inputs, Function<Document, R> step, ToIntFunction<R> sentences, BiConsumer<Document, R> sink) {
    Ingestor ingestor = new Ingestor(ingestConfig);
    try (Progress progress = new Progress(label, 0, err, Progress.terminalAttached());
        OrderedWorkPool<Outcome<R>> pool = new OrderedWorkPool<>(threads, o -> {
          if (o.failure != null) {
            report(IngestProblem.error(o.doc.origin() == null ? o.doc.docId() : o.doc.origin(),
                label + " failed: " + o.failure));
          } else {
            sink.accept(o.doc, o.result);
          }
          progress.advance(o.failure == null ? sentences.applyAsInt(o.result) : 0);
        })) {
      progress.setTotal(ingestor.countInputs(inputs));
      ingestor.read(inputs, new IngestListener() {
        @Override
        public void onDocument(Document d) {
          if (stopRequested.getAsBoolean()) {
            return;
          }
          documents++;
          pool.submit(() -> {
            try {
              return new Outcome<>(d, step.apply(d), null);
            } catch (RuntimeException | OutOfMemoryError e) {
              return new Outcome<>(d, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
          });
        }

        @Override
        public void onProblem(IngestProblem p) {
          report(p);
        }
      });
      pool.finish();
    }
    return errors.get() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
  }

  private synchronized void report(IngestProblem p) {
    (p.isError() ? errors : warnings).incrementAndGet();
    err.println("pharos: " + (p.isError() ? "error: " : "warning: ") + p);
    problemHook.accept(p);
  }

  /** Documents read so far. */
  int documents() {
    return documents;
  }

  /** Inputs or documents that failed. */
  int errors() {
    return errors.get();
  }

  /** Recovered problems. */
  int warnings() {
    return warnings.get();
  }

  private record Outcome<R>(Document doc, R result, String failure) {}
}
