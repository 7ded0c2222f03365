package org.pharos.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pharos.model.Event;
import org.pharos.store.bench.SyntheticCorpus;

/**
 * Kills a real writer process (SIGKILL via {@link Process#destroyForcibly()}) in the middle of a batch,
 * several times, then reruns the batch to completion and checks that every document is stored exactly
 * once with all of its events and nothing orphaned.
 */
abstract class CrashSafetyContract {
  static final int DOCUMENTS = 120;
  static final long SEED = 42;

  @TempDir Path dir;

  /** The store location the child processes write to (fresh per test). */
  protected abstract String storeSpec() throws Exception;

  /** A running child with a thread that counts the lines it prints. */
  static final class Child implements AutoCloseable {
    final Process process;
    final AtomicInteger stored = new AtomicInteger();
    final AtomicBoolean done = new AtomicBoolean();
    final AtomicBoolean open = new AtomicBoolean();
    final StringBuilder output = new StringBuilder();

    Child(String spec, String count) throws Exception {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          CrashBatchMain.class.getName(), spec, count, Long.toString(SEED))
          .redirectErrorStream(true).start();
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            if (line.startsWith("stored ")) {
              stored.incrementAndGet();
            } else if (line.equals("done")) {
              done.set(true);
            } else if (line.equals("open")) {
              open.set(true);
            } else {
              synchronized (output) {
                output.append(line).append('\n');
              }
            }
          }
        } catch (java.io.IOException ignored) {
          // the process was killed
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    void awaitStored(int atLeast) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (stored.get() < atLeast && process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
      assertTrue(stored.get() >= atLeast, "child stored " + stored.get() + " documents; output:\n" + output);
    }

    void awaitOpen() throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!open.get() && process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertTrue(open.get(), "child did not open the store; output:\n" + output);
    }

    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      if (process.isAlive()) {
        try {
          kill();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @Test
  void killing_the_writer_mid_batch_and_rerunning_stores_every_document_exactly_once() throws Exception {
    String spec = storeSpec();
    int previous = 0;
    for (int round = 1; round <= 3; round++) {
      try (Child child = new Child(spec, Integer.toString(DOCUMENTS))) {
        // Each rerun skips what is stored, then stores ~25 more before the kill lands mid-transaction.
        child.awaitStored(previous + 25);
        Thread.sleep(round * 3L);
        child.kill();
        assertFalse(child.done.get(), "the kill must land mid-batch");
      }
      try (EventStore store = EventStores.open(spec)) {
        long docs = store.stats().documents();
        assertTrue(docs > previous && docs < DOCUMENTS, "round " + round + ": " + docs + " documents stored");
        assertTrue(store.checkIntegrity().healthy(), store.checkIntegrity().toString());
        previous = (int) docs;
      }
    }
    try (Child child = new Child(spec, Integer.toString(DOCUMENTS))) {
      assertTrue(child.process.waitFor(120, TimeUnit.SECONDS), "rerun did not finish");
      assertEquals(0, child.process.exitValue(), "rerun failed:\n" + child.output);
      assertTrue(child.done.get());
    }

    SyntheticCorpus corpus = new SyntheticCorpus(SEED, 4);
    Set<String> expectedEvents = new HashSet<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      for (Event e : corpus.document(i).events()) {
        expectedEvents.add(e.docId() + "/" + e.eventId());
      }
    }
    try (EventStore store = EventStores.open(spec)) {
      StoreStats stats = store.stats();
      assertEquals(DOCUMENTS, stats.documents());
      assertEquals(DOCUMENTS, stats.versions(), "no document stored twice");
      assertEquals(expectedEvents.size(), stats.events());
      try (Stream<Event> s = store.streamEvents(EventQuery.all())) {
        assertEquals(expectedEvents, s.map(e -> e.docId() + "/" + e.eventId()).collect(Collectors.toSet()));
      }
      IntegrityReport integrity = store.checkIntegrity();
      assertTrue(integrity.healthy(), integrity.toString());
      List<IngestionRun> runs = store.runs(0);
      assertEquals(4, runs.size());
      assertEquals(1, runs.stream().filter(r -> r.finished() != null).count(), "only the last run finished");
      assertEquals(DOCUMENTS - previous, runs.get(0).counts().stored());
    }
  }
}
