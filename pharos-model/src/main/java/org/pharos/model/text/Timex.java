package org.pharos.model.text;

/**
 * A time expression normalized against the document date (TIMEX3 as SUTime writes it).
 * Immutable and thread-safe.
 *
 * @param text the expression as written ("on Wednesday", "November 21-22")
 * @param type TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}
 * @param value the TIMEX3 value ({@code 2024-01-28}, {@code 2024-01}, {@code P2M}, …), or {@code
 *     null}; a range may be written {@code 2023-11-21/2023-11-22}
 * @param tokenBegin 1-based index of the first token
 * @param tokenEnd 1-based index after the last token
 */
public record Timex(String text, String type, String value, int tokenBegin, int tokenEnd) {}
