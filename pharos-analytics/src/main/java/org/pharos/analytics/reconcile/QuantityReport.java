package org.pharos.analytics.reconcile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One figure as one report gave it, with where it came from. Immutable and thread-safe.
 *
 * <p>JSON: {@code {"value": 5, "outlet": "Tigris Wire", "doc_id": "…", "qualifier": null}} for an
 * exact figure, {@code {"min": 150, "max": 165, …}} for a range or an open bound.
 *
 * @param value the figure when exact ({@code min == max}), else {@code null}
 * @param min lower bound when not exact, or {@code null}
 * @param max upper bound when not exact, or {@code null}
 * @param qualifier the hedge ({@code at least}, {@code nearly}, {@code about} …), or {@code null}
 * @param outlet the outlet, or {@code null} when unknown
 * @param docId the document
 * @param published the document's publication day, or {@code null}
 * @param text the words the figure was read from, or {@code null}
 */
@JsonPropertyOrder({"value", "min", "max", "qualifier", "outlet", "doc_id", "published", "text"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuantityReport(
    @JsonProperty("value") Double value,
    @JsonProperty("min") Double min,
    @JsonProperty("max") Double max,
    @JsonProperty("qualifier") String qualifier,
    @JsonProperty("outlet") String outlet,
    @JsonProperty("doc_id") String docId,
    @JsonProperty("published") LocalDate published,
    @JsonProperty("text") String text) {

  public QuantityReport {
    Objects.requireNonNull(docId, "docId");
    if (value == null && min == null && max == null) {
      throw new IllegalArgumentException("a figure needs a value or a bound (document " + docId + ")");
    }
  }

  /** A report from bounds as a {@link org.pharos.model.Quantity} gives them. */
  public static QuantityReport of(Double min, Double max, String qualifier, String outlet, String docId,
      LocalDate published, String text) {
    if (min != null && min.equals(max)) {
      return new QuantityReport(min, null, null, qualifier, outlet, docId, published, text);
    }
    return new QuantityReport(null, min, max, qualifier, outlet, docId, published, text);
  }

  /** The lower bound as written (the value when exact), or {@code null}. */
  public Double lower() {
    return value != null ? value : min;
  }

  /** The upper bound as written (the value when exact), or {@code null}. */
  public Double upper() {
    return value != null ? value : max;
  }
}
