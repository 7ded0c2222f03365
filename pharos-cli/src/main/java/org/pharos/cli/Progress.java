package org.pharos.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress line for long runs: documents done, rate and ETA, redrawn in place on a terminal and silent
 * when stderr is not a terminal (piped or redirected). Thread-safe: {@link #advance} may be called from
 * worker threads.
 */
public final class Progress implements AutoCloseable {
  private final PrintStream err;
  private final boolean enabled;
  private final String label;
  private final long startNanos = System.nanoTime();
  private long total;
  private long done;
  private long sentences;
  private long lastDrawNanos;

  /**
   * @param label what is counted ("parse", "code", …)
   * @param total expected number of documents, or 0 when unknown
   * @param err where to draw
   * @param enabled whether to draw at all (see {@link #terminalAttached()})
   */
  public Progress(String label, long total, PrintStream err, boolean enabled) {
    this.label = label;
    this.total = total;
    this.err = err;
    this.enabled = enabled;
  }

  /** True when the launcher found stderr to be a terminal ({@code -Dpharos.tty=1}). */
  public static boolean terminalAttached() {
    return "1".equals(System.getProperty("pharos.tty"));
  }

  /** Sets the expected total when it becomes known. */
  public synchronized void setTotal(long total) {
    this.total = total;
  }

  /** Counts one more document with {@code sentenceCount} sentences and redraws at most 5 times/s. */
  public synchronized void advance(int sentenceCount) {
    done++;
    sentences += sentenceCount;
    long now = System.nanoTime();
    if (enabled && (now - lastDrawNanos > 200_000_000L || done == total)) {
      lastDrawNanos = now;
      err.print("\r" + line(now) + "\u001b[K");
      err.flush();
    }
  }

  /** Documents counted so far. */
  public synchronized long done() {
    return done;
  }

  /** The progress text at time {@code now} (System.nanoTime()). */
  synchronized String line(long now) {
    double secs = Math.max(1e-3, (now - startNanos) / 1e9);
    double rate = done / secs;
    StringBuilder sb = new StringBuilder();
    sb.append(label).append(": ").append(done);
    if (total > 0) {
      sb.append('/').append(total)
          .append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, done * 100 / total)));
    }
    sb.append(String.format(Locale.ROOT, " docs, %.1f docs/s, %.1f sentences/s", rate, sentences / secs));
    if (total > 0 && done > 0 && done < total) {
      long eta = (long) ((total - done) / Math.max(rate, 1e-9));
      sb.append(", ETA ").append(format(Duration.ofSeconds(eta)));
    }
    return sb.toString();
  }

  private static String format(Duration d) {
    long s = d.getSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }

  /** Ends the line on a terminal. */
  @Override
  public synchronized void close() {
    if (enabled && done > 0) {
      err.print("\r" + line(System.nanoTime()) + "\u001b[K\n");
      err.flush();
    }
  }
}
