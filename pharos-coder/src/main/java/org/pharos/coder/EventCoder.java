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
import org.pharos.coder.events.ImpliedTarget;
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
import org.pharos.model.text.DepEdge;
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
 * <p><b>Implied target</b>: an event without a target takes the one {@link ImpliedTarget} implies
 * from its code, source and place: the country where it happens (coercion, its threats and easing,
 * and agreements also at home: "imposed a curfew in Cizre"; every other event only abroad: "US
 * activists staged a protest in Beijing" -> CHN, "jets bombed positions in Syria"), unless the place
 * modifies the source itself ("the UN mission in Iraq"); else, for untargeted protests, demands and
 * rejections by a country's non-state actors, that country's government ("students demonstrated to
 * demand reforms" -> the government). A target of no known country (a bare role: "contributed troops
 * to a force in Liberia", "opened an embassy in Tehran") is replaced by the place rule's country.
 *
 * <p><b>Discourse</b>: the source of the latest force event in the document stands in for the agent of
 * a later definite force noun that names none ("The strike also killed X"; see {@link
 * EventPatternMatcher#match(AnnotatedSentence, DocumentActors, ActorMention)}).
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

  private final CoderConfig config;
  private final EventLexicon lexicon;
  private final ActorResolver actorResolver;
  private final PlaceResolver placeResolver;
  private final QuantityExtractor quantityExtractor;
  private final CameoCodebook codebook;
  private final PloverMapping plover;
  private final EventPatternMatcher matcher;
  private final ModalityDetector modalityDetector = new ModalityDetector();

  /** The match's modality: a statement of intent's is read from its statement, any other from its clause. */
  private Modality modalityOf(AnnotatedSentence s, EventMatch m) {
    return m.isStatementOfIntent()
        ? modalityDetector.detectIntent(s, m.statementHead(), m.clauseHead())
        : modalityDetector.detect(s, m.trigger(), m.clauseHead());
  }

  /** True when the match is stated or reported as having happened (not planned, hypothetical or negated). */
  private boolean happened(AnnotatedSentence s, EventMatch m) {
    Modality modality = modalityOf(s, m);
    return modality == Modality.ASSERTED || modality == Modality.REPORTED;
  }
  private final EventDateResolver dateResolver = new EventDateResolver();
  private final ImpliedTarget impliedTarget = new ImpliedTarget();

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
            && !EventPatternMatcher.ANTECEDENT.equals(m.source().how()) && happened(s, m)) {
          lastForceAgent = m.source(); // "the attack" in a later sentence: an attack that took place, not a threatened one
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
    Modality modality = modalityOf(s, m);
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
    if (target == null) {
      // "activists staged a protest in Beijing", "imposed a curfew in Cizre", "students demonstrated":
      // the country where it happens, or the own government for untargeted dissent; a target of no
      // known country ("troops", "an embassy") gives way to the place rules
      target = impliedTarget.of(cameo.code(), source, place, placeModifiesSource(s, m.source(), place)).orElse(null);
    } else if (ImpliedTarget.isCountryless(target)) {
      // "contribute troops to a force in Liberia", "opened an embassy in Tehran": the place says whose
      target = impliedTarget.ofPlace(cameo.code(), source, place, placeModifiesSource(s, m.source(), place))
          .orElse(target);
    }
    String id = Event.stableId(d.docId(), s.index(), m.trigger(), code(source), code(target), cameo.code());
    return new Event(id, d.docId(), s.index(), s.text(), m.triggerText(), source, target, cameo.code(), cameo.root(),
        cameo.quadClass(), cameo.goldstein(), p == null ? null : p.type().name(), p == null ? null : p.mode(),
        modality, date.dateIso(), date.dateEndIso(), date.precision(), date.source(), place, quantities,
        confidence, d.outlet(), d.url());
  }

  /**
   * True when the place is named by a nominal modifier of the source's own phrase ("the United Nations
   * mission in Iraq"): where the source sits, not what its event addresses.
   */
  static boolean placeModifiesSource(AnnotatedSentence s, ActorMention source, Place place) {
    if (source == null || place == null || place.name() == null || !s.isParsed()) {
      return false;
    }
    String name = place.name().toLowerCase(java.util.Locale.ROOT);
    for (int h = Math.max(1, source.tokenBegin()); h < Math.max(source.tokenEnd(), source.headToken() + 1); h++) {
      for (DepEdge e : s.children(h)) {
        if (e.baseRelation().equals("nmod") && !source.covers(e.dependent())
            && name.contains(s.token(e.dependent()).word().toLowerCase(java.util.Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
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
