package org.pharos.analytics.report;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.pharos.analytics.power.ActorKeys;
import org.pharos.analytics.power.ActorNames;
import org.pharos.analytics.power.EventSelection;
import org.pharos.analytics.power.Period;
import org.pharos.model.Event;
import org.pharos.model.Quantity;

/**
 * Tallies with their ranges across sources: for every cluster of reports (one real-world event) and
 * every kind of count (killed, injured, attacks…), the lowest lower bound and the highest upper bound
 * any report gave, and the outlets that gave them. A stand-in for the reconciler's own figures: pass
 * those through {@link ReportOptions#withTallies} when available. Stateless and thread-safe.
 */
public final class TallyTable {

  private TallyTable() {}

  /**
   * One reconciled count.
   *
   * @param cluster the cluster key (or event id when reports are not clustered)
   * @param date the earliest report date in the cluster
   * @param what a short description: source → target, CAMEO code, place
   * @param kind what is counted
   * @param low lowest figure any report gave
   * @param high highest figure any report gave ({@code null} when only open bounds were given)
   * @param reports reports carrying this count
   * @param outlets outlets of those reports, sorted
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Tally(
      String cluster, String date, String what, String kind, Double low, Double high, int reports, List<String> outlets) {

    /** True when the sources disagree (low differs from high). */
    public boolean disputed() {
      return low == null || high == null || !low.equals(high);
    }
  }

  private static final class Acc {
    String date;
    String what;
    Double low;
    Double high;
    int reports;
    final TreeSet<String> outlets = new TreeSet<>();
  }

  /**
   * Derives tallies from the quantities of factual events in {@code period}, clustered by {@code
   * clusterKey} (each report alone when {@code null}); the {@code limit} largest by high figure.
   */
  public static List<Tally> derive(
      List<Event> events, Function<Event, String> clusterKey, Period period, boolean factualOnly, ActorNames names,
      int limit) {
    Map<String, Acc> byClusterKind = new LinkedHashMap<>();
    Map<String, String> clusterOf = new HashMap<>();
    for (Event e : events) {
      if (e == null || e.quantities().isEmpty()) {
        continue;
      }
      if (factualOnly && (e.modality() == null || !e.modality().isFactual())) {
        continue;
      }
      if (!period.isUnbounded()) {
        LocalDate day = EventSelection.parseDay(e.date());
        if (day == null || !period.contains(day)) {
          continue;
        }
      }
      String key = clusterKey == null ? null : clusterKey.apply(e);
      String cluster = key != null ? key : String.valueOf(e.eventId());
      for (Quantity q : e.quantities()) {
        if (q.kind() == null || (q.min() == null && q.max() == null)) {
          continue;
        }
        Acc acc = byClusterKind.computeIfAbsent(cluster + '\u0000' + q.kind(), k -> new Acc());
        clusterOf.putIfAbsent(cluster + '\u0000' + q.kind(), cluster);
        acc.reports++;
        if (e.outlet() != null) {
          acc.outlets.add(e.outlet());
        }
        if (e.date() != null && (acc.date == null || e.date().compareTo(acc.date) < 0)) {
          acc.date = e.date();
        }
        if (acc.what == null) {
          acc.what = describe(e, names);
        }
        Double lo = q.min() != null ? q.min() : q.max();
        acc.low = acc.low == null || lo < acc.low ? lo : acc.low;
        if (q.max() != null) {
          acc.high = acc.high == null || q.max() > acc.high ? q.max() : acc.high;
        }
      }
    }
    List<Tally> tallies = new ArrayList<>();
    for (Map.Entry<String, Acc> en : byClusterKind.entrySet()) {
      Acc a = en.getValue();
      String kind = en.getKey().substring(en.getKey().indexOf('\u0000') + 1);
      tallies.add(
          new Tally(
              clusterOf.get(en.getKey()), a.date, a.what, kind, a.low, a.high, a.reports, List.copyOf(a.outlets)));
    }
    tallies.sort(
        Comparator.comparingDouble((Tally t) -> -(t.high() != null ? t.high() : t.low()))
            .thenComparing(t -> String.valueOf(t.date()))
            .thenComparing(Tally::cluster));
    return List.copyOf(limit > 0 && tallies.size() > limit ? tallies.subList(0, limit) : tallies);
  }

  static String describe(Event e, ActorNames names) {
    StringBuilder sb = new StringBuilder();
    sb.append(nameOf(e.source(), names)).append(" → ").append(nameOf(e.target(), names));
    if (e.plover() != null) {
      sb.append(", ").append(e.plover().toLowerCase(java.util.Locale.ROOT));
    }
    if (e.location() != null && e.location().name() != null) {
      sb.append(", ").append(e.location().name());
    }
    return sb.toString();
  }

  /** The actor as {@link ActorKeys#displayName} calls it; "unknown" when the event has no such actor. */
  static String nameOf(org.pharos.model.ActorRef actor, ActorNames names) {
    String name = ActorKeys.displayName(actor, names);
    return name == null ? "unknown" : name;
  }
}
