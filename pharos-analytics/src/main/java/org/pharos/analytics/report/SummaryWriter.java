package org.pharos.analytics.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pharos.analytics.power.AlignmentNetwork;
import org.pharos.analytics.power.DyadSeries;
import org.pharos.analytics.power.EscalationDetector;
import org.pharos.analytics.power.InfluenceIndex;
import org.pharos.analytics.power.SelectionSummary;

/**
 * Writes the report's summary from its figures alone (no other knowledge), as short paragraphs
 * separated by a blank line:
 *
 * <ol>
 *   <li>what was counted (events, period, documents, outlets, merged reports) and the busiest dyad;
 *   <li>who is gaining: for each outside power with at least {@value #MIN_POWER_EVENTS} events with the
 *       focal government, its influence index in its first three active periods against its last
 *       three (improved/worsened when they differ by more than {@value #TREND_STEP}; with fewer than
 *       four active periods only the overall index), and its index toward the focal country's armed
 *       groups when it has such events;
 *   <li>who sits with the government and with its armed opponents, structural balance, and the
 *       actors that changed sides between the two compared periods;
 *   <li>the strongest escalation flags with their months, and the reconciled counts (killed,
 *       injured, attacks …) carried by the most reports.
 * </ol>
 *
 * Stateless and thread-safe.
 */
public final class SummaryWriter {

  /** Fewest events with the focal government for a power to be described. */
  static final int MIN_POWER_EVENTS = 3;

  /** Change of the index that counts as improved or worsened ({@link InfluenceIndex#TREND_STEP}). */
  static final double TREND_STEP = InfluenceIndex.TREND_STEP;

  private static final Set<String> MONEY_KINDS = Set.of("money", "usd", "dollars", "budget");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private SummaryWriter() {}

  /** What the summary is written from. */
  record Figures(
      String focusLabel,
      String firstDay,
      String lastDay,
      SelectionSummary selection,
      int outlets,
      int documents,
      DyadSeries.Result dyads,
      InfluenceIndex.Result influence,
      AlignmentNetwork.Result alignment,
      AlignmentNetwork.Comparison comparison,
      EscalationDetector.Result escalation,
      List<TallyTable.Tally> tallies) {}

  /** The summary of the figures of {@code data}. */
  public static String write(ReportData data) {
    return write(
        new Figures(data.focusLabel(), data.firstPeriod(), data.lastPeriod(), data.selection(), data.outlets(),
            data.documents(), data.dyads(), data.influence(), data.alignment(), data.comparison(), data.escalation(),
            data.tallies()));
  }

  static String write(Figures f) {
    if (f.selection().counted() == 0) {
      return "No factual events about " + f.focusLabel() + " were found in the selected period.";
    }
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(scope(f));
    String powers = powers(f);
    if (!powers.isEmpty()) {
      paragraphs.add(powers);
    }
    String alignment = alignment(f);
    if (!alignment.isEmpty()) {
      paragraphs.add(alignment);
    }
    paragraphs.add(escalationAndTallies(f));
    return String.join("\n\n", paragraphs).trim();
  }

  private static String scope(Figures f) {
    SelectionSummary s = f.selection();
    String unit = s.counting().equals("clusters") ? "distinct events" : "event reports";
    StringBuilder sb = new StringBuilder();
    // the selection holds every event of the period, not only those of the focal country
    sb.append(String.format(Locale.ROOT, "Between %s and %s Pharos counted %,d %s in %,d documents from %,d outlet%s",
        day(f.firstDay(), "an unknown start"), day(f.lastDay(), "an unknown end"), s.counted(), unit,
        f.documents(), f.outlets(), f.outlets() == 1 ? "" : "s"));
    if (s.mergedReports() > 0) {
      sb.append(String.format(Locale.ROOT, "; %,d further reports of the same events were merged, so each event counts once", s.mergedReports()));
    }
    sb.append('.');
    if (!f.dyads().dyads().isEmpty()) {
      DyadSeries.Dyad top = f.dyads().dyads().get(0);
      sb.append(String.format(Locale.ROOT, " The busiest pair was %s–%s: %,d events, %d%% of them conflictual (net Goldstein %s).",
          top.labelA(), top.labelB(), top.total(), Math.round(100.0 * top.conflict() / Math.max(1, top.total())),
          signed(top.goldsteinSum(), 1)));
    }
    return sb.toString();
  }

  private static String powers(Figures f) {
    List<String> government = new ArrayList<>();
    List<String> armed = new ArrayList<>();
    List<String> gained = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    List<String> cooperative = new ArrayList<>();
    List<String> conflictual = new ArrayList<>();
    for (InfluenceIndex.PowerSeries p : f.influence().powers()) {
      if (p.withGovernment() >= MIN_POWER_EVENTS) {
        government.add(trend(p.label(), p.towardGovernment(), p.withGovernment()));
        switch (standing(p.towardGovernment())) {
          case GAINED -> gained.add(p.label());
          case LOST -> lost.add(p.label());
          case COOPERATIVE -> cooperative.add(p.label());
          case CONFLICTUAL -> conflictual.add(p.label());
          default -> { }
        }
      }
      if (p.withArmedGroups() >= MIN_POWER_EVENTS) {
        Double all = overall(p.towardArmedGroups());
        if (all != null) {
          armed.add(String.format(Locale.ROOT, "%s %s (%,d events)", p.label(), signed(all, 2), p.withArmedGroups()));
        }
      }
    }
    if (government.isEmpty() && armed.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    List<String> verdict = new ArrayList<>();
    if (!gained.isEmpty()) {
      verdict.add(join(gained, ", ") + " gained standing with the " + f.focusLabel() + " government");
    }
    if (!lost.isEmpty()) {
      verdict.add(join(lost, ", ") + (gained.isEmpty() ? " lost standing with the " + f.focusLabel() + " government" : " lost it"));
    }
    if (!cooperative.isEmpty()) {
      verdict.add(join(possessive(cooperative), ", ") + " dealings with it were mostly cooperative");
    }
    if (!conflictual.isEmpty()) {
      verdict.add(join(possessive(conflictual), ", ") + (cooperative.isEmpty() ? " dealings with it were mostly conflictual"
          : " were mostly conflictual"));
    }
    if (!verdict.isEmpty()) {
      sb.append("In short, ").append(String.join("; ", verdict)).append(". ");
    }
    if (!government.isEmpty()) {
      sb.append("Standing of outside powers with the ").append(f.focusLabel())
          .append(" government (index from −1, only conflict, to +1, only cooperation; first three active months against the last three): ")
          .append(join(government, "; ")).append('.');
    }
    if (!armed.isEmpty()) {
      sb.append(sb.length() > 0 ? " " : "").append("Toward ").append(f.focusLabel()).append("'s armed groups: ")
          .append(join(armed, "; ")).append('.');
    }
    return sb.toString();
  }

  /** How a power's relations with the focal government went, for the one-line verdict. */
  enum Standing { GAINED, LOST, COOPERATIVE, CONFLICTUAL, MIXED }

  /**
   * {@link Standing#GAINED} or {@link Standing#LOST} when the index moved by more than {@value
   * #TREND_STEP} between the first and last three active months (four active months at least);
   * otherwise cooperative or conflictual when the overall index is at least +0.5 or at most −0.5.
   */
  static Standing standing(List<InfluenceIndex.Point> points) {
    InfluenceIndex.Trend t = InfluenceIndex.trend(points);
    if (t.direction().equals("improved")) {
      return Standing.GAINED;
    }
    if (t.direction().equals("worsened")) {
      return Standing.LOST;
    }
    Double all = t.overall();
    return all == null ? Standing.MIXED : all >= 0.5 ? Standing.COOPERATIVE : all <= -0.5 ? Standing.CONFLICTUAL : Standing.MIXED;
  }

  private static List<String> possessive(List<String> labels) {
    List<String> out = new ArrayList<>();
    for (String l : labels) {
      out.add(l.endsWith("s") ? l + "'" : l + "'s");
    }
    return out;
  }

  /** "United States improved from −0.78 to +1.00 (23 events)", or the overall index when data are few. */
  static String trend(String label, List<InfluenceIndex.Point> points, int events) {
    InfluenceIndex.Trend t = InfluenceIndex.trend(points);
    if (t.direction().equals("few_data") || t.direction().equals("none")) {
      int active = t.activePeriods();
      return String.format(Locale.ROOT, "%s %s overall (%,d events in %d month%s)", label,
          t.overall() == null ? "–" : signed(t.overall(), 2), events, active, active == 1 ? "" : "s");
    }
    if (t.direction().equals("steady") && Math.abs(t.late() - t.early()) < 0.005) {
      return String.format(Locale.ROOT, "%s held steady at %s (%,d events)", label, signed(t.late(), 2), events);
    }
    String verb = t.direction().equals("improved") ? "improved from" : t.direction().equals("worsened") ? "worsened from" : "held steady, from";
    return String.format(Locale.ROOT, "%s %s %s to %s (%,d events)", label, verb, signed(t.early(), 2), signed(t.late(), 2), events);
  }

  private static String alignment(Figures f) {
    AlignmentNetwork.Result a = f.alignment();
    StringBuilder sb = new StringBuilder();
    if (a != null && !a.nodes().isEmpty()) {
      List<String> withGovernment = new ArrayList<>();
      List<String> withOpposition = new ArrayList<>();
      for (AlignmentNetwork.Node n : a.nodes()) {
        if (n.role().equals("focal_government") || unidentified(n.id())) {
          continue;
        }
        if (n.side().equals(AlignmentNetwork.SIDE_GOVERNMENT) && withGovernment.size() < 4) {
          withGovernment.add(n.label());
        } else if (n.side().equals(AlignmentNetwork.SIDE_ARMED_OPPOSITION) && withOpposition.size() < 4) {
          withOpposition.add(n.label());
        }
      }
      sb.append("In the alignment network of the whole period");
      if (!withGovernment.isEmpty()) {
        sb.append(", ").append(join(withGovernment, ", ")).append(withGovernment.size() == 1 ? " sits" : " sit")
            .append(" with the government");
      }
      if (!withOpposition.isEmpty()) {
        sb.append(withGovernment.isEmpty() ? ", " : " and ").append(join(withOpposition, ", "))
            .append(withOpposition.size() == 1 ? " sits" : " sit").append(" with its armed opponents");
      }
      if (withGovernment.isEmpty() && withOpposition.isEmpty()) {
        sb.append(String.format(Locale.ROOT, " the actors form %d blocs", a.blocs().size()));
      }
      Double share = a.balance().balancedShare();
      if (share != null) {
        sb.append(String.format(Locale.ROOT, "; %d%% of its %,d closed triads are structurally balanced",
            Math.round(share * 100), a.balance().closedTriads()));
      }
      sb.append('.');
    }
    AlignmentNetwork.Comparison c = f.comparison();
    if (c != null) {
      List<String> moved = new ArrayList<>();
      for (AlignmentNetwork.Move m : c.moves()) {
        if (!unidentified(m.id()) && !m.sideBefore().equals("absent") && !m.sideAfter().equals("absent") && !m.sideBefore().equals(m.sideAfter())
            && moved.size() < 4) {
          moved.add(m.label() + " (" + side(m.sideBefore()) + " → " + side(m.sideAfter()) + ")");
        }
      }
      String periods = period(c.before().period()) + " and " + period(c.after().period());
      sb.append(sb.length() > 0 ? " " : "");
      if (moved.isEmpty()) {
        sb.append("No actor present in both ").append(periods).append(" changed sides.");
      } else {
        sb.append("Between ").append(periods).append(", ").append(moved.size() == 1 ? "one actor" : moved.size() + " actors")
            .append(" changed sides: ").append(join(moved, ", ")).append('.');
      }
    }
    return sb.toString();
  }

  private static String escalationAndTallies(Figures f) {
    StringBuilder sb = new StringBuilder();
    List<EscalationDetector.Flag> flags = f.escalation().flags();
    if (flags.isEmpty()) {
      sb.append("No pair rose unusually above its own recent baseline of conflict.");
    } else {
      List<String> strongest = new ArrayList<>();
      for (EscalationDetector.Flag flag : flags.subList(0, Math.min(3, flags.size()))) {
        strongest.add(String.format(Locale.ROOT, "%s–%s in %s (intensity %.0f against a baseline of %.1f)",
            flag.labelA(), flag.labelB(), month(flag.period()), flag.intensity(), flag.baselineMean()));
      }
      sb.append(String.format(Locale.ROOT, "Escalation flags (months when a pair's conflict rose far above its own previous months): %d; %s %s.",
          flags.size(), flags.size() == 1 ? "it is" : "the strongest:", join(strongest, "; ")));
    }
    List<TallyTable.Tally> counts = new ArrayList<>();
    for (TallyTable.Tally t : f.tallies()) {
      if (t.kind() != null && !MONEY_KINDS.contains(t.kind().toLowerCase(Locale.ROOT)) && t.low() != null) {
        counts.add(t);
      }
    }
    counts.sort((x, y) -> x.reports() != y.reports() ? y.reports() - x.reports()
        : Double.compare(y.high() == null ? y.low() : y.high(), x.high() == null ? x.low() : x.high()));
    if (!counts.isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (TallyTable.Tally t : counts.subList(0, Math.min(3, counts.size()))) {
        parts.add(String.format(Locale.ROOT, "%s %s (%s: %s; %d report%s by %s)", range(t), t.kind(), t.date(), t.what(),
            t.reports(), t.reports() == 1 ? "" : "s", join(t.outlets(), ", ")));
      }
      sb.append(" The counts carried by the most reports, reconciled across outlets: ").append(join(parts, "; ")).append('.');
    }
    return sb.toString();
  }

  /** Unidentified actors ({@code ---UAF}: "gunmen", "militants") are no party one could name as an ally. */
  private static boolean unidentified(String key) {
    return key == null || key.startsWith("-");
  }

  static String range(TallyTable.Tally t) {
    if (t.high() == null) {
      return "at least " + whole(t.low());
    }
    return t.low().equals(t.high()) ? whole(t.low()) : whole(t.low()) + "–" + whole(t.high());
  }

  private static String whole(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.1f", v);
  }

  private static String side(String side) {
    return switch (side) {
      case AlignmentNetwork.SIDE_GOVERNMENT -> "with the government";
      case AlignmentNetwork.SIDE_ARMED_OPPOSITION -> "with the armed opponents";
      default -> "apart";
    };
  }

  /** "1 February 2019" for an ISO day; the text itself otherwise. */
  static String day(String iso, String unknown) {
    if (iso == null) {
      return unknown;
    }
    try {
      return LocalDate.parse(iso).format(DAY);
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /**
   * "December 2019 – December 2021" for {@code 2019-12-01..2021-12-31} (whole months by name, other
   * days in full); the text itself when it is not two ISO days.
   */
  static String period(String text) {
    int dots = text == null ? -1 : text.indexOf("..");
    if (dots < 0) {
      return text;
    }
    try {
      LocalDate from = LocalDate.parse(text.substring(0, dots));
      LocalDate to = LocalDate.parse(text.substring(dots + 2));
      String a = from.getDayOfMonth() == 1 ? from.format(MONTH) : from.format(DAY);
      String b = to.getDayOfMonth() == to.lengthOfMonth() ? to.format(MONTH) : to.format(DAY);
      return a + " – " + b;
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      return text;
    }
  }

  /** "December 2019" for a month bucket label ({@code 2019-12}); the label itself otherwise (weeks). */
  static String month(String label) {
    try {
      return YearMonth.parse(label).format(MONTH);
    } catch (DateTimeParseException e) {
      return label;
    }
  }

  private static String signed(double v, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(v));
    return (v > 0 && !s.matches("[0.]+") ? "+" : v < 0 && !s.matches("[0.]+") ? "−" : "") + s;
  }

  private static String join(List<String> items, String separator) {
    if (items.size() <= 1 || !separator.equals(", ")) {
      return String.join(separator, items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** (cooperation − conflict) / (cooperation + conflict) over all points; {@code null} without events. */
  static Double overall(List<InfluenceIndex.Point> points) {
    long coop = 0;
    long conflict = 0;
    for (InfluenceIndex.Point p : points) {
      coop += p.cooperation();
      conflict += p.conflict();
    }
    return coop + conflict == 0 ? null : (coop - conflict) / (double) (coop + conflict);
  }
}
