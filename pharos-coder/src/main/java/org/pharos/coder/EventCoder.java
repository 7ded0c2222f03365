package org.pharos.coder;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.pharos.coder.actors.ActorMention;
import org.pharos.coder.actors.ActorResolver;
import org.pharos.coder.actors.DocumentActors;
import org.pharos.coder.events.EventLexicon;
import org.pharos.coder.events.EventMatch;
import org.pharos.coder.events.EventPatternMatcher;
import org.pharos.coder.modality.ModalityDetector;
import org.pharos.coder.place.PlaceResolver;
import org.pharos.coder.quantity.QuantityExtractor;
import org.pharos.coder.time.EventDate;
import org.pharos.coder.time.EventDateResolver;
import org.pharos.model.ActorRef;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.Place;
import org.pharos.model.Quantity;
import org.pharos.model.ontology.CameoCode;
import org.pharos.model.ontology.CameoCodebook;
import org.pharos.model.ontology.PloverCoding;
import org.pharos.model.ontology.PloverMapping;
import org.pharos.model.text.AnnotatedDocument;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.Layer;

/**
 * Turns an annotated document into complete {@link Event} records: actors ({@link ActorResolver}),
 * triggers and roles ({@link EventPatternMatcher}), modality, dates, place ({@link
 * PlaceResolver#placeOf}), quantities ({@link QuantityExtractor#quantitiesOf}), CAMEO root, quad
 * class, Goldstein value, PLOVER type and mode, and a confidence.
 *
 * <p><b>Confidence</b> starts at 0.6 and is then adjusted:
 *
 * <ul>
 *   <li>times the mean resolution confidence of the actors present;
 *   <li>+0.15 when both source and target were found; -0.10 when one side is missing (no penalty for
 *       a missing target when the lexicon lists the code as untargeted, e.g. 0874 withdraw, 14x
 *       protest);
 *   <li>+0.05 per matched lexicon condition or construction (particle, object, modifier, light or
 *       control verb), at most +0.10;
 *   <li>-0.05 per dependency edge beyond the first between trigger and actor head;
 *   <li>modality: reported -0.05, planned -0.10, hypothetical and negated -0.25.
 * </ul>
 *
 * The result is clamped to 0.05..0.99 and rounded to two decimals.
 *
 * <p><b>Location as target</b>: an event without a target whose place lies in a known country takes
 * that country as target when the code addresses where it happens: coercion, threats of it and its
 * easing (17x, 132x, 137x, 081x: "imposed a curfew in Cizre", "threatened to impose martial law in
 * Baghdad", "lifted the curfew in Montenegro", also at home), and, only
 * abroad, protests (14x), visits (042, 043), military posture (15x: "held exercises in Alaska"),
 * withdrawals (087x) and force (18-20: "jets bombed positions in Syria"; "arrived in Amman",
 * "strengthened its forces in Lebanon").
 *
 * <p><b>Discourse</b>: the source of the latest force event in the document stands in for the agent of
 * a later definite force noun that names none ("The strike also killed X"; see {@link
 * EventPatternMatcher#match(AnnotatedSentence, DocumentActors, ActorMention)}).
 *
 * <p><b>Protest abroad</b>: a protest (root 14) without a target whose place lies in another country
 * than the source's is addressed to that country ("US activists staged a protest in Beijing" -> CHN;
 * CAMEO codes the host as target); a protest at home without a named target keeps none.
 *
 * <p><b>Filtering</b>: events without a source are dropped unless the lexicon lists their code as
 * {@code unsourced} (force and coercion: "Rockets hit the base"); hypothetical and negated events are
 * dropped unless the {@link CoderConfig} includes them; planned and reported events are kept with their modality; events below {@code
 * minConfidence} are dropped; identical events from the same sentence (same source code, target
 * code and CAMEO code) are kept once, with the highest confidence.
 *
 * <p>Immutable and thread-safe when its collaborators are.
 *
 * <pre>{@code
 * EventCoder coder = new EventCoder(CoderConfig.defaults(), EventLexicon.standard(), actorResolver,
 *     placeResolver, quantityExtractor, CameoCodebook.standard(), PloverMapping.standard());
 * List<Event> events = coder.code(nlp.annotate(document));
 * }</pre>
 */
public final class EventCoder {
  private static final Set<Layer> REQUIRES =
      Set.copyOf(EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMA, Layer.DEPENDENCIES));

  /** Codes whose target may be the country of the event's place, at home or abroad. */
  private static final java.util.function.Predicate<String> LOCATION_TARGETED =
      c -> c.startsWith("17") || c.startsWith("081") || c.startsWith("132") || c.startsWith("137");

  /** Codes whose target may be the country of the event's place when that is not the source's. */
  private static final java.util.function.Predicate<String> FOREIGN_LOCATION_TARGETED =
      c -> c.startsWith("14") || c.startsWith("042") || c.startsWith("043") || c.startsWith("15")
          || c.startsWith("087") || EventPatternMatcher.isForce(c);

  private final CoderConfig config;
  private final EventLexicon lexicon;
  private final ActorResolver actorResolver;
  private final PlaceResolver placeResolver;
  private final QuantityExtractor quantityExtractor;
  private final CameoCodebook codebook;
  private final PloverMapping plover;
  private final EventPatternMatcher matcher;
  private final ModalityDetector modalityDetector = new ModalityDetector();
  private final EventDateResolver dateResolver = new EventDateResolver();

  /**
   * @throws IllegalArgumentException when the lexicon uses a code the codebook lacks
   */
  public EventCoder(CoderConfig config, EventLexicon lexicon, ActorResolver actorResolver, PlaceResolver placeResolver,
      QuantityExtractor quantityExtractor, CameoCodebook codebook, PloverMapping plover) {
    this.config = Objects.requireNonNull(config, "config");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.actorResolver = Objects.requireNonNull(actorResolver, "actorResolver");
    this.placeResolver = Objects.requireNonNull(placeResolver, "placeResolver");
    this.quantityExtractor = Objects.requireNonNull(quantityExtractor, "quantityExtractor");
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.plover = Objects.requireNonNull(plover, "plover");
    Set<String> missing = new TreeSet<>();
    for (String c : lexicon.codes()) {
      if (!codebook.contains(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("event lexicon " + lexicon.version() + " uses codes missing from CAMEO codebook "
          + codebook.version() + ": " + missing);
    }
    this.matcher = new EventPatternMatcher(lexicon);
  }

  /** The annotation layers the coder reads (TIMEX and NER are used when present, not required). */
  public Set<Layer> requires() {
    return REQUIRES;
  }

  /** The configuration. */
  public CoderConfig config() {
    return config;
  }

  /** The lexicon. */
  public EventLexicon lexicon() {
    return lexicon;
  }

  /** Codes every event of the document, in sentence and trigger order. */
  public List<Event> code(AnnotatedDocument doc) {
    DocumentActors actors = actorResolver.resolve(doc);
    Set<String> docCountries = new HashSet<>();
    for (ActorMention m : actors.all()) {
      if (m.actor() != null && m.actor().country() != null) {
        docCountries.add(m.actor().country());
      }
    }
    Document d = doc.document();
    List<Event> out = new ArrayList<>();
    ActorMention lastForceAgent = null;
    for (AnnotatedSentence s : doc.sentences()) {
      Map<String, Event> bySignature = new LinkedHashMap<>();
      List<EventMatch> matches = matcher.match(s, actors, lastForceAgent);
      for (EventMatch m : matches) {
        if (m.source() != null && EventPatternMatcher.isForce(m.code())
            && !EventPatternMatcher.ANTECEDENT.equals(m.source().how())) {
          lastForceAgent = m.source();
        }
      }
      List<PlaceResolver.TokenSpan> nameSpans = new ArrayList<>();
      for (ActorMention a : actors.inSentence(s.index())) {
        if ("name".equals(a.how())) {
          nameSpans.add(new PlaceResolver.TokenSpan(a.tokenBegin(), a.tokenEnd()));
        }
      }
      for (EventMatch m : matches) {
        Event e = build(d, s, m, docCountries, nameSpans);
        if (e == null) {
          continue;
        }
        String key = String.valueOf(code(e.source())) + "|" + code(e.target()) + "|" + e.cameo();
        bySignature.merge(key, e, (a, b) -> b.confidence() > a.confidence() ? b : a);
      }
      out.addAll(bySignature.values());
    }
    return out;
  }

  private static String code(ActorRef a) {
    return a == null ? null : a.code();
  }

  private Event build(Document d, AnnotatedSentence s, EventMatch m, Set<String> docCountries,
      List<PlaceResolver.TokenSpan> nameSpans) {
    CameoCode cameo = codebook.lookup(m.code()).orElseThrow();
    Modality modality = modalityDetector.detect(s, m.trigger(), m.clauseHead());
    if (modality == Modality.HYPOTHETICAL && !config.includeHypothetical()
        || modality == Modality.NEGATED && !config.includeNegated()) {
      return null;
    }
    if (m.source() == null && !lexicon.allowsMissingSource(cameo.code())) {
      return null; // "called for calm" with no speaker found: not codeable
    }
    boolean untargetedOk = lexicon.allowsMissingTarget(cameo.code());
    if (m.target() == null && !untargetedOk && config.requireTargetUnlessAllowed()) {
      return null;
    }
    double confidence = confidence(m, modality, untargetedOk);
    if (confidence < config.minConfidence()) {
      return null;
    }
    EventDate date = dateResolver.resolve(s, m.trigger(), m.clauseHead(), d.date());
    Place place = placeResolver.placeOf(s, m.trigger(), docCountries, nameSpans).orElse(null);
    List<Quantity> quantities = quantityExtractor.quantitiesOf(s, m.trigger());
    PloverCoding p = plover.map(cameo.code());
    ActorRef source = m.source() == null ? null : m.source().actor();
    ActorRef target = m.target() == null ? null : m.target().actor();
    if (target == null && place != null && place.country() != null && source != null && source.country() != null
        && (LOCATION_TARGETED.test(cameo.code())
            || FOREIGN_LOCATION_TARGETED.test(cameo.code()) && !place.country().equals(source.country()))) {
      // "activists staged a protest in Beijing", "arrived in Amman", "imposed a curfew in Cizre": the
      // country where it happens is what it addresses
      target = new ActorRef(place.name(), place.country(), place.country(), place.country(), null, null);
    }
    String id = Event.stableId(d.docId(), s.index(), m.trigger(), code(source), code(target), cameo.code());
    return new Event(id, d.docId(), s.index(), s.text(), m.triggerText(), source, target, cameo.code(), cameo.root(),
        cameo.quadClass(), cameo.goldstein(), p == null ? null : p.type().name(), p == null ? null : p.mode(),
        modality, date.dateIso(), date.dateEndIso(), date.precision(), date.source(), place, quantities,
        confidence, d.outlet(), d.url());
  }

  /** The confidence formula documented on the class. */
  double confidence(EventMatch m, Modality modality, boolean untargetedOk) {
    double c = 0.6;
    double actorSum = 0;
    int actorCount = 0;
    for (ActorMention a : new ActorMention[] {m.source(), m.target()}) {
      if (a != null) {
        actorSum += a.confidence();
        actorCount++;
      }
    }
    c *= actorCount == 0 ? 0 : actorSum / actorCount;
    if (m.source() != null && m.target() != null) {
      c += 0.15;
    } else if (!(m.target() == null && untargetedOk)) {
      c -= 0.10;
    }
    c += 0.05 * Math.min(2, m.specificity());
    c -= 0.05 * Math.max(0, m.distance() - 1);
    c -= switch (modality) {
      case ASSERTED -> 0.0;
      case REPORTED -> 0.05;
      case PLANNED -> 0.10;
      case HYPOTHETICAL, NEGATED -> 0.25;
    };
    c = Math.max(0.05, Math.min(0.99, c));
    return Math.round(c * 100) / 100.0;
  }
}
