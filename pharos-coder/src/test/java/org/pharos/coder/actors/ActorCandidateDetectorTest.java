package org.pharos.coder.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorCandidateDetectorTest {
  private final ActorCandidateDetector detector = new ActorCandidateDetector(ActorKnowledgeBase.loadDefault());

  private boolean has(String tokens) {
    return detector.hasActorCandidate(Sentences.sentence(0, tokens).tokens());
  }

  @Test
  void names_roles_generics_and_pronouns_are_candidates() {
    assertTrue(has("Kata'ib Hizballah fired"));
    assertTrue(has("the troops withdrew"));
    assertTrue(has("gunmen opened fire"));
    assertTrue(has("they left"));
    assertTrue(has("Iran-backed groups"));
  }

  @Test
  void sentences_without_actor_words_are_not_candidates() {
    assertFalse(has("Oil prices rose 3 percent on Monday ."));
    assertFalse(has("let us see what is next"), "lower-case 'us' and 'is' are not acronyms");
  }
}
