package org.pharos.analytics.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pharos.analytics.power.TestEvents;
import org.pharos.model.ActorRef;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.Place;
import org.pharos.model.Quantity;

/**
 * A seeded generator of plausible event reports for report tests and the benchmark: a handful of
 * actors, places with coordinates, outlets, several reports per real-world event (cluster id in the
 * {@code event_id} prefix before '#'), a mix of modalities and casualty counts that differ by outlet.
 */
public final class SyntheticEvents {
  private SyntheticEvents() {}

  private static final ActorRef[][] DYADS = {
    {TestEvents.USA_MIL, TestEvents.KH}, {TestEvents.KH, TestEvents.USA_MIL}, {TestEvents.AAH, TestEvents.USA_MIL},
    {TestEvents.USA_GOV, TestEvents.IRQ_GOV}, {TestEvents.IRQ_GOV, TestEvents.USA_GOV}, {TestEvents.RUS_GOV, TestEvents.IRQ_GOV},
    {TestEvents.IRN_GOV, TestEvents.KH}, {TestEvents.IRQ_GOV, TestEvents.KH}, {TestEvents.IRN_GOV, TestEvents.USA_GOV},
    {TestEvents.IRQ_MIL, TestEvents.ISIS}, {TestEvents.IRN_GOV, TestEvents.IRQ_GOV}
  };
  /** QuadClass and Goldstein per dyad above: militia conflict, government cooperation, and so on. */
  private static final int[] QUAD = {4, 4, 4, 2, 1, 1, 2, 3, 3, 4, 1};
  private static final double[] GOLDSTEIN = {-10, -9, -9, 6, 3, 4, 7, -2, -4, -10, 1};
  private static final Place[] PLACES = {
    new Place("Baghdad", "IRQ", 33.34, 44.40), new Place("Erbil", "IRQ", 36.19, 44.01),
    new Place("Ain al-Asad", "IRQ", 33.80, 42.44), new Place("Jurf al-Sakhar", "IRQ", 32.87, 44.17),
    new Place("Mosul", "IRQ", 36.34, 43.13), new Place("al-Qaim", "IRQ", 34.37, 41.09), null
  };
  private static final String[] OUTLETS = {"Tigris Wire", "Levant Post", "Gulf Monitor", "Northern Herald", "Caspian Daily", "Zagros News"};
  private static final Modality[] MODALITIES = {
    Modality.ASSERTED, Modality.ASSERTED, Modality.ASSERTED, Modality.REPORTED, Modality.REPORTED, Modality.HYPOTHETICAL, Modality.PLANNED, Modality.NEGATED
  };
  private static final String[] SENTENCES = {
    "US aircraft struck a Kataib Hezbollah depot near the border, security sources said.",
    "Rockets hit a base hosting US troops; the Islamic Resistance in Iraq claimed the attack.",
    "The Iraqi prime minister met the US envoy to discuss the coalition's future.",
    "Moscow and Baghdad agreed to expand cooperation on energy & arms </script> <b>deliveries</b>.",
    "Iran's foreign minister condemned the strikes as a violation of Iraqi sovereignty."
  };

  /** {@code clusters} real-world events from 2019-12 on, each reported 1–4 times. */
  public static List<Event> generate(int clusters, long seed) {
    Random random = new Random(seed);
    List<Event> events = new ArrayList<>(clusters * 5 / 2);
    LocalDate start = LocalDate.of(2019, 12, 1);
    int days = 365 * 5;
    for (int c = 0; c < clusters; c++) {
      // dyads escalate in waves: more conflict in some months than others
      int d = random.nextInt(DYADS.length);
      int offset = random.nextInt(days);
      if (QUAD[d] == 4 && random.nextInt(3) == 0) {
        offset = 1400 + random.nextInt(60); // a burst in autumn 2023
      }
      String date = start.plusDays(offset).toString();
      // relations sour now and then: a quarter of cooperative events become verbal conflict
      int quad = QUAD[d] <= 2 && random.nextInt(4) == 0 ? 3 : QUAD[d];
      double goldstein = quad == QUAD[d] ? GOLDSTEIN[d] : -2.0 - random.nextInt(4);
      Place place = PLACES[random.nextInt(PLACES.length)];
      int reports = 1 + random.nextInt(4);
      int killed = QUAD[d] == 4 ? random.nextInt(12) : -1;
      for (int r = 0; r < reports; r++) {
        String outlet = OUTLETS[(c + r) % OUTLETS.length];
        Modality modality = MODALITIES[random.nextInt(MODALITIES.length)];
        List<Quantity> quantities =
            killed >= 0 ? List.of(Quantity.exact("killed", killed + random.nextInt(2) * r, "killed")) : List.of();
        String id = "c" + c + "#" + r;
        events.add(
            new Event(
                id, "doc-" + c + "-" + outlet.charAt(0), 0, SENTENCES[d % SENTENCES.length], "struck",
                DYADS[d][0], DYADS[d][1], quad == 4 ? "190" : quad == 3 ? "112" : "040", quad == 4 ? "19" : quad == 3 ? "11" : "04", quad,
                goldstein, quad == 4 ? "ASSAULT" : quad == 3 ? "ACCUSE" : "CONSULT", null, modality,
                r == 3 ? date.substring(0, 7) : date, null, r == 3 ? DatePrecision.MONTH : DatePrecision.DAY,
                DateSource.TEXT, place, quantities, 0.5 + 0.1 * r, outlet, null));
      }
    }
    return events;
  }

  /** The cluster key of generated events: the id before '#'. */
  public static String clusterOf(Event e) {
    int hash = e.eventId().indexOf('#');
    return hash < 0 ? e.eventId() : e.eventId().substring(0, hash);
  }
}
