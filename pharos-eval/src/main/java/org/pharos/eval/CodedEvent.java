package org.pharos.eval;

import org.pharos.model.Event;

/**
 * The parts of a produced event that scoring compares. Immutable.
 *
 * @param source source actor code, or "" when the event has no source
 * @param target target actor code, or ""
 * @param cameo CAMEO code
 * @param plover PLOVER type, or {@code null} for CAMEO roots 01/02 which PLOVER drops
 * @param sentence the sentence it came from, for reports
 */
public record CodedEvent(String source, String target, String cameo, String plover, String sentence) {

  /** The scoring view of a full event record. */
  public static CodedEvent of(Event e) {
    return new CodedEvent(
        e.source() == null || e.source().code() == null ? "" : e.source().code(),
        e.target() == null || e.target().code() == null ? "" : e.target().code(),
        e.cameo(), e.plover(), e.sentence());
  }

  @Override
  public String toString() {
    return source + " → " + target + " " + cameo + (plover == null ? "" : " " + plover);
  }
}
