package org.pharos.analytics.report;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.pharos.analytics.power.ActorKeys;
import org.pharos.analytics.power.ActorNames;
import org.pharos.analytics.power.EventSelection;
import org.pharos.analytics.power.Period;
import org.pharos.model.ActorRef;
import org.pharos.model.Event;

/**
 * The report's event table: one row per report, each with its sentence, outlet and document. When
 * there are more reports than rows, the table keeps the most recent ones (by date; ties by higher
 * confidence, then event id) and says so in {@code rule}. Stateless and thread-safe.
 */
public final class EventTable {

  private EventTable() {}

  /**
   * One row.
   *
   * @param date event date
   * @param source source actor (name and code)
   * @param target target actor (name and code)
   * @param cameo CAMEO code
   * @param plover PLOVER type
   * @param quadClass QuadClass
   * @param goldstein Goldstein value
   * @param modality modality
   * @param place location name
   * @param outlet outlet
   * @param docId document id
   * @param sentence the sentence
   * @param confidence coder confidence
   * @param eventId event id
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Row(
      String date,
      String source,
      String target,
      String cameo,
      String plover,
      int quadClass,
      double goldstein,
      String modality,
      String place,
      String outlet,
      String docId,
      String sentence,
      double confidence,
      String eventId) {}

  /**
   * The table.
   *
   * @param total reports that qualified
   * @param shown rows kept
   * @param rule how rows were chosen
   * @param rows rows, most recent first
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Table(int total, int shown, String rule, List<Row> rows) {}

  private static final Comparator<Event> RECENT_FIRST =
      Comparator.comparing((Event e) -> e.date() == null ? "" : e.date())
          .reversed()
          .thenComparing(Comparator.comparingDouble(Event::confidence).reversed())
          .thenComparing(e -> String.valueOf(e.eventId()));

  /** The table of factual (when asked) reports in {@code period}, at most {@code maxRows} rows. */
  public static Table build(
      List<Event> events, Period period, boolean factualOnly, ActorNames names, int maxRows) {
    PriorityQueue<Event> kept = new PriorityQueue<>(Math.max(1, maxRows + 1), RECENT_FIRST.reversed());
    int total = 0;
    for (Event e : events) {
      if (e == null || (factualOnly && (e.modality() == null || !e.modality().isFactual()))) {
        continue;
      }
      if (!period.isUnbounded()) {
        LocalDate day = EventSelection.parseDay(e.date());
        if (day == null || !period.contains(day)) {
          continue;
        }
      }
      total++;
      if (maxRows == 0) {
        continue;
      }
      if (kept.size() < maxRows) {
        kept.add(e);
      } else if (RECENT_FIRST.compare(e, kept.peek()) < 0) {
        kept.poll();
        kept.add(e);
      }
    }
    List<Event> sorted = new ArrayList<>(kept);
    sorted.sort(RECENT_FIRST);
    List<Row> rows = new ArrayList<>(sorted.size());
    for (Event e : sorted) {
      rows.add(
          new Row(
              e.date(),
              actor(e.source(), names),
              actor(e.target(), names),
              e.cameo(),
              e.plover(),
              e.quadClass(),
              e.goldstein(),
              e.modality() == null ? null : e.modality().json(),
              e.location() == null ? null : e.location().name(),
              e.outlet(),
              e.docId(),
              e.sentence(),
              e.confidence(),
              e.eventId()));
    }
    String rule =
        rows.size() < total
            ? "showing the " + rows.size() + " most recent of " + total
                + " reports (ties: higher confidence first)"
            : "all " + total + " reports";
    return new Table(total, rows.size(), rule, List.copyOf(rows));
  }

  private static String actor(ActorRef a, ActorNames names) {
    if (a == null) {
      return null;
    }
    String name = ActorKeys.displayName(a, names);
    return a.code() == null || a.code().equals(name) ? name : name + " (" + a.code() + ")";
  }
}
