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
 * coded like "would"; a third party's "could ... if" stays a forecast. Real CoreNLP parses.
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
}
