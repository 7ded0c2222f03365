package org.pharos.cli;

import java.io.PrintStream;
import org.pharos.coder.CoderConfig;
import org.pharos.coder.EventCoder;
import org.pharos.coder.RelevanceFilter;
import org.pharos.coder.actors.ActorCandidateDetector;
import org.pharos.coder.actors.ActorKnowledgeBase;
import org.pharos.coder.actors.KnowledgeBaseActorResolver;
import org.pharos.coder.events.EventLexicon;
import org.pharos.coder.place.Gazetteer;
import org.pharos.coder.place.GazetteerPlaceResolver;
import org.pharos.coder.quantity.PatternQuantityExtractor;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.ontology.CameoCodebook;
import org.pharos.model.ontology.PloverMapping;
import org.pharos.model.text.AnnotatedDocument;
import org.pharos.nlp.CoreNlpEngine;
import org.pharos.nlp.NlpConfig;
import org.pharos.nlp.SentenceFilter;

/**
 * Wires the standard coding pipeline: the CoreNLP engine in its fast configuration, the actor
 * knowledge base (plus optional PETRARCH dictionaries), gazetteer, quantity patterns, event lexicon
 * and the relevance filter. Loads everything once; thread-safe afterwards. Close it to release the
 * engine.
 */
final class CodingSetup implements AutoCloseable {
  final CoreNlpEngine nlp;
  final EventCoder coder;
  final SentenceFilter filter;

  CodingSetup(CodingOptions opts, int threads, PrintStream err) {
    ActorKnowledgeBase kb = ActorKnowledgeBase.loadDefault();
    if (opts.actorsDict != null) {
      ActorKnowledgeBase extra = org.pharos.coder.actors.PetrarchDictionaryImporter.load(opts.actorsDict);
      kb = kb.merge(extra);
      err.println("pharos: merged " + extra.size() + " entries from " + opts.actorsDict);
    }
    EventLexicon lexicon = EventLexicon.standard();
    CoderConfig cfg = CoderConfig.defaults()
        .withMinConfidence(opts.minConfidence)
        .withIncludeHypothetical(opts.includeHypothetical)
        .withIncludeNegated(opts.includeHypothetical);
    this.coder = new EventCoder(cfg, lexicon, new KnowledgeBaseActorResolver(kb),
        new GazetteerPlaceResolver(Gazetteer.loadDefault()), new PatternQuantityExtractor(org.pharos.coder.quantity.QuantityLexicon.loadDefault()),
        CameoCodebook.standard(), PloverMapping.standard());
    ActorCandidateDetector candidates = new ActorCandidateDetector(kb);
    boolean complete = "complete".equals(opts.nlp);
    this.filter = opts.parseAll || complete ? SentenceFilter.ALL
        : new RelevanceFilter(lexicon, candidates::hasActorCandidate);
    this.nlp = new CoreNlpEngine(complete ? NlpConfig.full().withThreads(threads)
        : NlpConfig.defaults().withThreads(threads).withTimexOnlySelected(true));
  }

  /** Annotates and codes one document. */
  Coded code(Document d) {
    AnnotatedDocument ad = nlp.annotate(d, filter);
    return new Coded(ad, coder.code(ad));
  }

  /**
   * Codes one document through an annotation cache (for evaluation loops that change only the coder):
   * the document is parsed fully once and stored under {@code cacheDir}; the relevance filter is then
   * applied to the cached annotations, so the result equals {@link #code} without the NLP cost.
   */
  Coded codeCached(Document d, java.nio.file.Path cacheDir) {
    String key = org.pharos.model.Hashing.shortHash(24, d.docId(), d.text(),
        d.date() == null ? "" : d.date().toIso(), nlp.config().label());
    java.nio.file.Path file = cacheDir.resolve(key + ".json");
    AnnotatedDocument full = null;
    try {
      if (java.nio.file.Files.exists(file)) {
        full = Json.LENIENT_READER.readValue(file.toFile(), AnnotatedDocument.class);
      }
    } catch (java.io.IOException e) {
      full = null; // unreadable cache entry: parse again
    }
    if (full == null) {
      full = nlp.annotate(d, SentenceFilter.ALL);
      try {
        java.nio.file.Files.createDirectories(cacheDir);
        java.nio.file.Path tmp = cacheDir.resolve(key + ".tmp" + Thread.currentThread().getId());
        Json.MAPPER.writeValue(tmp.toFile(), full);
        java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot write NLP cache " + file + ": " + e.getMessage(), e);
      }
    }
    java.util.List<org.pharos.model.text.AnnotatedSentence> kept = new java.util.ArrayList<>();
    for (org.pharos.model.text.AnnotatedSentence s : full.sentences()) {
      kept.add(filter.shouldParse(s.tokens()) ? s : new org.pharos.model.text.AnnotatedSentence(
          s.index(), s.text(), s.begin(), s.end(), s.tokens(), java.util.List.of(), s.entities(), s.timexes()));
    }
    AnnotatedDocument ad = new AnnotatedDocument(d, kept);
    return new Coded(ad, coder.code(ad));
  }

  @Override
  public void close() {
    nlp.close();
  }

  /** A coded document: its annotated view and its events. */
  record Coded(AnnotatedDocument annotated, java.util.List<Event> events) {}
}
