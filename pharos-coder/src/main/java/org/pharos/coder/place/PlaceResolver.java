package org.pharos.coder.place;

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
}
