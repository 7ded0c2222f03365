package org.pharos.cli;

import java.util.Locale;
import org.pharos.analytics.power.AnalysisOptions;
import org.pharos.analytics.power.CountingUnit;
import org.pharos.store.EventStore;

/** Chooses how analyses count: one per report, or one per real-world event (cross-source cluster). */
final class Clustering {
  private Clustering() {}

  static AnalysisOptions apply(AnalysisOptions options, String unit, org.pharos.store.EventQuery query, EventStore store) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "reports" -> options.withCounting(CountingUnit.REPORTS);
      case "clusters" -> options.withCounting(CountingUnit.CLUSTERS)
          .withClusterKey(new Reconciliation(store, query).clusterKey());
      default -> throw new IllegalArgumentException("--count must be clusters or reports, not " + unit);
    };
  }
}
