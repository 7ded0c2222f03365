package org.pharos.coder.place;

import java.util.List;

/**
 * A gazetteer name found in a token list: tokens {@code [tokenBegin, tokenEnd)} (1-based, as in
 * {@link org.pharos.model.text.AnnotatedSentence}) and the entries the name may denote, unranked.
 * Immutable and thread-safe.
 *
 * @param tokenBegin 1-based index of the first token
 * @param tokenEnd 1-based index after the last token
 * @param text the matched words as written
 * @param candidates the entries with this name (at least one)
 */
public record PlaceMatch(int tokenBegin, int tokenEnd, String text, List<GazetteerEntry> candidates) {
  public PlaceMatch {
    candidates = List.copyOf(candidates);
  }

  /** True when token {@code i} lies in the match. */
  public boolean covers(int i) {
    return i >= tokenBegin && i < tokenEnd;
  }
}
