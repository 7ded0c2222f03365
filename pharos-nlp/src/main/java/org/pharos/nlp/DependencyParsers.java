package org.pharos.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.TransposedScoringClassifier;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import java.lang.reflect.Field;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pool of dependency parsers, one per concurrently parsing thread.
 *
 * <p>CoreNLP's neural parser memoizes hidden-layer products in one LRU cache per parser and
 * synchronizes every look-up and insertion on it (thousands per sentence); the {@link
 * TransposedScoringClassifier} that replaces its scoring keeps an unsynchronized memo, so a parser must
 * never be used by two threads at once. With a parser each, threads do not interact at all. A parser costs about 200 MB of heap and a few seconds to load, so parsers
 * are created on demand: there are never more than the threads that parsed at the same time.
 *
 * <p>Thread-safe: {@link #borrow()} and {@link #release} may be called from any thread; a borrowed
 * parser must be used by one thread until it is released.
 */
final class DependencyParsers {

  /**
   * Annotator property that, when {@code true}, keeps CoreNLP's own transition scoring (for tests and
   * benchmarks that compare both; CoreNLP's annotator ignores it).
   */
  static final String CORENLP_SCORING = "pharos.corenlpScoring";

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
    return new DependencyParsers(properties, loadOne(properties));
  }

  /**
   * Loads a parser and gives it {@link TransposedScoringClassifier}'s faster scoring (same parses),
   * memoizing as many hidden-layer products as the {@code numCached} property says; when CoreNLP's
   * internals do not allow it, says why on stderr and keeps CoreNLP's own scoring.
   */
  static DependencyParseAnnotator loadOne(Properties properties) {
    DependencyParseAnnotator annotator = new DependencyParseAnnotator(properties);
    if (Boolean.parseBoolean(properties.getProperty(CORENLP_SCORING, "false"))) {
      return annotator;
    }
    int cached = Integer.parseInt(properties.getProperty("numCached", "5000"));
    String failure;
    try {
      Field parserField = DependencyParseAnnotator.class.getDeclaredField("parser");
      parserField.setAccessible(true);
      failure = TransposedScoringClassifier.install((DependencyParser) parserField.get(annotator),
          Math.max(1, cached));
    } catch (ReflectiveOperationException | ClassCastException e) {
      failure = "CoreNLP's annotator internals differ from 4.5.10 (" + e + ")";
    }
    if (failure != null) {
      System.err.println("pharos-nlp: the dependency parser keeps CoreNLP's slower scoring: " + failure);
    }
    return annotator;
  }

  /** A parser for the calling thread's exclusive use until {@link #release}; loads one if none is idle. */
  DependencyParseAnnotator borrow() {
    DependencyParseAnnotator parser = idle.poll();
    if (parser != null) {
      return parser;
    }
    created.incrementAndGet();
    return loadOne(properties);
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
