package org.pharos.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharos.coder.events.TestParses.corenlp;
import static org.pharos.coder.events.TestParses.mention;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pharos.coder.actors.ActorMention;
import org.pharos.model.text.AnnotatedSentence;

/** Control verbs whose object acts, subjects the parse leaves out, passive objects, claims of responsibility. */
class ControlAndClaimTest {
  private final EventPatternMatcher matcher = new EventPatternMatcher(EventLexicon.standard());

  private Set<String> events(AnnotatedSentence s, ActorMention... mentions) {
    return TestParses.eventStrings(matcher, s, mentions);
  }

  @Test
  void wanting_another_party_to_act_is_an_appeal_to_that_party() {
    AnnotatedSentence s = corenlp("Iran wants the militias to attack US bases .");
    Set<String> ev = events(s, mention(s, "Iran", "IRN"), mention(s, "militias", "IRQREB"),
        mention(s, "US bases", "USAMIL"));
    assertEquals(1, ev.size(), ev.toString());
    assertEquals(true, ev.iterator().next().startsWith("IRN>IRQREB:02"), ev.toString());
  }

  @Test
  void conjoined_complement_without_subject_takes_the_controllers_subject() {
    AnnotatedSentence s = corenlp("Sudani scheduled to visit Washington and meet with Biden .");
    Set<String> ev = events(s, mention(s, "Sudani", "IRQGOV"), mention(s, "Washington", "USA"),
        mention(s, "Biden", "USAGOV"));
    assertEquals(true, ev.contains("IRQGOV>USAGOV:040"), ev.toString());
  }

  @Test
  void passive_subject_counts_as_the_actor_object_of_release() {
    AnnotatedSentence s = corenlp("Two Turkish soldiers were released by the PKK .");
    assertEquals(Set.of("TURREBPKK>TURMIL:0841"),
        events(s, mention(s, "Turkish soldiers", "TURMIL"), mention(s, "PKK", "TURREBPKK")));
  }

  @Test
  void claiming_ones_own_attack_claims_responsibility_and_keeps_the_attack() {
    AnnotatedSentence s = corenlp("The PKK claimed that it had attacked Turkish troops .");
    Set<String> ev = events(s, mention(s, "PKK", "TURREBPKK"), mention(s, "Turkish troops", "TURMIL"));
    assertEquals(true, ev.contains("TURREBPKK>TURMIL:015"), ev.toString());
    assertEquals(true, ev.stream().anyMatch(e -> e.endsWith(">TURMIL:190")), "the attack itself: " + ev);
  }

  @Test
  void claiming_another_partys_attack_is_an_accusation() {
    AnnotatedSentence s = corenlp("Iran claimed that Israel had attacked its embassy .");
    Set<String> ev = events(s, mention(s, "Iran", "IRN"), mention(s, "Israel", "ISR"));
    assertEquals(Set.of("IRN>ISR:112"), ev);
  }

  @Test
  void threat_without_target_is_aimed_at_the_subject_of_its_condition() {
    AnnotatedSentence s = corenlp("The militia threatened to attack the base unless Turkey withdrew its troops .");
    Set<String> ev = events(s, mention(s, "militia", "IRQREB"), mention(s, "Turkey", "TUR"));
    assertEquals(true, ev.contains("IRQREB>TUR:1384"), ev.toString()); // (and the condition's own withdrawal)
  }

  @Test
  void announced_future_attack_with_a_condition_threatens_whoever_must_meet_it() {
    AnnotatedSentence s = corenlp(
        "Iran will strike if the United States imposes new sanctions , the Iranian minister said .");
    Set<String> ev = events(s, mention(s, "Iran", "IRN"), mention(s, "United States", "USA"),
        mention(s, "Iranian minister", "IRNGOV"));
    assertEquals(true, ev.contains("IRN>USA:1384"), ev.toString());
  }

  @Test
  void deciding_to_act_is_the_act_decided_on() {
    AnnotatedSentence s = corenlp("The court decided to release the prisoners .");
    assertEquals(Set.of("IRQJUD>-:0841"), events(s, mention(s, "court", "IRQJUD")));
  }

  @Test
  void reported_obligation_to_be_ready_is_the_speakers_demand_not_the_subjects_intent() {
    AnnotatedSentence s = corenlp("The minister said Turkey must be ready to withdraw its troops .");
    assertEquals(Set.of("IRQGOV>TUR:1056"), events(s, mention(s, "minister", "IRQGOV"), mention(s, "Turkey", "TUR")));
  }
}
