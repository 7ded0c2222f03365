package org.pharos.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C (SIGINT) or SIGTERM asks a long command to stop after the document it is working on: the
 * shutdown hook sets a flag that the batch reads before taking each new document, then waits (up to a
 * bound) until the command says it has finished and closed its store. Thread-safe.
 */
final class GracefulStop implements AutoCloseable {
  private final AtomicBoolean requested = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final CountDownLatch requestedLatch = new CountDownLatch(1);
  private final Thread hook;

  /** Installs the shutdown hook; the JVM's exit waits at most {@code maxWaitSeconds} for the command. */
  GracefulStop(long maxWaitSeconds) {
    this.hook = new Thread(() -> {
      request();
      try {
        finished.await(maxWaitSeconds, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "pharos-graceful-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Asks the command to stop (also what the shutdown hook does). */
  void request() {
    if (requested.compareAndSet(false, true)) {
      System.err.println("pharos: stopping after the current document…");
      requestedLatch.countDown();
    }
  }

  /** True once a stop was asked for. */
  boolean requested() {
    return requested.get();
  }

  /** Waits up to {@code millis} for a stop request; true when one came. */
  boolean awaitRequest(long millis) throws InterruptedException {
    return requestedLatch.await(millis, TimeUnit.MILLISECONDS);
  }

  /** The command has finished and released its resources: the JVM may exit. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running and will return now that finished is counted down
    }
  }
}
