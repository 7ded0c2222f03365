package org.pharos.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Precision, recall and F1 from true-positive, false-positive and false-negative counts. Immutable.
 *
 * @param tp true positives
 * @param fp false positives (extra events)
 * @param fn false negatives (missed events)
 */
public record Prf(@JsonProperty("tp") int tp, @JsonProperty("fp") int fp, @JsonProperty("fn") int fn) {

  /** tp / (tp + fp), or 0 when nothing was produced. */
  @JsonProperty("precision")
  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  /** tp / (tp + fn), or 0 when nothing was expected. */
  @JsonProperty("recall")
  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  /** Harmonic mean of precision and recall, or 0. */
  @JsonProperty("f1")
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The sum of two counts. */
  public Prf plus(Prf o) {
    return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
        precision(), recall(), f1(), tp, fp, fn);
  }
}
