package org.pharos.analytics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pharos.analytics.power.AlignmentNetwork;
import org.pharos.analytics.power.DyadSeries;
import org.pharos.analytics.power.EscalationDetector;
import org.pharos.analytics.power.InfluenceIndex;
import org.pharos.analytics.power.SelectionSummary;

/**
 * Writes the report's summary paragraph from its figures alone (no other knowledge): volume and
 * period, the busiest dyad, the trend of the busiest outside power's index toward the focal
 * government (mean of the last three periods with data against the first three), the blocs and
 * structural balance, and the strongest escalation flag. Stateless and thread-safe.
 */
public final class SummaryWriter {

  private SummaryWriter() {}

  /** The paragraph. */
  public static String write(
      String focusLabel,
      String firstPeriod,
      String lastPeriod,
      SelectionSummary selection,
      int outlets,
      int documents,
      DyadSeries.Result dyads,
      InfluenceIndex.Result influence,
      AlignmentNetwork.Result alignment,
      EscalationDetector.Result escalation) {
    StringBuilder sb = new StringBuilder();
    String unit = selection.counting().equals("clusters") ? "distinct events" : "event reports";
    if (selection.counted() == 0) {
      return "No factual events about " + focusLabel + " were found in the selected period.";
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "From %s to %s Pharos counted %,d %s about %s",
            firstPeriod == null ? "an unknown start" : firstPeriod,
            lastPeriod == null ? "an unknown end" : lastPeriod,
            selection.counted(),
            unit,
            focusLabel));
    if (selection.mergedReports() > 0) {
      sb.append(String.format(Locale.ROOT, " (%,d further reports of the same events were merged)", selection.mergedReports()));
    }
    sb.append(String.format(Locale.ROOT, ", drawn from %,d documents by %,d outlets. ", documents, outlets));
    if (!dyads.dyads().isEmpty()) {
      DyadSeries.Dyad top = dyads.dyads().get(0);
      sb.append(
          String.format(
              Locale.ROOT,
              "The busiest dyad was %s–%s with %,d events, %d%% of them conflictual (net Goldstein %+.1f). ",
              top.labelA(),
              top.labelB(),
              top.total(),
              Math.round(100.0 * top.conflict() / Math.max(1, top.total())),
              top.goldsteinSum()));
    }
    if (!influence.powers().isEmpty()) {
      InfluenceIndex.PowerSeries p = influence.powers().get(0);
      Double early = mean(p.towardGovernment(), true);
      Double late = mean(p.towardGovernment(), false);
      if (early != null && late != null) {
        String trend =
            late > early + 0.1 ? "improved" : late < early - 0.1 ? "worsened" : "held roughly steady";
        sb.append(
            String.format(
                Locale.ROOT,
                "Among outside powers, %s was the most active; its relations with the %s government %s"
                    + " (index %+.2f in its first three active periods, %+.2f in its last three). ",
                p.label(),
                focusLabel,
                trend,
                early,
                late));
      }
    }
    if (alignment != null && !alignment.nodes().isEmpty()) {
      List<String> withGovernment = new ArrayList<>();
      List<String> withOpposition = new ArrayList<>();
      for (AlignmentNetwork.Node n : alignment.nodes()) {
        if (n.role().equals("focal_government")) {
          continue;
        }
        if (n.side().equals(AlignmentNetwork.SIDE_GOVERNMENT) && withGovernment.size() < 4) {
          withGovernment.add(n.label());
        } else if (n.side().equals(AlignmentNetwork.SIDE_ARMED_OPPOSITION) && withOpposition.size() < 4) {
          withOpposition.add(n.label());
        }
      }
      sb.append(String.format(Locale.ROOT, "The alignment network splits into %d blocs", alignment.blocs().size()));
      if (!withGovernment.isEmpty()) {
        sb.append("; with the government sit ").append(String.join(", ", withGovernment));
      }
      if (!withOpposition.isEmpty()) {
        sb.append("; with its armed opponents ").append(String.join(", ", withOpposition));
      }
      Double share = alignment.balance().balancedShare();
      if (share != null) {
        sb.append(
            String.format(
                Locale.ROOT,
                "; %d%% of %,d closed triads are structurally balanced",
                Math.round(share * 100),
                alignment.balance().closedTriads()));
      }
      sb.append(". ");
    }
    if (escalation.flags().isEmpty()) {
      sb.append("No dyad rose unusually above its own recent baseline.");
    } else {
      EscalationDetector.Flag f = escalation.flags().get(0);
      sb.append(
          String.format(
              Locale.ROOT,
              "%d period%s of unusual escalation were flagged; the strongest was %s–%s in %s"
                  + " (intensity %.0f against a baseline of %.1f, z = %.1f).",
              escalation.flags().size(),
              escalation.flags().size() == 1 ? "" : "s",
              f.labelA(),
              f.labelB(),
              f.period(),
              f.intensity(),
              f.baselineMean(),
              f.z()));
    }
    return sb.toString().trim();
  }

  /** Mean index over the first (or last) three points that have one; {@code null} when none do. */
  static Double mean(List<InfluenceIndex.Point> points, boolean fromStart) {
    double sum = 0;
    int n = 0;
    for (int k = 0; k < points.size() && n < 3; k++) {
      InfluenceIndex.Point p = points.get(fromStart ? k : points.size() - 1 - k);
      if (p.index() != null) {
        sum += p.index();
        n++;
      }
    }
    return n == 0 ? null : sum / n;
  }
}
