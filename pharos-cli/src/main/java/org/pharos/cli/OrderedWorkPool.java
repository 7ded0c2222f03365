package org.pharos.cli;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs work items on {@code threads} worker threads and hands the results to a consumer on the
 * submitting thread, in submission order, with a bounded number of items in flight (so memory stays
 * flat on huge batches). With one thread the work runs inline. Not thread-safe: submit from one thread.
 *
 * @param <R> result type
 */
public final class OrderedWorkPool<R> implements AutoCloseable {
  private final ExecutorService executor;
  private final ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
  private final int maxInFlight;
  private final Consumer<R> sink;

  /**
   * @param threads worker threads (1 = run inline)
   * @param sink receives results in submission order, on the submitting thread
   */
  public OrderedWorkPool(int threads, Consumer<R> sink) {
    this.executor = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "pharos-worker");
      t.setDaemon(true);
      return t;
    }) : null;
    this.maxInFlight = Math.max(1, threads * 3);
    this.sink = sink;
  }

  /** Submits one item; may block while earlier results are drained to the sink. */
  public void submit(Callable<R> work) {
    if (executor == null) {
      sink.accept(call(work));
      return;
    }
    inFlight.add(executor.submit(work));
    while (inFlight.size() >= maxInFlight || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
      sink.accept(await(inFlight.poll()));
    }
  }

  /** Waits for every submitted item and drains its result. */
  public void finish() {
    while (!inFlight.isEmpty()) {
      sink.accept(await(inFlight.poll()));
    }
  }

  private static <R> R call(Callable<R> work) {
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <R> R await(Future<R> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }

  @Override
  public void close() {
    finish();
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
