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
import org.pharos.model.Event;

/**
 * Dyad time series: for each unordered pair of actors (at the chosen {@link ActorLevel}), counts per
 * week or month by QuadClass and PLOVER type, and the net Goldstein sum, counting clusters (one
 * real-world event once) or reports.
 *
 * <p>A dyad is the unordered pair {@code {a, b}} with {@code a < b}; direction is kept as
 * {@code a_to_b} / {@code b_to_a} counts. Events without a source or target key, and events inside
 * one actor ({@code a == b}), are not in any dyad. Stateless and thread-safe.
 *
 * <pre>{@code
 * DyadSeries.Result r = DyadSeries.compute(events, AnalysisOptions.defaults(), 10);
 * DyadSeries.Dyad usIraq = DyadSeries.forPair(events, "USA", "IRQ", AnalysisOptions.defaults());
 * }</pre>
 */
public final class DyadSeries {

  private DyadSeries() {}

  /**
   * Counts in one bucket.
   *
   * @param period bucket label ({@code 2024-01} or the Monday {@code 2024-01-15})
   * @param count units in the bucket
   * @param verbalCooperation QuadClass 1
   * @param materialCooperation QuadClass 2
   * @param verbalConflict QuadClass 3
   * @param materialConflict QuadClass 4
   * @param goldsteinSum net Goldstein sum (cooperation positive, conflict negative)
   * @param aToB units with source a and target b
   * @param bToA units with source b and target a
   * @param plover counts per PLOVER type (events without one under {@code NONE})
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Bucket(
      String period,
      int count,
      int verbalCooperation,
      int materialCooperation,
      int verbalConflict,
      int materialConflict,
      double goldsteinSum,
      int aToB,
      int bToA,
      Map<String, Integer> plover) {}

  /**
   * One dyad's totals and its non-empty buckets in time order.
   *
   * @param actorA the smaller key
   * @param actorB the larger key
   * @param labelA readable name of a
   * @param labelB readable name of b
   * @param total units
   * @param cooperation QuadClass 1–2 units
   * @param conflict QuadClass 3–4 units
   * @param goldsteinSum net Goldstein sum
   * @param undated units without a usable date (in totals, not in buckets)
   * @param series non-empty buckets, oldest first
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Dyad(
      String actorA,
      String actorB,
      String labelA,
      String labelB,
      int total,
      int cooperation,
      int conflict,
      double goldsteinSum,
      int undated,
      List<Bucket> series) {}

  /**
   * The dyads, largest first.
   *
   * @param level actor level used
   * @param granularity week or month
   * @param selection what was counted
   * @param periods every bucket label from the first to the last dated unit (the shared time axis)
   * @param dyadCount dyads found before {@code maxDyads} was applied
   * @param dyads the dyads kept, by total descending then keys
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Result(
      String level,
      String granularity,
      SelectionSummary selection,
      List<String> periods,
      int dyadCount,
      List<Dyad> dyads) {}

  private static final class BucketAcc {
    int count;
    final int[] quad = new int[5];
    double goldstein;
    int aToB;
    int bToA;
    final Map<String, Integer> plover = new TreeMap<>();
  }

  private static final class DyadAcc {
    final String a;
    final String b;
    int total;
    int cooperation;
    int conflict;
    int undated;
    double goldstein;
    final TreeMap<LocalDate, BucketAcc> buckets = new TreeMap<>();

    DyadAcc(String a, String b) {
      this.a = a;
      this.b = b;
    }
  }

  /** All dyads (or the {@code maxDyads} largest when positive) from {@code events}. */
  public static Result compute(List<Event> events, AnalysisOptions options, int maxDyads) {
    return compute(EventSelection.select(events, options), options, maxDyads);
  }

  /** As {@link #compute(List, AnalysisOptions, int)} over an existing selection. */
  public static Result compute(EventSelection.Result selection, AnalysisOptions options, int maxDyads) {
    return aggregate(selection, options, maxDyads, null, null);
  }

  /** The dyad of {@code actorA} and {@code actorB} (in either order); all zero when they never met. */
  public static Dyad forPair(List<Event> events, String actorA, String actorB, AnalysisOptions options) {
    Result r = aggregate(EventSelection.select(events, options), options, 0, actorA, actorB);
    if (!r.dyads().isEmpty()) {
      return r.dyads().get(0);
    }
    String a = actorA.compareTo(actorB) <= 0 ? actorA : actorB;
    String b = a.equals(actorA) ? actorB : actorA;
    return new Dyad(a, b, options.label(a), options.label(b), 0, 0, 0, 0.0, 0, List.of());
  }

  private static Result aggregate(
      EventSelection.Result selection, AnalysisOptions options, int maxDyads, String onlyA, String onlyB) {
    Granularity granularity = options.granularity();
    KeyLabels labels = new KeyLabels(options.level(), options.actorNames());
    Map<String, DyadAcc> dyads = new HashMap<>();
    LocalDate first = null;
    LocalDate last = null;
    for (CountedEvent unit : selection.units()) {
      Event e = unit.event();
      String s = ActorKeys.key(e.source(), options.level());
      String t = ActorKeys.key(e.target(), options.level());
      if (s == null || t == null || s.equals(t)) {
        continue;
      }
      if (onlyA != null
          && !((s.equals(onlyA) && t.equals(onlyB)) || (s.equals(onlyB) && t.equals(onlyA)))) {
        continue;
      }
      labels.see(s, e.source());
      labels.see(t, e.target());
      boolean forward = s.compareTo(t) < 0;
      String a = forward ? s : t;
      String b = forward ? t : s;
      DyadAcc acc = dyads.computeIfAbsent(a + '\u0000' + b, k -> new DyadAcc(a, b));
      acc.total++;
      acc.goldstein += e.goldstein();
      if (unit.isCooperation()) {
        acc.cooperation++;
      } else if (unit.isConflict()) {
        acc.conflict++;
      }
      LocalDate bucket = unit.bucket(granularity);
      if (bucket == null) {
        acc.undated++;
        continue;
      }
      first = first == null || bucket.isBefore(first) ? bucket : first;
      last = last == null || bucket.isAfter(last) ? bucket : last;
      BucketAcc ba = acc.buckets.computeIfAbsent(bucket, k -> new BucketAcc());
      ba.count++;
      if (e.quadClass() >= 1 && e.quadClass() <= 4) {
        ba.quad[e.quadClass()]++;
      }
      ba.goldstein += e.goldstein();
      if (forward) {
        ba.aToB++;
      } else {
        ba.bToA++;
      }
      ba.plover.merge(e.plover() == null || e.plover().isBlank() ? "NONE" : e.plover(), 1, Integer::sum);
    }
    List<DyadAcc> sorted = new ArrayList<>(dyads.values());
    sorted.sort(
        Comparator.comparingInt((DyadAcc d) -> -d.total).thenComparing(d -> d.a).thenComparing(d -> d.b));
    List<DyadAcc> kept = maxDyads > 0 && sorted.size() > maxDyads ? sorted.subList(0, maxDyads) : sorted;
    List<Dyad> out = new ArrayList<>(kept.size());
    for (DyadAcc d : kept) {
      List<Bucket> series = new ArrayList<>(d.buckets.size());
      for (Map.Entry<LocalDate, BucketAcc> en : d.buckets.entrySet()) {
        BucketAcc b = en.getValue();
        series.add(
            new Bucket(
                granularity.label(en.getKey()),
                b.count,
                b.quad[1],
                b.quad[2],
                b.quad[3],
                b.quad[4],
                round(b.goldstein),
                b.aToB,
                b.bToA,
                Map.copyOf(b.plover)));
      }
      out.add(
          new Dyad(
              d.a,
              d.b,
              labels.label(d.a),
              labels.label(d.b),
              d.total,
              d.cooperation,
              d.conflict,
              round(d.goldstein),
              d.undated,
              List.copyOf(series)));
    }
    return new Result(
        options.level().name().toLowerCase(java.util.Locale.ROOT),
        granularity.name().toLowerCase(java.util.Locale.ROOT),
        selection.summary(),
        periods(first, last, granularity),
        dyads.size(),
        List.copyOf(out));
  }

  /** Every bucket label from {@code first} to {@code last} inclusive (empty when either is null). */
  static List<String> periods(LocalDate first, LocalDate last, Granularity granularity) {
    List<String> labels = new ArrayList<>();
    if (first == null || last == null) {
      return labels;
    }
    for (LocalDate d = first; !d.isAfter(last); d = granularity.next(d)) {
      labels.add(granularity.label(d));
    }
    return List.copyOf(labels);
  }

  /** Rounds to 3 decimals so that sums of doubles print cleanly. */
  static double round(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }
}
