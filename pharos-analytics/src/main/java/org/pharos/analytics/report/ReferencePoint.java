package org.pharos.analytics.report;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A labelled dot drawn on the map for orientation (a capital). Immutable.
 *
 * @param name the label
 * @param country ISO-3166 alpha-3
 * @param lat latitude
 * @param lon longitude
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReferencePoint(String name, String country, double lat, double lon) {}
