package org.pharos.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharos.coder.events.TestParses.corenlp;
import static org.pharos.coder.events.TestParses.mention;
import static org.pharos.coder.events.TestParses.parse;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pharos.coder.actors.ActorMention;
import org.pharos.model.text.AnnotatedSentence;

/** The lexicon's speech verbs: a claim or allegation that a third party used force is an accusation. */
class SpeechVerbTest {
  private final EventPatternMatcher matcher = new EventPatternMatcher(EventLexicon.standard());

  private Set<String> events(AnnotatedSentence s, ActorMention... mentions) {
    return TestParses.eventStrings(matcher, s, mentions);
  }

  @Test
  void claiming_that_a_third_party_attacked_accuses_it_like_saying_so() {
    AnnotatedSentence s = corenlp("Washington claimed that Iran had attacked the tanker .");
    assertEquals(Set.of("USA>IRN:112"), events(s, mention(s, "Washington", "USA"), mention(s, "Iran", "IRN")));
  }

  @Test
  void alleging_that_a_third_party_attacked_accuses_it_like_saying_so() {
    AnnotatedSentence s = parse(0, String.join("\n",
        "1 Washington Washington NNP 2/nsubj",
        "2 alleged allege VBD 0/ROOT",
        "3 that that IN 6/mark",
        "4 Iran Iran NNP 6/nsubj",
        "5 had have VBD 6/aux",
        "6 attacked attack VBN 2/ccomp",
        "7 the the DT 8/det",
        "8 tanker tanker NN 6/obj",
        "9 . . . 2/punct"));
    assertEquals(Set.of("USA>IRN:112"), events(s, mention(s, "Washington", "USA"), mention(s, "Iran", "IRN")));
  }

  @Test
  void claiming_responsibility_is_still_a_claim_of_responsibility() {
    AnnotatedSentence s = parse(0, String.join("\n",
        "1 The the DT 2/det",
        "2 group group NN 3/nsubj",
        "3 claimed claim VBD 0/ROOT",
        "4 responsibility responsibility NN 3/obj",
        "5 for for IN 7/case",
        "6 the the DT 7/det",
        "7 attack attack NN 4/nmod:for",
        "8 . . . 3/punct"));
    assertEquals(Set.of("IRQREB>-:015"), events(s, mention(s, "group", "IRQREB")));
  }
}
