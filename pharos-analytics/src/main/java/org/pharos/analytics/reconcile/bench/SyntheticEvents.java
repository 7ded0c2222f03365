package org.pharos.analytics.reconcile.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pharos.analytics.reconcile.DocumentInfo;
import org.pharos.model.ActorRef;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.Place;
import org.pharos.model.Quantity;

/**
 * Generates synthetic event reports with known ground truth: real events spread over six years (or
 * a given number of days), 12 countries and 30 sites each, of which a share is reported several
 * times by different outlets with the variation real reports show (a less specific actor code, an
 * unknown actor, a date a day off or only the publication date or only the month, no place or no
 * coordinates, a vaguer CAMEO code, a different toll). Deterministic for a seed. Not thread-safe.
 */
public final class SyntheticEvents {
  private static final String[] COUNTRIES = {"USA", "IRQ", "IRN", "RUS", "SYR", "TUR", "ISR", "JOR", "SAU", "GBR",
      "LBN", "YEM"};
  private static final String[] ROLES = {"GOV", "MIL", "REB", "CVL", "COP"};
  private static final String[] GROUPS = {"KTH", "AAH", "NJB", "KSS", "PMF", "IRI"};
  private static final String[][] TYPES = {
      {"ASSAULT", "190", "193", "194", "195", "183"}, {"ASSAULT", "190", "193", "194", "195", "183"},
      {"ASSAULT", "190", "193", "194", "195", "183"}, {"COERCE", "170", "173", "175"}, {"PROTEST", "140", "141", "145"},
      {"ACCUSE", "111", "112"}, {"CONSULT", "040", "042", "043"}, {"THREATEN", "130", "138"}, {"AGREE", "057"},
      {"SUPPORT", "051"}, {"MOBILIZE", "154"}, {"SANCTION", "161", "163"}, {"REQUEST", "100", "105"},
      {"AID", "070", "071"}, {"REJECT", "120", "128"}, {"COOPERATE", "061", "062"}};
  private static final LocalDate START = LocalDate.of(2019, 1, 1);
  private static final int DEFAULT_DAYS = 6 * 365;

  private final Random random;
  private final double duplicatedShare;
  private final int days;
  private final Map<String, ActorRef> actors = new HashMap<>();
  private final List<Place> places = new ArrayList<>();
  private final String[] outlets = new String[60];
  private long nextDoc;
  private long nextReal;
  private final List<Real> reals = new ArrayList<>();

  /** The events and documents generated, with each event's real-world event id. */
  public record Batch(List<Event> events, Map<String, DocumentInfo> documents, Map<String, Long> truth) {}

  private record Real(long id, String plover, String cameo, String source, String target, LocalDate day, Place place,
      int killed) {}

  /**
   * A generator.
   *
   * @param seed random seed
   * @param duplicatedShare share of real events reported 2–6 times (the rest once)
   */
  public SyntheticEvents(long seed, double duplicatedShare) {
    this(seed, duplicatedShare, DEFAULT_DAYS);
  }

  /**
   * A generator whose real events fall in the first {@code days} days from 1 January 2019 (few days
   * give dense data: long chains of linked reports in a small set).
   *
   * @param seed random seed
   * @param duplicatedShare share of real events reported 2–6 times (the rest once)
   * @param days number of days the real events are spread over, at least 1
   */
  public SyntheticEvents(long seed, double duplicatedShare, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1: " + days);
    }
    this.random = new Random(seed);
    this.duplicatedShare = duplicatedShare;
    this.days = days;
    for (int i = 0; i < outlets.length; i++) {
      outlets[i] = "Outlet " + i;
    }
    for (String c : COUNTRIES) {
      double lat = 20 + random.nextDouble() * 20;
      double lon = 30 + random.nextDouble() * 30;
      for (int i = 0; i < 30; i++) {
        places.add(new Place(c + " site " + i, c, lat + random.nextDouble() * 4, lon + random.nextDouble() * 4));
      }
    }
  }

  /** At least {@code n} event reports (whole real events, so a few more), with ground truth. */
  public Batch generate(int n) {
    return generate(n, 0.0);
  }

  /**
   * At least {@code n} reports; a share {@code knownShare} of them are new reports of real events
   * generated before (late reports of known events), the rest new events.
   */
  public Batch generate(int n, double knownShare) {
    List<Event> events = new ArrayList<>(n + 8);
    Map<String, DocumentInfo> docs = new HashMap<>(n * 2);
    Map<String, Long> truth = new HashMap<>(n * 2);
    while (events.size() < n) {
      if (!reals.isEmpty() && random.nextDouble() < knownShare) {
        Real r = reals.get(random.nextInt(reals.size()));
        report(r, random.nextInt(outlets.length), events, docs, truth);
        continue;
      }
      Real r = newReal();
      if (knownShare > 0) {
        reals.add(r);
      } else if (reals.size() < 100_000) {
        reals.add(r);
      }
      int reports = random.nextDouble() < duplicatedShare ? 2 + random.nextInt(5) : 1;
      int firstOutlet = random.nextInt(outlets.length);
      for (int k = 0; k < reports; k++) {
        report(r, (firstOutlet + k * 7) % outlets.length, events, docs, truth);
      }
    }
    return new Batch(events, docs, truth);
  }

  private Real newReal() {
    String[] type = TYPES[random.nextInt(TYPES.length)];
    String cameo = type[1 + random.nextInt(type.length - 1)];
    String src = actorCode();
    String tgt;
    do {
      tgt = actorCode();
    } while (tgt.startsWith(src.substring(0, 3)) && random.nextDouble() < 0.8);
    Place place = places.get(random.nextInt(places.size()));
    int killed = type[0].equals("ASSAULT") && random.nextDouble() < 0.5 ? 1 + random.nextInt(20) : -1;
    return new Real(nextReal++, type[0], cameo, src, tgt, START.plusDays(random.nextInt(days)), place, killed);
  }

  private String actorCode() {
    // A few countries dominate, as in a real theater.
    String c = COUNTRIES[Math.min(COUNTRIES.length - 1, (int) Math.abs(random.nextGaussian() * 3))];
    String role = ROLES[random.nextInt(ROLES.length)];
    if (role.equals("REB") && random.nextDouble() < 0.6) {
      return c + role + GROUPS[random.nextInt(GROUPS.length)];
    }
    return c + role;
  }

  private void report(Real r, int outlet, List<Event> events, Map<String, DocumentInfo> docs, Map<String, Long> truth) {
    String docId = "d" + (nextDoc++);
    String src = vary(r.source());
    String tgt = vary(r.target());
    LocalDate day = r.day();
    DatePrecision precision = DatePrecision.DAY;
    DateSource dateSource = DateSource.TEXT;
    String date;
    double p = random.nextDouble();
    LocalDate published = day.plusDays(random.nextInt(3));
    if (p < 0.15) {
      date = day.plusDays(random.nextBoolean() ? 1 : -1).toString();
    } else if (p < 0.30) {
      date = published.toString();
      dateSource = DateSource.DOCUMENT;
    } else if (p < 0.35) {
      date = day.toString().substring(0, 7);
      precision = DatePrecision.MONTH;
    } else {
      date = day.toString();
    }
    Place place = r.place();
    double q = random.nextDouble();
    if (q < 0.15) {
      place = null;
    } else if (q < 0.20) {
      place = new Place(place.name(), place.country(), null, null);
    }
    String cameo = random.nextDouble() < 0.2 ? r.cameo().substring(0, 2) + "0" : r.cameo();
    List<Quantity> quantities = List.of();
    if (r.killed() > 0 && random.nextDouble() < 0.7) {
      int k = random.nextDouble() < 0.25 ? r.killed() + 1 + random.nextInt(3) : r.killed();
      quantities = List.of(Quantity.exact("killed", k, "killed " + k));
    }
    String eventId = Event.stableId(docId, 0, 0, src, tgt, cameo);
    events.add(new Event(eventId, docId, 0, null, null, actor(src), actor(tgt), cameo, cameo.substring(0, 2), 4, -5.0,
        r.plover(), null, random.nextDouble() < 0.3 ? Modality.REPORTED : Modality.ASSERTED, date, null, precision,
        dateSource, place, quantities, 0.8, null, null));
    docs.put(docId, new DocumentInfo(docId, outlets[outlet], published));
    truth.put(docId + "/" + eventId, r.id());
  }

  private String vary(String code) {
    double p = random.nextDouble();
    if (p < 0.05) {
      return null;
    }
    if (p < 0.20 && code.length() > 3) {
      return code.length() > 6 ? code.substring(0, 6) : code.substring(0, 3);
    }
    return code;
  }

  private ActorRef actor(String code) {
    if (code == null) {
      return null;
    }
    return actors.computeIfAbsent(code, c -> new ActorRef(c, null, c, c.substring(0, 3),
        c.length() >= 6 ? c.substring(3, 6) : null, null));
  }
}
