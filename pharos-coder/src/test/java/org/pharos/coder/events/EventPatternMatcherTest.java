package org.pharos.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharos.coder.events.TestParses.actors;
import static org.pharos.coder.events.TestParses.corenlp;
import static org.pharos.coder.events.TestParses.mention;
import static org.pharos.coder.events.TestParses.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pharos.coder.actors.ActorMention;
import org.pharos.model.text.AnnotatedSentence;

class EventPatternMatcherTest {
  private final EventPatternMatcher matcher = new EventPatternMatcher(EventLexicon.standard());

  /** Events as sorted "SOURCE>TARGET:code" strings ("-" for a missing side). */
  private Set<String> events(AnnotatedSentence s, ActorMention... mentions) {
    return TestParses.eventStrings(matcher, s, mentions);
  }

  private List<EventMatch> matches(AnnotatedSentence s, ActorMention... mentions) {
    return new ArrayList<>(matcher.match(s, actors(mentions)));
  }

  @Test
  void advising_against_travel_to_a_country_reduces_relations_with_it() {
    AnnotatedSentence s = corenlp("The US State Department advised against travel to Tunisia .");
    assertEquals(Set.of("USAGOV>TUN:160"),
        events(s, mention(s, "US State Department", "USAGOV"), mention(s, "Tunisia", "TUN")));
  }

  @Test
  void own_country_named_as_a_place_is_no_target_beside_a_foreign_one() {
    AnnotatedSentence s = corenlp("The Canadian government imposed bans on travel to Canada against Russian officers .");
    assertEquals(Set.of("CANGOV>RUSMIL:172"),
        events(s, mention(s, "Canadian government", "CANGOV"), mention(s, "Canada", "CAN"),
            mention(s, "Russian officers", "RUSMIL")));
  }

  @Test
  void the_object_of_discuss_is_a_topic_not_a_party() {
    AnnotatedSentence s = corenlp("Sudani met Assad to discuss efforts against Islamic State militants .");
    assertEquals(Set.of("IRQGOV>SYRGOV:040"),
        events(s, mention(s, "Sudani", "IRQGOV"), mention(s, "Assad", "SYRGOV"),
            mention(s, "Islamic State militants", "IMGREBISI")));
  }

  @Test
  void violence_by_protesters_is_a_riot_in_active_and_passive_voice() {
    AnnotatedSentence active = corenlp("A Ukrainian protester destroyed the Russian consulate .");
    assertEquals(Set.of("UKRCVL>RUSGOV:145"), events(active, mention(active, "Ukrainian protester", "UKRCVL"),
        mention(active, "Russian consulate", "RUSGOV")));
    AnnotatedSentence passive = corenlp("The Russian consulate was damaged by Ukrainian protesters .");
    assertEquals(Set.of("UKRCVL>RUSGOV:145"), events(passive, mention(passive, "Ukrainian protesters", "UKRCVL"),
        mention(passive, "Russian consulate", "RUSGOV")));
  }

  @Test
  void a_crowd_breaking_into_an_embassy_riots_but_soldiers_doing_so_seize_property() {
    AnnotatedSentence crowd = corenlp("Crowds of Iraqi students broke into the Turkish embassy .");
    assertEquals(Set.of("IRQEDU>TURGOV:145"), events(crowd, mention(crowd, "Iraqi students", "IRQEDU"),
        mention(crowd, "Turkish embassy", "TURGOV")));
    AnnotatedSentence soldiers = corenlp("Iraqi soldiers broke into the Turkish embassy .");
    assertEquals(Set.of("IRQMIL>TURGOV:171"), events(soldiers, mention(soldiers, "Iraqi soldiers", "IRQMIL"),
        mention(soldiers, "Turkish embassy", "TURGOV")));
  }

  @Test
  void a_participle_misparsed_as_the_open_complement_describes_the_object_of_the_release() {
    // CoreNLP's parse of a reduced relative after the object: "the mayor" becomes the subject of "jailed"
    AnnotatedSentence s = parse(0, """
        1 Turkey Turkey NNP 2/nsubj
        2 released release VBD 0/ROOT
        3 the the DT 4/det
        4 governor governor NN 5/nsubj
        5 jailed jail VBN 2/xcomp
        6 a a DT 7/det
        7 year year NN 8/obl:npmod
        8 ago ago RB 5/advmod
        9 . . . 2/punct
        """);
    assertEquals(Set.of("TUR>TURGOV:0841"), events(s, mention(s, "Turkey", "TUR"), mention(s, "governor", "TURGOV")));
  }

  @Test
  void a_participle_misparsed_as_the_passive_clausal_subject_gives_the_patient_not_the_agent() {
    AnnotatedSentence s = parse(0, """
        1 The the DT 2/det
        2 activists activist NNS 3/nsubj
        3 arrested arrest VBN 7/csubj:pass
        4 for for IN 5/mark
        5 writing write VBG 3/advcl:for
        6 were be VBD 7/aux:pass
        7 released release VBN 0/ROOT
        8 by by IN 9/case
        9 Xi Xi NNP 7/obl:agent
        10 . . . 7/punct
        """);
    assertEquals(Set.of("CHNGOV>CHNCVL:0841"),
        events(s, mention(s, "activists", "CHNCVL"), mention(s, "Xi", "CHNGOV")));
  }

  @Test
  void active_transitive_verb_codes_subject_against_object() {
    AnnotatedSentence s = corenlp("Putin met Sudani in Moscow on October 10 .");
    assertEquals(Set.of("RUSGOV>IRQGOV:040"),
        events(s, mention(s, "Putin", "RUSGOV"), mention(s, "Sudani", "IRQGOV"), mention(s, "Moscow", "RUS")));
  }

  @Test
  void coordinated_subjects_give_one_event_each() {
    AnnotatedSentence s = corenlp("The United States and Britain struck militia targets in Iraq .");
    assertEquals(Set.of("USA>IRQREB:190", "GBR>IRQREB:190"),
        events(s, mention(s, "United States", "USA"), mention(s, "Britain", "GBR"),
            mention(s, "militia", "IRQREB"), mention(s, "Iraq", "IRQ")));
  }

  @Test
  void passive_voice_swaps_source_and_target() {
    AnnotatedSentence s = corenlp("US troops were attacked by Iran - backed militias .");
    assertEquals(Set.of("IRQREB>USAMIL:190"),
        events(s, mention(s, "US troops", "USAMIL"), mention(s, "Iran - backed militias", "IRQREB")));
  }

  @Test
  void passive_without_agent_keeps_only_the_target() {
    AnnotatedSentence s = corenlp("Two US soldiers were killed .");
    assertEquals(Set.of("->USAMIL:190"), events(s, mention(s, "US soldiers", "USAMIL")));
  }

  @Test
  void attack_noun_as_subject_of_kill_is_one_event_with_the_nouns_code_and_the_killed_as_target() {
    AnnotatedSentence s = corenlp("Iran 's missile attack on Erbil killed four civilians .");
    assertEquals(Set.of("IRN>IRQCVL:195"),
        events(s, mention(s, "Iran", "IRN"), mention(s, "Erbil", "IRQ"), mention(s, "four civilians", "IRQCVL")));
  }

  @Test
  void adjectival_actor_on_a_nominal_trigger_is_the_source() {
    AnnotatedSentence s = corenlp("The Iranian missile attack hit the base .");
    assertEquals(Set.of("IRN>-:195"), events(s, mention(s, "Iranian", "IRN")));
  }

  @Test
  void by_phrase_of_a_nominal_trigger_is_the_source() {
    AnnotatedSentence s = corenlp("The attack by militants killed three US soldiers .");
    assertEquals(Set.of("IRQREB>USAMIL:190"),
        events(s, mention(s, "militants", "IRQREB"), mention(s, "US soldiers", "USAMIL")));
  }

  @Test
  void killed_in_a_strike_codes_the_strike_with_its_adjectival_source_and_the_killed_as_target() {
    AnnotatedSentence s = corenlp("Two Iraqi soldiers were killed in a Turkish drone strike near Sinjar .");
    assertEquals(Set.of("TUR>IRQMIL:195"),
        events(s, mention(s, "Iraqi soldiers", "IRQMIL"), mention(s, "Turkish", "TUR")));
  }

  @Test
  void rejecting_a_request_targets_its_author() {
    AnnotatedSentence s = corenlp("The Iraqi government rejected a Turkish request to extend the mandate .");
    Set<String> ev = events(s, mention(s, "Iraqi government", "IRQGOV"), mention(s, "Turkish", "TUR"));
    assertEquals(Set.of("IRQGOV>TUR:120"), ev);
  }

  @Test
  void threat_to_cut_off_supplies_is_a_threat_of_embargo_aimed_at_the_oblique() {
    AnnotatedSentence s = corenlp("The militia threatened to cut off supplies to the Kurdish region .");
    assertEquals(Set.of("IRQREB>IRQGOVKRD:1312"),
        events(s, mention(s, "militia", "IRQREB"), mention(s, "Kurdish region", "IRQGOVKRD")));
  }

  @Test
  void demand_with_a_that_clause_targets_the_clause_subject() {
    AnnotatedSentence s = corenlp("Baghdad demanded that Ankara withdraw its forces from Bashiqa .");
    assertEquals(Set.of("IRQGOV>TURGOV:1056"),
        events(s, mention(s, "Baghdad", "IRQGOV"), mention(s, "Ankara", "TURGOV")));
  }

  @Test
  void speech_verb_with_must_is_a_demand_on_the_clause_subject() {
    AnnotatedSentence s = corenlp("The ministry said Turkey must end its operations in the north .");
    Set<String> ev = events(s, mention(s, "ministry", "IRQGOV"), mention(s, "Turkey", "TUR"));
    assertEquals(1, ev.size(), ev.toString());
    assertTrue(ev.iterator().next().startsWith("IRQGOV>TUR:10"), ev.toString());
  }

  @Test
  void speakers_own_future_attack_is_a_threat_against_its_target() {
    AnnotatedSentence s = corenlp("Kataib Hezbollah said it would retaliate against American forces .");
    assertEquals(Set.of("IRQREBKTH>USAMIL:1384"),
        events(s, mention(s, "Kataib Hezbollah", "IRQREBKTH"), mention(s, "American forces", "USAMIL")));
  }

  @Test
  void speakers_negated_future_support_is_a_refusal() {
    AnnotatedSentence s = corenlp("The prime minister said he would not provide support to the militias .");
    Set<String> ev = events(s, mention(s, "prime minister", "IRQGOV"), mention(s, "militias", "IRQREB"));
    assertEquals(1, ev.size(), ev.toString());
    assertTrue(ev.iterator().next().startsWith("IRQGOV>IRQREB:12"), ev.toString());
  }

  @Test
  void object_modifier_names_the_target_when_the_object_is_no_actor() {
    AnnotatedSentence s = corenlp("Iraqi forces fired rockets at Turkish positions .");
    assertEquals(Set.of("IRQMIL>TURMIL:194"),
        events(s, mention(s, "Iraqi forces", "IRQMIL"), mention(s, "Turkish positions", "TURMIL")));
  }

  @Test
  void calling_an_event_an_aggression_is_criticism_not_a_phone_call() {
    AnnotatedSentence s = corenlp("The cleric called the raid an act of aggression .");
    assertEquals(Set.of("IRQ>-:111"), events(s, mention(s, "cleric", "IRQ")));
  }

  @Test
  void calling_a_session_is_no_event_but_calling_a_leader_is_a_phone_call() {
    AnnotatedSentence session = corenlp("The parliament called an emergency session .");
    assertEquals(Set.of(), events(session, mention(session, "parliament", "IRQLEG")));
    AnnotatedSentence call = corenlp("Sudani called Erdogan on Sunday .");
    assertEquals(Set.of("IRQGOV>TURGOV:041"),
        events(call, mention(call, "Sudani", "IRQGOV"), mention(call, "Erdogan", "TURGOV")));
  }

  @Test
  void call_on_addressee_is_the_target_of_the_appeal() {
    AnnotatedSentence s = corenlp("Militia leaders called on parliament to expel American troops .");
    Set<String> ev = events(s, mention(s, "Militia leaders", "IRQREB"), mention(s, "parliament", "IRQLEG"),
        mention(s, "American troops", "USAMIL"));
    assertEquals(1, ev.size(), ev.toString());
    assertTrue(ev.iterator().next().startsWith("IRQREB>IRQLEG:02"), ev.toString());
  }

  @Test
  void complaint_targets_what_it_is_about_not_the_forum() {
    AnnotatedSentence s = corenlp("Iraq complained to the Security Council over the Turkish raids .");
    assertEquals(Set.of("IRQ>TUR:114"), events(s, mention(s, "Iraq", "IRQ"), mention(s, "Security Council", "IGOUNOUSC"),
        mention(s, "Turkish", "TUR")));
  }

  @Test
  void protest_takes_its_target_from_the_purpose_clause() {
    AnnotatedSentence s = corenlp("Hundreds of Iraqis demonstrated in Basra to denounce the Iranian government .");
    assertEquals(Set.of("IRQCVL>IRNGOV:141"),
        events(s, mention(s, "Iraqis", "IRQCVL"), mention(s, "Iranian government", "IRNGOV")));
  }

  @Test
  void from_phrase_of_an_appeal_is_its_author_and_the_target_of_the_rejection() {
    AnnotatedSentence s = corenlp("Baghdad rejected an appeal from Tehran .");
    assertEquals(Set.of("IRQGOV>IRNGOV:120"),
        events(s, mention(s, "Baghdad", "IRQGOV"), mention(s, "Tehran", "IRNGOV")));
  }

  @Test
  void event_inside_a_relative_clause_is_background_not_coded() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 The the DT 2/det
        2 US US NNP 3/nsubj
        3 condemned condemn VBD 0/ROOT
        4 Serbia Serbia NNP 3/obj 7/nsubj
        5 , , , 4/punct
        6 which which WDT 4/ref
        7 attacked attack VBD 4/acl:relcl
        8 the the DT 9/det
        9 rebels rebel NNS 7/obj
        10 . . . 3/punct""");
    assertEquals(Set.of("USA>SRB:111"),
        events(s, mention(s, "US", "USA"), mention(s, "Serbia", "SRB"), mention(s, "rebels", "SRBREB")));
  }

  @Test
  void complement_of_a_relative_clause_is_background_too() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Hungary Hungary NNP 2/nsubj
        2 backed back VBD 0/ROOT
        3 a a DT 4/det
        4 resolution resolution NN 2/obj 6/nsubj
        5 that that WDT 4/ref
        6 aims aim VBZ 4/acl:relcl
        7 to to TO 8/mark
        8 attack attack VB 6/xcomp
        9 Serbia Serbia NNP 8/obj
        10 . . . 2/punct""");
    assertTrue(events(s, mention(s, "Hungary", "HUN"), mention(s, "Serbia", "SRB")).stream()
        .noneMatch(e -> e.contains(">SRB:19")));
  }

  @Test
  void clause_hung_under_a_relative_clause_by_a_loose_dep_edge_is_still_coded() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Yaish Yaish NNP 0/ROOT 3/nsubj:pass
        2 , , , 1/punct
        3 arrested arrest VBN 1/acl:relcl
        4 , , , 3/punct
        5 Israel Israel NNP 6/nsubj
        6 attacked attack VBD 3/dep
        7 Gaza Gaza NNP 6/obj
        8 . . . 1/punct""");
    assertEquals(Set.of("ISR>PSE:190"),
        events(s, mention(s, "Israel", "ISR"), mention(s, "Gaza", "PSE")));
  }

  @Test
  void demand_a_concession_answers_is_no_second_event() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 The the DT 2/det
        2 government government NN 3/nsubj
        3 conceded concede VBD 0/ROOT
        4 to to IN 5/case
        5 demands demand NNS 3/obl:to
        6 from from IN 8/case
        7 the the DT 8/det
        8 rebels rebel NNS 5/nmod:from
        9 . . . 3/punct""");
    Set<String> events = events(s, mention(s, "government", "AGOGOV"), mention(s, "rebels", "AGOREB"));
    assertTrue(events.stream().anyMatch(e -> e.startsWith("AGOGOV>AGOREB:08")), events.toString());
    assertTrue(events.stream().noneMatch(e -> e.startsWith("AGOREB>")), events.toString());
  }

  @Test
  void demand_a_refusal_to_respond_answers_is_no_second_event() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Haniyeh Haniyeh NNP 2/nsubj 4/nsubj:xsubj
        2 refused refuse VBD 0/ROOT
        3 to to TO 4/mark
        4 respond respond VB 2/xcomp
        5 to to IN 7/case
        6 a a DT 7/det
        7 demand demand NN 4/obl:to
        8 from from IN 10/case
        9 the the DT 10/det
        10 President President NNP 7/nmod:from
        11 . . . 2/punct""");
    Set<String> events = events(s, mention(s, "Haniyeh", "PSEGOV"), mention(s, "President", "USAGOV"));
    assertTrue(events.stream().noneMatch(e -> e.startsWith("USAGOV>")), events.toString());
  }

  @Test
  void event_noun_in_a_time_phrase_only_dates_the_event_of_the_sentence() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Peru Peru NNP 2/nsubj
        2 sheltered shelter VBD 0/ROOT
        3 officers officer NNS 2/obj
        4 since since IN 7/case
        5 the the DT 7/det
        6 US US NNP 7/amod
        7 invasion invasion NN 2/obl:since
        8 . . . 2/punct""");
    assertTrue(events(s, mention(s, "Peru", "PER"), mention(s, "officers", "PANMIL"), mention(s, "US", "USA"))
        .stream().noneMatch(e -> e.startsWith("USA>")));
  }

  @Test
  void event_noun_after_the_eve_of_only_dates_the_event_of_the_sentence() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Pakistan Pakistan NNP 2/nsubj
        2 protested protest VBD 0/ROOT
        3 on on IN 5/case
        4 the the DT 5/det
        5 eve eve NN 2/obl:on
        6 of of IN 8/case
        7 a a DT 8/det
        8 visit visit NN 5/nmod:of
        9 by by IN 10/case
        10 Arafat Arafat NNP 8/nmod:by
        11 . . . 2/punct""");
    assertTrue(events(s, mention(s, "Pakistan", "PAK"), mention(s, "Arafat", "PSE"))
        .stream().noneMatch(e -> e.startsWith("PSE>")));
  }

  @Test
  void event_noun_without_a_time_preposition_is_still_coded() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 The the DT 3/det
        2 US US NNP 3/amod
        3 invasion invasion NN 0/ROOT
        4 of of IN 5/case
        5 Panama Panama NNP 3/nmod:of
        6 . . . 3/punct""");
    assertTrue(events(s, mention(s, "US", "USA"), mention(s, "Panama", "PAN"))
        .stream().anyMatch(e -> e.startsWith("USA>PAN:19")));
  }

  @Test
  void action_in_the_content_clause_of_a_demand_noun_has_not_happened() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 The the DT 2/det
        2 ILO ILO NNP 3/nsubj
        3 repeated repeat VBD 0/ROOT
        4 its its PRP$ 5/nmod:poss
        5 demand demand NN 3/obj
        6 that that IN 8/mark
        7 Israel Israel NNP 8/nsubj
        8 ease ease VB 5/acl
        9 restrictions restriction NNS 8/obj
        10 on on IN 12/case
        11 Palestinian Palestinian JJ 12/amod
        12 workers worker NNS 9/nmod:on
        13 . . . 3/punct""");
    assertTrue(events(s, mention(s, "ILO", "IGOUNOILO"), mention(s, "Israel", "ISR"),
        mention(s, "Palestinian workers", "PSELAB")).stream().noneMatch(e -> e.startsWith("ISR>")));
  }

  @Test
  void action_an_appeal_asks_for_has_not_happened_even_when_coordinated() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Damascus Damascus NNP 2/nsubj
        2 called call VBD 0/ROOT
        3 on on IN 4/case
        4 Arabs Arab NNPS 2/obl:on 6/nsubj:xsubj
        5 to to TO 6/mark
        6 unite unite VB 2/xcomp
        7 and and CC 8/cc
        8 mobilize mobilize VB 6/conj:and
        9 against against IN 10/case
        10 Sharon Sharon NNP 8/obl:against
        11 . . . 2/punct""");
    assertTrue(events(s, mention(s, "Damascus", "SYRGOV"), mention(s, "Arabs", "---CVL"),
        mention(s, "Sharon", "ISRELI")).stream().noneMatch(e -> e.endsWith(":154") || e.endsWith(":150")));
  }

  @Test
  void verb_coordinated_with_a_demand_is_still_an_event() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Serbia Serbia NNP 2/nsubj 5/nsubj
        2 demanded demand VBD 0/ROOT
        3 talks talk NNS 2/obj
        4 and and CC 5/cc
        5 attacked attack VBD 2/conj:and
        6 Bosnia Bosnia NNP 5/obj
        7 . . . 2/punct""");
    assertTrue(events(s, mention(s, "Serbia", "SRB"), mention(s, "Bosnia", "BIH")).contains("SRB>BIH:190"));
  }

  @Test
  void agentless_bare_plural_attacks_are_attacks_in_general_not_an_event() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 He he PRP 2/nsubj
        2 directed direct VBD 0/ROOT
        3 attacks attack NNS 2/obj
        4 on on IN 6/case
        5 US US NNP 6/compound
        6 forces force NNS 3/nmod:on
        7 . . . 2/punct""");
    assertTrue(events(s, mention(s, "US forces", "USAMIL")).stream().noneMatch(e -> e.startsWith("->USAMIL:19")));
  }

  @Test
  void plural_attacks_with_an_agent_are_still_an_event() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 The the DT 2/det
        2 militia militia NN 5/nmod:poss
        3 's 's POS 2/case
        4 new new JJ 5/amod
        5 attacks attack NNS 0/ROOT
        6 on on IN 8/case
        7 US US NNP 8/compound
        8 forces force NNS 5/nmod:on
        9 . . . 5/punct""");
    assertTrue(events(s, mention(s, "militia", "IRQREB"), mention(s, "US forces", "USAMIL")).stream()
        .anyMatch(e -> e.startsWith("IRQREB>USAMIL:19")));
  }

  @Test
  void accepting_demands_from_a_party_yields_to_that_party() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 The the DT 2/det
        2 government government NN 3/nsubj
        3 accepted accept VBD 0/ROOT
        4 demands demand NNS 3/obj
        5 from from IN 7/case
        6 the the DT 7/det
        7 rebels rebel NNS 4/nmod:from
        8 . . . 3/punct""");
    assertEquals(Set.of("MOZGOV>MOZREB:083"),
        events(s, mention(s, "government", "MOZGOV"), mention(s, "rebels", "MOZREB")));
  }

  @Test
  void verb_acting_on_an_agreement_noun_absorbs_it_and_takes_its_partner_as_target() {
    AnnotatedSentence s = corenlp("Iraq ratified an agreement with Jordan .");
    assertEquals(Set.of("IRQ>JOR:057"), events(s, mention(s, "Iraq", "IRQ"), mention(s, "Jordan", "JOR")));
  }

  @Test
  void mis_tagged_verb_strikes_still_reads_compound_source_and_on_target() {
    AnnotatedSentence s = corenlp("US strikes on Kataib Hezbollah killed five fighters .");
    Set<String> ev = events(s, mention(s, "US", "USA"), mention(s, "Kataib Hezbollah", "IRQKHB"));
    assertTrue(ev.contains("USA>IRQKHB:190"), ev.toString());
  }

  @Test
  void light_verb_carries_out_the_nominal_trigger_of_its_object() {
    AnnotatedSentence s = corenlp("US forces carried out airstrikes against Kataib Hezbollah on Wednesday .");
    List<EventMatch> m = matches(s, mention(s, "US forces", "USAMIL"), mention(s, "Kataib Hezbollah", "IRQKHB"));
    assertEquals(1, m.size(), m.toString());
    assertEquals("195", m.get(0).code());
    assertEquals("airstrikes", m.get(0).triggerText());
    assertEquals(3, m.get(0).clauseHead());
    assertEquals("USAMIL", m.get(0).source().actor().code());
    assertEquals("IRQKHB", m.get(0).target().actor().code());
  }

  @Test
  void held_talks_with_and_paid_a_visit_to_are_consultations() {
    AnnotatedSentence s = corenlp("Lavrov held talks with Fuad Hussein in Baghdad .");
    assertEquals(Set.of("RUSGOV>IRQGOV:046"),
        events(s, mention(s, "Lavrov", "RUSGOV"), mention(s, "Fuad Hussein", "IRQGOV")));
    AnnotatedSentence v = corenlp("The US paid a visit to Baghdad .");
    assertEquals(Set.of("USA>IRQ:042"), events(v, mention(v, "US", "USA"), mention(v, "Baghdad", "IRQ")));
  }

  @Test
  void control_verb_vow_turns_the_attack_into_a_threat() {
    AnnotatedSentence s = corenlp("Kataib Hezbollah vowed to continue attacking US forces .");
    assertEquals(Set.of("IRQKHB>USAMIL:1384"),
        events(s, mention(s, "Kataib Hezbollah", "IRQKHB"), mention(s, "US forces", "USAMIL")));
    AnnotatedSentence t = corenlp("Iran threatened to strike US bases .");
    assertEquals(Set.of("IRN>USAMIL:1384"), events(t, mention(t, "Iran", "IRN"), mention(t, "US bases", "USAMIL")));
  }

  @Test
  void agreeing_to_withdraw_is_intent_to_de_escalate_without_target() {
    AnnotatedSentence s = corenlp("Iraq agreed to withdraw its troops .");
    assertEquals(Set.of("IRQ>-:0356"), events(s, mention(s, "Iraq", "IRQ"), mention(s, "its troops", "IRQMIL")));
  }

  @Test
  void calling_for_or_demanding_a_withdrawal_targets_the_withdrawing_actor() {
    AnnotatedSentence s = corenlp("The Iraqi parliament called for the withdrawal of US troops .");
    assertEquals(Set.of("IRQLEG>USAMIL:1056"),
        events(s, mention(s, "Iraqi parliament", "IRQLEG"), mention(s, "US troops", "USAMIL")));
    AnnotatedSentence d = corenlp("Iraq demanded the withdrawal of foreign forces .");
    assertEquals(Set.of("IRQ>---MIL:1056"), events(d, mention(d, "Iraq", "IRQ"), mention(d, "foreign forces", "---MIL")));
  }

  @Test
  void call_on_with_infinitive_is_an_appeal_to_the_addressee() {
    AnnotatedSentence s = corenlp("Iraq called on Iran to stop the attacks .");
    assertEquals(Set.of("IRQ>IRN:0256"), events(s, mention(s, "Iraq", "IRQ"), mention(s, "Iran", "IRN")));
  }

  @Test
  void several_events_in_one_sentence_recall_and_condemn() {
    AnnotatedSentence s = corenlp("Iraq recalled its ambassador from Tehran and condemned the Iranian strikes .");
    Set<String> ev = events(s, mention(s, "Iraq", "IRQ"), mention(s, "its ambassador", "IRQGOV"),
        mention(s, "Tehran", "IRN"), mention(s, "Iranian", "IRN"));
    assertTrue(ev.contains("IRQ>IRN:161"), ev.toString());
    assertTrue(ev.contains("IRQ>IRN:111"), ev.toString());
    // the condemned strikes are the topic of the condemnation (their agent is its target), not coded again
    assertEquals(2, ev.size(), ev.toString());
  }

  @Test
  void verb_object_specialization_and_nominal_object_targets() {
    AnnotatedSentence s = corenlp("The US imposed sanctions on Kataib Hezbollah in January 2020 .");
    assertEquals(Set.of("USA>IRQKHB:163"), events(s, mention(s, "US", "USA"), mention(s, "Kataib Hezbollah", "IRQKHB")));
    AnnotatedSentence r = corenlp("Militants launched drones at the US base on November 21 - 22 .");
    assertEquals(Set.of("IRQREB>USA:195"), events(r, mention(r, "Militants", "IRQREB"), mention(r, "US", "USA")));
    AnnotatedSentence f = corenlp("The Pentagon said militants fired rockets at the base .");
    assertEquals(Set.of("IRQREB>USAMIL:194"),
        events(f, mention(f, "Pentagon", "USAMIL"), mention(f, "militants", "IRQREB"), mention(f, "base", "USAMIL")));
  }

  @Test
  void suspending_attacks_consumes_the_attack_noun_and_keeps_its_target() {
    AnnotatedSentence s = corenlp("Kataib Hezbollah suspended attacks on US forces , according to a statement .");
    assertEquals(Set.of("IRQKHB>USAMIL:0874"),
        events(s, mention(s, "Kataib Hezbollah", "IRQKHB"), mention(s, "US forces", "USAMIL")));
  }

  @Test
  void symmetric_trigger_with_coordinated_subjects_codes_both_directions() {
    AnnotatedSentence s = corenlp("Can Russia and the United States clash over Iraq ?");
    assertEquals(Set.of("RUS>USA:190", "USA>RUS:190"),
        events(s, mention(s, "Russia", "RUS"), mention(s, "United States", "USA"), mention(s, "Iraq", "IRQ")));
  }

  @Test
  void coordinated_parties_signing_an_agreement_code_both_directions() {
    AnnotatedSentence s = corenlp("Iran and Iraq signed a security agreement in Baghdad on Sunday .");
    assertEquals(Set.of("IRN>IRQ:057", "IRQ>IRN:057"),
        events(s, mention(s, "Iran", "IRN"), mention(s, "Iraq", "IRQ")));
  }

  @Test
  void coordinated_parties_agreeing_to_act_code_both_directions() {
    AnnotatedSentence s = corenlp("Biden and Kadhimi agreed on Monday to end the combat mission .");
    Set<String> got = events(s, mention(s, "Biden", "USAGOV"), mention(s, "Kadhimi", "IRQGOV"));
    assertEquals(2, got.size(), got.toString());
    assertTrue(got.stream().anyMatch(e -> e.startsWith("USAGOV>IRQGOV:03")), got.toString());
    assertTrue(got.stream().anyMatch(e -> e.startsWith("IRQGOV>USAGOV:03")), got.toString());
  }

  @Test
  void welcoming_a_visitor_to_a_place_is_hosting_not_praise() {
    AnnotatedSentence s = corenlp("Trump welcomed Kadhimi to the White House on Thursday .");
    assertEquals(Set.of("USAGOV>IRQGOV:043"), events(s, mention(s, "Trump", "USAGOV"), mention(s, "Kadhimi", "IRQGOV")));
  }

  @Test
  void a_crowd_storming_an_embassy_is_a_riot() {
    AnnotatedSentence s = corenlp("Protesters stormed the US embassy in Baghdad .");
    assertEquals(Set.of("IRQCVL>USAGOV:145"),
        events(s, mention(s, "Protesters", "IRQCVL"), mention(s, "US embassy", "USAGOV")));
  }

  @Test
  void purpose_clause_repeating_the_code_without_agent_is_not_a_second_event() {
    AnnotatedSentence s = corenlp("Security forces fired tear gas to disperse the crowd .");
    assertEquals(Set.of("IRQCOP>IRQCVL:175"),
        events(s, mention(s, "Security forces", "IRQCOP"), mention(s, "crowd", "IRQCVL")));
  }

  @Test
  void sentences_without_actors_or_without_parse_give_nothing() {
    AnnotatedSentence s = corenlp("The militias did not attack the base .");
    assertTrue(events(s).isEmpty());
    AnnotatedSentence p = corenlp("Putin met Sudani in Moscow on October 10 .");
    assertTrue(matcher.match(TestParses.unparsed(p),
        actors(mention(p, "Putin", "RUSGOV"), mention(p, "Sudani", "IRQGOV"))).isEmpty());
  }

  @Test
  void trigger_noun_used_as_modifier_is_not_an_event() {
    AnnotatedSentence t = TestParses.parse(0, """
        1 Russia Russia NNP 2/nsubj
        2 delivered deliver VBD 0/root
        3 attack attack NN 4/compound
        4 helicopters helicopter NNS 2/obj
        5 to to IN 6/case
        6 Iraq Iraq NNP 2/obl:to
        """);
    assertEquals(Set.of("RUS>IRQ:072"), events(t, mention(t, "Russia", "RUS"), mention(t, "Iraq", "IRQ")));
  }

  @Test
  void conjoined_objects_give_one_event_each() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Sudani Sudani NNP 2/nsubj
        2 met meet VBD 0/root
        3 Putin Putin NNP 2/obj
        4 and and CC 5/cc
        5 Lavrov Lavrov NNP 3/conj:and 2/obj
        6 . . . 2/punct
        """);
    assertEquals(Set.of("IRQGOV>RUSGOV:040", "IRQGOV>RUSMFA:040"),
        events(s, mention(s, "Sudani", "IRQGOV"), mention(s, "Putin", "RUSGOV"), mention(s, "Lavrov", "RUSMFA")));
  }

  @Test
  void predicate_adjective_ready_turns_a_lexicon_complement_into_intent() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 France France NNP 3/nsubj
        2 is be VBZ 3/cop
        3 ready ready JJ 0/ROOT
        4 to to TO 5/mark
        5 contribute contribute VB 3/xcomp
        6 troops troop NNS 5/obj
        7 to to IN 8/case
        8 Liberia Liberia NNP 5/obl:to
        9 . . . 3/punct""");
    assertEquals(Set.of("FRA>LBR:0334"), events(s, mention(s, "France", "FRA"), mention(s, "Liberia", "LBR")));
  }

  @Test
  void predicate_adjective_without_a_lexicon_complement_is_no_event() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Baghdad Baghdad NNP 3/nsubj
        2 was be VBD 3/cop
        3 ready ready JJ 0/ROOT
        4 to to TO 5/mark
        5 help help VB 3/xcomp
        6 Tehran Tehran NNP 5/obj
        7 . . . 3/punct""");
    assertEquals(Set.of(), events(s, mention(s, "Baghdad", "IRQGOV"), mention(s, "Tehran", "IRNGOV")));
  }

  @Test
  void condemning_a_definite_strike_without_agent_targets_the_latest_force_agent() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 The the DT 2/det
        2 government government NN 3/nsubj
        3 condemned condemn VBD 0/ROOT
        4 the the DT 5/det
        5 raids raid NNS 3/obj
        6 . . . 3/punct""");
    ActorMention gov = mention(s, "government", "IRQGOV");
    ActorMention earlier = new ActorMention(0, 0, 0, 0, new org.pharos.model.ActorRef("US forces", "US forces",
        "USAMIL", "USA", "MIL", null), 0.9, "test");
    List<EventMatch> m = matcher.match(s, actors(gov), earlier);
    assertEquals(1, m.size(), m.toString());
    assertEquals("111", m.get(0).code());
    assertEquals("USAMIL", m.get(0).target().actor().code());
    List<EventMatch> alone = matcher.match(s, actors(gov), null);
    assertEquals(1, alone.size(), alone.toString());
    assertEquals(null, alone.get(0).target(), "no earlier force event: no target");
  }

  private static ActorMention earlierAgent(String code) {
    return new ActorMention(0, 0, 0, 0, new org.pharos.model.ActorRef("earlier agent", "earlier agent", code,
        code.substring(0, 3), code.length() >= 6 ? code.substring(3, 6) : null, null), 0.9, "test");
  }

  private Set<String> withEarlier(AnnotatedSentence s, ActorMention earlier, ActorMention... mentions) {
    Set<String> out = new TreeSet<>();
    for (EventMatch m : matcher.match(s, actors(mentions), earlier)) {
      out.add((m.source() == null ? "-" : m.source().actor().code()) + ">"
          + (m.target() == null ? "-" : m.target().actor().code()) + ":" + m.code().substring(0, 2));
    }
    return out;
  }

  @Test
  void definite_strike_with_no_target_of_its_own_refers_back_and_is_no_new_event() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Zarif Zarif NNP 2/nsubj
        2 claimed claim VBD 0/ROOT
        3 the the DT 4/det
        4 strikes strike NNS 2/obj
        5 . . . 2/punct""");
    assertTrue(withEarlier(s, earlierAgent("USAMIL"), mention(s, "Zarif", "IRNGOV")).stream()
        .noneMatch(e -> e.endsWith(":19")));
  }

  @Test
  void definite_strike_that_hits_a_target_is_still_the_earlier_agents_event() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 The the DT 2/det
        2 strike strike NN 4/nsubj
        3 also also RB 4/advmod
        4 killed kill VBD 0/ROOT
        5 Muhandis Muhandis NNP 4/obj
        6 . . . 4/punct""");
    assertEquals(Set.of("USAMIL>IRQREB:19"), withEarlier(s, earlierAgent("USAMIL"), mention(s, "Muhandis", "IRQREB")));
  }

  @Test
  void threat_announced_as_retaliation_is_aimed_at_the_latest_foreign_force_agent() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 The the DT 2/det
        2 militia militia NN 3/nsubj
        3 vowed vow VBD 0/ROOT
        4 that that IN 7/mark
        5 it it PRP 7/nsubj
        6 would would MD 7/aux
        7 respond respond VB 3/ccomp
        8 . . . 3/punct""");
    ActorMention militia = mention(s, "militia", "IRQREB");
    assertEquals(Set.of("IRQREB>USAMIL:13"), withEarlier(s, earlierAgent("USAMIL"), militia));
    assertEquals(Set.of("IRQREB>-:13"), withEarlier(s, null, militia), "no earlier force event: no target");
    assertEquals(Set.of("IRQREB>-:13"), withEarlier(s, earlierAgent("IRQMIL"), militia),
        "retaliation is not aimed at the speaker's own country");
  }

  @Test
  void hitting_back_is_retaliation_but_a_plain_threat_to_attack_takes_no_earlier_agent() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 The the DT 2/det
        2 commander commander NN 3/nsubj
        3 said say VBD 0/ROOT
        4 the the DT 5/det
        5 group group NN 7/nsubj
        6 would would MD 7/aux
        7 hit hit VB 3/ccomp
        8 back back RB 7/advmod
        9 hard hard RB 7/advmod
        10 . . . 3/punct""");
    assertEquals(Set.of("IRQREB>USAMIL:13"), withEarlier(s, earlierAgent("USAMIL"),
        mention(s, "commander", "IRQREB"), mention(s, "group", "IRQREB")));
    AnnotatedSentence plain = TestParses.parse(0, """
        1 The the DT 2/det
        2 militia militia NN 3/nsubj 5/nsubj:xsubj
        3 vowed vow VBD 0/ROOT
        4 to to TO 5/mark
        5 attack attack VB 3/xcomp
        6 . . . 3/punct""");
    assertEquals(Set.of("IRQREB>-:13"), withEarlier(plain, earlierAgent("USAMIL"), mention(plain, "militia", "IRQREB")));
  }

  @Test
  void conditional_threat_is_aimed_at_the_subject_of_its_condition_when_foreign() {
    String conll = """
        1 Russia Russia NNP 2/nsubj 4/nsubj:xsubj
        2 threatened threaten VBD 0/ROOT
        3 to to TO 4/mark
        4 stop stop VB 2/xcomp
        5 negotiations negotiation NNS 4/obj
        6 unless unless IN 8/mark
        7 Washington Washington NNP 8/nsubj
        8 withdraws withdraw VBZ 4/advcl:unless
        9 the the DT 10/det
        10 plan plan NN 8/obj
        11 . . . 2/punct""";
    AnnotatedSentence s = TestParses.parse(0, conll);
    Set<String> threats = withEarlier(s, null, mention(s, "Russia", "RUS"), mention(s, "Washington", "USAGOV"));
    assertTrue(threats.contains("RUS>USAGOV:13"), threats.toString());
    Set<String> own = withEarlier(s, null, mention(s, "Russia", "RUS"), mention(s, "Washington", "RUSGOV"));
    assertTrue(own.stream().noneMatch(e -> e.startsWith("RUS>RUSGOV:13")), "a condition on the own side is no target: " + own);
    AnnotatedSentence plain = TestParses.parse(0, """
        1 Russia Russia NNP 2/nsubj 4/nsubj:xsubj
        2 threatened threaten VBD 0/ROOT
        3 to to TO 4/mark
        4 stop stop VB 2/xcomp
        5 negotiations negotiation NNS 4/obj
        6 . . . 2/punct""");
    assertTrue(withEarlier(plain, null, mention(plain, "Russia", "RUS")).stream().allMatch(e -> e.startsWith("RUS>-")));
  }

  @Test
  void rejecting_a_definite_claim_without_author_targets_the_latest_foreign_force_agent() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 The the DT 2/det
        2 minister minister NN 3/nsubj
        3 rejected reject VBD 0/ROOT
        4 that that IN 5/amod
        5 claim claim NN 3/obj
        6 . . . 3/punct""");
    ActorMention minister = mention(s, "minister", "IRQGOV");
    assertEquals(Set.of("IRQGOV>IRNMIL:12"), withEarlier(s, earlierAgent("IRNMIL"), minister));
    assertEquals(Set.of("IRQGOV>-:12"), withEarlier(s, earlierAgent("IRQMIL"), minister), "its own side's claim");
    assertEquals(Set.of("IRQGOV>-:12"), withEarlier(s, null, minister));
    AnnotatedSentence some = TestParses.parse(0, """
        1 The the DT 2/det
        2 minister minister NN 3/nsubj
        3 rejected reject VBD 0/ROOT
        4 a a DT 5/det
        5 claim claim NN 3/obj
        6 . . . 3/punct""");
    assertEquals(Set.of("IRQGOV>-:12"), withEarlier(some, earlierAgent("IRNMIL"), mention(some, "minister", "IRQGOV")),
        "an indefinite claim is no reference to an earlier one");
  }

  @Test
  void complaint_filed_with_a_forum_over_a_strike_targets_the_strikes_agent_not_the_forum() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 The the DT 2/det
        2 ministry ministry NN 3/nsubj
        3 filed file VBD 0/ROOT
        4 a a DT 5/det
        5 complaint complaint NN 3/obj
        6 with with IN 8/case
        7 the the DT 8/det
        8 Council Council NNP 5/nmod:with
        9 over over IN 11/case
        10 the the DT 11/det
        11 strike strike NN 3/obl:over
        12 . . . 3/punct""");
    ActorMention ministry = mention(s, "ministry", "IRQGOV");
    ActorMention council = mention(s, "Council", "IGOUNOUSC");
    assertEquals(Set.of("IRQGOV>USAMIL:11"), withEarlier(s, earlierAgent("USAMIL"), ministry, council));
    AnnotatedSentence plain = TestParses.parse(0, """
        1 The the DT 2/det
        2 ministry ministry NN 3/nsubj
        3 filed file VBD 0/ROOT
        4 a a DT 5/det
        5 complaint complaint NN 3/obj
        6 with with IN 8/case
        7 the the DT 8/det
        8 Council Council NNP 5/nmod:with
        9 . . . 3/punct""");
    assertEquals(Set.of("IRQGOV>IGOUNOUSC:11"), withEarlier(plain, earlierAgent("USAMIL"),
        mention(plain, "ministry", "IRQGOV"), mention(plain, "Council", "IGOUNOUSC")), "no grievance named: the forum");
  }

  @Test
  void rejecting_a_proposal_targets_its_author_even_when_the_parser_hangs_the_noun_elsewhere() {
    // the real parser made "demand" the subject of "sever" ("rejected [North Korea's demand] to sever ...")
    AnnotatedSentence s = TestParses.parse(0, """
        1 Seoul Seoul NNP 2/nsubj
        2 rejected reject VBD 0/ROOT
        3 Pyongyang Pyongyang NNP 5/nmod:poss
        4 's 's POS 3/case
        5 demand demand NN 7/nsubj
        6 to to IN 7/dep
        7 sever sever VB 2/ccomp
        8 troops troops NNS 7/obj
        9 . . . 2/punct""");
    Set<String> ev = withEarlier(s, null, mention(s, "Seoul", "KOR"), mention(s, "Pyongyang", "PRK"),
        mention(s, "troops", "---MIL"));
    assertEquals(Set.of("KOR>PRK:12"), ev.stream().filter(e -> e.endsWith(":12")).collect(java.util.stream.Collectors.toSet()),
        "the author, not the troops of no known country the complement names: " + ev);
    AnnotatedSentence tmod = TestParses.parse(0, """
        1 Beirut Beirut NNP 3/nsubj
        2 again again RB 3/advmod
        3 rejected reject VBD 0/ROOT
        4 Thursday Thursday NNP 3/obl:tmod
        5 a a DT 7/det
        6 UN UN NNP 7/compound
        7 appeal appeal NN 4/dep
        8 . . . 3/punct""");
    Set<String> appeal = withEarlier(tmod, null, mention(tmod, "Beirut", "LBNGOV"), mention(tmod, "UN", "IGOUNO"));
    assertTrue(appeal.contains("LBNGOV>IGOUNO:12"), appeal.toString());
    Set<String> own = withEarlier(tmod, null, mention(tmod, "Beirut", "LBNGOV"), mention(tmod, "UN", "LBNGOV"));
    assertTrue(own.stream().allMatch(e -> e.startsWith("LBNGOV>-")), "its own appeal is no target: " + own);
  }

  @Test
  void missing_target_is_found_through_nested_complements() {
    AnnotatedSentence s = corenlp("Norway is willing to send equipment to help defend Kuwait .");
    Set<String> ev = events(s, mention(s, "Norway", "NOR"), mention(s, "Kuwait", "KWT"));
    // the offer is Norway's, towards Kuwait ("defend Kuwait" alone has no source and is dropped later)
    assertTrue(ev.stream().anyMatch(e -> e.startsWith("NOR>KWT:03")), ev.toString());
    assertTrue(ev.stream().noneMatch(e -> e.startsWith("NOR>-")), ev.toString());
  }

  @Test
  void missing_target_is_found_in_a_modifier_of_the_complements_object_with_its_conjuncts() {
    AnnotatedSentence s = corenlp("Iraq agreed to provide aid for Syria and Lebanon .");
    Set<String> ev = events(s, mention(s, "Iraq", "IRQ"), mention(s, "Syria", "SYR"), mention(s, "Lebanon", "LBN"));
    assertEquals(Set.of("IRQ>SYR", "IRQ>LBN"), pairs(ev), ev.toString());
  }

  @Test
  void foreign_place_of_an_action_is_its_target_but_a_home_place_is_not() {
    AnnotatedSentence s = corenlp("Hamas threatened to resume attacks in Israel .");
    Set<String> ev = events(s, mention(s, "Hamas", "PSEREB"), mention(s, "Israel", "ISR"));
    assertEquals(Set.of("PSEREB>ISR"), pairs(ev), ev.toString());
    AnnotatedSentence t = corenlp("Iraq pledged to hold talks in Baghdad .");
    Set<String> home = events(t, mention(t, "Iraq", "IRQ"), mention(t, "Baghdad", "IRQ"));
    assertEquals(Set.of("IRQ>-"), pairs(home), home.toString());
  }

  @Test
  void coordinated_country_modifiers_of_one_noun_give_one_actor_each_with_the_nouns_role() {
    AnnotatedSentence s = corenlp("US and British activists protested against China .");
    Set<String> ev = events(s, mention(s, "US", "USA"), mention(s, "British activists", "GBROPP"),
        mention(s, "China", "CHN"));
    assertEquals(Set.of("GBROPP>CHN", "USAOPP>CHN"), pairs(ev), ev.toString());
  }

  @Test
  void speaker_alleging_that_a_third_party_used_force_accuses_it_instead_of_reporting_the_attack() {
    AnnotatedSentence s = corenlp("Washington said that Iran had attacked the tanker .");
    assertEquals(Set.of("USA>IRN:112"), events(s, mention(s, "Washington", "USA"), mention(s, "Iran", "IRN")));
    AnnotatedSentence own = corenlp("The group claimed that it had attacked the US base .");
    Set<String> ev = events(own, mention(own, "group", "IRQREB"), mention(own, "US base", "USAMIL"));
    assertTrue(ev.stream().noneMatch(e -> e.endsWith(":112")), "a pronoun subject is the speaker's own report: " + ev);
  }

  @Test
  void speaker_judging_another_partys_strike_disapproves_of_its_agent_but_not_of_its_own() {
    AnnotatedSentence s = corenlp("Iraq said the strike was a violation of its sovereignty .");
    ActorMention usStrike = mention(s, "Iraq", "USAMIL"); // stands in for the earlier strike's agent
    Set<String> ev = new TreeSet<>();
    for (EventMatch m : matcher.match(s, actors(mention(s, "Iraq", "IRQGOV")), usStrike)) {
      ev.add(m.source().actor().code() + ">" + (m.target() == null ? "-" : m.target().actor().code()) + ":" + m.code());
    }
    assertEquals(Set.of("IRQGOV>USAMIL:111"), ev);
    AnnotatedSentence own = corenlp("The Pentagon said the strike was a proportionate response .");
    Set<String> mine = new TreeSet<>();
    for (EventMatch m : matcher.match(own, actors(mention(own, "Pentagon", "USAMIL")), usStrike)) {
      mine.add(m.code());
    }
    assertTrue(mine.stream().noneMatch(c -> c.startsWith("11")), mine.toString());
  }

  @Test
  void where_a_shot_was_fired_from_is_its_source_never_its_target() {
    AnnotatedSentence s = corenlp("Two rockets were fired from Iran .");
    Set<String> ev = events(s, mention(s, "Iran", "IRN"));
    assertEquals(Set.of("IRN>-"), pairs(ev), ev.toString());
  }

  @Test
  void predicate_noun_with_a_pronoun_subject_refers_back_and_is_no_new_event() {
    AnnotatedSentence s = corenlp("It was the first US strike in Syria .");
    assertEquals(Set.of(), events(s, mention(s, "US", "USA"), mention(s, "Syria", "SYR")));
    AnnotatedSentence t = corenlp("They were the first US soldiers killed in Syria .");
    assertEquals(Set.of(), events(t, mention(t, "US soldiers", "USAMIL"), mention(t, "Syria", "SYR")));
    AnnotatedSentence u = corenlp("The first US strike in Syria killed two militants .");
    Set<String> ev = events(u, mention(u, "US", "USA"), mention(u, "Syria", "SYR"), mention(u, "militants", "SYRREB"));
    assertEquals(Set.of("USA>SYRREB"), pairs(ev), "the same noun as a subject is an event: " + ev);
  }

  @Test
  void demanded_that_clause_with_a_mistagged_verb_still_targets_its_subject() {
    // CoreNLP tags "end" as a noun here; the clause still has a subject
    AnnotatedSentence s = TestParses.parse(0, """
        1 Amnesty Amnesty NNP 2/nsubj
        2 demanded demand VBD 0/ROOT
        3 that that IN 6/mark
        4 the the DT 5/det
        5 government government NN 6/nsubj
        6 end end NN 2/ccomp
        7 curbs curb NNS 6/obj
        8 . . . 2/punct""");
    Set<String> ev = events(s, mention(s, "Amnesty", "NGOHRI"), mention(s, "government", "SDNGOV"));
    assertEquals(Set.of("NGOHRI>SDNGOV"), pairs(ev), ev.toString());
  }

  /** "SOURCE>TARGET" of each event, without the code. */
  private static Set<String> pairs(Set<String> events) {
    Set<String> out = new TreeSet<>();
    for (String e : events) {
      out.add(e.substring(0, e.indexOf(':')));
    }
    return out;
  }
}
