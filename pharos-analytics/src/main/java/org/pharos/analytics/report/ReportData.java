package org.pharos.analytics.report;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.pharos.analytics.power.AlignmentNetwork;
import org.pharos.analytics.power.DyadSeries;
import org.pharos.analytics.power.EscalationDetector;
import org.pharos.analytics.power.InfluenceIndex;
import org.pharos.analytics.power.SelectionSummary;

/**
 * Everything the report shows, already aggregated: what {@link HtmlReport} draws and what {@code
 * pharos analyze --format json} prints ({@link ReportJson}). Field names serialize in snake_case.
 * Immutable.
 *
 * @param title report title
 * @param focus focal country code
 * @param focusLabel its name
 * @param generatedAt ISO-8601 instant of generation
 * @param period report period ({@code FROM..TO}, open ends empty)
 * @param firstPeriod first bucket with data
 * @param lastPeriod last bucket with data
 * @param level actor level
 * @param selection what was counted
 * @param outlets distinct outlets of the reports counted (merged reports included)
 * @param documents distinct documents of those reports
 * @param summary the generated summary: short paragraphs separated by a blank line
 * @param influence the influence index
 * @param dyads the top dyads' series
 * @param escalation escalation flags
 * @param alignment the alignment network over the report period
 * @param comparison the two-period comparison, or {@code null}
 * @param map located events
 * @param tallies reconciled tallies
 * @param sourceProfiles per-outlet profiles
 * @param eventTable the event table
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReportData(
    String title,
    String focus,
    String focusLabel,
    String generatedAt,
    String period,
    String firstPeriod,
    String lastPeriod,
    String level,
    SelectionSummary selection,
    int outlets,
    int documents,
    String summary,
    InfluenceIndex.Result influence,
    DyadSeries.Result dyads,
    EscalationDetector.Result escalation,
    AlignmentNetwork.Result alignment,
    AlignmentNetwork.Comparison comparison,
    EventMap.MapData map,
    List<TallyTable.Tally> tallies,
    List<SourceProfiles.Profile> sourceProfiles,
    EventTable.Table eventTable) {

  /** This report with {@code value} as its summary. */
  public ReportData withSummary(String value) {
    return new ReportData(title, focus, focusLabel, generatedAt, period, firstPeriod, lastPeriod, level, selection,
        outlets, documents, value, influence, dyads, escalation, alignment, comparison, map, tallies, sourceProfiles,
        eventTable);
  }
}
