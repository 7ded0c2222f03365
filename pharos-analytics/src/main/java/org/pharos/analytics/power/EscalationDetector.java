package org.pharos.analytics.power;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pharos.model.Event;

/**
 * Escalation signals: per dyad, conflict intensity in each week or month against the dyad's own recent
 * baseline, by a rolling z-score.
 *
 * <p>Intensity {@code x_t} = Σ max(−goldstein, 1) over the dyad's QuadClass 3–4 units in bucket t
 * (so every conflict event weighs at least 1 and an air strike more than an accusation). Buckets
 * without conflict count 0; the series runs over the whole selection's time axis, so a quiet dyad
 * that flares is compared with its quiet past. The baseline is the previous {@code window} buckets
 * (fewer at the start of the axis); with at least {@code minBaseline} of them, mean μ and population
 * standard deviation σ give
 *
 * <pre>z_t = (x_t − μ) / max(σ, sdFloor)</pre>
 *
 * and bucket t is flagged when {@code z_t ≥ zThreshold} and {@code x_t ≥ minIntensity}. The floor on
 * σ keeps a dyad with a perfectly flat baseline from flagging on one extra event. Each flag lists the
 * conflict events behind it (heaviest first, up to {@code maxEventsPerFlag}). Thread-safe.
 *
 * <pre>{@code
 * EscalationDetector detector = new EscalationDetector(EscalationDetector.Options.defaults());
 * EscalationDetector.Result r = detector.detect(events, AnalysisOptions.defaults());
 * }</pre>
 */
public final class EscalationDetector {

  /**
   * Method parameters. Immutable.
   *
   * @param window baseline length k in buckets
   * @param minBaseline fewest baseline buckets needed before a bucket can be flagged
   * @param zThreshold z-score at or above which a bucket is flagged
   * @param minIntensity fewest intensity points a flagged bucket must have
   * @param sdFloor lower bound on σ
   * @param maxEventsPerFlag events listed per flag
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Options(
      int window, int minBaseline, double zThreshold, double minIntensity, double sdFloor, int maxEventsPerFlag) {
    public Options {
      if (window < 1 || minBaseline < 1 || minBaseline > window) {
        throw new IllegalArgumentException(
            "need 1 <= minBaseline <= window, got window " + window + ", minBaseline " + minBaseline);
      }
      if (sdFloor <= 0) {
        throw new IllegalArgumentException("sdFloor must be positive: " + sdFloor);
      }
    }

    /** k = 6 buckets, at least 3 of them, z ≥ 2, intensity ≥ 10, σ floor 2, 20 events per flag. */
    public static Options defaults() {
      return new Options(6, 3, 2.0, 10.0, 2.0, 20);
    }
  }

  /**
   * One flagged bucket.
   *
   * @param actorA smaller key of the dyad
   * @param actorB larger key
   * @param labelA readable name of a
   * @param labelB readable name of b
   * @param period bucket label
   * @param intensity x_t
   * @param baselineMean μ
   * @param baselineSd σ
   * @param z z-score
   * @param eventCount conflict units in the bucket
   * @param events the heaviest of them, with provenance
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Flag(
      String actorA,
      String actorB,
      String labelA,
      String labelB,
      String period,
      double intensity,
      double baselineMean,
      double baselineSd,
      double z,
      int eventCount,
      List<EventRef> events) {}

  /**
   * All flags, strongest z first.
   *
   * @param granularity week or month
   * @param selection what was counted
   * @param options the parameters used
   * @param flags the flags
   * @param method one-line statement of the method
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Result(
      String granularity, SelectionSummary selection, Options options, List<Flag> flags, String method) {}

  private final Options options;

  public EscalationDetector(Options options) {
    this.options = options;
  }

  private static final class DyadAcc {
    final String a;
    final String b;
    final Map<Integer, Double> intensity = new HashMap<>();
    final Map<Integer, List<Event>> events = new HashMap<>();

    DyadAcc(String a, String b) {
      this.a = a;
      this.b = b;
    }
  }

  /** Flags escalation in every dyad of {@code events}. */
  public Result detect(List<Event> events, AnalysisOptions analysis) {
    return detect(EventSelection.select(events, analysis), analysis);
  }

  /** As {@link #detect(List, AnalysisOptions)} over an existing selection. */
  public Result detect(EventSelection.Result selection, AnalysisOptions analysis) {
    Granularity granularity = analysis.granularity();
    LocalDate first = null;
    LocalDate last = null;
    for (CountedEvent unit : selection.units()) {
      LocalDate b = unit.bucket(granularity);
      if (b != null) {
        first = first == null || b.isBefore(first) ? b : first;
        last = last == null || b.isAfter(last) ? b : last;
      }
    }
    List<Flag> flags = new ArrayList<>();
    if (first != null) {
      KeyLabels labels = new KeyLabels(analysis.level(), analysis.actorNames());
      Map<String, DyadAcc> dyads = new HashMap<>();
      for (CountedEvent unit : selection.units()) {
        LocalDate bucket = unit.bucket(granularity);
        if (bucket == null || !unit.isConflict()) {
          continue;
        }
        Event e = unit.event();
        String s = ActorKeys.key(e.source(), analysis.level());
        String t = ActorKeys.key(e.target(), analysis.level());
        if (s == null || t == null || s.equals(t)) {
          continue;
        }
        labels.see(s, e.source());
        labels.see(t, e.target());
        String a = s.compareTo(t) < 0 ? s : t;
        String b = a.equals(s) ? t : s;
        DyadAcc acc = dyads.computeIfAbsent(a + '\u0000' + b, k -> new DyadAcc(a, b));
        int index = granularity.distance(first, bucket);
        acc.intensity.merge(index, weight(e), Double::sum);
        acc.events.computeIfAbsent(index, k -> new ArrayList<>()).add(e);
      }
      int length = granularity.distance(first, last) + 1;
      for (DyadAcc acc : dyads.values()) {
        double[] x = new double[length];
        acc.intensity.forEach((i, v) -> x[i] = v);
        for (int i : acc.intensity.keySet()) {
          Flag flag = test(acc, x, i, first, granularity, labels);
          if (flag != null) {
            flags.add(flag);
          }
        }
      }
    }
    flags.sort(
        Comparator.comparingDouble((Flag f) -> -f.z())
            .thenComparing(Flag::period)
            .thenComparing(Flag::actorA)
            .thenComparing(Flag::actorB));
    return new Result(
        granularity.name().toLowerCase(java.util.Locale.ROOT),
        selection.summary(),
        options,
        List.copyOf(flags),
        "x_t = sum of max(-goldstein, 1) over QuadClass 3-4 units; z = (x_t - mean)/max(sd, "
            + options.sdFloor()
            + ") over the previous "
            + options.window()
            + " buckets (at least "
            + options.minBaseline()
            + "); flag when z >= "
            + options.zThreshold()
            + " and x_t >= "
            + options.minIntensity());
  }

  /** The intensity weight of one conflict event. */
  static double weight(Event e) {
    return Math.max(-e.goldstein(), 1.0);
  }

  private Flag test(
      DyadAcc acc, double[] x, int i, LocalDate first, Granularity granularity, KeyLabels labels) {
    int from = Math.max(0, i - options.window());
    int n = i - from;
    if (n < options.minBaseline() || x[i] < options.minIntensity()) {
      return null;
    }
    double mean = 0;
    for (int j = from; j < i; j++) {
      mean += x[j];
    }
    mean /= n;
    double var = 0;
    for (int j = from; j < i; j++) {
      var += (x[j] - mean) * (x[j] - mean);
    }
    double sd = Math.sqrt(var / n);
    double z = (x[i] - mean) / Math.max(sd, options.sdFloor());
    if (z < options.zThreshold()) {
      return null;
    }
    List<Event> behind = new ArrayList<>(acc.events.get(i));
    behind.sort(
        Comparator.comparingDouble(EscalationDetector::weight)
            .reversed()
            .thenComparing(e -> String.valueOf(e.date()))
            .thenComparing(e -> String.valueOf(e.eventId())));
    List<EventRef> refs = new ArrayList<>();
    for (Event e : behind.subList(0, Math.min(options.maxEventsPerFlag(), behind.size()))) {
      refs.add(EventRef.of(e, labels.names()));
    }
    LocalDate bucket = first;
    bucket = granularity == Granularity.WEEK ? first.plusWeeks(i) : first.plusMonths(i);
    return new Flag(
        acc.a,
        acc.b,
        labels.label(acc.a),
        labels.label(acc.b),
        granularity.label(bucket),
        DyadSeries.round(x[i]),
        DyadSeries.round(mean),
        DyadSeries.round(sd),
        DyadSeries.round(z),
        behind.size(),
        List.copyOf(refs));
  }
}
