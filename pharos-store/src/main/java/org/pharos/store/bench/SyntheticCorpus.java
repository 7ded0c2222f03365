package org.pharos.store.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pharos.model.ActorRef;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.PartialDate;
import org.pharos.model.Place;
import org.pharos.model.Quantity;

/**
 * Deterministic synthetic documents with events: document {@code i} of a corpus with a given seed is
 * always the same. Actors follow a skewed (Zipf-like) distribution over a conflict theater's state,
 * military and militia actors; dates cluster in bursts over five years; event types follow a CAMEO mix
 * dominated by verbal events with a material-conflict tail; a fifth of the events carry quantities.
 * Immutable and thread-safe.
 */
public final class SyntheticCorpus {
  private record Actor(String code, String name, String country, String sector, String affiliation) {}

  private record Code(String cameo, int quad, double goldstein, String plover) {}

  private static final List<Actor> ACTORS = List.of(
      new Actor("USAMIL", "US military", "USA", "MIL", null),
      new Actor("USAGOV", "United States government", "USA", "GOV", null),
      new Actor("IRQGOV", "Iraqi government", "IRQ", "GOV", null),
      new Actor("IRNGOV", "Iranian government", "IRN", "GOV", null),
      new Actor("IRQMIL", "Iraqi security forces", "IRQ", "MIL", null),
      new Actor("IRQREBKHZ", "Kataib Hezbollah", "IRQ", "REB", "IRN"),
      new Actor("IRNMILIRG", "IRGC", "IRN", "MIL", null),
      new Actor("RUSGOV", "Russian government", "RUS", "GOV", null),
      new Actor("IRQLEG", "Iraqi parliament", "IRQ", "LEG", null),
      new Actor("IRQREBNUJ", "Harakat al-Nujaba", "IRQ", "REB", "IRN"),
      new Actor("IRQPMF", "Popular Mobilization Forces", "IRQ", "MIL", null),
      new Actor("IGOUNO", "United Nations", null, "IGO", null),
      new Actor("SYRGOV", "Syrian government", "SYR", "GOV", null),
      new Actor("TURMIL", "Turkish military", "TUR", "MIL", null),
      new Actor("IRQKRDGOV", "Kurdistan Regional Government", "IRQ", "GOV", null),
      new Actor("ISRMIL", "Israeli military", "ISR", "MIL", null),
      new Actor("IRQCVL", "Iraqi civilians", "IRQ", "CVL", null),
      new Actor("IMGMOSISI", "Islamic State", null, "REB", null));

  private static final List<Code> CODES = List.of(
      new Code("010", 1, 0.0, "CONSULT"), new Code("036", 1, 4.0, "CONSULT"),
      new Code("040", 1, 1.0, "CONSULT"), new Code("042", 1, 1.9, "CONSULT"),
      new Code("057", 1, 8.0, "AGREE"), new Code("061", 2, 6.4, "COOPERATE"),
      new Code("073", 2, 7.4, "AID"), new Code("111", 3, -2.0, "ACCUSE"),
      new Code("112", 3, -2.0, "ACCUSE"), new Code("130", 3, -4.4, "THREATEN"),
      new Code("138", 3, -7.0, "THREATEN"), new Code("163", 4, -8.0, "SANCTION"),
      new Code("173", 4, -5.0, "COERCE"), new Code("183", 4, -10.0, "ASSAULT"),
      new Code("190", 4, -10.0, "ASSAULT"), new Code("195", 4, -10.0, "ASSAULT"));

  private static final List<Place> PLACES = List.of(
      new Place("Baghdad", "IRQ", 33.34, 44.40), new Place("Erbil", "IRQ", 36.19, 44.01),
      new Place("Ain al-Asad air base", "IRQ", 33.80, 42.44), new Place("Basra", "IRQ", 30.51, 47.81),
      new Place("Tehran", "IRN", 35.69, 51.39), new Place("Al-Qaim", "IRQ", 34.37, 41.09),
      new Place("Damascus", "SYR", 33.51, 36.29), new Place("Washington", "USA", 38.90, -77.04));

  private static final LocalDate START = LocalDate.of(2019, 1, 1);
  private static final int DAYS = 5 * 365;

  private final long seed;
  private final int eventsPerDocument;

  /**
   * @param seed corpus seed
   * @param eventsPerDocument mean events per document (each document has 1 to 2·mean−1 events)
   */
  public SyntheticCorpus(long seed, int eventsPerDocument) {
    if (eventsPerDocument < 1) {
      throw new IllegalArgumentException("eventsPerDocument must be at least 1");
    }
    this.seed = seed;
    this.eventsPerDocument = eventsPerDocument;
  }

  /** Document {@code i} with its events. */
  public org.pharos.store.CodedDocument document(long i) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    String docId = "syn-" + seed + "-" + i;
    LocalDate published = burstyDay(r);
    int n = 1 + r.nextInt(2 * eventsPerDocument - 1);
    StringBuilder text = new StringBuilder("Synthetic report ").append(i).append(" (seed ").append(seed)
        .append(").");
    List<Event> events = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Actor a = actor(r);
      Actor b = actor(r);
      while (b == a) {
        b = actor(r);
      }
      Code code = CODES.get(codeIndex(r));
      String sentence = a.name() + " " + code.plover().toLowerCase(java.util.Locale.ROOT) + " " + b.name()
          + " (" + k + ").";
      text.append(' ').append(sentence);
      boolean dayPrecise = r.nextInt(10) < 8;
      LocalDate day = published.minusDays(r.nextInt(3));
      String date = dayPrecise ? day.toString() : day.toString().substring(0, 7);
      List<Quantity> qs = code.quad() == 4 && r.nextInt(3) == 0
          ? List.of(Quantity.exact("killed", 1 + r.nextInt(20), "killed " + k)) : List.of();
      Place place = r.nextInt(4) == 0 ? null : PLACES.get(r.nextInt(PLACES.size()));
      int mod = r.nextInt(100);
      Modality modality = mod < 70 ? Modality.ASSERTED : mod < 88 ? Modality.REPORTED
          : mod < 94 ? Modality.PLANNED : mod < 98 ? Modality.HYPOTHETICAL : Modality.NEGATED;
      events.add(new Event(Event.stableId(docId, k, 2, a.code(), b.code(), code.cameo()), docId, k,
          sentence, code.plover().toLowerCase(java.util.Locale.ROOT), ref(a), ref(b), code.cameo(),
          code.cameo().substring(0, 2), code.quad(), code.goldstein(), code.plover(), null, modality, date,
          null, dayPrecise ? DatePrecision.DAY : DatePrecision.MONTH,
          dayPrecise ? DateSource.TEXT : DateSource.DOCUMENT, place, qs, 0.5 + r.nextInt(50) / 100.0,
          null, null));
    }
    Document doc = new Document(docId, "Report " + i, null, "Outlet " + r.nextInt(40),
        PartialDate.of(published), DateSource.FIELD, "https://example.org/syn/" + seed + "/" + i, "en",
        text.toString(), List.of(), List.of(), "synthetic");
    return new org.pharos.store.CodedDocument(doc, events);
  }

  private static ActorRef ref(Actor a) {
    return new ActorRef(a.name(), a.name(), a.code(), a.country(), a.sector(), a.affiliation());
  }

  /** Zipf-like: actor k is chosen with weight 1/(k+1). */
  private static Actor actor(SplittableRandom r) {
    double total = 0;
    for (int k = 0; k < ACTORS.size(); k++) {
      total += 1.0 / (k + 1);
    }
    double x = r.nextDouble() * total;
    for (int k = 0; k < ACTORS.size(); k++) {
      x -= 1.0 / (k + 1);
      if (x <= 0) {
        return ACTORS.get(k);
      }
    }
    return ACTORS.get(ACTORS.size() - 1);
  }

  /** Verbal cooperation and conflict dominate; material conflict is a long tail. */
  private static int codeIndex(SplittableRandom r) {
    int x = r.nextInt(100);
    if (x < 45) {
      return r.nextInt(5);
    }
    if (x < 55) {
      return 5 + r.nextInt(2);
    }
    if (x < 80) {
      return 7 + r.nextInt(4);
    }
    return 11 + r.nextInt(5);
  }

  /** Days cluster in crisis bursts (a third of the mass) over an even background. */
  private static LocalDate burstyDay(SplittableRandom r) {
    if (r.nextInt(3) == 0) {
      int burst = r.nextInt(8);
      int center = (burst * 229 + 97) % DAYS;
      return START.plusDays(Math.max(0, Math.min(DAYS - 1, center + (int) (r.nextGaussian() * 6))));
    }
    return START.plusDays(r.nextInt(DAYS));
  }
}
