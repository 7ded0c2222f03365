package org.pharos.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharos.coder.events.TestParses.corenlp;
import static org.pharos.coder.events.TestParses.mention;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pharos.coder.actors.ActorMention;
import org.pharos.model.text.AnnotatedSentence;

/**
 * Trigger entries and constructions added for sentences that used to produce no event: amounts and
 * parts as objects ("20 million euros of aid", "part of its aid program"), aid and access
 * (evacuating the wounded, reopening a border crossing, paying compensation), coercion (reimposing a
 * blockade, hacking into computers, forcing out) and protest (shunning work, throwing stones); the
 * issuer of a statement as the agent of the participle describing it, and who comes for talks as their
 * source. Real CoreNLP parses of sentences written for these tests.
 */
class RecallTriggerTest {
  private final EventPatternMatcher matcher = new EventPatternMatcher(EventLexicon.standard());

  private Set<String> events(AnnotatedSentence s, ActorMention... mentions) {
    return TestParses.eventStrings(matcher, s, mentions);
  }

  @Test
  void handing_over_an_amount_of_food_is_humanitarian_aid_to_the_receiver() {
    AnnotatedSentence s = corenlp("Japan handed over 300 tons of food to the Red Cross in Kabul .");
    assertEquals(Set.of("JPN>IGOHLHIRC:073"),
        events(s, mention(s, "Japan", "JPN"), mention(s, "Red Cross", "IGOHLHIRC")));
  }

  @Test
  void light_verb_with_an_amount_of_an_event_noun_codes_the_noun() {
    AnnotatedSentence s = corenlp("The European Union gave Mali 20 million euros of aid on Monday .");
    assertEquals(Set.of("IGOEUREEC>MLI:070"),
        events(s, mention(s, "European Union", "IGOEUREEC"), mention(s, "Mali", "MLI")));
  }

  @Test
  void suspending_part_of_an_aid_program_is_cutting_aid() {
    AnnotatedSentence s = corenlp("Germany suspended part of its military aid program for Niger .");
    assertEquals(Set.of("DEU>NER:162"), events(s, mention(s, "Germany", "DEU"), mention(s, "Niger", "NER")));
  }

  @Test
  void reimposing_a_blockade_is_a_blockade() {
    AnnotatedSentence s = corenlp("Israel reimposed the blockade on Gaza .");
    assertEquals(Set.of("ISR>PSE:191"), events(s, mention(s, "Israel", "ISR"), mention(s, "Gaza", "PSE")));
  }

  @Test
  void hacking_into_computers_is_coercion() {
    AnnotatedSentence s = corenlp("Russian hackers hacked into the computers of the election commission .");
    assertEquals(Set.of("RUSCRM>-:170"), events(s, mention(s, "Russian hackers", "RUSCRM")));
  }

  @Test
  void paying_compensation_returns_property_to_the_paid() {
    AnnotatedSentence s = corenlp("Kenya paid compensation to 200 British farmers .");
    assertEquals(Set.of("KEN>GBRAGR:0842"),
        events(s, mention(s, "Kenya", "KEN"), mention(s, "British farmers", "GBRAGR")));
  }

  @Test
  void reopening_a_border_crossing_allows_access() {
    AnnotatedSentence s = corenlp("Turkey reopened the border crossing with Syria .");
    assertEquals(Set.of("TUR>SYR:0863"), events(s, mention(s, "Turkey", "TUR"), mention(s, "Syria", "SYR")));
  }

  @Test
  void evacuating_the_wounded_is_humanitarian_aid_not_a_withdrawal() {
    AnnotatedSentence s = corenlp("UN helicopters evacuated the wounded from the town .");
    assertEquals(Set.of("IGOUNO>-:073"), events(s, mention(s, "UN helicopters", "IGOUNO")));
  }

  @Test
  void shunning_work_is_a_strike() {
    AnnotatedSentence s = corenlp("Egyptian workers shunned work on Sunday .");
    assertEquals(Set.of("EGYCVL>-:143"), events(s, mention(s, "Egyptian workers", "EGYCVL")));
  }

  @Test
  void throwing_stones_at_police_is_a_violent_protest_against_them() {
    AnnotatedSentence s = corenlp("Youths threw stones at police in Hebron .");
    assertEquals(Set.of("PSECVL>PSECOP:145"),
        events(s, mention(s, "Youths", "PSECVL"), mention(s, "police", "PSECOP")));
  }

  @Test
  void a_participle_describing_an_issued_statement_speaks_for_its_issuer() {
    AnnotatedSentence s = corenlp(
        "The rebels issued a statement demanding that the Turkish government release the prisoners .");
    assertEquals(Set.of("TURREB>TURGOV:1053"),
        events(s, mention(s, "rebels", "TURREB"), mention(s, "Turkish government", "TURGOV")));
  }

  @Test
  void who_returns_somewhere_for_talks_holds_the_talks() {
    AnnotatedSentence s = corenlp("Iranian negotiators returned to Vienna for talks with the European Union .");
    assertEquals(Set.of("IRNGOV>IGOEUREEC:046"),
        events(s, mention(s, "Iranian negotiators", "IRNGOV"), mention(s, "European Union", "IGOEUREEC")));
  }

  @Test
  void a_visit_for_talks_is_one_event_the_visit() {
    AnnotatedSentence s = corenlp("Lavrov arrived in Baghdad on Sunday for talks with Iraqi leaders .");
    Set<String> found = events(s, mention(s, "Lavrov", "RUSGOV"), mention(s, "Baghdad", "IRQGOV"),
        mention(s, "Iraqi leaders", "IRQGOV"));
    assertTrue(found.contains("RUSGOV>IRQGOV:042"), found.toString());
    assertFalse(found.contains("RUSGOV>IRQGOV:046"), "the talks are what the visit was for: " + found);
  }

  @Test
  void forcing_someone_out_of_a_country_is_an_expulsion() {
    AnnotatedSentence s = corenlp("Indonesia forced the aid agency out of the country .");
    assertEquals(Set.of("IDN>---NGO:174"), events(s, mention(s, "Indonesia", "IDN"), mention(s, "aid agency", "---NGO")));
  }

  @Test
  void going_on_strike_is_a_strike_and_the_strike_noun_is_not_coded_again() {
    AnnotatedSentence s = corenlp("Egyptian workers went on strike in Cairo on Sunday .");
    assertEquals(Set.of("EGYCVL>-:143"), events(s, mention(s, "Egyptian workers", "EGYCVL")));
  }

  @Test
  void going_on_a_hunger_strike_is_a_hunger_strike() {
    AnnotatedSentence s = corenlp("Kurdish prisoners went on a hunger strike .");
    assertEquals(Set.of("---CRM>-:142"), events(s, mention(s, "prisoners", "---CRM")));
  }

  @Test
  void taking_to_the_streets_is_a_demonstration() {
    AnnotatedSentence s = corenlp("Thousands of Iranians took to the streets to protest the killing .");
    assertTrue(events(s, mention(s, "Iranians", "IRN")).contains("IRN>-:141"));
  }

  @Test
  void remaining_on_alert_raises_the_alert_status() {
    AnnotatedSentence s = corenlp("Indian troops remained on high alert along the border .");
    assertEquals(Set.of("INDMIL>-:152"), events(s, mention(s, "Indian troops", "INDMIL")));
  }

  @Test
  void declaring_a_state_of_emergency_is_martial_law_or_emergency_rule() {
    AnnotatedSentence s = corenlp("The government declared a state of emergency in the north .");
    assertEquals(Set.of("IRQGOV>-:1724"), events(s, mention(s, "government", "IRQGOV")));
  }

  @Test
  void opening_a_hearing_into_something_is_an_investigation() {
    AnnotatedSentence s = corenlp("The supreme court opened a hearing on Monday into the killing of the journalist .");
    assertEquals(Set.of("ISRJUD>-:090"), events(s, mention(s, "supreme court", "ISRJUD")));
  }

  @Test
  void patrolling_is_a_show_of_force() {
    AnnotatedSentence s = corenlp("Turkish troops patrolled the border town on Friday .");
    assertEquals(Set.of("TURMIL>-:150"), events(s, mention(s, "Turkish troops", "TURMIL")));
  }

  @Test
  void receiving_weapons_from_a_state_is_that_state_arming_the_receiver() {
    AnnotatedSentence s = corenlp("The militias received drones and missiles from Iran last year .");
    assertEquals(Set.of("IRN>IRQUAF:072"), events(s, mention(s, "militias", "IRQUAF"), mention(s, "Iran", "IRN")));
  }

  @Test
  void a_from_phrase_on_the_received_object_names_the_giver_too() {
    AnnotatedSentence s = corenlp("Kurdish rebels received assurances from the Turkish government .");
    assertEquals(Set.of("TURGOV>TURREB:030"),
        events(s, mention(s, "Kurdish rebels", "TURREB"), mention(s, "Turkish government", "TURGOV")));
  }

  @Test
  void receiving_weapons_from_no_named_giver_codes_nothing() {
    AnnotatedSentence s = corenlp("The militias received new drones last year .");
    assertEquals(Set.of(), events(s, mention(s, "militias", "IRQUAF")));
  }
}
