package org.pharos.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharos.coder.events.TestParses.corenlp;
import static org.pharos.coder.events.TestParses.mention;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pharos.model.text.AnnotatedSentence;

/**
 * A speaker's own side that "could" act "if" something happens states a conditional threat (or offer),
 * coded like "would"; a third party's "could ... if" stays a forecast. A bare "respond" (no object, "to",
 * "with" or "by" phrase) is a use of force, so "said it would respond" is a threat. Real CoreNLP parses.
 */
class ConditionalStatementTest {
  private final EventPatternMatcher matcher = new EventPatternMatcher(EventLexicon.standard());

  @Test
  void own_side_could_strike_if_is_a_threat_of_force() {
    AnnotatedSentence s = corenlp("US officials said they could strike militia targets in Iraq if the attacks continued .");
    Set<String> out = TestParses.eventStrings(matcher, s, mention(s, "US officials", "USAGOV"),
        mention(s, "they", "USAGOV", 0.7), mention(s, "militia", "IRQUAF"));
    assertEquals(Set.of("USAGOV>IRQUAF:1384"), out);
  }

  @Test
  void a_third_party_that_could_strike_if_is_no_threat_of_the_speaker() {
    AnnotatedSentence s = corenlp("US officials said the militias could strike US bases if the talks failed .");
    Set<String> out = TestParses.eventStrings(matcher, s, mention(s, "US officials", "USAGOV"),
        mention(s, "militias", "IRQUAF"), mention(s, "US bases", "USAMIL"));
    assertTrue(out.stream().noneMatch(e -> e.contains(":13")), out.toString());
  }

  @Test
  void own_side_would_respond_is_a_threat() {
    AnnotatedSentence s = corenlp("Biden said the United States would respond .");
    Set<String> out = TestParses.eventStrings(matcher, s, mention(s, "Biden", "USAGOV"), mention(s, "United States", "USA"));
    assertTrue(out.stream().anyMatch(e -> e.startsWith("USA") && e.contains(":138")), out.toString());
  }

  @Test
  void responding_to_a_letter_is_no_event() {
    AnnotatedSentence s = corenlp("The ministry responded to the letter on Monday .");
    assertEquals(Set.of(), TestParses.eventStrings(matcher, s, mention(s, "ministry", "IRQGOV")));
  }
}
