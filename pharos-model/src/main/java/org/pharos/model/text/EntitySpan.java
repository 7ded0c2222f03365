package org.pharos.model.text;

/**
 * A named-entity mention. Immutable and thread-safe.
 *
 * @param text the mention text
 * @param type the entity type ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code
 *     COUNTRY}, {@code NUMBER}, {@code DATE}, …)
 * @param normalized a normalized value (for numbers and dates), or {@code null}
 * @param tokenBegin 1-based index of the first token
 * @param tokenEnd 1-based index after the last token
 */
public record EntitySpan(String text, String type, String normalized, int tokenBegin, int tokenEnd) {}
