package org.pharos.coder.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharos.model.text.AnnotatedSentence;

class KnowledgeBaseActorResolverTest {
  private static KnowledgeBaseActorResolver resolver;

  @BeforeAll
  static void load() {
    resolver = new KnowledgeBaseActorResolver(ActorKnowledgeBase.loadDefault());
  }

  private static DocumentActors resolve(String date, AnnotatedSentence... s) {
    return resolver.resolve(Sentences.document(date, s));
  }

  private static ActorMention at(DocumentActors a, int sentence, int token) {
    return a.covering(sentence, token).orElseThrow(() -> new AssertionError("no actor at " + sentence + ":" + token
        + "; found " + a.all()));
  }

  @Test
  void us_the_country_is_coded_but_us_the_pronoun_is_not() {
    DocumentActors a = resolve("2024-01-05",
        Sentences.sentence(0, "US/NNP troops/NNS told/VBD us/PRP to/TO leave/VB ./."));
    ActorMention troops = at(a, 0, 2);
    assertEquals("USAMIL", troops.actor().code());
    assertEquals("US troops", troops.actor().text());
    assertTrue(a.covering(0, 4).isEmpty(), "lower-case 'us' is a pronoun");
  }

  @Test
  void is_the_group_needs_capitals_and_is_the_verb_is_not_an_actor() {
    DocumentActors a = resolve("2016-03-01",
        Sentences.sentence(0, "The/DT army/NN is/VBZ fighting/VBG IS/NNP near/IN Mosul/NNP ./."));
    assertTrue(a.covering(0, 3).isEmpty());
    assertEquals("IMGREBISI", at(a, 0, 5).actor().code());
    assertEquals("---MIL", at(a, 0, 2).actor().code(), "a bare role has no country");
  }

  @Test
  void country_adjective_and_role_compose_into_country_sector_codes() {
    DocumentActors a = resolve("2020-01-05",
        Sentences.sentence(0, "The/DT Iraqi/JJ parliament/NN and/CC the/DT Russian/JJ defense/NN ministry/NN met/VBD"
            + " the/DT Iraqi/JJ Foreign/NNP Minister/NNP ./."));
    assertEquals("IRQLEG", at(a, 0, 3).actor().code());
    assertEquals("IRQ", at(a, 0, 3).actor().country());
    assertEquals("LEG", at(a, 0, 3).actor().sector());
    assertEquals("RUSMIL", at(a, 0, 8).actor().code());
    assertEquals("IRQGOV", at(a, 0, 12).actor().code());
    assertEquals("role", at(a, 0, 12).how());
  }

  @Test
  void possessive_country_composes_with_the_role_after_it() {
    DocumentActors a = resolve("2021-05-05",
        Sentences.sentence(0, "Iraq/NNP ~'s/POS foreign/JJ ministry/NN condemned/VBD Iran/NNP ~'s/POS strike/NN ./."));
    ActorMention ministry = at(a, 0, 4);
    assertEquals("IRQGOV", ministry.actor().code());
    assertEquals("Iraq's foreign ministry", ministry.actor().text());
    assertEquals("IRN", at(a, 0, 6).actor().code(), "a possessive country before a non-role word stays a country");
  }

  @Test
  void role_of_country_takes_the_country() {
    DocumentActors a = resolve("2023-03-01",
        Sentences.sentence(0, "the/DT Prime/NNP Minister/NNP of/IN Iraq/NNP visited/VBD Tehran/NNP"));
    ActorMention pm = at(a, 0, 3);
    assertEquals("IRQGOV", pm.actor().code());
    assertEquals("Prime Minister of Iraq", pm.actor().text());
    assertEquals("Mohammed Shia al-Sudani", pm.actor().name(), "the office-holder on the document date");
  }

  @Test
  void people_resolve_by_the_document_date() {
    AnnotatedSentence s = Sentences.sentence(0, "Trump/NNP spoke/VBD with/IN Lavrov/NNP");
    assertEquals("USAGOV", at(resolve("2019-06-01", s), 0, 1).actor().code());
    assertEquals("USAGOV", at(resolve("2025-03-01", s), 0, 1).actor().code());
    ActorMention between = at(resolve("2022-06-01", s), 0, 1);
    assertEquals("USAELI", between.actor().code(), "out of office: a former official");
    assertTrue(between.confidence() < 1.0);
    assertEquals("RUSGOV", at(resolve("2019-06-01", s), 0, 4).actor().code());
    assertEquals("Sergey Lavrov", at(resolve("2019-06-01", s), 0, 4).actor().name());
  }

  @Test
  void one_person_with_two_offices_gets_the_code_of_the_date() {
    AnnotatedSentence s = Sentences.sentence(0, "Kadhimi/NNP met/VBD officials/NNS");
    assertEquals("IRQSPY", at(resolve("2018-01-01", s), 0, 1).actor().code());
    assertEquals("IRQGOV", at(resolve("2021-01-01", s), 0, 1).actor().code());
  }

  @Test
  void spelling_variants_hyphens_and_apostrophes_match_the_same_actor() {
    for (String words : List.of("Kata'ib/NNP Hizballah/NNP", "Kataib/NNP Hezbollah/NNP", "Kataeb/NNP Hezbollah/NNP",
        "Hezbollah/NNP Brigades/NNPS", "KH/NNP", "Kata/NNP ~'ib/NNP Hizballah/NNP")) {
      DocumentActors a = resolve("2020-01-01", Sentences.sentence(0, words + " fired/VBD rockets/NNS"));
      assertEquals("IRQUAFKTH", at(a, 0, 1).actor().code(), words);
      assertEquals("IRN", at(a, 0, 1).actor().affiliation(), words);
    }
    for (String words : List.of("al-Sudani/NNP", "al/NNP Sudani/NNP", "Sudani/NNP", "Mohammed/NNP Shia/NNP al-Sudani/NNP")) {
      DocumentActors a = resolve("2023-10-10", Sentences.sentence(0, words + " met/VBD Putin/NNP"));
      assertEquals("Mohammed Shia al-Sudani", at(a, 0, 1).actor().name(), words);
    }
    for (String words : List.of("Qasem/NNP Soleimani/NNP", "Qassem/NNP Soleimani/NNP", "Suleimani/NNP")) {
      DocumentActors a = resolve("2019-10-01", Sentences.sentence(0, words + " visited/VBD Baghdad/NNP"));
      assertEquals("IRNMIL", at(a, 0, 1).actor().code(), words);
    }
  }

  @Test
  void lower_case_common_words_do_not_match_capitalized_names() {
    DocumentActors a = resolve("2020-01-01",
        Sentences.sentence(0, "a/DT turkey/NN and/CC china/NN plates/NNS"));
    assertTrue(a.all().isEmpty(), a.all().toString());
  }

  @Test
  void backer_affiliation_is_kept_and_country_comes_from_in_country() {
    DocumentActors a = resolve("2023-11-01",
        Sentences.sentence(0, "Iran-backed/JJ militias/NNS in/IN Iraq/NNP attacked/VBD US/NNP forces/NNS"));
    ActorMention m = at(a, 0, 2);
    assertEquals("IRQUAF", m.actor().code());
    assertEquals("IRQ", m.actor().country());
    assertEquals("IRN", m.actor().affiliation());
    assertEquals("USAMIL", at(a, 0, 6).actor().code());

    DocumentActors b = resolve("2023-11-01", Sentences.sentence(0, "Iran-backed/JJ militias/NNS attacked/VBD"));
    assertEquals("---UAF", at(b, 0, 2).actor().code());
    assertEquals("IRN", at(b, 0, 2).actor().affiliation());
    assertNull(at(b, 0, 2).actor().country());

    DocumentActors c = resolve("2023-11-01",
        Sentences.sentence(0, "Iraqi/JJ Iran/NNP -/HYPH backed/VBN militias/NNS attacked/VBD"));
    assertEquals("IRQUAF", at(c, 0, 5).actor().code());
    assertEquals("IRN", at(c, 0, 5).actor().affiliation());
  }

  @Test
  void title_with_a_new_name_is_learned_for_later_mentions() {
    DocumentActors a = resolve("2023-05-01",
        Sentences.sentence(0, "US/NNP Ambassador/NNP to/TO Iraq/NNP Alina/NNP Romanowski/NNP met/VBD Sudani/NNP ./."),
        Sentences.sentence(1, "Ms./NNP Romanowski/NNP said/VBD the/DT talks/NNS went/VBD well/RB ./."));
    ActorMention first = at(a, 0, 6);
    assertEquals("USAGOV", first.actor().code());
    assertEquals("Alina Romanowski", first.actor().name());
    assertEquals("US Ambassador to Iraq Alina Romanowski", first.actor().text());
    ActorMention later = at(a, 1, 2);
    assertEquals("USAGOV", later.actor().code());
    assertEquals("Alina Romanowski", later.actor().name());
    assertEquals("learned", later.how());
    assertEquals(1, later.tokenBegin(), "the honorific belongs to the mention");
    assertEquals("IRQGOV", at(a, 0, 8).actor().code());
  }

  @Test
  void bare_title_resolves_to_the_office_holder_named_earlier() {
    DocumentActors a = resolve("2021-11-07",
        Sentences.sentence(0, "Drones/NNS attacked/VBD the/DT home/NN of/IN Mustafa/NNP al-Kadhimi/NNP ./."),
        Sentences.sentence(1, "The/DT prime/JJ minister/NN was/VBD unhurt/JJ ./."),
        Sentences.sentence(2, "The/DT Iraqi/JJ leader/NN called/VBD for/IN calm/NN ./."));
    ActorMention pm = at(a, 1, 3);
    assertEquals("IRQGOV", pm.actor().code());
    assertEquals("Mustafa al-Kadhimi", pm.actor().name());
    assertEquals("learned", pm.how());
    assertEquals("Mustafa al-Kadhimi", at(a, 2, 3).actor().name());
    assertTrue(a.covering(0, 1).isEmpty(), "an unattributed drone names no actor (the gold leaves the side empty)");
  }

  @Test
  void bare_title_without_an_earlier_name_uses_the_focus_country_holder() {
    DocumentActors a = resolve("2024-02-01",
        Sentences.sentence(0, "Iraqi/JJ officials/NNS and/CC Iraqi/JJ lawmakers/NNS met/VBD in/IN Baghdad/NNP ./."),
        Sentences.sentence(1, "The/DT president/NN objected/VBD ./."));
    ActorMention p = at(a, 1, 2);
    assertEquals("Abdul Latif Rashid", p.actor().name());
    assertEquals(KnowledgeBaseActorResolver.FOCUS_CONFIDENCE, p.confidence());
    assertTrue(a.covering(0, 8).isEmpty(), "a capital after 'in' is a place");
  }

  @Test
  void appositive_teaches_a_new_name() {
    DocumentActors a = resolve("2024-01-10",
        Sentences.sentence(0, "John/NNP Doe/NNP ,/, the/DT British/JJ envoy/NN ,/, arrived/VBD ./."),
        Sentences.sentence(1, "Doe/NNP met/VBD Hussein/NNP ./."));
    assertEquals("GBRGOV", at(a, 0, 1).actor().code());
    assertEquals("John Doe", at(a, 0, 1).actor().name());
    assertEquals("GBRGOV", at(a, 1, 1).actor().code());
    assertTrue(a.covering(1, 3).isEmpty(), "a bare 'Hussein' is ambiguous and not in the knowledge base");
  }

  @Test
  void pronoun_links_to_the_previous_subject_with_lower_confidence() {
    DocumentActors a = resolve("2023-02-05",
        Sentences.sentence(0, "Lavrov/NNP visited/VBD Baghdad/NNP on/IN Sunday/NNP ./.",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl(2,5) punct(2,6)"),
        Sentences.sentence(1, "He/PRP met/VBD the/DT Iraqi/JJ foreign/JJ minister/NN ./.",
            "nsubj(2,1) root(0,2) det(6,3) amod(6,4) amod(6,5) obj(2,6) punct(2,7)"));
    ActorMention he = at(a, 1, 1);
    assertEquals("RUSGOV", he.actor().code());
    assertEquals("He", he.actor().text());
    assertEquals("pronoun", he.how());
    assertEquals(KnowledgeBaseActorResolver.PRONOUN_CONFIDENCE, he.confidence());
    ActorMention fm = at(a, 1, 6);
    assertEquals("IRQGOV", fm.actor().code());
    assertEquals("Fuad Hussein", fm.actor().name());
    assertEquals(6, fm.headToken(), "the syntactic head of the span");
  }

  @Test
  void it_links_to_an_organisation_not_to_a_person() {
    DocumentActors a = resolve("2024-01-30",
        Sentences.sentence(0, "Kataib/NNP Hezbollah/NNP suspended/VBD attacks/NNS ,/, Biden/NNP said/VBD ./."),
        Sentences.sentence(1, "It/PRP blamed/VBD Washington/NNP ./."));
    assertEquals("IRQUAFKTH", at(a, 1, 1).actor().code());
    assertEquals("USAGOV", at(a, 1, 3).actor().code());
    assertEquals(0.6, at(a, 1, 3).confidence(), 1e-9, "a capital is a lower-confidence metonym");
  }

  @Test
  void head_token_is_the_last_noun_without_a_parse_and_the_syntactic_head_with_one() {
    DocumentActors unparsed = resolve("2020-01-01",
        Sentences.sentence(0, "nine/CD Iraqi/JJ militiamen/NNS were/VBD killed/VBN"));
    ActorMention m = at(unparsed, 0, 3);
    assertEquals(1, m.tokenBegin());
    assertEquals(3, m.headToken());
    assertEquals("nine Iraqi militiamen", m.actor().text());
    DocumentActors parsed = resolve("2020-01-01",
        Sentences.sentence(0, "Pentagon/NNP spokesman/NN John/NNP Kirby/NNP said/VBD",
            "compound(2,1) nsubj(5,2) appos(2,4) compound(4,3) root(0,5)"));
    ActorMention p = at(parsed, 0, 1);
    assertEquals("USAMIL", p.actor().code(), "a weak head keeps the institution's code");
    assertEquals(2, p.headToken());
  }

  @Test
  void generic_actors_are_coded_when_unnamed() {
    DocumentActors a = resolve("2020-01-01",
        Sentences.sentence(0, "Unidentified/JJ gunmen/NNS killed/VBD two/CD protesters/NNS"));
    assertEquals("---UAF", at(a, 0, 2).actor().code());
    assertEquals("generic", at(a, 0, 2).how());
    assertEquals("---CVL", at(a, 0, 5).actor().code());
  }

  @Test
  void institutions_and_igos_are_full_actors() {
    DocumentActors a = resolve("2024-02-02",
        Sentences.sentence(0, "The/DT Pentagon/NNP and/CC the/DT IRGC/NNP briefed/VBD the/DT UN/NNP Security/NNP Council/NNP"));
    assertEquals("USAMIL", at(a, 0, 2).actor().code());
    assertEquals("IRNMIL", at(a, 0, 5).actor().code());
    assertEquals("IGOUNOUSC", at(a, 0, 9).actor().code());
  }

  @Test
  void untagged_sentences_still_match() {
    DocumentActors a = resolve("2020-01-08", Sentences.sentence(0, "Iranian missiles hit Erbil"));
    assertEquals("IRNMIL", at(a, 0, 2).actor().code());
    assertFalse(a.all().isEmpty());
  }

  @Test
  void a_weapon_is_an_actor_only_when_someone_owns_it() {
    DocumentActors a = resolve("2024-01-16",
        Sentences.sentence(0, "Missiles/NNS hit/VBD Erbil/NNP ;/: Iranian/JJ missiles/NNS and/CC militia/NN rockets/NNS followed/VBD"));
    assertTrue(a.covering(0, 1).isEmpty(), "bare missiles name nobody");
    assertEquals("IRNMIL", at(a, 0, 6).actor().code());
    assertEquals("---UAF", at(a, 0, 9).actor().code(), "a weapon word yields to the role before it");
  }

  @Test
  void month_before_a_comma_is_not_learned_as_an_appositive_name() {
    DocumentActors a = resolve("2024-02-15",
        Sentences.sentence(0, "By/IN early/JJ February/NNP ,/, officials/NNS counted/VBD 160/CD attacks/NNS ./.",
            "case(3,1) amod(3,2) obl(6,3) punct(6,4) nsubj(6,5) root(0,6) nummod(8,7) obj(6,8) punct(6,9)"),
        Sentences.sentence(1, "The/DT US/NNP strikes/NNS of/IN February/NNP 2/CD followed/VBD ./."));
    assertTrue(a.covering(0, 3).isEmpty(), a.all().toString());
    assertTrue(a.covering(1, 5).isEmpty(), "a month never becomes a learned actor");
    DocumentActors unparsed = resolve("2024-02-15",
        Sentences.sentence(0, "In/IN Basra/NNP ,/, officials/NNS said/VBD ./."));
    assertTrue(unparsed.covering(0, 2).isEmpty(), "a name after a preposition is no appositive");
  }

  @Test
  void appositive_needs_the_appos_relation_when_parsed() {
    DocumentActors a = resolve("2024-01-10",
        Sentences.sentence(0, "John/NNP Doe/NNP ,/, the/DT British/JJ envoy/NN ,/, arrived/VBD ./.",
            "compound(2,1) nsubj(8,2) punct(2,3) det(6,4) amod(6,5) appos(2,6) punct(2,7) root(0,8) punct(8,9)"));
    assertEquals("GBRGOV", at(a, 0, 2).actor().code());
    assertEquals("John Doe", at(a, 0, 2).actor().name());
  }

  @Test
  void common_noun_between_country_and_role_still_composes() {
    DocumentActors a = resolve("2020-01-03",
        Sentences.sentence(0, "Iraq/NNP ~'s/POS caretaker/NN government/NN met/VBD NATO/NNP peacekeeping/NN troops/NNS"));
    assertEquals("IRQGOV", at(a, 0, 4).actor().code());
    assertEquals("IGOWSTNAT", at(a, 0, 8).actor().code());
  }

  @Test
  void country_after_at_or_into_is_an_actor_but_after_in_a_place() {
    DocumentActors a = resolve("2015-06-09",
        Sentences.sentence(0, "The/DT US/NNP fired/VBD batteries/NNS at/IN Russia/NNP and/CC rockets/NNS into/IN Israel/NNP"
            + " from/IN bases/NNS in/IN Turkey/NNP"));
    assertEquals("RUS", at(a, 0, 6).actor().code());
    assertEquals("ISR", at(a, 0, 10).actor().code());
    assertTrue(a.covering(0, 14).isEmpty(), "in Turkey is a place");
  }

  @Test
  void role_in_a_country_takes_that_country_except_diplomats() {
    DocumentActors a = resolve("2008-08-06",
        Sentences.sentence(0, "A/DT court/NN in/IN Guyana/NNP and/CC security/NN forces/NNS in/IN Guinea/NNP met/VBD"
            + " the/DT embassy/NN in/IN Iraq/NNP"));
    assertEquals("GUYJUD", at(a, 0, 2).actor().code());
    assertEquals("GINCOP", at(a, 0, 7).actor().code());
    assertEquals("---GOV", at(a, 0, 12).actor().code(), "an embassy in Iraq is not Iraq's");
  }

  @Test
  void title_name_of_country_takes_the_country() {
    DocumentActors a = resolve("1990-01-01",
        Sentences.sentence(0, "King/NNP Idris/NNP of/IN Morocco/NNP received/VBD envoys/NNS"));
    ActorMention king = at(a, 0, 2);
    assertEquals("MARGOV", king.actor().code());
    assertEquals("King Idris of Morocco", king.actor().text(), "a name the knowledge base does not know");
  }

  @Test
  void led_forces_belong_to_the_leader_and_backed_ones_do_not() {
    DocumentActors a = resolve("1985-01-01",
        Sentences.sentence(0, "Vietnamese-led/JJ forces/NNS fought/VBD Iran-backed/JJ militias/NNS"));
    assertEquals("VNMMIL", at(a, 0, 2).actor().code());
    assertEquals("---UAF", at(a, 0, 5).actor().code());
  }

  @Test
  void ethnic_people_are_not_coded_as_the_state_of_the_same_name() {
    DocumentActors a = resolve("2001-01-01",
        Sentences.sentence(0, "Ethnic/JJ Albanian/JJ guerrillas/NNS in/IN Macedonia/NNP and/CC Bosnian/JJ Serbs/NNPS met/VBD"));
    assertEquals("MKDREB", at(a, 0, 3).actor().code());
    assertEquals("BIH", at(a, 0, 8).actor().code(), "an adjective and a people: the state the adjective names");
  }

  @Test
  void european_community_is_the_eu_and_a_national_monitor_carries_its_country() {
    DocumentActors a = resolve("1990-01-01",
        Sentences.sentence(0, "The/DT European/NNP Community/NNP and/CC the/DT Syrian/NNP Observatory/NNP for/IN Human/NNP"
            + " Rights/NNPS"));
    assertEquals("IGOEUREEC", at(a, 0, 3).actor().code());
    assertEquals("SYRNGOSOH", at(a, 0, 7).actor().code());
  }

  @Test
  void state_roles_and_local_militants_without_a_country_take_the_setting_country() {
    DocumentActors a = resolve("2001-01-01",
        Sentences.sentence(0, "President/NNP Amine/NNP Zerhani/NNP threatened/VBD a/DT curfew/NN in/IN Algiers/NNP"
            + " as/IN militants/NNS attacked/VBD the/DT government/NN"));
    ActorMention president = at(a, 0, 2);
    assertEquals("DZAGOV", president.actor().code(), "Algiers, a place, sets the story in Algeria");
    assertTrue(president.confidence() < 0.9);
    assertEquals("DZAGOV", at(a, 0, 13).actor().code());
    assertEquals("DZAREB", at(a, 0, 10).actor().code(), "unnamed militants are coded by where they operate, as the gold sets do");
  }

  @Test
  void every_country_of_a_coordinated_place_is_a_place_not_a_target() {
    DocumentActors a = resolve("2024-02-03",
        Sentences.sentence(0, "US/NNP forces/NNS struck/VBD sites/NNS in/IN Iraq/NNP and/CC Syria/NNP on/IN Friday/NNP"));
    assertEquals("USAMIL", at(a, 0, 2).actor().code());
    assertTrue(a.covering(0, 6).isEmpty(), "Iraq after 'in' is a place");
    assertTrue(a.covering(0, 8).isEmpty(), "Syria, coordinated with a place, is a place too");
  }

  @Test
  void a_country_after_a_place_that_starts_a_clause_stays_an_actor() {
    DocumentActors a = resolve("2024-02-03",
        Sentences.sentence(0, "a/DT strike/NN in/IN Iraq/NNP and/CC Iran/NNP condemned/VBD it/PRP"));
    assertEquals("IRN", at(a, 0, 6).actor().code());
  }

  @Test
  void the_dateline_capital_breaks_a_tie_between_places_for_unnamed_militants() {
    DocumentActors a = resolve("2024-01-28",
        Sentences.sentence(0, "BAGHDAD/NNP ,/, Jan./NNP 28/CD --/: Biden/NNP blamed/VBD militant/JJ groups/NNS operating/VBG"
            + " in/IN Syria/NNP and/CC Iraq/NNP"));
    assertEquals("IRQREB", at(a, 0, 9).actor().code());
  }

  @Test
  void a_dateline_alone_does_not_set_where_militants_operate() {
    DocumentActors a = resolve("2024-01-28",
        Sentences.sentence(0, "WASHINGTON/NNP ,/, Jan./NNP 28/CD --/: Biden/NNP blamed/VBD militant/JJ groups/NNS in/IN Iraq/NNP"));
    assertEquals("IRQREB", at(a, 0, 9).actor().code(), "the place named in the story wins over the dateline");
    DocumentActors tie = resolve("2024-01-28",
        Sentences.sentence(0, "AMMAN/NNP ,/, Jan./NNP 28/CD --/: Biden/NNP blamed/VBD militant/JJ groups/NNS operating/VBG"
            + " in/IN Syria/NNP and/CC Iraq/NNP"));
    assertTrue(!at(tie, 0, 9).actor().code().startsWith("JOR"), "a dateline outside the tied places decides nothing");
  }

  @Test
  void an_unnamed_state_role_takes_the_dateline_country_when_the_story_names_it() {
    DocumentActors a = resolve("2023-11-22",
        Sentences.sentence(0, "BAGHDAD/NNP ,/, Nov./NNP 22/CD --/: American/JJ jets/NNS bombed/VBD Kataib/NNP Hezbollah/NNP"
            + " ,/, US/NNP officials/NNS said/VBD ./."),
        Sentences.sentence(1, "Government/NNP spokesman/NN Basim/NNP al-Awadi/NNP criticised/VBD Washington/NNP ./."));
    assertEquals("IRQGOV", at(a, 1, 2).actor().code(), "the dateline's country, named by Kataib Hezbollah");
    DocumentActors elsewhere = resolve("2023-11-22",
        Sentences.sentence(0, "AMMAN/NNP ,/, Nov./NNP 22/CD --/: American/JJ jets/NNS bombed/VBD Kataib/NNP Hezbollah/NNP"
            + " ,/, US/NNP officials/NNS said/VBD ./."),
        Sentences.sentence(1, "Government/NNP spokesman/NN Basim/NNP al-Awadi/NNP criticised/VBD Washington/NNP ./."));
    assertEquals("USAGOV", at(elsewhere, 1, 2).actor().code(), "a dateline country the story never names decides nothing");
  }

  @Test
  void no_setting_country_when_two_countries_tie() {
    DocumentActors a = resolve("1990-01-01",
        Sentences.sentence(0, "President/NNP Jean/NNP Dupont/NNP welcomed/VBD the/DT South/NNP African/NNP leader/NN"
            + " to/TO Spain/NNP"));
    assertEquals("---GOV", at(a, 0, 2).actor().code());
    assertEquals("ZAFGOV", at(a, 0, 8).actor().code());
  }

  @Test
  void a_leader_name_before_a_body_role_gives_that_country() {
    DocumentActors a = resolve("1990-05-01",
        Sentences.sentence(0, "The/DT Bush/NNP administration/NN declared/VBD that/IN China/NNP must/MD drop/VB barriers/NNS"));
    ActorMention admin = at(a, 0, 3);
    assertEquals("USAGOV", admin.actor().code());
    assertEquals("Bush administration", admin.actor().text());
  }

  @Test
  void foreign_forces_do_not_make_local_militias_theirs_but_a_government_does() {
    DocumentActors a = resolve("2004-06-01",
        Sentences.sentence(0, "Militia/NN leaders/NNS called/VBD for/IN attacks/NNS on/IN US/NNP troops/NNS"));
    assertEquals("---UAF", at(a, 0, 1).actor().code(), "US troops fight abroad: they do not set the militia's country");
    DocumentActors b = resolve("2004-06-01",
        Sentences.sentence(0, "The/DT Sudanese/JJ government/NN accused/VBD Darfur/NNP rebels/NNS"));
    assertEquals("SDNREB", at(b, 0, 6).actor().code());
    DocumentActors c = resolve("2019-12-31",
        Sentences.sentence(0, "Iran-backed/JJ militias/NNS attacked/VBD the/DT US/NNP embassy/NN in/IN Baghdad/NNP"));
    ActorMention militias = at(c, 0, 2);
    assertEquals("IRQUAF", militias.actor().code(), "the place sets the country; the backer stays an affiliation");
    assertEquals("IRN", militias.actor().affiliation());
  }

  @Test
  void a_country_modifying_a_noun_after_in_is_not_a_place() {
    DocumentActors a = resolve("2019-12-31",
        Sentences.sentence(0, "The/DT crowd/NN mourned/VBD fighters/NNS killed/VBN in/IN US/NNP air/NN strikes/NNS"));
    assertEquals("---CVL", at(a, 0, 2).actor().code(), "'in US air strikes' does not set the story in the US");
  }

  @Test
  void international_ngos_take_the_igo_primary_and_known_leaders_of_the_1990s_resolve() {
    DocumentActors a = resolve("1995-03-01",
        Sentences.sentence(0, "Amnesty/NNP International/NNP and/CC President/NNP Francois/NNP Mitterand/NNP met/VBD"
            + " Boris/NNP Yeltsin/NNP"));
    assertEquals("IGOHRIAMN", at(a, 0, 1).actor().code());
    assertEquals("FRAGOV", at(a, 0, 6).actor().code(), "a common misspelling of Mitterrand");
    assertEquals("RUSGOV", at(a, 0, 9).actor().code());
  }

  @Test
  void country_adjective_before_armed_forces_is_the_country_not_a_backer() {
    DocumentActors a = resolve("2024-01-04",
        Sentences.sentence(0, "The/DT Iraqi/JJ armed/JJ forces/NNS said/VBD"));
    assertEquals("IRQMIL", at(a, 0, 4).actor().code());
    assertNull(at(a, 0, 4).actor().affiliation());

    DocumentActors b = resolve("2024-01-04", Sentences.sentence(0, "Iran/NNP backed/VBN militias/NNS attacked/VBD"));
    assertEquals("IRN", at(b, 0, 3).actor().affiliation(), "a country name apart from 'backed' is still a backer");
  }

  @Test
  void a_backer_after_of_belongs_to_the_noun_it_qualifies() {
    DocumentActors a = resolve("2021-11-07",
        Sentences.sentence(0, "clashes/NNS between/IN supporters/NNS of/IN Iran/NNP -/HYPH aligned/VBN parties/NNS"));
    assertEquals("---CVL", at(a, 0, 3).actor().code(), "the supporters are not Iranians");
    assertEquals("---PTY", at(a, 0, 8).actor().code());
    assertEquals("IRN", at(a, 0, 8).actor().affiliation());
  }

  @Test
  void pro_country_word_is_a_backer() {
    DocumentActors a = resolve("2014-07-18",
        Sentences.sentence(0, "fired/VBN by/IN pro-Russia/JJ rebels/NNS and/CC pro-Iranian/JJ militias/NNS"));
    assertEquals("---REB", at(a, 0, 4).actor().code());
    assertEquals("RUS", at(a, 0, 4).actor().affiliation());
    assertEquals("pro-Russia rebels", at(a, 0, 4).actor().text());
    assertEquals("IRN", at(a, 0, 7).actor().affiliation());
  }

  @Test
  void possessive_inside_a_country_name_matches_the_whole_name() {
    DocumentActors a = resolve("2003-01-09",
        Sentences.sentence(0, "the/DT Democratic/NNP People/NNPS ~'s/POS Republic/NNP of/IN Korea/NNP forsook/VBD it/PRP"));
    assertEquals("PRK", at(a, 0, 7).actor().code());
    assertEquals("PRK", at(a, 0, 2).actor().code(), "one mention over the whole name");
  }

  @Test
  void possessive_country_reaches_past_three_modifiers_to_its_role() {
    DocumentActors a = resolve("2000-01-01",
        Sentences.sentence(0, "Sidhoum/NNP ,/, Algeria/NNP ~'s/POS leading/VBG human/JJ rights/NNS activist/NN ,/, fasted/VBD"));
    assertEquals("DZAOPP", at(a, 0, 8).actor().code());
    DocumentActors b = resolve("2000-01-01",
        Sentences.sentence(0, "Katsav/NNP refused/VBD to/TO meet/VB Jordan/NNP ~'s/POS visiting/VBG King/NNP Abdullah/NNP"));
    assertEquals("JORGOV", at(b, 0, 8).actor().code());
  }

  @Test
  void guards_abroad_do_not_set_the_country_of_local_protesters() {
    DocumentActors a = resolve("2019-12-31",
        Sentences.sentence(0, "US/NNP guards/NNS fired/VBD tear/NN gas/NN at/IN the/DT protesters/NNS"));
    assertEquals("---CVL", at(a, 0, 8).actor().code());
    DocumentActors b = resolve("1994-01-01",
        Sentences.sentence(0, "Egyptian/JJ police/NN dispersed/VBD fundamentalist/JJ demonstrators/NNS"));
    assertEquals("EGYCVL", at(b, 0, 5).actor().code(), "police act at home");
  }

  @Test
  void a_country_adjective_after_in_or_over_that_modifies_a_noun_is_an_actor_not_a_place() {
    DocumentActors a = resolve("2000-01-01",
        Sentences.sentence(0, "Lebanon/NNP complained/VBD over/IN two/CD Israeli/JJ air/NN raids/NNS"));
    assertEquals("ISR", at(a, 0, 5).actor().code());
    DocumentActors b = resolve("2023-11-23",
        Sentences.sentence(0, "militiamen/NNS killed/VBN in/IN US/NNP strikes/NNS in/IN Iraq/NNP"));
    assertEquals("USA", at(b, 0, 4).actor().code());
    assertTrue(b.covering(0, 7).isEmpty(), "'in Iraq' stays a place");
  }

  @Test
  void peacekeepers_mourners_and_children_are_role_words() {
    DocumentActors a = resolve("2014-08-30",
        Sentences.sentence(0, "Syrian/JJ rebels/NNS engaged/VBD Filipino/JJ peacekeepers/NNS and/CC Iraqi/JJ mourners/NNS"));
    assertEquals("PHLMIL", at(a, 0, 5).actor().code());
    assertEquals("IRQCVL", at(a, 0, 8).actor().code());
    DocumentActors b = resolve("2024-01-16",
        Sentences.sentence(0, "the/DT Kurdistan/NNP Region/NNP Security/NNP Council/NNP said/VBD"));
    assertEquals("IRQKRDGOV", at(b, 0, 5).actor().code(), "not the UN Security Council");
  }

  @Test
  void people_from_a_country_are_of_that_country_unless_from_attaches_to_the_verb() {
    DocumentActors a = resolve("2015-09-01",
        Sentences.sentence(0, "Germany/NNP took/VBD in/RP refugees/NNS from/IN Syria/NNP",
            "nsubj(2,1) root(0,2) compound:prt(2,3) obj(2,4) case(6,5) nmod:from(4,6)"));
    assertEquals("SYRREF", at(a, 0, 4).actor().code());
    DocumentActors b = resolve("1998-12-14",
        Sentences.sentence(0, "Annan/NNP will/MD withdraw/VB workers/NNS from/IN Iraq/NNP",
            "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) case(6,5) obl:from(3,6)"));
    assertEquals("---CVL", at(b, 0, 4).actor().code(), "they leave Iraq; they are not Iraqis");
    DocumentActors c = resolve("2003-03-01",
        Sentences.sentence(0, "They/PRP pulled/VBD troops/NNS from/IN Iraq/NNP",
            "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:from(3,5)"));
    assertEquals("troops", at(c, 0, 3).actor().text(), "troops from a country are not that country's troops");
  }

  @Test
  void leaders_of_another_sector_or_in_the_plural_are_not_the_state_leader() {
    DocumentActors a = resolve("2024-04-10",
        Sentences.sentence(0, "Iraqi/JJ Prime/NNP Minister/NNP Mohammed/NNP Shia/NNP al-Sudani/NNP met/VBD"),
        Sentences.sentence(1, "He/PRP will/MD meet/VB business/NN leaders/NNS and/CC the/DT opposition/NN leader/NN"));
    ActorMention business = at(a, 1, 5);
    assertEquals("---BUS", business.actor().code());
    assertEquals("role", business.how(), "not resolved to an office-holder");
    assertEquals("role", at(a, 1, 9).how(), "the opposition leader is not the country's leader");
  }

  @Test
  void a_role_followed_by_its_verb_is_no_appositive_of_the_name_before_the_comma() {
    DocumentActors a = resolve("2020-01-08",
        Sentences.sentence(0, "Missiles/NNS hit/VBD a/DT base/NN in/IN Erbil/NNP ,/, the/DT Iraqi/JJ military/NN said/VBD",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:in(4,6) punct(6,7) det(10,8) amod(10,9) appos(6,10)"
                + " parataxis(2,11)"),
        Sentences.sentence(1, "Erbil/NNP was/VBD calm/JJ"));
    assertTrue(a.covering(0, 6).isEmpty(), "Erbil is not the Iraqi military: " + a.all());
    assertTrue(a.covering(1, 1).isEmpty());
  }

  @Test
  void a_people_of_another_state_are_that_states_civilians() {
    DocumentActors a = resolve("2001-01-01",
        Sentences.sentence(0, "The/DT Albanians/NNPS of/IN southern/JJ Serbia/NNP demand/VBP autonomy/NN"));
    ActorMention m = at(a, 0, 2);
    assertEquals("SRBCVL", m.actor().code());
    assertEquals("Albanians of southern Serbia", m.actor().text());
    DocumentActors b = resolve("2001-01-01", Sentences.sentence(0, "Albanians/NNPS of/IN Albania/NNP voted/VBD"));
    assertEquals("ALB", at(b, 0, 1).actor().code().substring(0, 3), "their own state: no change");
  }

  @Test
  void a_capital_in_capitals_opening_a_dateline_is_no_actor_but_the_same_capital_in_the_story_is() {
    DocumentActors a = resolve("2024-04-10",
        Sentences.sentence(0, "BAGHDAD/NNP ,/, April/NNP 10/CD --/: Sudani/NNP met/VBD Biden/NNP ./."));
    assertTrue(a.covering(0, 1).isEmpty(), "the place the report was filed from");
    DocumentActors b = resolve("2024-04-10",
        Sentences.sentence(0, "Baghdad/NNP ,/, the/DT government/NN said/VBD ,/, rejected/VBD the/DT demand/NN ./."));
    assertEquals("IRQGOV", at(b, 0, 1).actor().code(), "a capital in ordinary case is still the metonym");
  }

  @Test
  void the_group_and_the_coalition_refer_back_to_the_organisation_named_before() {
    DocumentActors a = resolve("2024-02-07",
        Sentences.sentence(0, "A/DT strike/NN killed/VBD a/DT Kataib/NNP Hezbollah/NNP commander/NN ./."),
        Sentences.sentence(1, "Supporters/NNS of/IN the/DT group/NN gathered/VBD ./."),
        Sentences.sentence(2, "The/DT US-led/JJ coalition/NN denied/VBD it/PRP ./."),
        Sentences.sentence(3, "The/DT coalition/NN said/VBD the/DT militia/NN had/VBD attacked/VBN ./."));
    assertEquals("IRQUAFKTH", at(a, 1, 4).actor().code());
    assertEquals("learned", at(a, 1, 4).how());
    assertEquals("IGOWSTCOA", at(a, 3, 2).actor().code());
    assertEquals("---UAF", at(a, 3, 5).actor().code(), "three sentences back is too far for 'the militia'");
    DocumentActors b = resolve("2024-02-07",
        Sentences.sentence(0, "The/DT group/NN said/VBD the/DT coalition/NN mission/NN ended/VBD ./."));
    assertTrue(b.covering(0, 2).isEmpty(), "nothing named before");
  }
}
