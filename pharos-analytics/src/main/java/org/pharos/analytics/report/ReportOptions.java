package org.pharos.analytics.report;

import java.util.List;
import java.util.Objects;
import org.pharos.analytics.power.AlignmentNetwork;
import org.pharos.analytics.power.AnalysisOptions;
import org.pharos.analytics.power.EscalationDetector;
import org.pharos.analytics.power.Period;

/**
 * What the report covers and how large its parts may grow. Immutable; thread-safe when the cluster
 * key in {@code analysis} is.
 *
 * @param focus focal country (ISO-3), e.g. {@code IRQ}
 * @param analysis counting options; its period is the report period ({@code --since/--until})
 * @param compareBefore first period of the alignment comparison, or {@code null} for none
 * @param compareAfter second period, or {@code null}
 * @param topDyads dyad charts drawn
 * @param maxPowers outside powers in the influence chart
 * @param tableRows event-table rows at most (the most recent reports)
 * @param mapPoints map points at most (the busiest places)
 * @param network alignment network limits
 * @param escalation escalation method parameters
 * @param referencePoints labelled dots for the map (e.g. {@link ReferencePoints#fromClasspath()})
 * @param tallies reconciled tallies to show, or {@code null} to derive them with {@link TallyTable}
 * @param title report title, or {@code null} for the default
 */
public record ReportOptions(
    String focus,
    AnalysisOptions analysis,
    Period compareBefore,
    Period compareAfter,
    int topDyads,
    int maxPowers,
    int tableRows,
    int mapPoints,
    AlignmentNetwork.Options network,
    EscalationDetector.Options escalation,
    List<ReferencePoint> referencePoints,
    List<TallyTable.Tally> tallies,
    String title) {

  public ReportOptions {
    Objects.requireNonNull(focus, "focus");
    if (!focus.matches("[A-Z-]{3}[A-Z]*")) {
      throw new IllegalArgumentException("focus must be an actor country code such as IRQ: '" + focus + "'");
    }
    analysis = analysis == null ? AnalysisOptions.defaults() : analysis;
    if ((compareBefore == null) != (compareAfter == null)) {
      throw new IllegalArgumentException("a comparison needs two periods");
    }
    network = network == null ? AlignmentNetwork.Options.defaults() : network;
    escalation = escalation == null ? EscalationDetector.Options.defaults() : escalation;
    referencePoints = referencePoints == null ? List.of() : List.copyOf(referencePoints);
    tallies = tallies == null ? null : List.copyOf(tallies);
    if (topDyads < 0 || maxPowers < 0 || tableRows < 0 || mapPoints < 0) {
      throw new IllegalArgumentException("report sizes must not be negative");
    }
  }

  /** Defaults for {@code focus}: 6 dyads, 5 powers, 2,000 table rows, 2,000 map points. */
  public static ReportOptions defaults(String focus) {
    return new ReportOptions(focus, null, null, null, 6, 5, 2000, 2000, null, null, null, null, null);
  }

  public ReportOptions withAnalysis(AnalysisOptions value) {
    return new ReportOptions(focus, value, compareBefore, compareAfter, topDyads, maxPowers, tableRows,
        mapPoints, network, escalation, referencePoints, tallies, title);
  }

  public ReportOptions withComparison(Period before, Period after) {
    return new ReportOptions(focus, analysis, before, after, topDyads, maxPowers, tableRows, mapPoints,
        network, escalation, referencePoints, tallies, title);
  }

  public ReportOptions withReferencePoints(List<ReferencePoint> value) {
    return new ReportOptions(focus, analysis, compareBefore, compareAfter, topDyads, maxPowers, tableRows,
        mapPoints, network, escalation, value, tallies, title);
  }

  public ReportOptions withTallies(List<TallyTable.Tally> value) {
    return new ReportOptions(focus, analysis, compareBefore, compareAfter, topDyads, maxPowers, tableRows,
        mapPoints, network, escalation, referencePoints, value, title);
  }

  public ReportOptions withEscalation(EscalationDetector.Options value) {
    return new ReportOptions(focus, analysis, compareBefore, compareAfter, topDyads, maxPowers, tableRows,
        mapPoints, network, value, referencePoints, tallies, title);
  }

  public ReportOptions withSizes(int dyads, int powers, int rows, int points) {
    return new ReportOptions(focus, analysis, compareBefore, compareAfter, dyads, powers, rows, points,
        network, escalation, referencePoints, tallies, title);
  }

  public ReportOptions withTitle(String value) {
    return new ReportOptions(focus, analysis, compareBefore, compareAfter, topDyads, maxPowers, tableRows,
        mapPoints, network, escalation, referencePoints, tallies, value);
  }
}
