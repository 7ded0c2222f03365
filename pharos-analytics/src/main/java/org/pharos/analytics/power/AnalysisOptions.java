package org.pharos.analytics.power;

import java.util.function.Function;
import org.pharos.model.Event;

/**
 * What to count and how, shared by every computation in this package. Immutable and thread-safe when
 * {@code clusterKey} is (a pure function).
 *
 * @param level actor level (default country)
 * @param counting clusters (default) or reports
 * @param clusterKey maps an event to its real-world-event cluster (events with the same key count
 *     once); {@code null} means every report is its own cluster, so clusters equal reports
 * @param factualOnly count only asserted and reported events (default true)
 * @param period the dates to keep (default all); undated events are dropped by a bounded period
 * @param granularity week or month buckets (default month)
 * @param actorNames names for actor codes and keys in labels (default {@link ActorNames#NONE}: country
 *     names and sector words only)
 */
public record AnalysisOptions(
    ActorLevel level,
    CountingUnit counting,
    Function<Event, String> clusterKey,
    boolean factualOnly,
    Period period,
    Granularity granularity,
    ActorNames actorNames) {

  public AnalysisOptions {
    level = level == null ? ActorLevel.COUNTRY : level;
    counting = counting == null ? CountingUnit.CLUSTERS : counting;
    period = period == null ? Period.ALL : period;
    granularity = granularity == null ? Granularity.MONTH : granularity;
    actorNames = actorNames == null ? ActorNames.NONE : actorNames;
  }

  /** Country level, clusters without a key (so: reports), factual only, all dates, months. */
  public static AnalysisOptions defaults() {
    return new AnalysisOptions(null, null, null, true, null, null, null);
  }

  public AnalysisOptions withLevel(ActorLevel value) {
    return new AnalysisOptions(value, counting, clusterKey, factualOnly, period, granularity, actorNames);
  }

  public AnalysisOptions withCounting(CountingUnit value) {
    return new AnalysisOptions(level, value, clusterKey, factualOnly, period, granularity, actorNames);
  }

  public AnalysisOptions withClusterKey(Function<Event, String> value) {
    return new AnalysisOptions(level, counting, value, factualOnly, period, granularity, actorNames);
  }

  public AnalysisOptions withFactualOnly(boolean value) {
    return new AnalysisOptions(level, counting, clusterKey, value, period, granularity, actorNames);
  }

  public AnalysisOptions withPeriod(Period value) {
    return new AnalysisOptions(level, counting, clusterKey, factualOnly, value, granularity, actorNames);
  }

  public AnalysisOptions withGranularity(Granularity value) {
    return new AnalysisOptions(level, counting, clusterKey, factualOnly, period, value, actorNames);
  }

  public AnalysisOptions withActorNames(ActorNames value) {
    return new AnalysisOptions(level, counting, clusterKey, factualOnly, period, granularity, value);
  }

  /** A readable label for an actor key: {@link ActorKeys#label(String, ActorNames)} with these names. */
  public String label(String key) {
    return ActorKeys.label(key, actorNames);
  }

  /** The unit actually counted: clusters only when a cluster key is given. */
  public CountingUnit effectiveCounting() {
    return counting == CountingUnit.CLUSTERS && clusterKey != null
        ? CountingUnit.CLUSTERS
        : CountingUnit.REPORTS;
  }
}
