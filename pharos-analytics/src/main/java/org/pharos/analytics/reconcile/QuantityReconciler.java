package org.pharos.analytics.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reconciles the figures that several reports give for one quantity (a death toll, a count of
 * attacks) into a {@link QuantityEstimate}. Stateless and thread-safe.
 *
 * <p><b>The rule.</b>
 *
 * <ol>
 *   <li><b>One figure per source.</b> Reports are grouped by outlet (a document without an outlet is
 *       its own source). An outlet that gave several figures counts with its latest one (latest
 *       publication day, then the later document id), and within one document with the figure whose
 *       lower bound is highest (tolls rise as they are updated). All reports are still listed.
 *   <li><b>What each figure allows.</b> Qualifiers are respected: an exact figure allows itself; a
 *       range {@code min–max} allows the range; {@code at least / more than / over n} allows n and
 *       anything above; {@code nearly / almost n} allows 90–100 % of n; {@code up to / at most /
 *       fewer than n} allows 0–n; {@code about / around / approximately / roughly / some n} allows
 *       ±10 %.
 *   <li><b>low</b> = the smallest figure any source gives (its lower bound, or its only bound);
 *       <b>high</b> = the largest (its upper bound, or its only bound: "at least 8" gives 8, since
 *       no source names a larger figure).
 *   <li><b>best</b> = among the figures the sources name, the one allowed by the most sources; ties
 *       go to the smaller, more conservative figure.
 *   <li><b>disputed</b> = no single figure is allowed by every source ("5" and "8" dispute; "at
 *       least 5" and "8" do not).
 * </ol>
 *
 * <pre>{@code
 * QuantityEstimate killed = new QuantityReconciler().reconcile(reports).orElseThrow();
 * }</pre>
 */
public final class QuantityReconciler {
  private static final double EPS = 1e-9;
  private static final Set<String> OPEN_ABOVE = Set.of("at least", "more than", "over", "upwards of",
      "in excess of", "no fewer than", "no less than", "above", "+");
  private static final Set<String> NEAR_BELOW = Set.of("nearly", "almost", "close to", "just under",
      "just below");
  private static final Set<String> CAPPED = Set.of("up to", "at most", "fewer than", "less than", "under",
      "no more than", "below", "as many as");
  private static final Set<String> APPROXIMATE = Set.of("about", "around", "approximately", "roughly", "some",
      "an estimated", "estimated", "circa", "approx", "approx.", "about some");

  /** A reconciler; it has no settings. */
  public QuantityReconciler() {}

  /**
   * Reconciles the reports of one quantity kind.
   *
   * @return the estimate, or empty when there are no reports
   */
  public Optional<QuantityEstimate> reconcile(List<QuantityReport> reports) {
    if (reports.isEmpty()) {
      return Optional.empty();
    }
    List<Figure> figures = new ArrayList<>();
    for (QuantityReport chosen : perSource(reports).values()) {
      figures.add(Figure.of(chosen));
    }
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    double maxLo = Double.NEGATIVE_INFINITY;
    double minHi = Double.POSITIVE_INFINITY;
    TreeSet<Double> candidates = new TreeSet<>();
    for (Figure f : figures) {
      low = Math.min(low, f.lowPoint);
      high = Math.max(high, f.highPoint);
      maxLo = Math.max(maxLo, f.allowedLo);
      minHi = Math.min(minHi, f.allowedHi);
      candidates.add(f.lowPoint);
      candidates.add(f.highPoint);
    }
    double best = candidates.first();
    int bestSupport = -1;
    for (double v : candidates) { // ascending: a tie keeps the smaller figure
      int support = 0;
      for (Figure f : figures) {
        if (v >= f.allowedLo - EPS && v <= f.allowedHi + EPS) {
          support++;
        }
      }
      if (support > bestSupport) {
        bestSupport = support;
        best = v;
      }
    }
    boolean disputed = maxLo > minHi + EPS;
    List<QuantityReport> listed = new ArrayList<>(reports);
    listed.sort(Comparator.comparing(QuantityReport::published, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(QuantityReport::docId));
    return Optional.of(new QuantityEstimate(low, best, high, disputed, listed));
  }

  /** The figure each source counts with (rule 1), keyed by source, in first-seen order. */
  static Map<String, QuantityReport> perSource(List<QuantityReport> reports) {
    Map<String, QuantityReport> chosen = new LinkedHashMap<>();
    for (QuantityReport r : reports) {
      String key = r.outlet() == null ? "doc:" + r.docId() : r.outlet().trim().toLowerCase(Locale.ROOT);
      QuantityReport old = chosen.get(key);
      if (old == null || preferred(r, old)) {
        chosen.put(key, r);
      }
    }
    return chosen;
  }

  private static boolean preferred(QuantityReport r, QuantityReport old) {
    LocalDate a = r.published();
    LocalDate b = old.published();
    if (a != null && b != null && !a.equals(b)) {
      return a.isAfter(b);
    }
    if ((a == null) != (b == null)) {
      return a != null;
    }
    int byDoc = r.docId().compareTo(old.docId());
    if (byDoc != 0) {
      return byDoc > 0;
    }
    return Figure.of(r).lowPoint > Figure.of(old).lowPoint;
  }

  /** Normal form of a qualifier: lower case, single spaces, or {@code null}. */
  static String normalizeQualifier(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    return q.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** What one source's figure allows, and the points it names. */
  private record Figure(double lowPoint, double highPoint, double allowedLo, double allowedHi) {
    static Figure of(QuantityReport r) {
      Double lo = r.lower();
      Double hi = r.upper();
      double lowPoint = lo != null ? lo : hi;
      double highPoint = hi != null ? hi : lo;
      String q = normalizeQualifier(r.qualifier());
      double allowedLo = lowPoint;
      double allowedHi = highPoint;
      if (hi == null || (q != null && OPEN_ABOVE.contains(q))) {
        allowedHi = Double.POSITIVE_INFINITY;
      } else if (lo == null || (q != null && CAPPED.contains(q))) {
        allowedLo = 0;
      } else if (q != null && NEAR_BELOW.contains(q)) {
        allowedLo = 0.9 * highPoint;
      } else if (q != null && APPROXIMATE.contains(q)) {
        allowedLo = 0.9 * lowPoint;
        allowedHi = 1.1 * highPoint;
      }
      if (lo == null && q != null && NEAR_BELOW.contains(q)) {
        allowedLo = 0.9 * highPoint;
      }
      return new Figure(lowPoint, highPoint, allowedLo, allowedHi);
    }
  }
}
