package org.pharos.analytics.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pharos.model.ActorRef;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.Place;
import org.pharos.model.Quantity;

/** Hand-built events for tests: a small fluent builder. Not thread-safe. */
final class Events {
  static final Place JURF = new Place("Jurf al-Sakhar", "IRQ", 32.87, 44.20);
  static final Place BAGHDAD = new Place("Baghdad", "IRQ", 33.34, 44.40);
  static final Place BAGHDAD_AIRPORT = new Place("Baghdad International Airport", "IRQ", 33.262, 44.234);
  static final Place SADR_CITY = new Place("Sadr City", "IRQ", 33.39, 44.46);

  private String docId = "doc";
  private int sentence;
  private String text = "";
  private String source;
  private String target;
  private String cameo = "195";
  private String plover = "ASSAULT";
  private Modality modality = Modality.ASSERTED;
  private String date = "2023-11-21";
  private DatePrecision precision = DatePrecision.DAY;
  private DateSource dateSource = DateSource.TEXT;
  private Place place;
  private final List<Quantity> quantities = new ArrayList<>();

  static Events event(String docId) {
    Events e = new Events();
    e.docId = docId;
    return e;
  }

  Events sentence(int i, String s) {
    sentence = i;
    text = s;
    return this;
  }

  Events actors(String sourceCode, String targetCode) {
    source = sourceCode;
    target = targetCode;
    return this;
  }

  Events type(String ploverType, String cameoCode) {
    plover = ploverType;
    cameo = cameoCode;
    return this;
  }

  Events modality(Modality m) {
    modality = m;
    return this;
  }

  Events on(String iso) {
    date = iso;
    precision = iso.length() == 10 ? DatePrecision.DAY : DatePrecision.MONTH;
    return this;
  }

  Events fromDocumentDate() {
    dateSource = DateSource.DOCUMENT;
    return this;
  }

  Events at(Place p) {
    place = p;
    return this;
  }

  Events killed(double n, String qualifier) {
    quantities.add(new Quantity("killed", n, qualifier != null && qualifier.startsWith("at least") ? null : n,
        qualifier, "killed " + (int) n, null));
    return this;
  }

  Events quantity(Quantity q) {
    quantities.add(q);
    return this;
  }

  Event build() {
    String id = Event.stableId(docId, sentence, 0, source, target, cameo);
    return new Event(id, docId, sentence, text, "struck", actor(source), actor(target), cameo,
        cameo == null ? null : cameo.substring(0, 2), 4, -10.0, plover, null, modality, date, null, precision,
        dateSource, place, quantities, 0.8, null, null);
  }

  static ActorRef actor(String code) {
    if (code == null) {
      return null;
    }
    return new ActorRef(code, null, code, code.substring(0, 3), code.length() >= 6 ? code.substring(3, 6) : null, null);
  }

  static DocumentInfo doc(String docId, String outlet, String published) {
    return new DocumentInfo(docId, outlet, published == null ? null : LocalDate.parse(published));
  }
}
