package org.pharos.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharos.coder.events.TestParses.mention;
import static org.pharos.coder.events.TestParses.parse;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pharos.coder.actors.ActorMention;
import org.pharos.model.text.AnnotatedSentence;

/**
 * The shipped lexicon's coverage of verb classes and their CAMEO code choice, one construction per
 * test, on hand-written sentences with parses in the shape Stanford CoreNLP gives them (enhanced++).
 */
class EventLexiconCoverageTest {
  private final EventPatternMatcher matcher = new EventPatternMatcher(EventLexicon.standard());

  /** Events as sorted "SOURCE>TARGET:code" strings ("-" for a missing side). */
  private Set<String> events(AnnotatedSentence s, ActorMention... mentions) {
    return TestParses.eventStrings(matcher, s, mentions);
  }

  @Test
  void expelling_inspectors_is_expelling_observers_not_deporting_people() {
    AnnotatedSentence s = parse(0, """
        1 Tehran Tehran NNP 2/nsubj
        2 expelled expel VBD 0/ROOT
        3 the the DT 5/det
        4 IAEA IAEA NNP 5/compound
        5 inspectors inspector NNS 2/obj
        6 . . . 2/punct
        """);
    assertEquals(Set.of("IRN>IGOUNOIAE:1662"),
        events(s, mention(s, "Tehran", "IRN"), mention(s, "IAEA", "IGOUNOIAE")));
  }

  @Test
  void expelling_people_stays_a_deportation() {
    AnnotatedSentence s = parse(0, """
        1 Baghdad Baghdad NNP 2/nsubj
        2 expelled expel VBD 0/ROOT
        3 the the DT 5/det
        4 Turkish turkish JJ 5/amod
        5 workers worker NNS 2/obj
        6 . . . 2/punct
        """);
    assertEquals(Set.of("IRQ>TURCVL:174"),
        events(s, mention(s, "Baghdad", "IRQ"), mention(s, "Turkish workers", "TURCVL")));
  }

  @Test
  void declaring_a_ceasefire_is_a_truce_by_the_subject() {
    AnnotatedSentence s = parse(0, """
        1 The the DT 2/det
        2 militia militia NN 3/nsubj
        3 declared declare VBD 0/ROOT
        4 a a DT 6/det
        5 unilateral unilateral JJ 6/amod
        6 ceasefire ceasefire NN 3/obj
        7 . . . 3/punct
        """);
    assertEquals(Set.of("IRQREB>-:0871"), events(s, mention(s, "militia", "IRQREB")));
  }

  @Test
  void presenting_evidence_against_an_actor_is_an_accusation() {
    AnnotatedSentence s = parse(0, """
        1 Washington Washington NNP 2/nsubj
        2 presented present VBD 0/ROOT
        3 evidence evidence NN 2/obj
        4 against against IN 5/case
        5 Tehran Tehran NNP 3/nmod:against
        6 . . . 2/punct
        """);
    assertEquals(Set.of("USA>IRN:112"), events(s, mention(s, "Washington", "USA"), mention(s, "Tehran", "IRN")));
  }

  @Test
  void evidence_without_an_against_phrase_is_no_event() {
    AnnotatedSentence s = parse(0, """
        1 Washington Washington NNP 2/nsubj
        2 presented present VBD 0/ROOT
        3 new new JJ 4/amod
        4 evidence evidence NN 2/obj
        5 . . . 2/punct
        """);
    assertEquals(Set.of(), events(s, mention(s, "Washington", "USA")));
  }

  @Test
  void strengthening_forces_is_a_mobilization_and_other_objects_are_not() {
    AnnotatedSentence forces = parse(0, """
        1 Iran Iran NNP 3/nsubj
        2 has have VBZ 3/aux
        3 strengthened strengthen VBN 0/ROOT
        4 its its PRP$ 5/nmod:poss
        5 forces force NNS 3/obj
        6 . . . 3/punct
        """);
    assertEquals(Set.of("IRN>-:154"), events(forces, mention(forces, "Iran", "IRN")));
    AnnotatedSentence economy = parse(0, """
        1 Iran Iran NNP 3/nsubj
        2 has have VBZ 3/aux
        3 strengthened strengthen VBN 0/ROOT
        4 its its PRP$ 5/nmod:poss
        5 economy economy NN 3/obj
        6 . . . 3/punct
        """);
    assertEquals(Set.of(), events(economy, mention(economy, "Iran", "IRN")));
  }

  @Test
  void military_exercises_are_a_show_of_force_and_joint_ones_military_cooperation() {
    AnnotatedSentence alone = parse(0, """
        1 Iran Iran NNP 3/nsubj
        2 is be VBZ 3/aux
        3 conducting conduct VBG 0/ROOT
        4 naval naval JJ 5/amod
        5 exercises exercise NNS 3/obj
        6 . . . 3/punct
        """);
    assertEquals(Set.of("IRN>-:150"), events(alone, mention(alone, "Iran", "IRN")));
    AnnotatedSentence joint = parse(0, """
        1 Iran Iran NNP 5/nsubj
        2 and and CC 3/cc
        3 Russia Russia NNP 1/conj:and 5/nsubj
        4 are be VBP 5/aux
        5 holding hold VBG 0/ROOT
        6 joint joint JJ 8/amod
        7 naval naval JJ 8/amod
        8 exercises exercise NNS 5/obj
        9 . . . 5/punct
        """);
    assertEquals(Set.of("IRN>RUS:062", "RUS>IRN:062"),
        events(joint, mention(joint, "Iran", "IRN"), mention(joint, "Russia", "RUS")));
  }

  @Test
  void ending_mediation_halts_mediation_and_stopping_talks_halts_negotiations() {
    AnnotatedSentence mediation = parse(0, """
        1 Qatar Qatar NNP 2/nsubj
        2 ended end VBD 0/ROOT
        3 its its PRP$ 5/nmod:poss
        4 mediation mediation NN 5/compound
        5 efforts effort NNS 2/obj
        6 . . . 2/punct
        """);
    assertEquals(Set.of("QAT>-:165"), events(mediation, mention(mediation, "Qatar", "QAT")));
    AnnotatedSentence talks = parse(0, """
        1 Iran Iran NNP 2/nsubj
        2 stopped stop VBD 0/ROOT
        3 talks talk NNS 2/obj
        4 with with IN 5/case
        5 Washington Washington NNP 3/nmod:with
        6 . . . 2/punct
        """);
    assertEquals(Set.of("IRN>USA:164"), events(talks, mention(talks, "Iran", "IRN"), mention(talks, "Washington", "USA")));
  }

  @Test
  void reducing_aid_supplies_is_a_cut_in_aid() {
    AnnotatedSentence s = parse(0, """
        1 The the DT 2/det
        2 UN UN NNP 3/nsubj
        3 reduced reduce VBD 0/ROOT
        4 food food NN 5/compound
        5 supplies supply NNS 3/obj
        6 to to IN 8/case
        7 the the DT 8/det
        8 refugees refugee NNS 3/obl:to
        9 . . . 3/punct
        """);
    assertEquals(Set.of("IGOUNO>SYRREF:162"), events(s, mention(s, "UN", "IGOUNO"), mention(s, "refugees", "SYRREF")));
  }

  @Test
  void engaging_an_actor_is_a_fight_and_engaging_in_talks_is_not() {
    AnnotatedSentence fight = parse(0, """
        1 Rebels rebel NNS 2/nsubj
        2 engaged engage VBD 0/ROOT
        3 the the DT 4/det
        4 peacekeepers peacekeeper NNS 2/obj
        5 in in IN 7/case
        6 a a DT 7/det
        7 firefight firefight NN 2/obl:in
        8 . . . 2/punct
        """);
    assertEquals(Set.of("SYRREB>IGOUNOPKO:190"),
        events(fight, mention(fight, "Rebels", "SYRREB"), mention(fight, "peacekeepers", "IGOUNOPKO")));
    AnnotatedSentence talk = parse(0, """
        1 Rebels rebel NNS 2/nsubj
        2 engaged engage VBD 0/ROOT
        3 in in IN 4/case
        4 talks talk NNS 2/obl:in
        5 . . . 2/punct
        """);
    assertEquals(Set.of(), events(talk, mention(talk, "Rebels", "SYRREB")));
  }

  @Test
  void calling_an_attack_reckless_is_a_criticism() {
    AnnotatedSentence s = parse(0, """
        1 Washington Washington NNP 2/nsubj
        2 called call VBD 0/ROOT
        3 the the DT 4/det
        4 strikes strike NNS 5/nsubj
        5 reckless reckless JJ 2/xcomp
        6 . . . 2/punct
        """);
    assertEquals(Set.of("USA>-:111"), events(s, mention(s, "Washington", "USA")));
  }

  @Test
  void vowing_and_swearing_to_fight_are_threats_of_force() {
    AnnotatedSentence s = parse(0, """
        1 The the DT 2/det
        2 militias militia NNS 4/nsubj 6/nsubj:xsubj
        3 have have VBP 4/aux
        4 sworn swear VBN 0/ROOT
        5 to to TO 6/mark
        6 fight fight VB 4/xcomp
        7 the the DT 8/det
        8 Americans Americans NNPS 6/obj
        9 . . . 4/punct
        """);
    assertEquals(Set.of("IRQREB>USA:1384"),
        events(s, mention(s, "militias", "IRQREB"), mention(s, "Americans", "USA")));
  }

  @Test
  void firing_tear_gas_is_repression_and_firing_rockets_an_attack() {
    AnnotatedSentence gas = parse(0, """
        1 Police police NN 2/nsubj
        2 fired fire VBD 0/ROOT
        3 tear tear NN 4/compound
        4 gas gas NN 2/obj
        5 at at IN 6/case
        6 protesters protester NNS 2/obl:at
        7 . . . 2/punct
        """);
    assertEquals(Set.of("IRQCOP>IRQCVL:175"),
        events(gas, mention(gas, "Police", "IRQCOP"), mention(gas, "protesters", "IRQCVL")));
    AnnotatedSentence rockets = parse(0, """
        1 Militants militant NNS 2/nsubj
        2 fired fire VBD 0/ROOT
        3 rockets rocket NNS 2/obj
        4 at at IN 6/case
        5 US US NNP 6/compound
        6 troops troops NNS 2/obl:at
        7 . . . 2/punct
        """);
    assertEquals(Set.of("IRQREB>USAMIL:194"),
        events(rockets, mention(rockets, "Militants", "IRQREB"), mention(rockets, "US troops", "USAMIL")));
  }

  @Test
  void informing_an_actor_is_sharing_information_and_informing_nobody_is_nothing() {
    AnnotatedSentence actor = parse(0, """
        1 Washington Washington NNP 2/nsubj
        2 informed inform VBD 0/ROOT
        3 Baghdad Baghdad NNP 2/obj
        4 . . . 2/punct
        """);
    assertEquals(Set.of("USA>IRQ:064"), events(actor, mention(actor, "Washington", "USA"), mention(actor, "Baghdad", "IRQ")));
    AnnotatedSentence none = parse(0, """
        1 Washington Washington NNP 2/nsubj
        2 informed inform VBD 0/ROOT
        3 the the DT 4/det
        4 press press NN 2/obj
        5 . . . 2/punct
        """);
    assertEquals(Set.of(), events(none, mention(none, "Washington", "USA")));
  }

  @Test
  void planning_codes_only_a_planned_event_never_the_bare_intent() {
    AnnotatedSentence event = parse(0, """
        1 Ankara Ankara NNP 2/nsubj 4/nsubj:xsubj
        2 plans plan VBZ 0/ROOT
        3 to to TO 4/mark
        4 impose impose VB 2/xcomp
        5 sanctions sanction NNS 4/obj
        6 on on IN 7/case
        7 Baghdad Baghdad NNP 4/obl:on
        8 . . . 2/punct
        """);
    assertEquals(Set.of("TUR>IRQ:1312"), events(event, mention(event, "Ankara", "TUR"), mention(event, "Baghdad", "IRQ")));
    AnnotatedSentence plain = parse(0, """
        1 Ankara Ankara NNP 2/nsubj 4/nsubj:xsubj
        2 plans plan VBZ 0/ROOT
        3 to to TO 4/mark
        4 build build VB 2/xcomp
        5 a a DT 6/det
        6 dam dam NN 4/obj
        7 . . . 2/punct
        """);
    assertEquals(Set.of(), events(plain, mention(plain, "Ankara", "TUR")));
  }

  @Test
  void wanting_to_attack_is_a_threat_of_force_and_wanting_a_thing_is_nothing() {
    AnnotatedSentence attack = parse(0, """
        1 Tehran Tehran NNP 2/nsubj 4/nsubj:xsubj
        2 wants want VBZ 0/ROOT
        3 to to TO 4/mark
        4 attack attack VB 2/xcomp
        5 Israel Israel NNP 4/obj
        6 . . . 2/punct
        """);
    assertEquals(Set.of("IRN>ISR:1384"), events(attack, mention(attack, "Tehran", "IRN"), mention(attack, "Israel", "ISR")));
    AnnotatedSentence thing = parse(0, """
        1 Tehran Tehran NNP 2/nsubj
        2 wants want VBZ 0/ROOT
        3 a a DT 5/det
        4 new new JJ 5/amod
        5 airport airport NN 2/obj
        6 . . . 2/punct
        """);
    assertEquals(Set.of(), events(thing, mention(thing, "Tehran", "IRN")));
  }

  @Test
  void giving_permission_is_yielding() {
    AnnotatedSentence s = parse(0, """
        1 Baghdad Baghdad NNP 2/nsubj
        2 gave give VBD 0/ROOT
        3 permission permission NN 2/obj
        4 to to IN 6/case
        5 the the DT 6/det
        6 inspectors inspector NNS 2/obl:to
        7 . . . 2/punct
        """);
    assertEquals(Set.of("IRQ>IGOUNOIAE:080"),
        events(s, mention(s, "Baghdad", "IRQ"), mention(s, "inspectors", "IGOUNOIAE")));
  }

  @Test
  void receiving_an_actor_is_hosting_and_receiving_a_thing_is_not() {
    AnnotatedSentence host = parse(0, """
        1 Sudani Sudani NNP 2/nsubj
        2 received receive VBD 0/ROOT
        3 the the DT 5/det
        4 Iranian iranian JJ 5/amod
        5 minister minister NN 2/obj
        6 . . . 2/punct
        """);
    assertEquals(Set.of("IRQGOV>IRNGOV:043"),
        events(host, mention(host, "Sudani", "IRQGOV"), mention(host, "Iranian minister", "IRNGOV")));
    AnnotatedSentence thing = parse(0, """
        1 Sudani Sudani NNP 2/nsubj
        2 received receive VBD 0/ROOT
        3 a a DT 4/det
        4 letter letter NN 2/obj
        5 from from IN 6/case
        6 Tehran Tehran NNP 2/obl:from
        7 . . . 2/punct
        """);
    assertEquals(Set.of(), events(thing, mention(thing, "Sudani", "IRQGOV"), mention(thing, "Tehran", "IRN")));
  }

  @Test
  void calling_for_calm_is_an_appeal_and_calling_for_a_withdrawal_a_demand() {
    AnnotatedSentence calm = parse(0, """
        1 Baghdad Baghdad NNP 2/nsubj
        2 called call VBD 0/ROOT
        3 for for IN 4/case
        4 calm calm NN 2/obl:for
        5 . . . 2/punct
        """);
    assertEquals(Set.of("IRQ>-:020"), events(calm, mention(calm, "Baghdad", "IRQ")));
    AnnotatedSentence withdrawal = parse(0, """
        1 Baghdad Baghdad NNP 2/nsubj
        2 called call VBD 0/ROOT
        3 for for IN 5/case
        4 the the DT 5/det
        5 withdrawal withdrawal NN 2/obl:for
        6 of of IN 8/case
        7 US US NNP 8/compound
        8 troops troops NNS 5/nmod:of
        9 . . . 2/punct
        """);
    assertEquals(Set.of("IRQ>USAMIL:1056"),
        events(withdrawal, mention(withdrawal, "Baghdad", "IRQ"), mention(withdrawal, "US troops", "USAMIL")));
  }

  @Test
  void a_mediation_effort_is_mediation_by_whoever_launches_it() {
    AnnotatedSentence s = parse(0, """
        1 Qatar Qatar NNP 2/nsubj
        2 launched launch VBD 0/ROOT
        3 a a DT 5/det
        4 mediation mediation NN 5/compound
        5 effort effort NN 2/obj
        6 . . . 2/punct
        """);
    assertEquals(Set.of("QAT>-:045"), events(s, mention(s, "Qatar", "QAT")));
  }

  @Test
  void mobilizing_supporters_rallies_support_and_mobilizing_reservists_is_a_mobilization() {
    AnnotatedSentence support = parse(0, """
        1 Tehran Tehran NNP 2/nsubj
        2 mobilized mobilize VBD 0/ROOT
        3 its its PRP$ 4/nmod:poss
        4 supporters supporter NNS 2/obj
        5 . . . 2/punct
        """);
    assertEquals(Set.of("IRN>-:053"), events(support, mention(support, "Tehran", "IRN")));
    AnnotatedSentence troops = parse(0, """
        1 Tehran Tehran NNP 2/nsubj
        2 mobilized mobilize VBD 0/ROOT
        3 army army NN 4/compound
        4 reservists reservist NNS 2/obj
        5 . . . 2/punct
        """);
    assertEquals(Set.of("IRN>-:154"), events(troops, mention(troops, "Tehran", "IRN")));
  }

  @Test
  void accepting_refugees_is_granting_asylum() {
    AnnotatedSentence s = parse(0, """
        1 Jordan Jordan NNP 2/nsubj
        2 accepted accept VBD 0/ROOT
        3 Syrian syrian JJ 4/amod
        4 refugees refugee NNS 2/obj
        5 . . . 2/punct
        """);
    assertEquals(Set.of("JOR>SYRREF:075"), events(s, mention(s, "Jordan", "JOR"), mention(s, "Syrian refugees", "SYRREF")));
  }

  @Test
  void committing_a_violation_is_no_intent_to_cooperate() {
    AnnotatedSentence s = parse(0, """
        1 Ankara Ankara NNP 3/nsubj
        2 had have VBD 3/aux
        3 committed commit VBN 0/ROOT
        4 a a DT 6/det
        5 flagrant flagrant JJ 6/amod
        6 violation violation NN 3/obj
        7 . . . 3/punct
        """);
    assertEquals(Set.of(), events(s, mention(s, "Ankara", "TUR")));
  }
}
