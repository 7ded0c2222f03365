package org.pharos.analytics.reconcile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Tallies from several sources about the same dyad, type and period, reconciled, and set beside
 * the number of individual events the record holds for that period. Immutable and thread-safe.
 *
 * <p>JSON: {@code {"tally_id":"tg-…","type":"ASSAULT","source":"IRQ","target":"USA",
 * "period_start":"2023-10-17","period_end":"2024-02-04","count":{"low":150,"best":160,"high":175,
 * "disputed":true,"reports":[…]},"reports":4,"sources":4,"outlets":[…],"doc_ids":[…],
 * "tally_ids":[…],"individual_events":37,"summary":"reported 150–175 by 4 outlets; 37 individual
 * events in the record"}}
 *
 * @param tallyId stable id of the group (from its first tally)
 * @param type PLOVER type
 * @param source country-level source code shared by the group, or {@code null}
 * @param target country-level target code, or {@code null}
 * @param periodStart the earliest start any tally gives, or {@code null}
 * @param periodEnd the latest end
 * @param count the reconciled count
 * @param reports number of tallies
 * @param sources number of distinct outlets
 * @param outlets the outlets, sorted
 * @param docIds the documents, sorted
 * @param tallyIds the member tallies, sorted
 * @param individualEvents individual events in the record for the period, or {@code null} when no
 *     counter was given
 * @param summary one line for tables
 */
@JsonPropertyOrder({"tally_id", "type", "source", "target", "period_start", "period_end", "count", "reports",
    "sources", "outlets", "doc_ids", "tally_ids", "individual_events", "summary"})
public record ReconciledTally(
    @JsonProperty("tally_id") String tallyId,
    @JsonProperty("type") String type,
    @JsonProperty("source") String source,
    @JsonProperty("target") String target,
    @JsonProperty("period_start") LocalDate periodStart,
    @JsonProperty("period_end") LocalDate periodEnd,
    @JsonProperty("count") QuantityEstimate count,
    @JsonProperty("reports") int reports,
    @JsonProperty("sources") int sources,
    @JsonProperty("outlets") List<String> outlets,
    @JsonProperty("doc_ids") List<String> docIds,
    @JsonProperty("tally_ids") List<String> tallyIds,
    @JsonProperty("individual_events") Long individualEvents,
    @JsonProperty("summary") String summary) {

  public ReconciledTally {
    Objects.requireNonNull(tallyId, "tallyId");
    Objects.requireNonNull(count, "count");
    outlets = List.copyOf(outlets);
    docIds = List.copyOf(docIds);
    tallyIds = List.copyOf(tallyIds);
  }
}
