package org.pharos.nlp;

import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pool of dependency parsers, one per concurrently parsing thread.
 *
 * <p>CoreNLP's neural parser memoizes hidden-layer products in one LRU cache per parser and
 * synchronizes every look-up and insertion on it (thousands per sentence). Two threads sharing one
 * parser therefore spend much of their time waiting for each other's lock; with a parser each they
 * do not interact at all. A parser costs about 200 MB of heap and a few seconds to load, so parsers
 * are created on demand: there are never more than the threads that parsed at the same time.
 *
 * <p>Thread-safe: {@link #borrow()} and {@link #release} may be called from any thread; a borrowed
 * parser must be used by one thread until it is released.
 */
final class DependencyParsers {

  private final Properties properties;
  private final ConcurrentLinkedQueue<DependencyParseAnnotator> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger created = new AtomicInteger();

  /** A pool that creates parsers from these annotator properties, with {@code first} already loaded. */
  DependencyParsers(Properties properties, DependencyParseAnnotator first) {
    this.properties = properties;
    idle.add(first);
    created.incrementAndGet();
  }

  /** Loads the first parser and returns a pool holding it. */
  static DependencyParsers load(Properties properties) {
    return new DependencyParsers(properties, new DependencyParseAnnotator(properties));
  }

  /** A parser for the calling thread's exclusive use until {@link #release}; loads one if none is idle. */
  DependencyParseAnnotator borrow() {
    DependencyParseAnnotator parser = idle.poll();
    if (parser != null) {
      return parser;
    }
    created.incrementAndGet();
    return new DependencyParseAnnotator(properties);
  }

  /** Returns a borrowed parser to the pool. */
  void release(DependencyParseAnnotator parser) {
    idle.add(parser);
  }

  /** How many parsers were created so far. */
  int created() {
    return created.get();
  }
}
