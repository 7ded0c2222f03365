package org.pharos.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a date came from. For events ({@code date_source}): {@code TEXT}, {@code DOCUMENT} or {@code
 * NONE}. For documents: {@code FIELD} (a structured field such as a JSONL {@code date}), {@code
 * HTML_META}, {@code HEADER} (a header line of the text), or {@code NONE}.
 */
public enum DateSource {
  TEXT,
  DOCUMENT,
  FIELD,
  HTML_META,
  HEADER,
  NONE;

  @JsonValue
  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
