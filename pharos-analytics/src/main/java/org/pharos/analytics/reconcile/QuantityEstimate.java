package org.pharos.analytics.reconcile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A reconciled figure for one kind of quantity (killed, injured, attacks…): low, best and high
 * estimates in the manner of UCDP, whether the sources disagree, and every report behind it. Built
 * by {@link QuantityReconciler}, which documents the rule. Immutable and thread-safe.
 *
 * @param low the smallest credible figure
 * @param best the figure most sources support (ties go to the smaller, more conservative figure)
 * @param high the largest figure given
 * @param disputed true when no single figure is consistent with every source
 * @param reports every report, in document order
 */
@JsonPropertyOrder({"low", "best", "high", "disputed", "reports"})
public record QuantityEstimate(
    @JsonProperty("low") double low,
    @JsonProperty("best") double best,
    @JsonProperty("high") double high,
    @JsonProperty("disputed") boolean disputed,
    @JsonProperty("reports") List<QuantityReport> reports) {

  public QuantityEstimate {
    reports = reports == null ? List.of() : List.copyOf(reports);
    if (low > best || best > high) {
      throw new IllegalArgumentException("estimate out of order: low " + low + ", best " + best + ", high " + high);
    }
  }

  /** "5" or "5–8" for messages and tables. */
  public String rangeText() {
    return low == high ? fmt(low) : fmt(low) + "–" + fmt(high);
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
