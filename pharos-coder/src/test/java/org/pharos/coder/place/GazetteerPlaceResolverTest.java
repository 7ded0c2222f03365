package org.pharos.coder.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharos.model.Place;
import org.pharos.model.text.AnnotatedSentence;

class GazetteerPlaceResolverTest {

  static GazetteerPlaceResolver resolver;
  static GazetteerPlaceResolver withoutSites;

  @BeforeAll
  static void load() {
    resolver = new GazetteerPlaceResolver(SharedGazetteer.get());
    withoutSites = new GazetteerPlaceResolver(Gazetteer.load(GazetteerSources.baseOnly()));
  }

  private static Place place(GazetteerPlaceResolver r, AnnotatedSentence s, int trigger) {
    return r.placeOf(s, trigger, Set.of("IRQ")).orElseThrow(() -> new AssertionError("no place in: " + s.text()));
  }

  @Test
  void resolve_returns_canonical_name_country_and_coordinates() {
    Place baghdad = resolver.resolve("baghdad", Set.of()).orElseThrow();
    assertEquals("Baghdad", baghdad.name());
    assertEquals("IRQ", baghdad.country());
    assertEquals(33.34, baghdad.lat(), 0.05);
    assertEquals(44.40, baghdad.lon(), 0.05);
    assertEquals("Ain al-Asad Air Base", resolver.resolve("Al-Asad airbase", Set.of()).orElseThrow().name());
    assertEquals(Optional.empty(), resolver.resolve("Atlantis-under-the-sea", Set.of()));
    assertEquals(Optional.empty(), resolver.resolve(" ", Set.of()));
  }

  @Test
  void a_named_site_wins_over_a_city_alternate_name_that_spells_the_same() {
    Place whiteHouse = resolver.resolve("White House", Set.of()).orElseThrow();
    assertEquals("USA", whiteHouse.country(), "the general gazetteer lists 'White House' among Casablanca's names");
    assertEquals(-77.04, whiteHouse.lon(), 0.05);
  }

  @Test
  void oblique_in_of_the_trigger_gives_a_multi_token_place() {
    var s = TestSentence.of("US/NNP forces/NNS/force struck/VBD/strike a/DT weapons/NNS/weapon depot/NN"
            + " in/IN Jurf/NNP al-Sakhar/NNP on/IN Tuesday/NNP ./.")
        .dep("compound", 2, 1).dep("nsubj", 3, 2).dep("det", 6, 4).dep("compound", 6, 5)
        .dep("obj", 3, 6).dep("case", 9, 7).dep("compound", 9, 8).dep("obl:in", 3, 9)
        .dep("case", 11, 10).dep("obl:on", 3, 11).dep("punct", 3, 12).dep("root", 0, 3).build();
    Place p = place(resolver, s, 3);
    assertEquals("Jurf al-Sakhar", p.name());
    assertEquals("IRQ", p.country());
  }

  @Test
  void destination_of_a_journey_is_the_place_of_the_visit() {
    var s = TestSentence.of("Kadhimi/NNP travelled/VBD/travel to/IN Tehran/NNP on/IN Tuesday/NNP")
        .dep("nsubj", 2, 1).dep("case", 4, 3).dep("obl:to", 2, 4).dep("case", 6, 5).dep("obl:on", 2, 6)
        .dep("root", 0, 2).build();
    assertEquals("Tehran", place(resolver, s, 2).name());
    var talk = TestSentence.of("Kadhimi/NNP spoke/VBD/speak to/IN Tehran/NNP")
        .dep("nsubj", 2, 1).dep("case", 4, 3).dep("obl:to", 2, 4).dep("root", 0, 2).build();
    assertTrue(resolver.entryOf(talk, 2, Set.of()).isEmpty(), "an addressee is not a destination");
  }

  @Test
  void a_place_inside_a_longer_actor_name_is_part_of_the_name() {
    var s = TestSentence.of("The/DT Islamic/NNP Resistance/NNP in/IN Iraq/NNP claimed/VBD/claim the/DT attack/NN")
        .dep("det", 3, 1).dep("compound", 3, 2).dep("nsubj", 6, 3).dep("case", 5, 4).dep("nmod:in", 3, 5)
        .dep("root", 0, 6).dep("det", 8, 7).dep("obj", 6, 8).build();
    assertEquals("Iraq", resolver.placeOf(s, 6, Set.of()).orElseThrow().name(), "without names, Iraq is taken");
    assertTrue(resolver.placeOf(s, 6, Set.of(), List.of(new PlaceResolver.TokenSpan(2, 6))).isEmpty());
  }

  @Test
  void object_naming_a_site_is_the_place_of_an_attack() {
    var s = TestSentence.of("Rockets/NNS/rocket hit/VBD Ain/NNP al-Asad/NNP air/NN base/NN on/IN Monday/NNP")
        .dep("nsubj", 2, 1).dep("compound", 6, 3).dep("compound", 6, 4).dep("compound", 6, 5)
        .dep("obj", 2, 6).dep("case", 8, 7).dep("obl:on", 2, 8).build();
    assertEquals("Ain al-Asad Air Base", place(resolver, s, 2).name());
  }

  @Test
  void nominal_trigger_reads_its_own_modifiers() {
    var s = TestSentence.of("A/DT rocket/NN attack/NN on/IN the/DT K-1/NNP base/NN near/IN Kirkuk/NNP"
            + " killed/VBD/kill a/DT US/NNP contractor/NN")
        .dep("det", 3, 1).dep("compound", 3, 2).dep("nsubj", 10, 3).dep("case", 7, 4).dep("det", 7, 5)
        .dep("compound", 7, 6).dep("nmod:on", 3, 7).dep("case", 9, 8).dep("nmod:near", 7, 9)
        .dep("det", 13, 11).dep("compound", 13, 12).dep("obj", 10, 13).build();
    Place p = place(resolver, s, 3);
    assertEquals("K-1 Air Base", p.name());
  }

  @Test
  void direction_of_a_city_attaches_through_the_direction_word() {
    var s = TestSentence.of("A/DT roadside/NN bomb/NN exploded/VBD/explode 20/CD km/NNS north/RB of/IN Baghdad/NNP")
        .dep("det", 3, 1).dep("compound", 3, 2).dep("nsubj", 4, 3).dep("nummod", 6, 5)
        .dep("obl:npmod", 7, 6).dep("advmod", 4, 7).dep("case", 9, 8).dep("obl:of", 7, 9).build();
    assertEquals("Baghdad", place(resolver, s, 4).name());
  }

  @Test
  void border_with_two_countries_resolves_to_the_named_border_region() {
    var s = TestSentence.of("US/NNP aircraft/NN struck/VBD/strike militia/NN facilities/NNS/facility"
            + " along/IN Iraq/NNP 's/POS border/NN with/IN Syria/NNP ./.")
        .dep("compound", 2, 1).dep("nsubj", 3, 2).dep("compound", 5, 4).dep("obj", 3, 5)
        .dep("case", 9, 6).dep("nmod:poss", 9, 7).dep("case", 7, 8).dep("obl:along", 3, 9)
        .dep("case", 11, 10).dep("nmod:with", 9, 11).build();
    Place border = place(resolver, s, 3);
    assertEquals("Iraq-Syria border", border.name());
    assertEquals("IRQ", border.country());
    Place firstCountry = place(withoutSites, s, 3);
    assertEquals("Iraq", firstCountry.name(), "without a border region: the first country named");
  }

  @Test
  void border_without_dependencies_uses_the_token_pattern() {
    var s = TestSentence.of("US/NNP aircraft/NN struck/VBD/strike militia/NN facilities/NNS/facility"
        + " along/IN Iraq/NNP 's/POS border/NN with/IN Syria/NNP ./.").build();
    assertEquals("Iraq-Syria border", place(resolver, s, 3).name());
  }

  @Test
  void outskirts_of_a_city_are_the_city() {
    var s = TestSentence.of("Fighting/NN/fighting raged/VBD/rage on/IN the/DT outskirts/NNS/outskirts of/IN Mosul/NNP")
        .dep("nsubj", 2, 1).dep("case", 5, 3).dep("det", 5, 4).dep("obl:on", 2, 5)
        .dep("case", 7, 6).dep("nmod:of", 5, 7).build();
    assertEquals("Mosul", place(resolver, s, 2).name());
  }

  @Test
  void a_country_owning_its_capital_is_the_place_even_when_named_as_an_actor() {
    var s = TestSentence.of("Gunmen/NNS/gunman claimed/VBD/claim an/DT attack/NN on/IN a/DT hotel/NN in/IN Mali/NNP"
            + " 's/POS capital/NN")
        .dep("nsubj", 2, 1).dep("det", 4, 3).dep("obj", 2, 4).dep("case", 7, 5).dep("det", 7, 6)
        .dep("nmod:on", 4, 7).dep("case", 11, 8).dep("nmod:poss", 11, 9).dep("case", 9, 10)
        .dep("nmod:in", 7, 11).dep("root", 0, 2).build();
    assertEquals("MLI", place(resolver, s, 2).country());
    assertEquals("MLI", resolver.placeOf(s, 2, Set.of("IRQ"), List.of(new PlaceResolver.TokenSpan(9, 10)))
        .orElseThrow().country(), "the possessor of 'capital' is a place although the matcher made it an actor");
  }

  @Test
  void actor_modifier_is_not_taken_as_the_place() {
    var parsed = TestSentence.of("US/NNP troops/NNS/troop came/VBD/come under/IN fire/NN")
        .dep("compound", 2, 1).dep("nsubj", 3, 2).dep("case", 5, 4).dep("obl:under", 3, 5).build();
    assertEquals(Optional.empty(), resolver.placeOf(parsed, 3, Set.of()));
    var unparsed = TestSentence.of("Baghdad/NNP condemned/VBD/condemn the/DT drone/NN strike/NN").build();
    assertEquals(Optional.empty(), resolver.placeOf(unparsed, 5, Set.of()));
  }

  @Test
  void without_dependencies_a_name_after_in_is_taken_over_an_actor_name() {
    var tagged = TestSentence.of("US/NNP troops/NNS/troop came/VBD/come under/IN fire/NN in/IN Erbil/NNP").build();
    assertEquals("Erbil", place(resolver, tagged, 3).name());
    var plain = TestSentence.words("US troops came under fire in Erbil").build();
    assertEquals("Erbil", place(resolver, plain, 3).name());
  }

  @Test
  void without_dependencies_the_locative_nearest_the_trigger_wins() {
    var s = TestSentence.of("After/IN talks/NNS/talk in/IN Baghdad/NNP ,/, the/DT militia/NN shelled/VBD/shell"
        + " a/DT base/NN near/IN Kirkuk/NNP").build();
    assertEquals("Kirkuk", place(resolver, s, 8).name());
    assertEquals("Baghdad", place(resolver, s, 2).name());
  }

  @Test
  void nearest_name_is_the_last_resort() {
    var s = TestSentence.of("Iraqi/JJ officials/NNS/official said/VBD/say the/DT drone/NN struck/VBD/strike"
        + " Erbil/NNP overnight/RB").build();
    Place p = place(resolver, s, 6);
    assertEquals("Erbil", p.name());
  }

  @Test
  void document_countries_choose_between_homonyms() {
    var s = TestSentence.of("Clashes/NNS/clash erupted/VBD/erupt in/IN Tripoli/NNP")
        .dep("nsubj", 2, 1).dep("case", 4, 3).dep("obl:in", 2, 4).build();
    assertEquals("LBN", resolver.placeOf(s, 2, Set.of("LBN")).orElseThrow().country());
    assertEquals("LBY", resolver.placeOf(s, 2, Set.of()).orElseThrow().country());
  }

  @Test
  void sentence_without_places_has_no_place() {
    var s = TestSentence.of("The/DT talks/NNS/talk ended/VBD/end without/IN agreement/NN").build();
    assertEquals(Optional.empty(), resolver.placeOf(s, 3, Set.of("IRQ")));
    assertTrue(resolver.gazetteer().size() > 0);
  }

  @Test
  void a_place_name_inside_a_persons_name_is_not_a_place() {
    var s = TestSentence.of("The/DT strike/NN killed/VBD Abu/NNP Mahdi/NNP al-Muhandis/NNP in/IN Baghdad/NNP ./.")
        .dep("det", 2, 1).dep("nsubj", 3, 2).dep("root", 0, 3).dep("compound", 6, 4).dep("compound", 6, 5)
        .dep("obj", 3, 6).dep("case", 8, 7).dep("obl:in", 3, 8).dep("punct", 3, 9).build();
    assertEquals("Baghdad", place(resolver, s, 3).name());
    var noPlace = TestSentence.of("The/DT strike/NN killed/VBD Abu/NNP Mahdi/NNP al-Muhandis/NNP ./.")
        .dep("det", 2, 1).dep("nsubj", 3, 2).dep("root", 0, 3).dep("compound", 6, 4).dep("compound", 6, 5)
        .dep("obj", 3, 6).dep("punct", 3, 7).build();
    assertEquals(Optional.empty(), resolver.placeOf(noPlace, 3, Set.of("IRQ")));
  }

  @Test
  void a_place_followed_by_a_place_noun_stays_a_place() {
    var s = TestSentence.of("Gunmen/NNS attacked/VBD a/DT checkpoint/NN in/IN Anbar/NNP Province/NNP ./.")
        .dep("nsubj", 2, 1).dep("root", 0, 2).dep("det", 4, 3).dep("obj", 2, 4).dep("case", 7, 5)
        .dep("compound", 7, 6).dep("obl:in", 2, 7).dep("punct", 2, 8).build();
    assertEquals("Anbar province", place(resolver, s, 2).name());
  }
}
