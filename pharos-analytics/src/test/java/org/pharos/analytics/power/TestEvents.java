package org.pharos.analytics.power;

import java.util.List;
import org.pharos.model.ActorRef;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.Place;
import org.pharos.model.Quantity;

/** Hand-made actors and events for the analytics tests. */
public final class TestEvents {
  private TestEvents() {}

  public static final ActorRef USA_GOV = actor("USAGOV", "USA", "GOV", null, "United States");
  public static final ActorRef USA_MIL = actor("USAMIL", "USA", "MIL", null, "US military");
  public static final ActorRef IRQ_GOV = actor("IRQGOV", "IRQ", "GOV", null, "Iraqi government");
  public static final ActorRef IRQ_MIL = actor("IRQMIL", "IRQ", "MIL", null, "Iraqi army");
  public static final ActorRef IRN_GOV = actor("IRNGOV", "IRN", "GOV", null, "Iran");
  public static final ActorRef RUS_GOV = actor("RUSGOV", "RUS", "GOV", null, "Russia");
  public static final ActorRef KH = actor("IRQUAFKTH", "IRQ", "UAF", "IRN", "Kataib Hezbollah");
  public static final ActorRef AAH = actor("IRQUAFAAH", "IRQ", "UAF", "IRN", "Asaib Ahl al-Haq");
  public static final ActorRef ISIS = actor("IMGREBISI", "IRQ", "REB", null, "Islamic State");

  public static ActorRef actor(String code, String country, String sector, String affiliation, String name) {
    return new ActorRef(name, name, code, country, sector, affiliation);
  }

  /** A factual event with the given actors, QuadClass and Goldstein value. */
  public static Event event(String id, String date, ActorRef source, ActorRef target, int quad, double goldstein) {
    return event(id, date, source, target, quad, goldstein, Modality.ASSERTED, "Wire", null);
  }

  public static Event event(
      String id,
      String date,
      ActorRef source,
      ActorRef target,
      int quad,
      double goldstein,
      Modality modality,
      String outlet,
      Place place,
      Quantity... quantities) {
    String plover = quad == 4 ? "ASSAULT" : quad == 3 ? "ACCUSE" : quad == 2 ? "AID" : "CONSULT";
    String cameo = quad == 4 ? "190" : quad == 3 ? "112" : quad == 2 ? "070" : "040";
    return new Event(
        id, "doc-" + id, 0, "Sentence of " + id + ".", "trigger", source, target, cameo, cameo.substring(0, 2),
        quad, goldstein, plover, null, modality, date, null,
        date == null ? DatePrecision.UNKNOWN : date.length() == 10 ? DatePrecision.DAY : DatePrecision.MONTH,
        DateSource.TEXT, place, List.of(quantities), 0.8, outlet, null);
  }
}
