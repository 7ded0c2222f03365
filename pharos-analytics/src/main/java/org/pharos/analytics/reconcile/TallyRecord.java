package org.pharos.analytics.reconcile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A statement that counts many events over a period ("Iran-backed groups have attacked US forces
 * 61 times since October 17"), as one source made it. Immutable and thread-safe.
 *
 * @param tallyId stable id (document, sentence, count)
 * @param docId the document
 * @param outlet the outlet, or {@code null}
 * @param published the publication day of the document, or {@code null}
 * @param source the code of the side that did the counted events ({@code IRQREB}), or {@code null}
 * @param target the code of the side they were done to ({@code USAMIL}), or {@code null}
 * @param type PLOVER type of the counted events ({@code ASSAULT})
 * @param periodStart first day of the counted period, or {@code null} when the statement gives none
 * @param periodEnd last day of the counted period (the publication day when the statement says
 *     "since …" or "so far")
 * @param countMin lower bound of the count, or {@code null} ("nearly 100")
 * @param countMax upper bound of the count, or {@code null} ("more than 160")
 * @param qualifier the hedge as written in normal form, or {@code null}
 * @param sentence the sentence it was read from
 * @param sentenceIndex its index in the document
 */
@JsonPropertyOrder({"tally_id", "doc_id", "outlet", "published", "source", "target", "type", "period_start",
    "period_end", "count_min", "count_max", "qualifier", "sentence", "sentence_index"})
public record TallyRecord(
    @JsonProperty("tally_id") String tallyId,
    @JsonProperty("doc_id") String docId,
    @JsonProperty("outlet") String outlet,
    @JsonProperty("published") LocalDate published,
    @JsonProperty("source") String source,
    @JsonProperty("target") String target,
    @JsonProperty("type") String type,
    @JsonProperty("period_start") LocalDate periodStart,
    @JsonProperty("period_end") LocalDate periodEnd,
    @JsonProperty("count_min") Double countMin,
    @JsonProperty("count_max") Double countMax,
    @JsonProperty("qualifier") String qualifier,
    @JsonProperty("sentence") String sentence,
    @JsonProperty("sentence_index") int sentenceIndex) {

  public TallyRecord {
    Objects.requireNonNull(tallyId, "tallyId");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(type, "type");
    if (countMin == null && countMax == null) {
      throw new IllegalArgumentException("a tally needs a count (document " + docId + ", sentence "
          + sentenceIndex + ")");
    }
    if (periodStart != null && periodEnd != null && periodStart.isAfter(periodEnd)) {
      throw new IllegalArgumentException("tally period starts " + periodStart + " after it ends " + periodEnd
          + " (document " + docId + ", sentence " + sentenceIndex + ")");
    }
  }

  /** The count as a figure for {@link QuantityReconciler}. */
  public QuantityReport asReport() {
    return QuantityReport.of(countMin, countMax, qualifier, outlet, docId, published, sentence);
  }
}
