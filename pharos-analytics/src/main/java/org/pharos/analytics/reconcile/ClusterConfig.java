package org.pharos.analytics.reconcile;

import java.util.EnumSet;
import java.util.Set;
import org.pharos.model.Modality;

/**
 * Settings of event clustering. Immutable and thread-safe; start from {@link #defaults()} and
 * change one setting at a time with the {@code with…} methods.
 *
 * @param linkThreshold the pairwise compatibility score (0–1) at or above which two reports are
 *     linked; see {@link CompatibilityScorer} for how the score is built
 * @param dayTolerance days two day-precision dates may differ ("day ± 1")
 * @param documentDateTolerance days allowed when either date is only the publication date of its
 *     document (a report published on the 22nd often describes the 21st)
 * @param siteRadiusKm two differently named places with coordinates are the same place only within
 *     this distance; farther apart they are different sites even in the same city
 * @param modalities the modalities that take part in clustering (others are ignored)
 * @param excludeTallies when true, events that are tallies ({@link TallyExtractor#isTally}) are left
 *     out: they count many events and are reconciled as tallies instead
 */
public record ClusterConfig(
    double linkThreshold,
    int dayTolerance,
    int documentDateTolerance,
    double siteRadiusKm,
    Set<Modality> modalities,
    boolean excludeTallies) {

  public ClusterConfig {
    if (!(linkThreshold > 0 && linkThreshold <= 1)) {
      throw new IllegalArgumentException("linkThreshold must be in (0, 1]: " + linkThreshold);
    }
    if (dayTolerance < 0 || documentDateTolerance < 0) {
      throw new IllegalArgumentException("date tolerances must not be negative: " + dayTolerance + ", "
          + documentDateTolerance);
    }
    if (!(siteRadiusKm >= 0)) {
      throw new IllegalArgumentException("siteRadiusKm must not be negative: " + siteRadiusKm);
    }
    if (modalities == null || modalities.isEmpty()) {
      throw new IllegalArgumentException("modalities must name at least one modality");
    }
    modalities = Set.copyOf(modalities);
  }

  /**
   * Link threshold 0.65, day ± 1, publication-date ± 2, sites 10 km apart are different, every
   * modality except {@code hypothetical}, tallies excluded.
   */
  public static ClusterConfig defaults() {
    return new ClusterConfig(0.65, 1, 2, 10.0, EnumSet.complementOf(EnumSet.of(Modality.HYPOTHETICAL)),
        true);
  }

  /** A copy with another link threshold. */
  public ClusterConfig withLinkThreshold(double t) {
    return new ClusterConfig(t, dayTolerance, documentDateTolerance, siteRadiusKm, modalities, excludeTallies);
  }

  /** A copy with another site radius. */
  public ClusterConfig withSiteRadiusKm(double km) {
    return new ClusterConfig(linkThreshold, dayTolerance, documentDateTolerance, km, modalities, excludeTallies);
  }

  /** A copy with other modalities. */
  public ClusterConfig withModalities(Set<Modality> m) {
    return new ClusterConfig(linkThreshold, dayTolerance, documentDateTolerance, siteRadiusKm, m, excludeTallies);
  }

  /** The largest date tolerance in days; blocking must look this far. */
  int maxTolerance() {
    return Math.max(dayTolerance, documentDateTolerance);
  }
}
