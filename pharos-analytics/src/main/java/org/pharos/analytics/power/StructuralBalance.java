package org.pharos.analytics.power;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Structural balance (Heider; Cartwright–Harary): the share of balanced triads among closed signed
 * triads. A triad {i, j, k} is closed when all three ties are non-zero, and balanced when the product
 * of the three signs is positive (+++: friends of friends; +−−: a pair of friends with a common
 * enemy). Stateless and thread-safe.
 */
public final class StructuralBalance {

  private StructuralBalance() {}

  /**
   * The balance figure.
   *
   * @param closedTriads triads whose three ties are all non-zero
   * @param balancedTriads closed triads with a positive sign product
   * @param balancedShare balanced / closed, or {@code null} when there is no closed triad
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Figure(long closedTriads, long balancedTriads, Double balancedShare) {}

  /** Counts triads of a symmetric signed weight matrix (diagonal ignored). */
  public static Figure of(double[][] w) {
    int n = w.length;
    long closed = 0;
    long balanced = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (w[i][j] == 0) {
          continue;
        }
        for (int k = j + 1; k < n; k++) {
          if (w[j][k] == 0 || w[i][k] == 0) {
            continue;
          }
          closed++;
          if (Math.signum(w[i][j]) * Math.signum(w[j][k]) * Math.signum(w[i][k]) > 0) {
            balanced++;
          }
        }
      }
    }
    return new Figure(closed, balanced, closed == 0 ? null : (double) balanced / closed);
  }
}
