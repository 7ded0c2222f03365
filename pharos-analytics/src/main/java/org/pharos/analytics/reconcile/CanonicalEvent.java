package org.pharos.analytics.reconcile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.pharos.model.ActorRef;
import org.pharos.model.DatePrecision;
import org.pharos.model.Place;

/**
 * The single event a cluster stands for: the most specific type, actors, date and place among its
 * reports (see {@link ClusterIndex} for the choice). Immutable and thread-safe.
 *
 * @param plover PLOVER type, or {@code null} (CAMEO roots 01 and 02)
 * @param cameo the most specific CAMEO code
 * @param cameoRoot its two-digit root
 * @param source source actor, or {@code null} when no report names it
 * @param target target actor, or {@code null}
 * @param date the date (ISO, possibly a month)
 * @param dateEnd the last day when the event spans days, or {@code null}
 * @param datePrecision precision of {@link #date}
 * @param location the place, or {@code null}
 */
@JsonPropertyOrder({"plover", "cameo", "cameo_root", "source", "target", "date", "date_end",
    "date_precision", "location"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CanonicalEvent(
    @JsonProperty("plover") String plover,
    @JsonProperty("cameo") String cameo,
    @JsonProperty("cameo_root") String cameoRoot,
    @JsonProperty("source") ActorRef source,
    @JsonProperty("target") ActorRef target,
    @JsonProperty("date") String date,
    @JsonProperty("date_end") String dateEnd,
    @JsonProperty("date_precision") DatePrecision datePrecision,
    @JsonProperty("location") Place location) {}
