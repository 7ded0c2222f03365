package org.pharos.coder.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharos.model.Place;
import org.pharos.model.text.AnnotatedSentence;

/**
 * Place attachment on sentences exactly as CoreNLP 4.5.10 (tokenize, pos, lemma, depparse with
 * enhanced++ dependencies) analysed them: hyphenated names split into three tokens, locatives hung
 * on the object noun, mis-tagged verbs.
 */
class CoreNlpParsePlaceTest {

  static GazetteerPlaceResolver resolver;

  @BeforeAll
  static void load() {
    resolver = new GazetteerPlaceResolver(SharedGazetteer.get());
  }

  private static String placeName(AnnotatedSentence s, int trigger) {
    return resolver.placeOf(s, trigger, Set.of("IRQ")).map(Place::name).orElse("<none>");
  }

  @Test
  void split_hyphenated_name_in_a_modifier_of_the_object() {
    var s = TestSentence.fromCoreNlp(
        "1:US/NNP/US 2:forces/NNS/force 3:struck/VBD/strike 4:a/DT/a 5:weapons/NNS/weapon 6:depot/NN/depot"
            + " 7:in/IN/in 8:Jurf/NNP/Jurf 9:al/NNP/al 10:-/HYPH/- 11:Sakhar/NNP/Sakhar 12:on/IN/on"
            + " 13:Tuesday/NNP/Tuesday 14:././.",
        "compound(2,1) nsubj(3,2) det(6,4) compound(6,5) obj(3,6) case(11,7) compound(11,8) compound(11,9)"
            + " punct(11,10) nmod:in(6,11) case(13,12) obl:on(3,13) punct(3,14) root(0,3)").build();
    assertEquals("Jurf al-Sakhar", placeName(s, 3));
  }

  @Test
  void named_base_as_object_beats_a_province_oblique() {
    var s = TestSentence.fromCoreNlp(
        "1:Rockets/NNPS/Rockets 2:hit/VBP/hit 3:Ain/NNP/Ain 4:al/NNP/al 5:-/HYPH/- 6:Asad/NNP/Asad 7:air/NN/air"
            + " 8:base/NN/base 9:in/IN/in 10:western/JJ/western 11:Anbar/NNP/Anbar 12:on/IN/on"
            + " 13:Monday/NNP/Monday 14:././.",
        "nsubj(2,1) compound(6,3) compound(6,4) punct(6,5) compound(8,6) compound(8,7) obj(2,8) case(11,9)"
            + " amod(11,10) obl:in(2,11) case(13,12) obl:on(2,13) punct(2,14) root(0,2)").build();
    assertEquals("Ain al-Asad Air Base", placeName(s, 2));
  }

  @Test
  void model_like_site_name_tagged_as_common_nouns_is_found() {
    var s = TestSentence.fromCoreNlp(
        "1:A/DT/a 2:rocket/NN/rocket 3:attack/NN/attack 4:on/IN/on 5:the/DT/the 6:K/NN/k 7:-/HYPH/- 8:1/CD/1"
            + " 9:base/NN/base 10:near/IN/near 11:Kirkuk/NNP/Kirkuk 12:killed/VBD/kill 13:a/DT/a 14:US/NNP/US"
            + " 15:contractor/NN/contractor 16:././.",
        "det(3,1) compound(3,2) nsubj(12,3) case(9,4) det(9,5) compound(9,6) punct(6,7) nummod(6,8)"
            + " nmod:on(3,9) case(11,10) nmod:near(9,11) det(15,13) compound(15,14) obj(12,15) punct(12,16)"
            + " root(0,12)").build();
    assertEquals("K-1 Air Base", placeName(s, 3));
  }

  @Test
  void direction_word_carries_the_city() {
    var s = TestSentence.fromCoreNlp(
        "1:A/DT/a 2:roadside/NN/roadside 3:bomb/NN/bomb 4:exploded/VBD/explode 5:20/CD/20 6:km/NN/km"
            + " 7:north/RB/north 8:of/IN/of 9:Baghdad/NNP/Baghdad 10:././.",
        "det(3,1) compound(3,2) nsubj(4,3) nummod(6,5) obl:npmod(7,6) advmod(4,7) case(9,8) obl:of(7,9)"
            + " punct(4,10) root(0,4)").build();
    assertEquals("Baghdad", placeName(s, 4));
  }

  @Test
  void border_hung_on_the_object_resolves_to_the_border_region() {
    var s = TestSentence.fromCoreNlp(
        "1:US/NNP/US 2:aircraft/NN/aircraft 3:struck/VBD/strike 4:militia/NN/militia 5:facilities/NNS/facility"
            + " 6:along/IN/along 7:Iraq/NNP/Iraq 8:'s/POS/'s 9:border/NN/border 10:with/IN/with 11:Syria/NNP/Syria"
            + " 12:././.",
        "compound(2,1) nsubj(3,2) compound(5,4) obj(3,5) case(9,6) nmod:poss(9,7) case(7,8) nmod:along(5,9)"
            + " case(11,10) nmod:with(9,11) punct(3,12) root(0,3)").build();
    assertEquals("Iraq-Syria border", placeName(s, 3));
  }

  @Test
  void attack_on_a_named_outpost_beats_the_country_around_it() {
    var s = TestSentence.fromCoreNlp(
        "1:Three/CD/three 2:US/NNP/US 3:soldiers/NNS/soldier 4:were/VBD/be 5:killed/VBN/kill 6:in/IN/in 7:a/DT/a"
            + " 8:drone/VB/drone 9:attack/NN/attack 10:on/IN/on 11:Tower/NNP/Tower 12:22/CD/22 13:in/IN/in"
            + " 14:north/NN/north 15:-/HYPH/- 16:east/NN/east 17:Jordan/NNP/Jordan 18:././.",
        "nummod(3,1) compound(3,2) nsubj:pass(5,3) aux:pass(5,4) case(9,6) det(9,7) amod(9,8) obl:in(5,9)"
            + " case(11,10) nmod:on(9,11) nummod(11,12) case(17,13) compound(16,14) punct(16,15)"
            + " compound(17,16) nmod:in(9,17) punct(5,18) root(0,5)").build();
    assertEquals("Tower 22", placeName(s, 9));
    assertEquals("Tower 22", placeName(s, 5));
    assertEquals("JOR", resolver.placeOf(s, 5, Set.of("IRQ")).orElseThrow().country());
  }

  @Test
  void country_modifying_a_building_is_an_actor_not_the_place() {
    var s = TestSentence.fromCoreNlp(
        "1:An/DT/a 2:Iranian/JJ/Iranian 3:missile/NN/missile 4:struck/VBD/strike 5:near/IN/near 6:the/DT/the"
            + " 7:US/NNP/US 8:consulate/NN/consulate 9:in/IN/in 10:Erbil/NNP/Erbil 11:,/,/, 12:killing/VBG/kill"
            + " 13:4/CD/4 14:civilians/NNS/civilian 15:././.",
        "det(3,1) amod(3,2) nsubj(4,3) case(8,5) det(8,6) compound(8,7) obl:near(4,8) case(10,9) nmod:in(8,10)"
            + " punct(4,11) dep(4,12) nummod(14,13) obj(12,14) punct(4,15) root(0,4)").build();
    assertEquals("Erbil", placeName(s, 4));
  }

  @Test
  void locative_of_the_stormed_compound() {
    var s = TestSentence.fromCoreNlp(
        "1:Hundreds/NNS/hundred 2:of/IN/of 3:protesters/NNS/protester 4:stormed/VBD/storm 5:the/DT/the"
            + " 6:US/NNP/US 7:embassy/NN/embassy 8:compound/NN/compound 9:in/IN/in 10:Baghdad/NNP/Baghdad"
            + " 11:././.",
        "det:qmod(3,1) fixed(1,2) nsubj(4,3) det(8,5) compound(7,6) compound(8,7) obj(4,8) case(10,9)"
            + " nmod:in(8,10) punct(4,11) root(0,4)").build();
    assertEquals("Baghdad", placeName(s, 4));
  }

  @Test
  void named_field_as_object_beats_the_city_in_an_oblique() {
    var s = TestSentence.fromCoreNlp(
        "1:Drones/NNS/drone 2:struck/VBD/strike 3:the/DT/the 4:Khor/NNP/Khor 5:Mor/NNP/Mor 6:gas/NN/gas"
            + " 7:field/NN/field 8:in/IN/in 9:Sulaymaniyah/NNP/Sulaymaniyah 10:province/NN/province 11:,/,/,"
            + " 12:halting/VBG/halt 13:production/NN/production 14:././.",
        "nsubj(2,1) det(7,3) compound(7,4) compound(7,5) compound(7,6) obj(2,7) case(10,8) compound(10,9)"
            + " obl:in(2,10) punct(2,11) amod(13,12) obj(2,13) punct(2,14) root(0,2)").build();
    assertEquals("Khor Mor gas field", placeName(s, 2));
  }

  @Test
  void month_name_is_not_a_place() {
    var tagged = TestSentence.of("Exports/NNS/export rose/VBD/rise in/IN March/NNP")
        .dep("nsubj", 2, 1).dep("case", 4, 3).dep("obl:in", 2, 4).ner(4, "DATE").build();
    assertEquals("<none>", placeName(tagged, 2));
    var untagged = TestSentence.of("Exports/NNS/export rose/VBD/rise in/IN March/NNP").build();
    assertEquals("<none>", placeName(untagged, 2));
  }

  @Test
  void site_tagged_as_a_person_by_ner_is_still_a_place() {
    var s = TestSentence.of("Rockets/NNS/rocket struck/VBD/strike Ain/NNP al/NNP -/HYPH Asad/NNP at/IN night/NN")
        .ner(3, "PERSON").ner(4, "PERSON").ner(6, "PERSON").build();
    assertEquals("Ain al-Asad Air Base", placeName(s, 2));
  }

  @Test
  void partner_of_a_verb_is_an_actor_not_the_place() {
    var s = TestSentence.of("Jordan/NNP condemned/VBD/condemn the/DT attack/NN and/CC pledged/VBD/pledge to/TO"
            + " work/VB with/IN Washington/NNP")
        .dep("nsubj", 2, 1).dep("det", 4, 3).dep("obj", 2, 4).dep("cc", 6, 5).dep("conj:and", 2, 6)
        .dep("mark", 8, 7).dep("xcomp", 6, 8).dep("case", 10, 9).dep("obl:with", 8, 10).build();
    assertEquals("<none>", placeName(s, 2));
  }

  @Test
  void title_after_a_country_name_makes_it_an_actor_without_dependencies() {
    var s = TestSentence.of("US/NNP Defense/NNP Secretary/NNP Austin/NNP said/VBD/say troops/NNS/troop were/VBD/be"
        + " hurt/VBN").ner(4, "PERSON").build();
    assertEquals("<none>", placeName(s, 5));
  }
}
