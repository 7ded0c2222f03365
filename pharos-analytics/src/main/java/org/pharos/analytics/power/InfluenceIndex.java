package org.pharos.analytics.power;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pharos.model.ActorRef;
import org.pharos.model.Event;

/**
 * Influence over time: for each outside power (a state actor of another country), an index per month
 * (or week) of its relations with the focal government and with the focal country's armed non-state
 * groups:
 *
 * <pre>index = (cooperation − conflict) / (cooperation + conflict)</pre>
 *
 * where cooperation counts units of QuadClass 1–2 and conflict units of QuadClass 3–4 between the
 * power and that side, in either direction. The index runs from −1 (only conflict) to +1 (only
 * cooperation) and is normalized by volume, so a busy month and a quiet one compare; it is {@code
 * null} for a bucket without such events. A third line, toward backed groups, keeps only the armed
 * groups whose stated affiliation is the power itself. Powers are ranked by their volume with the
 * focus. Stateless and thread-safe.
 *
 * <pre>{@code
 * InfluenceIndex.Result r = InfluenceIndex.compute(events, "IRQ", AnalysisOptions.defaults(), 5);
 * }</pre>
 */
public final class InfluenceIndex {

  private InfluenceIndex() {}

  /**
   * One bucket.
   *
   * @param period bucket label
   * @param cooperation QuadClass 1–2 units
   * @param conflict QuadClass 3–4 units
   * @param index (cooperation − conflict)/(cooperation + conflict), or {@code null} when both are 0
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Point(String period, int cooperation, int conflict, Double index) {}

  /**
   * One outside power's lines, each with a point for every period of the shared axis.
   *
   * @param power country code
   * @param label readable name
   * @param withGovernment units with the focal government
   * @param withArmedGroups units with the focal country's armed groups
   * @param backedGroups armed groups (full codes) stated to be backed by the power
   * @param backedGroupNames their names, in the same order ({@link ActorKeys#label(String, ActorNames)})
   * @param towardGovernment index toward the focal government
   * @param towardArmedGroups index toward all armed groups of the focal country
   * @param towardBackedGroups index toward the groups it backs
   * @param governmentTrend how the index toward the focal government moved ({@link #trend})
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record PowerSeries(
      String power,
      String label,
      int withGovernment,
      int withArmedGroups,
      List<String> backedGroups,
      List<String> backedGroupNames,
      List<Point> towardGovernment,
      List<Point> towardArmedGroups,
      List<Point> towardBackedGroups,
      Trend governmentTrend) {}

  /** Change of the index, between the first and last three active periods, that counts as a move. */
  public static final double TREND_STEP = 0.25;

  /**
   * How one line of the index moved.
   *
   * @param direction {@code improved} or {@code worsened} when the mean index of the last three active
   *     periods differs from that of the first three by more than {@value #TREND_STEP} (four active
   *     periods at least), else {@code steady}; {@code few_data} with fewer than four active periods;
   *     {@code none} without events
   * @param early mean index of the first three active periods, or {@code null}
   * @param late mean index of the last three, or {@code null}
   * @param overall (cooperation − conflict)/(cooperation + conflict) over all periods, or {@code null}
   * @param activePeriods periods with events
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Trend(String direction, Double early, Double late, Double overall, int activePeriods) {}

  /** The {@link Trend} of {@code points}. */
  public static Trend trend(List<Point> points) {
    int active = 0;
    long coop = 0;
    long conflict = 0;
    for (Point p : points) {
      coop += p.cooperation();
      conflict += p.conflict();
      if (p.index() != null) {
        active++;
      }
    }
    Double overall = coop + conflict == 0 ? null : DyadSeries.round((coop - conflict) / (double) (coop + conflict));
    if (active == 0) {
      return new Trend("none", null, null, null, 0);
    }
    Double early = mean(points, true);
    Double late = mean(points, false);
    String direction = active < 4 ? "few_data"
        : late > early + TREND_STEP ? "improved" : late < early - TREND_STEP ? "worsened" : "steady";
    return new Trend(direction, DyadSeries.round(early), DyadSeries.round(late), overall, active);
  }

  private static Double mean(List<Point> points, boolean fromStart) {
    double sum = 0;
    int n = 0;
    for (int k = 0; k < points.size() && n < 3; k++) {
      Point p = points.get(fromStart ? k : points.size() - 1 - k);
      if (p.index() != null) {
        sum += p.index();
        n++;
      }
    }
    return n == 0 ? null : sum / n;
  }

  /**
   * The index for the top powers.
   *
   * @param focus focal country
   * @param granularity week or month
   * @param selection what was counted
   * @param periods the shared time axis
   * @param powers outside powers, largest volume first
   * @param method one-line statement of the formula
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Result(
      String focus,
      String granularity,
      SelectionSummary selection,
      List<String> periods,
      List<PowerSeries> powers,
      String method) {}

  private static final class Lines {
    final Map<LocalDate, int[]> government = new TreeMap<>();
    final Map<LocalDate, int[]> armed = new TreeMap<>();
    final Map<LocalDate, int[]> backed = new TreeMap<>();
    final TreeSet<String> backedGroups = new TreeSet<>();
    int withGovernment;
    int withArmed;
  }

  /** The index of the {@code maxPowers} busiest outside powers toward {@code focus}. */
  public static Result compute(List<Event> events, String focus, AnalysisOptions options, int maxPowers) {
    return compute(EventSelection.select(events, options), focus, options, maxPowers);
  }

  /** As {@link #compute(List, String, AnalysisOptions, int)} over an existing selection. */
  public static Result compute(
      EventSelection.Result selection, String focus, AnalysisOptions options, int maxPowers) {
    Granularity granularity = options.granularity();
    Map<String, Lines> powers = new HashMap<>();
    Map<String, String> storedNames = new HashMap<>();
    LocalDate first = null;
    LocalDate last = null;
    for (CountedEvent unit : selection.units()) {
      boolean coop = unit.isCooperation();
      if (!coop && !unit.isConflict()) {
        continue;
      }
      Event e = unit.event();
      String power = outsidePower(e.source(), focus);
      ActorRef other = e.target();
      if (power == null) {
        power = outsidePower(e.target(), focus);
        other = e.source();
      }
      if (power == null || other == null) {
        continue;
      }
      boolean government = ActorKeys.isState(other) && focus.equals(ActorKeys.country(other));
      boolean armed = ActorKeys.isArmedNonState(other) && focus.equals(ActorKeys.country(other));
      if (!government && !armed) {
        continue;
      }
      Lines lines = powers.computeIfAbsent(power, k -> new Lines());
      boolean backed = armed && power.equals(other.affiliation());
      if (government) {
        lines.withGovernment++;
      } else {
        lines.withArmed++;
        if (backed) {
          lines.backedGroups.add(other.code());
          if (other.name() != null && !other.name().isBlank()) {
            storedNames.putIfAbsent(other.code(), other.name());
          }
        }
      }
      LocalDate bucket = unit.bucket(granularity);
      if (bucket == null) {
        continue;
      }
      first = first == null || bucket.isBefore(first) ? bucket : first;
      last = last == null || bucket.isAfter(last) ? bucket : last;
      int slot = coop ? 0 : 1;
      if (government) {
        lines.government.computeIfAbsent(bucket, k -> new int[2])[slot]++;
      } else {
        lines.armed.computeIfAbsent(bucket, k -> new int[2])[slot]++;
        if (backed) {
          lines.backed.computeIfAbsent(bucket, k -> new int[2])[slot]++;
        }
      }
    }
    List<String> periods = DyadSeries.periods(first, last, granularity);
    List<Map.Entry<String, Lines>> ranked = new ArrayList<>(powers.entrySet());
    ranked.sort(
        Comparator.comparingInt((Map.Entry<String, Lines> en) -> -(en.getValue().withGovernment + en.getValue().withArmed))
            .thenComparing(Map.Entry::getKey));
    List<PowerSeries> out = new ArrayList<>();
    for (Map.Entry<String, Lines> en : ranked) {
      if (maxPowers > 0 && out.size() >= maxPowers) {
        break;
      }
      Lines l = en.getValue();
      out.add(
          new PowerSeries(
              en.getKey(),
              options.label(en.getKey()),
              l.withGovernment,
              l.withArmed,
              List.copyOf(l.backedGroups),
              l.backedGroups.stream().map(code -> groupName(code, options, storedNames)).toList(),
              line(l.government, first, last, granularity),
              line(l.armed, first, last, granularity),
              line(l.backed, first, last, granularity),
              trend(line(l.government, first, last, granularity))));
    }
    return new Result(
        focus,
        granularity.name().toLowerCase(java.util.Locale.ROOT),
        selection.summary(),
        periods,
        List.copyOf(out),
        "index = (coop - conflict)/(coop + conflict) per period; coop = QuadClass 1-2 units, conflict ="
            + " QuadClass 3-4 units between the power and the side, either direction");
  }

  /** A backed group's name: from the analysis' names, else as the events name it, else its code. */
  private static String groupName(String code, AnalysisOptions options, Map<String, String> storedNames) {
    String named = options.actorNames().nameOf(code);
    if (named != null && !named.isBlank()) {
      return named;
    }
    return storedNames.getOrDefault(code, options.label(code));
  }

  /** The country of an actor that is a state other than {@code focus}, else {@code null}. */
  static String outsidePower(ActorRef actor, String focus) {
    if (!ActorKeys.isState(actor)) {
      return null;
    }
    String country = ActorKeys.country(actor);
    return country == null || country.equals(focus) ? null : country;
  }

  private static List<Point> line(
      Map<LocalDate, int[]> counts, LocalDate first, LocalDate last, Granularity granularity) {
    List<Point> points = new ArrayList<>();
    if (first == null) {
      return points;
    }
    for (LocalDate d = first; !d.isAfter(last); d = granularity.next(d)) {
      int[] c = counts.getOrDefault(d, new int[2]);
      int total = c[0] + c[1];
      points.add(
          new Point(
              granularity.label(d),
              c[0],
              c[1],
              total == 0 ? null : DyadSeries.round((double) (c[0] - c[1]) / total)));
    }
    return List.copyOf(points);
  }
}
