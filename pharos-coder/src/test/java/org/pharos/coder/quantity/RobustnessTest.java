package org.pharos.coder.quantity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pharos.coder.place.SharedGazetteer;
import org.pharos.coder.place.GazetteerPlaceResolver;
import org.pharos.coder.place.TestSentence;
import org.pharos.model.text.AnnotatedSentence;

/** Random token soups and random dependency graphs never break place or quantity reading. */
class RobustnessTest {

  private static final String[] VOCABULARY = {
    "killed/VBD/kill", "nine/CD", "150/CD", "-/HYPH", "165/CD", "to/TO", "between/IN", "and/CC",
    "$/$", "500/CD", "million/CD", "at/IN", "least/JJS", "more/JJR", "than/IN", "dozens/NNS/dozen",
    "of/IN", "Baghdad/NNP", "al/NNP", "Asad/NNP", "Ain/NNP", "K/NN", "1/CD", "base/NN", "in/IN",
    "near/IN", "Iraq/NNP", "'s/POS", "border/NN", "with/IN", "Syria/NNP", "times/NNS/time",
    "attacks/NNS/attack", "troops/NNS/troop", "+/SYM", "or/CC", "2024/CD", "January/NNP", "%/NN",
    "toll/NN", "rose/VBD/rise", "the/DT", "US/NNP", ",/,", "./.", "Tower/NNP", "22/CD", "one/CD",
    "a/DT", "dozen/NN", "twenty/CD", "five/CD", "USD/NNS/usd", "dinars/NNS/dinar", "bn/NN", "north/RB"
  };
  private static final String[] RELATIONS = {
    "nummod", "obj", "nsubj", "nsubj:pass", "obl:in", "nmod:of", "compound", "advcl", "dep", "conj:and",
    "det:qmod", "obl:to", "nmod:poss", "nmod:with", "acl", "amod", "advmod", "obl:tmod", "csubj"
  };

  @Test
  void random_sentences_with_and_without_dependencies_never_throw() {
    Random random = new Random(20240128L);
    PatternQuantityExtractor quantities = PatternQuantityExtractor.withDefaultLexicon();
    GazetteerPlaceResolver places = new GazetteerPlaceResolver(SharedGazetteer.get());
    int sentences = 0;
    for (int round = 0; round < 600; round++) {
      int n = 1 + random.nextInt(18);
      StringBuilder spec = new StringBuilder();
      for (int i = 0; i < n; i++) {
        spec.append(i == 0 ? "" : " ").append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
      }
      TestSentence builder = TestSentence.of(spec.toString());
      if (random.nextBoolean()) {
        for (int e = 0; e < n + random.nextInt(4); e++) {
          builder.dep(RELATIONS[random.nextInt(RELATIONS.length)], random.nextInt(n + 1), 1 + random.nextInt(n));
        }
      }
      AnnotatedSentence s = builder.build();
      for (int trigger = 1; trigger <= n; trigger++) {
        int t = trigger;
        assertDoesNotThrow(() -> quantities.quantitiesOf(s, t), s.text() + " " + s.dependencies());
        assertDoesNotThrow(() -> places.placeOf(s, t, Set.of("IRQ")), s.text() + " " + s.dependencies());
      }
      sentences++;
    }
    assertTrue(sentences == 600);
  }

  @Test
  void trigger_outside_the_sentence_is_reported() {
    AnnotatedSentence s = TestSentence.words("nine killed").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PatternQuantityExtractor.withDefaultLexicon().quantitiesOf(s, 3));
    assertTrue(e.getMessage().contains("trigger 3 outside sentence 0 of 2 tokens"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new GazetteerPlaceResolver(SharedGazetteer.get()).placeOf(s, 0, Set.of()));
  }
}
