package org.pharos.analytics.power;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What {@link EventSelection} kept and dropped, so every figure can say what it was computed from.
 * Immutable.
 *
 * @param input events given
 * @param nonFactual dropped because their modality was planned, hypothetical or negated
 * @param outOfPeriod dropped by the period (including undated events under a bounded period)
 * @param mergedReports reports folded into another report of the same cluster
 * @param counted units counted (clusters or reports)
 * @param undated counted units without a usable date (they count in totals, not in time series)
 * @param counting {@code clusters} or {@code reports}: what one unit is
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SelectionSummary(
    int input,
    int nonFactual,
    int outOfPeriod,
    int mergedReports,
    int counted,
    int undated,
    String counting) {}
