package org.pharos.model.ontology;

import java.util.Objects;

/**
 * A PLOVER event type with its mode ({@code ASSAULT}/{@code aerial}). Immutable and thread-safe.
 *
 * @param type the PLOVER type
 * @param mode the PLOVER mode ({@code aerial}, {@code phone}, {@code visit}, …), or {@code null}
 */
public record PloverCoding(PloverType type, String mode) {
  public PloverCoding {
    Objects.requireNonNull(type, "type");
    mode = mode == null || mode.isBlank() ? null : mode;
  }
}
