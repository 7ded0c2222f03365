package org.pharos.coder.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pharos.model.text.AnnotatedSentence;

/**
 * Peoples and occupational groups as actors: ethnic groups coded as the civilians of the state they
 * live in, communities without a state of their own, farmers, prisoners, hackers, elders and
 * border agents with their country, and armed groups of conflicts outside the first theater.
 */
class PeopleAndOccupationActorsTest {
  private static DocumentActors resolve(AnnotatedSentence... s) {
    return Sentences.resolveWithDefaultKb(s);
  }

  private static ActorMention at(DocumentActors a, int token) {
    return Sentences.actorAt(a, token);
  }

  @Test
  void ethnic_people_in_a_state_are_that_states_civilians() {
    DocumentActors a = resolve(Sentences.sentence(0,
        "Ethnic/JJ Albanians/NNPS in/IN south/JJ Serbia/NNP demonstrated/VBD ./."));
    assertEquals("SRBCVL", at(a, 2).actor().code());
    assertEquals("Albanians in south Serbia", at(a, 2).actor().text());
  }

  @Test
  void ethnic_people_in_their_own_state_are_its_civilians_too() {
    DocumentActors a = resolve(Sentences.sentence(0, "Ethnic/JJ Turks/NNPS in/IN Turkey/NNP voted/VBD ./."));
    assertEquals("TURCVL", at(a, 2).actor().code());
  }

  @Test
  void ethnic_people_without_a_state_named_take_the_country_where_the_story_happens() {
    DocumentActors a = resolve(Sentences.sentence(0,
        "Up/RB to/TO 1,000/CD ethnic/JJ Turks/NNPS began/VBD a/DT hunger/NN strike/NN in/IN Stockholm/NNP ./."));
    assertEquals("SWECVL", at(a, 5).actor().code());
  }

  @Test
  void an_occupiers_adjective_does_not_say_where_a_people_lives() {
    DocumentActors a = resolve(Sentences.sentence(0,
        "Palestinians/NNPS of/IN the/DT Israeli/JJ -/HYPH occupied/JJ West/NNP Bank/NNP went/VBD on/IN strike/NN ./."));
    assertEquals("PSE", at(a, 1).actor().country());
  }

  @Test
  void a_community_without_a_state_takes_the_state_adjective_before_it() {
    DocumentActors a = resolve(Sentences.sentence(0, "Thousands/NNS of/IN Iraqi/JJ Kurds/NNPS marched/VBD ./."));
    assertEquals("IRQCVL", at(a, 4).actor().code());
  }

  @Test
  void occupational_groups_compose_with_a_nationality() {
    DocumentActors a = resolve(Sentences.sentence(0,
        "Radical/JJ French/JJ farmers/NNS ,/, Swiss/JJ hackers/NNS and/CC U.S./NNP border/NN patrol/NN agents/NNS met/VBD"
            + " ./."));
    assertEquals("FRAAGR", at(a, 3).actor().code());
    assertEquals("CHECRM", at(a, 6).actor().code());
    assertEquals("USACOP", at(a, 11).actor().code());
  }

  @Test
  void prisoners_and_elders_without_a_nationality_take_the_setting_country() {
    DocumentActors a = resolve(
        Sentences.sentence(0, "Prisoners/NNS rioted/VBD at/IN a/DT jail/NN in/IN Nigeria/NNP ./."),
        Sentences.sentence(1, "Traditional/JJ elders/NNS in/IN Nigeria/NNP demanded/VBD a/DT new/JJ governor/NN ./."));
    assertEquals("NGACRM", at(a, 1).actor().code());
    assertEquals("NGACVL", a.covering(1, 2).orElseThrow().actor().code());
  }

  @Test
  void a_country_after_a_locative_and_a_compass_word_is_a_place_not_an_actor() {
    DocumentActors a = resolve(Sentences.sentence(0, "Troops/NNS fought/VBD in/IN southeastern/JJ Serbia/NNP ./."));
    assertTrue(a.covering(0, 5).isEmpty(), "southeastern Serbia is where they fought: " + a.all());
  }

  @Test
  void islamists_are_an_opposition_of_the_country_they_act_in() {
    DocumentActors a = resolve(Sentences.sentence(0,
        "Islamic/JJ fundamentalists/NNS began/VBD a/DT hunger/NN strike/NN in/IN Algiers/NNP ./."));
    assertEquals("DZAOPP", at(a, 2).actor().code());
  }

  @Test
  void armed_groups_of_other_conflicts_are_named_groups_of_their_country() {
    DocumentActors a = resolve(Sentences.sentence(0,
        "UNITA/NNP ,/, the/DT MILF/NNP and/CC the/DT Tamil/NNP Tigers/NNPS rejected/VBD the/DT plan/NN ./."));
    assertEquals("AGOREBUNI", at(a, 1).actor().code());
    assertEquals("PHLREBMIL", at(a, 4).actor().code());
    assertEquals("LKAREBLTT", at(a, 8).actor().code());
  }
}
