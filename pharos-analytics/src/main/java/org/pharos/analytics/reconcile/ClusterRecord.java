package org.pharos.analytics.reconcile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.pharos.model.Modality;

/**
 * One real-world event as reconciled from all its reports: the canonical event, how many reports
 * and distinct outlets carry it, where they are, and a reconciled estimate for every quantity kind.
 * Immutable and thread-safe. JSON (snake_case, one object per line in {@code jsonl} output):
 *
 * <pre>{@code
 * {"cluster_id":"c-…","canonical":{"plover":"ASSAULT","cameo":"195",…},"reports":5,"sources":5,
 *  "outlets":["Euphrates Daily",…],"doc_ids":[…],"event_ids":[…],"first_report":"2023-11-22",
 *  "last_report":"2023-11-23","modalities":["asserted","reported"],
 *  "quantities":{"killed":{"low":5.0,"best":5.0,"high":8.0,"disputed":true,"reports":[…]}}}
 * }</pre>
 *
 * @param clusterId stable id derived from the cluster's seed report; it changes only when the
 *     membership of the cluster changes its seed
 * @param canonical the event the cluster stands for
 * @param reports number of event mentions in the cluster
 * @param sources number of distinct outlets (documents without an outlet count one each)
 * @param outlets the distinct outlets, sorted
 * @param docIds the distinct documents, sorted
 * @param eventIds the member event ids, sorted
 * @param firstReport earliest publication day among the documents, or {@code null}
 * @param lastReport latest publication day, or {@code null}
 * @param modalities the modalities seen, in enum order
 * @param quantities kind → reconciled estimate, sorted by kind
 */
@JsonPropertyOrder({"cluster_id", "canonical", "reports", "sources", "outlets", "doc_ids", "event_ids",
    "first_report", "last_report", "modalities", "quantities"})
public record ClusterRecord(
    @JsonProperty("cluster_id") String clusterId,
    @JsonProperty("canonical") CanonicalEvent canonical,
    @JsonProperty("reports") int reports,
    @JsonProperty("sources") int sources,
    @JsonProperty("outlets") List<String> outlets,
    @JsonProperty("doc_ids") List<String> docIds,
    @JsonProperty("event_ids") List<String> eventIds,
    @JsonProperty("first_report") LocalDate firstReport,
    @JsonProperty("last_report") LocalDate lastReport,
    @JsonProperty("modalities") List<Modality> modalities,
    @JsonProperty("quantities") Map<String, QuantityEstimate> quantities) {

  public ClusterRecord {
    Objects.requireNonNull(clusterId, "clusterId");
    Objects.requireNonNull(canonical, "canonical");
    outlets = List.copyOf(outlets);
    docIds = List.copyOf(docIds);
    eventIds = List.copyOf(eventIds);
    modalities = List.copyOf(modalities);
    quantities = java.util.Collections.unmodifiableMap(new TreeMap<>(quantities));
  }

  /** True when some quantity is disputed between sources. */
  @JsonIgnore
  public boolean disputed() {
    return quantities.values().stream().anyMatch(QuantityEstimate::disputed);
  }
}
