package org.pharos.cli;

import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * Repeats an ingestion pass until a stop is requested: after a pass in which every input succeeded it
 * waits the full interval; after a failed pass (a feed down) it retries sooner and backs off, doubling
 * the wait from {@code firstRetry} on each consecutive failure up to the interval. Not thread-safe.
 */
final class Poller {
  private final Duration interval;
  private final Duration firstRetry;

  Poller(Duration interval, Duration firstRetry) {
    this.interval = interval;
    this.firstRetry = firstRetry.compareTo(interval) < 0 ? firstRetry : interval;
  }

  /** The wait before the next pass after {@code consecutiveFailures} failed passes (0 = last pass succeeded). */
  Duration nextWait(int consecutiveFailures) {
    if (consecutiveFailures <= 0) {
      return interval;
    }
    Duration d = firstRetry;
    for (int i = 1; i < consecutiveFailures && d.compareTo(interval) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(interval) < 0 ? d : interval;
  }

  /**
   * Runs passes until {@code stop} is requested; returns the worst exit code seen.
   *
   * @param pass one ingestion pass, returning its exit code
   * @param announce told the wait before each next pass
   */
  int loop(IntSupplier pass, GracefulStop stop, java.util.function.Consumer<Duration> announce) throws InterruptedException {
    int worst = ExitCode.OK;
    int failures = 0;
    while (!stop.requested()) {
      int code = pass.getAsInt();
      worst = Math.max(worst, code);
      failures = code == ExitCode.OK ? 0 : failures + 1;
      if (stop.requested()) {
        break;
      }
      Duration wait = nextWait(failures);
      announce.accept(wait);
      if (stop.awaitRequest(wait.toMillis())) {
        break;
      }
    }
    return worst;
  }
}
