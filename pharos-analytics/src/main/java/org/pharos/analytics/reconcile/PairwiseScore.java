package org.pharos.analytics.reconcile;

/**
 * Pairwise precision and recall of a clustering over document pairs. Immutable and thread-safe.
 *
 * @param truePositives document pairs together in both the clustering and the gold
 * @param predictedPairs document pairs together in the clustering
 * @param goldPairs document pairs together in the gold
 * @param documents documents considered
 */
public record PairwiseScore(long truePositives, long predictedPairs, long goldPairs, int documents) {

  /** Precision (1 when nothing is predicted). */
  public double precision() {
    return predictedPairs == 0 ? 1.0 : (double) truePositives / predictedPairs;
  }

  /** Recall (1 when the gold has no pairs). */
  public double recall() {
    return goldPairs == 0 ? 1.0 : (double) truePositives / goldPairs;
  }

  /** Harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d, predicted=%d, gold=%d, docs=%d)",
        precision(), recall(), f1(), truePositives, predictedPairs, goldPairs, documents);
  }
}
