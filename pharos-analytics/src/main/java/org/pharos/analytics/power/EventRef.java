package org.pharos.analytics.power;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.pharos.model.ActorRef;
import org.pharos.model.Event;

/**
 * A short reference to one event with its provenance, for lists behind a figure. Immutable.
 *
 * @param eventId the event id
 * @param docId the document it came from
 * @param outlet the outlet, or {@code null}
 * @param date the event date as recorded
 * @param source source actor code
 * @param target target actor code
 * @param sourceName the source as the event names it, else its code's label
 * @param targetName the target likewise
 * @param cameo CAMEO code
 * @param plover PLOVER type
 * @param goldstein Goldstein value
 * @param modality modality
 * @param sentence the sentence the event was read from
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventRef(
    String eventId,
    String docId,
    String outlet,
    String date,
    String source,
    String target,
    String sourceName,
    String targetName,
    String cameo,
    String plover,
    double goldstein,
    String modality,
    String sentence) {

  /** The reference for {@code event}, actors labelled without names. */
  public static EventRef of(Event event) {
    return of(event, ActorNames.NONE);
  }

  /** The reference for {@code event}, actors named by the event or by {@code names}. */
  public static EventRef of(Event event, ActorNames names) {
    return new EventRef(
        event.eventId(),
        event.docId(),
        event.outlet(),
        event.date(),
        code(event.source()),
        code(event.target()),
        name(event.source(), names),
        name(event.target(), names),
        event.cameo(),
        event.plover(),
        event.goldstein(),
        event.modality() == null ? null : event.modality().json(),
        event.sentence());
  }

  private static String name(ActorRef actor, ActorNames names) {
    return ActorKeys.displayName(actor, names);
  }

  private static String code(ActorRef actor) {
    return actor == null ? null : actor.code();
  }
}
