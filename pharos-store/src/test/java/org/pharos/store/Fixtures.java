package org.pharos.store;

import java.util.List;
import org.pharos.model.ActorRef;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.PartialDate;
import org.pharos.model.Place;
import org.pharos.model.Quantity;
import org.pharos.model.RemovedBlock;

/** Builders of documents and events for store tests. */
final class Fixtures {
  private Fixtures() {}

  static final ActorRef US_MIL = new ActorRef("US forces", "US military", "USAMIL", "USA", "MIL", null);
  static final ActorRef KH =
      new ActorRef("nine Iraqi militiamen", "Kataib Hezbollah", "IRQREBKHZ", "IRQ", "REB", "IRN");
  static final ActorRef IRAN = new ActorRef("Tehran", "Iranian government", "IRNGOV", "IRN", "GOV", null);
  static final ActorRef IRAQ = new ActorRef("Baghdad", "Iraqi government", "IRQGOV", "IRQ", "GOV", null);

  static Document doc(String id, String text) {
    return new Document(id, "Title " + id, "A. Writer", "Wire", PartialDate.parse("2023-11-22"),
        DateSource.FIELD, "https://example.org/" + id, "en", text, List.of("[1] ref one", "[2] ref two"),
        List.of(new RemovedBlock("Subscribe now", "navigation")), "test:" + id);
  }

  static Document docWithUrl(String id, String url, String text) {
    return new Document(id, null, null, null, null, DateSource.NONE, url, "en", text, List.of(), List.of(),
        "test:" + id);
  }

  /** A fully populated event. */
  static Event event(String docId, int sentence, ActorRef src, ActorRef tgt, String cameo, String plover,
      int quad, double goldstein, String date, Modality modality, Place place, List<Quantity> qs) {
    return new Event(Event.stableId(docId, sentence, 3, code(src), code(tgt), cameo), docId, sentence,
        "Sentence " + sentence + " of " + docId + ".", "trigger" + sentence, src, tgt, cameo,
        cameo == null ? null : cameo.substring(0, 2), quad, goldstein, plover, "aerial", modality, date,
        null, date == null ? DatePrecision.UNKNOWN : date.length() == 10 ? DatePrecision.DAY
            : date.length() == 7 ? DatePrecision.MONTH : DatePrecision.YEAR,
        date == null ? DateSource.NONE : DateSource.TEXT, place, qs, 0.8, null, null);
  }

  static Event assault(String docId, int sentence, String date) {
    return event(docId, sentence, US_MIL, KH, "195", "ASSAULT", 4, -10.0, date, Modality.ASSERTED,
        new Place("Baghdad", "IRQ", 33.34, 44.4), List.of(Quantity.exact("killed", 9, "killed nine")));
  }

  static Event consult(String docId, int sentence, String date) {
    return event(docId, sentence, IRAN, IRAQ, "040", "CONSULT", 1, 1.0, date, Modality.REPORTED,
        new Place("Tehran", "IRN", 35.69, 51.39), List.of());
  }

  private static String code(ActorRef a) {
    return a == null ? null : a.code();
  }
}
