package org.pharos.analytics.power;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pharos.model.Event;

/**
 * The first step of every computation: keeps factual events (unless told otherwise) inside the
 * period, parses their dates, and folds reports of one cluster into one counted unit.
 *
 * <p>The representative of a cluster is its report with the highest confidence, ties broken by the
 * smallest {@code event_id}, so the choice does not depend on input order. A cluster's date is its
 * representative's date. Stateless and thread-safe.
 *
 * <pre>{@code
 * EventSelection.Result r = EventSelection.select(events, AnalysisOptions.defaults());
 * r.units().size();  // what is counted
 * }</pre>
 */
public final class EventSelection {

  private EventSelection() {}

  /**
   * The counted units and a summary of what was dropped.
   *
   * @param units the counted events, in input order of their first report
   * @param summary counts of kept and dropped events
   */
  public record Result(List<CountedEvent> units, SelectionSummary summary) {}

  /** Selects and de-duplicates {@code events} under {@code options}. */
  public static Result select(List<Event> events, AnalysisOptions options) {
    int nonFactual = 0;
    int outOfPeriod = 0;
    int undated = 0;
    boolean clustered = options.effectiveCounting() == CountingUnit.CLUSTERS;
    Period period = options.period();
    List<CountedEvent> units = new ArrayList<>();
    Map<String, Integer> clusterIndex = clustered ? new HashMap<>() : Map.of();
    int merged = 0;
    for (Event event : events) {
      if (event == null) {
        continue;
      }
      if (options.factualOnly() && (event.modality() == null || !event.modality().isFactual())) {
        nonFactual++;
        continue;
      }
      LocalDate day = parseDay(event.date());
      boolean dayKnown = day != null && event.date().length() >= 10;
      if (!period.isUnbounded() && (day == null || !period.contains(day))) {
        outOfPeriod++;
        continue;
      }
      CountedEvent unit = new CountedEvent(event, day, dayKnown, 1);
      if (clustered) {
        String key = options.clusterKey().apply(event);
        if (key != null) {
          Integer at = clusterIndex.putIfAbsent(key, units.size());
          if (at != null) {
            CountedEvent held = units.get(at);
            CountedEvent better = isBetterRepresentative(unit, held) ? unit : held;
            units.set(
                at, new CountedEvent(better.event(), better.day(), better.dayKnown(), held.reports() + 1));
            merged++;
            continue;
          }
        }
      }
      units.add(unit);
    }
    for (CountedEvent unit : units) {
      if (unit.day() == null) {
        undated++;
      }
    }
    SelectionSummary summary =
        new SelectionSummary(
            events.size(),
            nonFactual,
            outOfPeriod,
            merged,
            units.size(),
            undated,
            options.effectiveCounting().name().toLowerCase(Locale.ROOT));
    return new Result(List.copyOf(units), summary);
  }

  private static boolean isBetterRepresentative(CountedEvent candidate, CountedEvent held) {
    int byConfidence = Double.compare(candidate.event().confidence(), held.event().confidence());
    if (byConfidence != 0) {
      return byConfidence > 0;
    }
    String a = String.valueOf(candidate.event().eventId());
    String b = String.valueOf(held.event().eventId());
    return a.compareTo(b) < 0;
  }

  /**
   * The day of an ISO date {@code YYYY-MM-DD}, the first of the month for {@code YYYY-MM}, else
   * {@code null} (year only, missing, or malformed).
   */
  public static LocalDate parseDay(String date) {
    if (date == null || date.length() < 7 || date.charAt(4) != '-') {
      return null;
    }
    try {
      int year = digits(date, 0, 4);
      int month = digits(date, 5, 7);
      int day = date.length() >= 10 && date.charAt(7) == '-' ? digits(date, 8, 10) : 1;
      if (year < 0 || month < 0 || day < 0) {
        return null;
      }
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
