package org.pharos.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One coded event: the JSON Lines contract of {@code DESIGN.md}. Field names are fixed; tools outside
 * Pharos read them. Immutable and thread-safe.
 *
 * <p>Example (abridged): {@code {"event_id":"…","doc_id":"…","sentence_index":3,"trigger":"airstrikes",
 * "source":{…},"target":{…},"cameo":"195","cameo_root":"19","quad_class":4,"goldstein":-10.0,
 * "plover":"ASSAULT","plover_mode":"aerial","modality":"asserted","date":"2023-11-21",…}}
 */
@JsonPropertyOrder({
  "event_id", "doc_id", "sentence_index", "sentence", "trigger", "source", "target", "cameo",
  "cameo_root", "quad_class", "goldstein", "plover", "plover_mode", "modality", "date", "date_end",
  "date_precision", "date_source", "location", "quantities", "confidence", "outlet", "url"
})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Event(
    @JsonProperty("event_id") String eventId,
    @JsonProperty("doc_id") String docId,
    @JsonProperty("sentence_index") int sentenceIndex,
    @JsonProperty("sentence") String sentence,
    @JsonProperty("trigger") String trigger,
    @JsonProperty("source") ActorRef source,
    @JsonProperty("target") ActorRef target,
    @JsonProperty("cameo") String cameo,
    @JsonProperty("cameo_root") String cameoRoot,
    @JsonProperty("quad_class") int quadClass,
    @JsonProperty("goldstein") double goldstein,
    @JsonProperty("plover") String plover,
    @JsonProperty("plover_mode") String ploverMode,
    @JsonProperty("modality") Modality modality,
    @JsonProperty("date") String date,
    @JsonProperty("date_end") String dateEnd,
    @JsonProperty("date_precision") DatePrecision datePrecision,
    @JsonProperty("date_source") DateSource dateSource,
    @JsonProperty("location") Place location,
    @JsonProperty("quantities") List<Quantity> quantities,
    @JsonProperty("confidence") double confidence,
    @JsonProperty("outlet") @JsonInclude(JsonInclude.Include.NON_NULL) String outlet,
    @JsonProperty("url") @JsonInclude(JsonInclude.Include.NON_NULL) String url) {

  public Event {
    quantities = quantities == null ? List.of() : List.copyOf(quantities);
  }

  /**
   * A stable id for an event: the same document, sentence, trigger position, actors and code always
   * give the same id, so re-coding an unchanged document yields the same ids.
   */
  public static String stableId(
      String docId, int sentenceIndex, int triggerToken, String sourceCode, String targetCode, String cameo) {
    return Hashing.shortHash(
        20, docId, Integer.toString(sentenceIndex), Integer.toString(triggerToken),
        String.valueOf(sourceCode), String.valueOf(targetCode), cameo);
  }
}
