package org.pharos.coder.modality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharos.coder.events.TestParses.corenlp;

import org.junit.jupiter.api.Test;
import org.pharos.coder.events.TestParses;
import org.pharos.model.Modality;
import org.pharos.model.text.AnnotatedSentence;

class ModalityDetectorTest {
  private final ModalityDetector detector = new ModalityDetector();

  private static int index(AnnotatedSentence s, String word) {
    for (int i = 1; i <= s.size(); i++) {
      if (s.token(i).word().equals(word)) {
        return i;
      }
    }
    throw new IllegalArgumentException(word);
  }

  private Modality of(String sentence, String trigger) {
    AnnotatedSentence s = corenlp(sentence);
    return detector.detect(s, index(s, trigger));
  }

  @Test
  void plain_past_tense_is_asserted() {
    assertEquals(Modality.ASSERTED, of("Putin met Sudani in Moscow on October 10 .", "met"));
    assertEquals(Modality.ASSERTED, of("US troops were attacked by Iran - backed militias .", "attacked"));
  }

  @Test
  void an_event_someone_is_unlikely_to_do_is_a_forecast() {
    assertEquals(Modality.HYPOTHETICAL, of("Analysts say the militias are unlikely to stop their attacks .", "stop"));
  }

  @Test
  void not_makes_the_event_negated() {
    assertEquals(Modality.NEGATED, of("The militias did not attack the base .", "attack"));
  }

  @Test
  void denied_attacking_is_negated() {
    assertEquals(Modality.NEGATED, of("Iraq denied attacking the convoy .", "attacking"));
  }

  @Test
  void failing_to_reach_an_agreement_is_negated() {
    AnnotatedSentence s = corenlp("Iraq and Turkey failed to reach an agreement on water .");
    assertEquals(Modality.NEGATED, detector.detect(s, index(s, "agreement"), index(s, "reach")));
  }

  @Test
  void no_before_a_nominal_trigger_is_negated() {
    AnnotatedSentence s = corenlp("There were no strikes on Monday .");
    assertEquals(Modality.NEGATED, detector.detect(s, 4, 2));
  }

  @Test
  void question_is_hypothetical_never_asserted() {
    assertEquals(Modality.HYPOTHETICAL, of("Can Russia and the United States clash over Iraq ?", "clash"));
  }

  @Test
  void conditional_clause_and_its_consequence_are_hypothetical() {
    assertEquals(Modality.HYPOTHETICAL, of("If Iran attacks Israel , the US will respond .", "attacks"));
    assertEquals(Modality.HYPOTHETICAL, of("If Iran attacks Israel , the US will respond .", "respond"));
  }

  @Test
  void modal_auxiliary_is_hypothetical() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Iran Iran NNP 3/nsubj
        2 could could MD 3/aux
        3 strike strike VB 0/root
        4 US US NNP 5/compound
        5 bases basis NNS 3/obj
        6 . . . 3/punct
        """);
    assertEquals(Modality.HYPOTHETICAL, detector.detect(s, 3));
  }

  @Test
  void threat_of_an_attack_is_hypothetical() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 The the DT 2/det
        2 threat threat NN 5/nsubj
        3 of of IN 4/case
        4 attacks attack NNS 2/nmod:of
        5 grew grow VBD 0/root
        6 . . . 5/punct
        """);
    assertEquals(Modality.HYPOTHETICAL, detector.detect(s, 4, 4));
  }

  @Test
  void will_and_expected_to_are_planned() {
    assertEquals(Modality.PLANNED, of("Sudani will meet Putin on April 15 .", "meet"));
    assertEquals(Modality.PLANNED, of("Sudani is expected to visit Moscow .", "visit"));
  }

  @Test
  void clause_under_a_speech_verb_is_reported() {
    assertEquals(Modality.REPORTED, of("The Pentagon said militants fired rockets at the base .", "fired"));
  }

  @Test
  void according_to_makes_the_sentence_reported() {
    assertEquals(Modality.REPORTED,
        of("Kataib Hezbollah suspended attacks on US forces , according to a statement .", "suspended"));
  }

  @Test
  void trailing_attribution_in_parataxis_is_reported() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Militants militant NNS 2/nsubj
        2 attacked attack VBD 0/root
        3 the the DT 4/det
        4 base base NN 2/obj
        5 , , , 8/punct
        6 officials official NNS 7/nsubj
        7 said say VBD 2/parataxis
        8 . . . 2/punct
        """);
    assertEquals(Modality.REPORTED, detector.detect(s, 2));
  }

  @Test
  void would_in_reported_speech_is_the_future_of_the_reported_act() {
    assertEquals(Modality.PLANNED, of("The ministry said it would summon the Turkish ambassador .", "summon"));
  }

  @Test
  void would_of_a_governing_clause_leaves_the_act_below_it_hypothetical() {
    String sentence = "The Pentagon said the strikes would degrade the group 's ability to attack US forces .";
    assertEquals(Modality.HYPOTHETICAL, of(sentence, "attack"));
    AnnotatedSentence s = corenlp(sentence);
    assertEquals(Modality.HYPOTHETICAL, detector.detect(s, index(s, "strikes"), index(s, "degrade")),
        "the strikes are the subject of the forecast, not its act");
  }

  @Test
  void would_without_a_speech_verb_is_hypothetical() {
    assertEquals(Modality.HYPOTHETICAL, of("Iran would attack Israel .", "attack"));
  }

  @Test
  void statement_of_intent_by_the_speaker_is_asserted_even_when_conditional() {
    AnnotatedSentence s = corenlp("Iran will strike Israel if it attacks , the Iranian minister said .");
    assertEquals(Modality.ASSERTED, detector.detectIntent(s, index(s, "said"), index(s, "strike")));
  }

  @Test
  void statement_of_intent_reported_by_others_is_reported() {
    AnnotatedSentence s = corenlp("Iraq is to release the prisoners , officials said .");
    assertEquals(Modality.REPORTED, detector.detectIntent(s, index(s, "release"), index(s, "release")));
  }

  @Test
  void the_same_future_read_as_a_plain_event_is_hypothetical_when_conditional() {
    AnnotatedSentence s = corenlp("Iran will strike Israel if it attacks , the Iranian minister said .");
    assertEquals(Modality.HYPOTHETICAL, detector.detect(s, index(s, "strike")), "as a plain event: conditional");
  }

  @Test
  void would_of_a_named_subject_in_reported_speech_is_a_forecast() {
    assertEquals(Modality.HYPOTHETICAL, of("The US said Iran would attack Israel .", "attack"));
    assertEquals(Modality.HYPOTHETICAL, of("Officials said the coalition would support Iraq .", "support"));
  }
}
