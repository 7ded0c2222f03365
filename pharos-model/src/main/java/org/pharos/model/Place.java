package org.pharos.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A resolved location. Immutable and thread-safe.
 *
 * @param name the place name ("Baghdad", "Ain al-Asad air base")
 * @param country ISO-3166 alpha-3, or {@code null}
 * @param lat latitude in degrees, or {@code null}
 * @param lon longitude in degrees, or {@code null}
 */
public record Place(
    @JsonProperty("name") String name,
    @JsonProperty("country") String country,
    @JsonProperty("lat") Double lat,
    @JsonProperty("lon") Double lon) {}
