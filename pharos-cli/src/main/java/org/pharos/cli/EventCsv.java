package org.pharos.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.pharos.model.ActorRef;
import org.pharos.model.Event;
import org.pharos.model.Quantity;

/** Flattens event records into CSV rows (RFC 4180 quoting). Stateless and thread-safe. */
final class EventCsv {
  static final List<String> HEADER = List.of(
      "event_id", "doc_id", "sentence_index", "trigger",
      "source_text", "source_name", "source_code", "source_country", "source_sector",
      "target_text", "target_name", "target_code", "target_country", "target_sector",
      "cameo", "cameo_root", "quad_class", "goldstein", "plover", "plover_mode", "modality",
      "date", "date_end", "date_precision", "date_source",
      "location_name", "location_country", "lat", "lon", "quantities", "confidence", "outlet", "url", "sentence");

  private EventCsv() {}

  static String header() {
    return String.join(",", HEADER) + "\n";
  }

  static String row(Event e) {
    List<Object> v = new ArrayList<>();
    v.add(e.eventId());
    v.add(e.docId());
    v.add(e.sentenceIndex());
    v.add(e.trigger());
    actor(v, e.source());
    actor(v, e.target());
    v.add(e.cameo());
    v.add(e.cameoRoot());
    v.add(e.quadClass());
    v.add(e.goldstein());
    v.add(e.plover());
    v.add(e.ploverMode());
    v.add(e.modality() == null ? null : e.modality().json());
    v.add(e.date());
    v.add(e.dateEnd());
    v.add(e.datePrecision() == null ? null : e.datePrecision().json());
    v.add(e.dateSource() == null ? null : e.dateSource().json());
    v.add(e.location() == null ? null : e.location().name());
    v.add(e.location() == null ? null : e.location().country());
    v.add(e.location() == null ? null : e.location().lat());
    v.add(e.location() == null ? null : e.location().lon());
    v.add(e.quantities().stream().map(EventCsv::quantity).collect(Collectors.joining("; ")));
    v.add(e.confidence());
    v.add(e.outlet());
    v.add(e.url());
    v.add(e.sentence());
    return v.stream().map(EventCsv::cell).collect(Collectors.joining(",")) + "\n";
  }

  private static void actor(List<Object> v, ActorRef a) {
    v.add(a == null ? null : a.text());
    v.add(a == null ? null : a.name());
    v.add(a == null ? null : a.code());
    v.add(a == null ? null : a.country());
    v.add(a == null ? null : a.sector());
  }

  /** {@code killed:5..8 (at least)}. */
  static String quantity(Quantity q) {
    String range = q.min() != null && q.max() != null && q.min().equals(q.max()) ? Text.number(q.min())
        : (q.min() == null ? "" : Text.number(q.min())) + ".." + (q.max() == null ? "" : Text.number(q.max()));
    return q.kind() + ":" + range + (q.qualifier() == null ? "" : " (" + q.qualifier() + ")");
  }


  static String cell(Object o) {
    if (o == null) {
      return "";
    }
    String s = o.toString();
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
