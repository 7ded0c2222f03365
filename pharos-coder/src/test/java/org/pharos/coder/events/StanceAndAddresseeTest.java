package org.pharos.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharos.coder.events.TestParses.corenlp;
import static org.pharos.coder.events.TestParses.mention;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pharos.coder.actors.ActorMention;
import org.pharos.model.text.AnnotatedSentence;

/**
 * Stative passives ("X is opposed to Y"), demanded objects with an author, repression of protests, the party a
 * concession's object names, failing to reach a deal, and a day name the parser put between a verb and its object.
 */
class StanceAndAddresseeTest {
  private final EventPatternMatcher matcher = new EventPatternMatcher(EventLexicon.standard());

  private Set<String> events(AnnotatedSentence s, ActorMention... mentions) {
    return TestParses.eventStrings(matcher, s, mentions);
  }

  @Test
  void being_opposed_to_an_event_rejects_its_author() {
    AnnotatedSentence s = corenlp("Israel is opposed to French mediation in the talks .");
    assertEquals(Set.of("ISR>FRA:120"), events(s, mention(s, "Israel", "ISR"), mention(s, "French", "FRA")));
  }

  @Test
  void a_passive_with_an_agent_is_no_stance_of_the_subject() {
    AnnotatedSentence s = corenlp("The plan was opposed by Iran .");
    assertEquals(Set.of("IRN>-:120"), events(s, mention(s, "Iran", "IRN")));
  }

  @Test
  void the_author_of_a_demanded_admission_is_the_addressee() {
    AnnotatedSentence s = corenlp("Poland demanded an immediate admission by Moscow that its forces murdered the officers .");
    assertEquals(Set.of("POL>RUSGOV:100"), events(s, mention(s, "Poland", "POL"), mention(s, "Moscow", "RUSGOV")));
  }

  @Test
  void preventing_a_protest_restricts_the_protesters() {
    AnnotatedSentence s = corenlp("Iraqi police prevented a protest by Kurdish students .");
    assertEquals(Set.of("IRQCOP>IRQEDU:1721"),
        events(s, mention(s, "Iraqi police", "IRQCOP"), mention(s, "Kurdish students", "IRQEDU")));
  }

  @Test
  void a_day_name_between_verb_and_object_leaves_the_object_to_the_verb() {
    AnnotatedSentence s = corenlp("The Israeli army lifted Friday a day - old blockade on Palestinian lorries , officials told AFP .");
    assertEquals(Set.of("ISRMIL>PSE:0872"),
        events(s, mention(s, "Israeli army", "ISRMIL"), mention(s, "Palestinian lorries", "PSE")));
  }

  @Test
  void allowing_the_return_of_a_party_concedes_to_that_party() {
    AnnotatedSentence s = corenlp("Iraq allowed the return of U.N. weapons inspectors .");
    assertEquals(Set.of("IRQ>IGOUNO:080"),
        events(s, mention(s, "Iraq", "IRQ"), mention(s, "U.N. weapons inspectors", "IGOUNO")));
  }

  @Test
  void failing_to_reach_a_deal_is_a_mutual_rejection() {
    // real CoreNLP parse
    AnnotatedSentence s = TestParses.parse(0, """
        1 Iraq Iraq NNP 4/nsubj 6/nsubj:xsubj
        2 and and CC 3/cc
        3 Turkey Turkey NNP 1/conj:and 4/nsubj 6/nsubj:xsubj
        4 failed fail VBD 0/ROOT
        5 to to TO 6/mark
        6 reach reach VB 4/xcomp
        7 a a DT 8/det
        8 deal deal NN 6/obj
        9 on on IN 10/case
        10 water water NN 8/nmod:on
        11 . . . 4/punct
        """);
    assertEquals(Set.of("IRQ>TUR:120", "TUR>IRQ:120"), events(s, mention(s, "Iraq", "IRQ"), mention(s, "Turkey", "TUR")));
  }
}
