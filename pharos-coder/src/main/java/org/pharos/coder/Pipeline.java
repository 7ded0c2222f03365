package org.pharos.coder;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.text.Layer;
import org.pharos.nlp.NlpEngine;
import org.pharos.nlp.SentenceFilter;

/**
 * NLP engine plus event coder: one document in, its events out. The same object serves the CLI, a
 * batch and a Spark executor. Checks at construction that the engine provides every layer the coder
 * requires. Thread-safe when the engine and coder are.
 *
 * <pre>{@code
 * Pipeline pipeline = new Pipeline(nlp, coder, new RelevanceFilter(lexicon, actorCandidates));
 * List<Event> events = pipeline.code(document);
 * }</pre>
 */
public final class Pipeline {
  private final NlpEngine engine;
  private final EventCoder coder;
  private final SentenceFilter parseFilter;

  /**
   * @param parseFilter decides which sentences get a dependency parse ({@link SentenceFilter#ALL}
   *     to parse all)
   * @throws IllegalArgumentException naming the layers the engine lacks
   */
  public Pipeline(NlpEngine engine, EventCoder coder, SentenceFilter parseFilter) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.parseFilter = Objects.requireNonNull(parseFilter, "parseFilter");
    Set<Layer> missing = EnumSet.noneOf(Layer.class);
    missing.addAll(coder.requires());
    missing.removeAll(engine.provides());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("the NLP engine " + engine.getClass().getSimpleName()
          + " does not provide layers the event coder requires: " + missing);
    }
  }

  /** A pipeline that parses every sentence. */
  public Pipeline(NlpEngine engine, EventCoder coder) {
    this(engine, coder, SentenceFilter.ALL);
  }

  /** Annotates and codes one document. */
  public List<Event> code(Document document) {
    return coder.code(engine.annotate(document, parseFilter));
  }
}
