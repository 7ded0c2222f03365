package org.pharos.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharos.coder.events.TestParses.actors;
import static org.pharos.coder.events.TestParses.corenlp;
import static org.pharos.coder.events.TestParses.mention;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pharos.coder.actors.ActorMention;
import org.pharos.model.text.AnnotatedSentence;

/** Future clauses: when the matcher codes an announced act as a statement of intent (03x, 12x, 13x). */
class StatementOfIntentTest {
  private final EventPatternMatcher matcher = new EventPatternMatcher(EventLexicon.standard());

  private Set<String> events(AnnotatedSentence s, ActorMention... mentions) {
    return TestParses.eventStrings(matcher, s, mentions);
  }

  private List<EventMatch> matches(AnnotatedSentence s, ActorMention... mentions) {
    return matcher.match(s, actors(mentions));
  }

  private static int index(AnnotatedSentence s, String word) {
    for (int i = 1; i <= s.size(); i++) {
      if (s.token(i).word().equals(word)) {
        return i;
      }
    }
    throw new IllegalArgumentException(word);
  }

  @Test
  void future_act_reported_by_its_own_side_is_an_intent_made_by_the_speaker() {
    // (the parser hangs "to Iraq" from "said": no target here)
    AnnotatedSentence s = corenlp("Jordan will provide food aid to Iraq , the Jordanian foreign minister said .");
    List<EventMatch> m = matches(s, mention(s, "Jordan", "JOR"), mention(s, "Iraq", "IRQ"),
        mention(s, "Jordanian foreign minister", "JORGOV"));
    assertEquals(1, m.size(), m.toString());
    assertEquals("033", m.get(0).code().substring(0, 3), m.toString()); // aid 07x -> 033x intent to provide it
    assertEquals("JOR", m.get(0).source().actor().code());
    assertEquals(index(s, "said"), m.get(0).statementHead(), "the minister's own statement");
    assertEquals(index(s, "provide"), m.get(0).clauseHead());
  }

  @Test
  void unattributed_future_is_the_scheduled_act_itself() {
    AnnotatedSentence s = corenlp("Sudani will meet Biden at the White House .");
    List<EventMatch> m = matches(s, mention(s, "Sudani", "IRQGOV"), mention(s, "Biden", "USAGOV"));
    assertEquals(1, m.size(), m.toString());
    assertEquals("040", m.get(0).code());
    assertEquals(false, m.get(0).isStatementOfIntent());
  }

  @Test
  void reported_prediction_of_another_countrys_violence_is_not_its_threat() {
    AnnotatedSentence s = corenlp("The US said Iran would attack Israel .");
    assertEquals(Set.of("IRN>ISR:190"),
        events(s, mention(s, "US", "USA"), mention(s, "Iran", "IRN"), mention(s, "Israel", "ISR")));
  }

  @Test
  void negated_future_cooperation_is_a_refusal() {
    AnnotatedSentence s = corenlp("Iraq will not allow Turkish troops on its soil , the Iraqi prime minister said .");
    assertEquals(Set.of("IRQ>TURMIL:124"), events(s, mention(s, "Iraq", "IRQ"),
        mention(s, "Turkish troops", "TURMIL"), mention(s, "Iraqi prime minister", "IRQGOV")));
  }

  @Test
  void is_to_is_a_future_and_a_speaker_without_actor_still_reports_it() {
    AnnotatedSentence s = corenlp("Iraq is to release the prisoners , officials said .");
    List<EventMatch> m = matches(s, mention(s, "Iraq", "IRQ"));
    assertEquals(1, m.size(), m.toString());
    assertEquals("0353", m.get(0).code()); // 0841 release -> 0353 intent to release
    assertEquals(index(s, "release"), m.get(0).statementHead(), "no speaker of Iraq's side: the clause itself");
  }

  @Test
  void going_to_attack_under_a_speech_verb_is_a_threat() {
    AnnotatedSentence s = corenlp("Iran is going to attack Israel , the minister said .");
    assertEquals(Set.of("IRN>ISR:1384"), events(s, mention(s, "Iran", "IRN"), mention(s, "Israel", "ISR")));
  }

  @Test
  void conjunct_without_subject_or_auxiliary_shares_the_future() {
    AnnotatedSentence s = corenlp("Iraq will free the prisoners and return the bodies , officials said .");
    List<EventMatch> m = matches(s, mention(s, "Iraq", "IRQ"));
    assertEquals(2, m.size(), m.toString());
    for (EventMatch e : m) {
      assertEquals("0353", e.code(), e.toString());
      assertEquals("future:INTEND", e.pattern());
    }
  }

  @Test
  void future_of_an_aspect_verb_reaches_its_complement() {
    AnnotatedSentence s = corenlp("The militia will continue to attack US bases , its leader said .");
    assertEquals(Set.of("IRQREB>USAMIL:1384"),
        events(s, mention(s, "militia", "IRQREB"), mention(s, "US bases", "USAMIL")));
  }

  @Test
  void conditional_future_attack_is_a_threat_made_by_the_speaker() {
    AnnotatedSentence s = corenlp("Iran will strike Israel if it attacks , the Iranian minister said .");
    List<EventMatch> m = matches(s, mention(s, "Iran", "IRN"), mention(s, "Israel", "ISR"),
        mention(s, "Iranian minister", "IRNGOV"));
    assertEquals(1, m.size(), m.toString());
    assertEquals("1384", m.get(0).code());
    assertEquals(index(s, "said"), m.get(0).statementHead());
  }

  @Test
  void future_attack_in_the_complement_of_a_speaker_without_actor_is_a_threat() {
    AnnotatedSentence s = corenlp("Kataib Hezbollah will attack US bases , its spokesman said .");
    assertEquals(Set.of("IRQREBKTH>USAMIL:1384"),
        events(s, mention(s, "Kataib Hezbollah", "IRQREBKTH"), mention(s, "US bases", "USAMIL")));
  }

  @Test
  void future_coercion_is_a_threat_of_it() {
    AnnotatedSentence s = corenlp("The militia will impose a curfew in Basra , its commander said .");
    List<EventMatch> m = matches(s, mention(s, "militia", "IRQREB"));
    assertEquals(1, m.size(), m.toString());
    assertEquals("13", m.get(0).code().substring(0, 2), m.toString());
  }

  @Test
  void pronoun_subject_takes_the_speaker_of_an_attached_speech_verb() {
    // the parser's reading of "... as Israel announced it would free the prisoners": the speech verb
    // hangs from the freed clause
    AnnotatedSentence s = TestParses.parse(0, """
        1 as as IN 3/mark
        2 Israel Israel NNP 3/nsubj
        3 announced announce VBD 6/advcl:as
        4 it it PRP 6/nsubj
        5 would would MD 6/aux
        6 free free VB 0/ROOT
        7 the the DT 8/det
        8 prisoners prisoner NNS 6/obj
        9 . . . 6/punct
        """);
    List<EventMatch> m = matches(s, mention(s, "Israel", "ISR"));
    assertEquals(1, m.size(), m.toString());
    assertEquals("0353", m.get(0).code());
    assertEquals("ISR", m.get(0).source().actor().code());
    assertEquals(3, m.get(0).statementHead());
  }

  @Test
  void would_without_a_speech_verb_is_no_future() {
    AnnotatedSentence s = corenlp("Iran would attack Israel .");
    List<EventMatch> m = matches(s, mention(s, "Iran", "IRN"), mention(s, "Israel", "ISR"));
    assertEquals(1, m.size(), m.toString());
    assertEquals("190", m.get(0).code(), "the act, left to modality (hypothetical)");
  }

  @Test
  void speakers_future_through_an_aspect_verb_is_a_threat_of_its_complement() {
    AnnotatedSentence s = corenlp(
        "Harakat al - Nujaba rejected the move and said it would keep attacking American forces .");
    Set<String> ev = events(s, mention(s, "Harakat al - Nujaba", "IRQREBNJB"), mention(s, "American forces", "USAMIL"));
    assertEquals(true, ev.contains("IRQREBNJB>USAMIL:1384"), ev.toString());
  }

  @Test
  void would_have_to_with_the_infinitive_parsed_as_a_clause_is_a_demand() {
    AnnotatedSentence s = corenlp("Speaking to reporters aboard Air Force One , Trump said Iraq would have to pay"
        + " for an air base the United States had built there .");
    assertEquals(Set.of("USAGOV>IRQ:100"), events(s, mention(s, "Trump", "USAGOV"), mention(s, "Iraq", "IRQ")));
  }

  @Test
  void would_of_a_named_subject_no_speaker_of_its_side_owns_is_a_forecast_not_an_intent() {
    AnnotatedSentence s = corenlp("Officials said the coalition would support Iraq .");
    assertEquals(Set.of("IGOCOA>IRQ:051"), events(s, mention(s, "coalition", "IGOCOA"), mention(s, "Iraq", "IRQ")));
  }
}
