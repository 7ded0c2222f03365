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
    this.filter = opts.parseAll ? SentenceFilter.ALL : new RelevanceFilter(lexicon, candidates::hasActorCandidate);
    this.nlp = new CoreNlpEngine(NlpConfig.defaults().withThreads(threads));
  }

  /** Annotates and codes one document. */
  Coded code(Document d) {
    AnnotatedDocument ad = nlp.annotate(d, filter);
    return new Coded(ad, coder.code(ad));
  }

  @Override
  public void close() {
    nlp.close();
  }

  /** A coded document: its annotated view and its events. */
  record Coded(AnnotatedDocument annotated, java.util.List<Event> events) {}
}
