package org.pharos.analytics.reconcile;

import java.util.Arrays;
import java.util.Objects;
import org.pharos.model.Event;

/**
 * Scores how likely two event reports describe the same real-world event. Immutable and
 * thread-safe.
 *
 * <p>The score is the mean of five parts, each in [0, 1]; any part that rules the pair out makes
 * the whole score {@link #INCOMPATIBLE}:
 *
 * <ul>
 *   <li><b>type</b>: different PLOVER types rule out (when one side has no PLOVER type, the CAMEO
 *       roots must match); same CAMEO code 1.0, same root 0.85, same PLOVER type but another root
 *       0.5.
 *   <li><b>source</b> and <b>target</b> actor: different country blocks rule out; same code 1.0;
 *       one code more specific than the other ({@code USA}/{@code USAMIL}, {@code IRQREB}/{@code
 *       IRQREBKTH}) 0.8; same country, different role 0.5; one side unknown 0.4; both unknown 0.3.
 *   <li><b>date</b>: the gap between the two dates (as day intervals; a month-precision date covers
 *       its month) must be at most {@link ClusterConfig#dayTolerance()}, or {@link
 *       ClusterConfig#documentDateTolerance()} when a date is only the publication date; a publication
 *       date bounds the event from above, so a text date more than the day tolerance after it rules
 *       the pair out. Same day
 *       1.0 (0.9 when one is a publication date), overlapping intervals 0.6, one day apart 0.7, two
 *       0.5. Undated events (year-only or unknown) are never linked.
 *   <li><b>place</b>: different countries rule out; same name 1.0; one name contained in the other
 *       ("Baghdad" / "Baghdad airport") 0.75; both with coordinates: within {@link
 *       ClusterConfig#siteRadiusKm()} 1.0 → 0.5 with distance, farther rules out (two sites in the
 *       same city stay apart); different names where a side lacks coordinates 0.3; one side unknown
 *       0.4.
 * </ul>
 *
 * With the default threshold 0.65, two reports with the same type, compatible actors and the same
 * day are linked unless both actors and the place are unknown.
 */
public final class CompatibilityScorer {
  /** The score of a pair that cannot be the same event. */
  public static final double INCOMPATIBLE = -1.0;

  private final ClusterConfig config;

  /** A scorer with the given settings. */
  public CompatibilityScorer(ClusterConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The score of two events with their documents; {@link #INCOMPATIBLE} or a value in [0, 1]. */
  public double score(Event a, DocumentInfo docA, Event b, DocumentInfo docB) {
    return score(new Mention(a, docA), new Mention(b, docB));
  }

  double score(Mention a, Mention b) {
    if (!a.dated || !b.dated || a.typeKey == null || b.typeKey == null) {
      return INCOMPATIBLE;
    }
    double type = type(a, b);
    if (type < 0) {
      return INCOMPATIBLE;
    }
    double src = actor(a.sourceCode, a.sourceCountry, b.sourceCode, b.sourceCountry);
    if (src < 0) {
      return INCOMPATIBLE;
    }
    double tgt = actor(a.targetCode, a.targetCountry, b.targetCode, b.targetCountry);
    if (tgt < 0) {
      return INCOMPATIBLE;
    }
    double date = date(a, b);
    if (date < 0) {
      return INCOMPATIBLE;
    }
    double place = place(a, b);
    if (place < 0) {
      return INCOMPATIBLE;
    }
    return (type + src + tgt + date + place) / 5.0;
  }

  /** A cheap test of the parts that rule a pair out by country alone (used before full scoring). */
  static boolean countriesCompatible(Mention a, Mention b) {
    return compatibleCountry(a.sourceCountry, b.sourceCountry)
        && compatibleCountry(a.targetCountry, b.targetCountry)
        && compatibleCountry(a.placeCountry, b.placeCountry);
  }

  private static boolean compatibleCountry(String x, String y) {
    return x == null || y == null || x.equals(y);
  }

  private static double type(Mention a, Mention b) {
    if (a.plover != null && b.plover != null) {
      if (!a.plover.equals(b.plover)) {
        return INCOMPATIBLE;
      }
    } else if (a.cameoRoot == null || !a.cameoRoot.equals(b.cameoRoot)) {
      return INCOMPATIBLE;
    }
    if (a.cameoRoot == null || b.cameoRoot == null) {
      return 0.85;
    }
    if (!a.cameoRoot.equals(b.cameoRoot)) {
      return 0.5;
    }
    return a.cameo != null && a.cameo.equals(b.cameo) ? 1.0 : 0.85;
  }

  private static double actor(String codeA, String countryA, String codeB, String countryB) {
    if (codeA == null && countryA == null && codeB == null && countryB == null) {
      return 0.3;
    }
    if ((codeA == null && countryA == null) || (codeB == null && countryB == null)) {
      return 0.4;
    }
    if (countryA != null && countryB != null && !countryA.equals(countryB)) {
      return INCOMPATIBLE;
    }
    if (codeA != null && codeB != null) {
      if (codeA.equals(codeB)) {
        return 1.0;
      }
      if (codeA.startsWith(codeB) || codeB.startsWith(codeA)) {
        return 0.8;
      }
    }
    return 0.5;
  }

  private double date(Mention a, Mention b) {
    long gap = Math.max(0, Math.max(a.dayStart, b.dayStart) - Math.min(a.dayEnd, b.dayEnd));
    boolean docDated = a.fromDocumentDate || b.fromDocumentDate;
    int tolerance = docDated ? config.documentDateTolerance() : config.dayTolerance();
    if (gap > tolerance || describesLater(a, b) || describesLater(b, a)) {
      return INCOMPATIBLE;
    }
    if (gap == 0) {
      if (a.dayPrecise && b.dayPrecise && a.dayStart == b.dayStart && a.dayEnd == b.dayEnd) {
        return docDated ? 0.9 : 1.0;
      }
      return 0.6;
    }
    return gap == 1 ? 0.7 : 0.5;
  }

  /**
   * True when {@code a} is dated only by its publication day and {@code b}, dated from its text,
   * happened more than the day tolerance after it: a report cannot describe an event that happened
   * after it was published.
   */
  private boolean describesLater(Mention a, Mention b) {
    return a.fromDocumentDate && !b.fromDocumentDate && b.dayStart > a.dayEnd + config.dayTolerance();
  }

  private double place(Mention a, Mention b) {
    if (a.placeUnknown() || b.placeUnknown()) {
      return 0.4;
    }
    if (a.placeCountry != null && b.placeCountry != null && !a.placeCountry.equals(b.placeCountry)) {
      return INCOMPATIBLE;
    }
    if (a.placeName != null && a.placeName.equals(b.placeName)) {
      return 1.0;
    }
    if (a.placeName != null && b.placeName != null
        && (contains(a.placeTokens, b.placeTokens) || contains(b.placeTokens, a.placeTokens))) {
      return 0.75;
    }
    if (a.hasCoordinates && b.hasCoordinates) {
      double km = distanceKm(a.lat, a.lon, b.lat, b.lon);
      if (km > config.siteRadiusKm()) {
        return INCOMPATIBLE;
      }
      return config.siteRadiusKm() == 0 ? 1.0 : 1.0 - 0.5 * km / config.siteRadiusKm();
    }
    return 0.3;
  }

  /** True when every token of {@code small} is in {@code big} (both sorted). */
  private static boolean contains(String[] big, String[] small) {
    if (small.length == 0 || small.length > big.length) {
      return false;
    }
    for (String t : small) {
      if (Arrays.binarySearch(big, t) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Great-circle distance in kilometres (haversine). */
  static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
