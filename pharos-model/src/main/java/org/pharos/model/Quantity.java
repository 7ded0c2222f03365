package org.pharos.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A number attached to an event: killed, injured, arrested, attacks, troops, missiles, drones, money…
 * A bound is {@code null} when the text leaves it open ("at least 7": min 7, max null). Immutable.
 *
 * @param kind what is counted ({@code killed}, {@code injured}, {@code arrested}, {@code attacks},
 *     {@code troops}, {@code missiles}, {@code drones}, {@code money}, {@code people})
 * @param min lower bound, or {@code null}
 * @param max upper bound, or {@code null}
 * @param qualifier the hedge as written in normal form ({@code at least}, {@code nearly}, {@code
 *     about}, {@code more than}, …), or {@code null}
 * @param text the words it was read from
 * @param unit a unit for money ({@code USD}), or {@code null}
 */
public record Quantity(
    @JsonProperty("kind") String kind,
    @JsonProperty("min") Double min,
    @JsonProperty("max") Double max,
    @JsonProperty("qualifier") String qualifier,
    @JsonProperty("text") String text,
    @JsonProperty("unit") @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        String unit) {

  /** An exact count. */
  public static Quantity exact(String kind, double n, String text) {
    return new Quantity(kind, n, n, null, text, null);
  }
}
