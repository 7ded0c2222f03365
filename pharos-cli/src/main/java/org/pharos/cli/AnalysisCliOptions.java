package org.pharos.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pharos.analytics.power.ActorLevel;
import org.pharos.analytics.power.AnalysisOptions;
import org.pharos.analytics.power.Period;
import org.pharos.analytics.report.ReferencePoints;
import org.pharos.analytics.report.ReportData;
import org.pharos.analytics.report.ReportOptions;
import org.pharos.model.Event;
import org.pharos.store.EventQuery;
import org.pharos.store.EventStore;
import picocli.CommandLine.Option;

/** Options shared by {@code report} and {@code analyze}, and the one place that builds the figures. */
final class AnalysisCliOptions {
  @Option(names = "--focus", paramLabel = "ISO3", description = "The focal country (default: ${DEFAULT-VALUE}).")
  String focus = "IRQ";

  @Option(names = "--since", paramLabel = "DATE", description = "First day (YYYY-MM-DD, or YYYY-MM).")
  String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Last day (YYYY-MM-DD, or YYYY-MM).")
  String until;

  @Option(names = "--level", paramLabel = "L", description = "country, sector or group (default: ${DEFAULT-VALUE}).")
  String level = "country";

  @Option(names = "--count", paramLabel = "UNIT",
      description = "clusters (one real-world event counted once) or reports (every report) (default: ${DEFAULT-VALUE}).")
  String count = "clusters";

  @Option(names = "--compare", arity = "2", paramLabel = "PERIOD",
      description = "Two periods for the alignment comparison, e.g. 2020-01..2020-12 2024-01..2024-12.")
  List<String> compare;

  /** Reads the events in the period from the store and computes every figure of the report. */
  ReportData build(EventStore store) {
    EventQuery.Builder q = EventQuery.builder();
    if (since != null) {
      q.since(since);
    }
    if (until != null) {
      q.until(until);
    }
    List<Event> events;
    try (var s = store.streamEvents(q.build())) {
      events = s.collect(Collectors.toList());
    }
    AnalysisOptions analysis = AnalysisOptions.defaults()
        .withActorNames(KnowledgeBaseActorNames.loadDefault())
        .withLevel(ActorLevel.valueOf(level.toUpperCase(Locale.ROOT)))
        .withPeriod(Period.parse((since == null ? "" : since) + ".." + (until == null ? "" : until)));
    analysis = Clustering.apply(analysis, count, q.build(), store);
    ReportOptions options = ReportOptions.defaults(focus.toUpperCase(Locale.ROOT))
        .withAnalysis(analysis)
        .withReferencePoints(ReferencePoints.fromClasspath());
    if (compare != null) {
      options = options.withComparison(Period.parse(compare.get(0)), Period.parse(compare.get(1)));
    }
    return org.pharos.analytics.report.ReportBuilder.build(events, options);
  }
}
