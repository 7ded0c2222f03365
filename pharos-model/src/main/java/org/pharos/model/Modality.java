package org.pharos.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How the text presents an event: {@code asserted} (it happened), {@code reported} (attributed: "X
 * said", "according to"), {@code planned} ("will meet on April 15"), {@code hypothetical}
 * (could/may/would, conditionals, questions) or {@code negated}.
 */
public enum Modality {
  ASSERTED,
  REPORTED,
  PLANNED,
  HYPOTHETICAL,
  NEGATED;

  @JsonValue
  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** True for modalities that belong in the factual record (asserted and reported). */
  public boolean isFactual() {
    return this == ASSERTED || this == REPORTED;
  }

  /** Parses the JSON form, case-insensitively. */
  public static Modality parse(String s) {
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
