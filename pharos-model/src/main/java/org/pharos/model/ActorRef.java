package org.pharos.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An actor as it appears in an event record: the text that mentioned it and the coded identity.
 * Immutable and thread-safe.
 *
 * @param text the mention as written ("nine Iraqi militiamen")
 * @param name canonical name ("Kataib Hezbollah"), or {@code null}
 * @param code CAMEO-style actor code: country or IGO block plus role blocks ({@code USAMIL}), or a
 *     stable group code
 * @param country ISO-3166 alpha-3 country (or affiliation for non-state groups), or {@code null}
 * @param sector the role block ({@code GOV}, {@code MIL}, {@code REB}, …), or {@code null}
 * @param affiliation the backer or patron stated for a non-state actor ({@code IRN} for
 *     "Iran-backed"), or {@code null}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ActorRef(
    @JsonProperty("text") String text,
    @JsonProperty("name") String name,
    @JsonProperty("code") String code,
    @JsonProperty("country") String country,
    @JsonProperty("sector") String sector,
    @JsonProperty("affiliation") @JsonInclude(JsonInclude.Include.NON_NULL) String affiliation) {

  /** The first three letters of the code (country or IGO block), or {@code null}. */
  public String primary() {
    return code == null || code.length() < 3 ? code : code.substring(0, 3);
  }
}
