package org.pharos.analytics.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pharos.analytics.power.AlignmentNetwork;
import org.pharos.analytics.power.AnalysisOptions;
import org.pharos.analytics.power.CountedEvent;
import org.pharos.analytics.power.DyadSeries;
import org.pharos.analytics.power.EscalationDetector;
import org.pharos.analytics.power.EventSelection;
import org.pharos.analytics.power.InfluenceIndex;
import org.pharos.model.Event;

/**
 * Computes every figure of the report once, from one selection of the events, into a {@link
 * ReportData}. Everything is aggregated here, so the HTML stays small however many events come in.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.defaults("IRQ")
 *     .withAnalysis(AnalysisOptions.defaults().withClusterKey(clusterOf::get))
 *     .withComparison(Period.parse("2020-01..2020-12"), Period.parse("2024-01..2024-12"))
 *     .withReferencePoints(ReferencePoints.fromClasspath());
 * ReportData data = ReportBuilder.build(events, options);
 * HtmlReport.write(data, Path.of("report.html"));
 * }</pre>
 */
public final class ReportBuilder {

  private ReportBuilder() {}

  /** Builds the report data for {@code events}. */
  public static ReportData build(List<Event> events, ReportOptions options) {
    AnalysisOptions analysis = options.analysis();
    String focus = options.focus();
    EventSelection.Result selection = EventSelection.select(events, analysis);
    DyadSeries.Result dyads = DyadSeries.compute(selection, analysis, options.topDyads());
    InfluenceIndex.Result influence = InfluenceIndex.compute(selection, focus, analysis, options.maxPowers());
    EscalationDetector.Result escalation = new EscalationDetector(options.escalation()).detect(selection, analysis);
    AlignmentNetwork.Result alignment = AlignmentNetwork.build(selection, focus, analysis, options.network());
    AlignmentNetwork.Comparison comparison =
        options.compareBefore() == null
            ? null
            : AlignmentNetwork.compare(
                events,
                focus,
                options.compareBefore(),
                options.compareAfter(),
                options.network(),
                analysis.withPeriod(org.pharos.analytics.power.Period.ALL));
    EventMap.MapData map = EventMap.build(selection.units(), options.referencePoints(), CountryOutlines.fromClasspath(), options.mapPoints());
    List<TallyTable.Tally> tallies =
        options.tallies() != null
            ? options.tallies()
            : TallyTable.derive(events, analysis.clusterKey(), analysis.period(), analysis.factualOnly(),
                analysis.actorNames(), 50);
    List<SourceProfiles.Profile> profiles =
        SourceProfiles.compute(events, analysis.period(), analysis.level(), analysis.actorNames(), 30, 5);
    EventTable.Table table = EventTable.build(events, analysis.period(), analysis.factualOnly(), analysis.actorNames(),
        options.tableRows());

    Set<String> outlets = new HashSet<>();
    Set<String> documents = new HashSet<>();
    java.time.LocalDate first = null;
    java.time.LocalDate last = null;
    for (Event e : events) {
      if (e == null || (analysis.factualOnly() && (e.modality() == null || !e.modality().isFactual()))) {
        continue;
      }
      if (!analysis.period().isUnbounded()) {
        java.time.LocalDate day = EventSelection.parseDay(e.date());
        if (day == null || !analysis.period().contains(day)) {
          continue;
        }
      }
      if (e.outlet() != null) {
        outlets.add(e.outlet());
      }
      if (e.docId() != null) {
        documents.add(e.docId());
      }
    }
    for (CountedEvent u : selection.units()) {
      if (u.day() != null) {
        first = first == null || u.day().isBefore(first) ? u.day() : first;
        last = last == null || u.day().isAfter(last) ? u.day() : last;
      }
    }
    String focusLabel = analysis.label(focus);
    String firstPeriod = first == null ? null : first.toString();
    String lastPeriod = last == null ? null : last.toString();
    String title = options.title() != null ? options.title() : "Balance of power: " + focusLabel;
    ReportData draft = new ReportData(
        title,
        focus,
        focusLabel,
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        analysis.period().toString(),
        firstPeriod,
        lastPeriod,
        analysis.level().name().toLowerCase(java.util.Locale.ROOT),
        selection.summary(),
        outlets.size(),
        documents.size(),
        null,
        influence,
        dyads,
        escalation,
        alignment,
        comparison,
        map,
        tallies,
        profiles,
        table);
    return draft.withSummary(SummaryWriter.write(draft));
  }
}
