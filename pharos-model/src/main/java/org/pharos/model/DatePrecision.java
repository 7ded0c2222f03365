package org.pharos.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How precisely an event date is known ({@code date_precision} in the event record). */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR,
  UNKNOWN;

  @JsonValue
  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
