package org.pharos.coder.place;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pharos.model.Place;
import org.pharos.model.text.AnnotatedSentence;

/**
 * Resolves place names to coordinates through a gazetteer, preferring places in the countries the
 * document is about. Immutable after construction and thread-safe.
 */
public interface PlaceResolver {

  /** Resolves a name ("Erbil", "Ain al-Asad air base", "Iraq"), preferring {@code docCountries}. */
  Optional<Place> resolve(String name, Set<String> docCountries);

  /**
   * The place attached to an event whose trigger is 1-based token {@code trigger}: an oblique or
   * modifier of the trigger's clause ("in Erbil", "near Baghdad", "along Iraq's border with Syria"),
   * else the nearest place in the sentence; empty when the sentence names none.
   */
  Optional<Place> placeOf(AnnotatedSentence sentence, int trigger, Set<String> docCountries);

  /**
   * Like {@link #placeOf(AnnotatedSentence, int, Set)}, but a place name lying inside a longer name
   * in {@code names} is part of that name, not a place ("Iraq" in "Islamic Resistance in Iraq").
   *
   * @param names token spans of proper names found in the sentence (e.g. actors' names)
   */
  default Optional<Place> placeOf(
      AnnotatedSentence sentence, int trigger, Set<String> docCountries, List<TokenSpan> names) {
    return placeOf(sentence, trigger, docCountries);
  }

  /**
   * A span of 1-based tokens, {@code tokenEnd} exclusive.
   *
   * @param tokenBegin first token
   * @param tokenEnd index after the last token
   */
  record TokenSpan(int tokenBegin, int tokenEnd) {
    /** True when this span holds {@code [begin, end)} and is longer than it. */
    public boolean strictlyContains(int begin, int end) {
      return tokenBegin <= begin && end <= tokenEnd && tokenEnd - tokenBegin > end - begin;
    }
  }
}
