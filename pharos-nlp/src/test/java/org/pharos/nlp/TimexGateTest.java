package org.pharos.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimexGateTest {

  @ParameterizedTest
  @ValueSource(strings = {"Wednesday", "Nov.", "November", "months", "centuries", "weekly", "mid-October",
      "yesterday", "ago", "recently", "Christmas", "nine", "twenty-five", "third", "dozens", "2023", "21st",
      "1,500", "week-long"})
  void time_and_number_words_open_the_gate(String word) {
    assertTrue(TimexGate.isCandidate(word, "NN"), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"militia", "struck", "Baghdad", "the", "condemned", "base", "Iran-backed", "US"})
  void other_words_keep_it_closed(String word) {
    assertFalse(TimexGate.isCandidate(word, "NN"), word);
  }

  @Test
  void any_cardinal_tag_opens_the_gate() {
    assertTrue(TimexGate.isCandidate("umpteen", "CD"));
  }

  @Test
  void a_sentence_passes_when_one_token_does() {
    List<CoreLabel> labels = new ArrayList<>();
    for (String w : new String[] {"Militias", "attacked", "the", "base"}) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setTag("NN");
      labels.add(l);
    }
    assertFalse(TimexGate.mayContainTimeOrNumber(labels));
    CoreLabel today = new CoreLabel();
    today.setWord("today");
    today.setTag("NN");
    labels.add(today);
    assertTrue(TimexGate.mayContainTimeOrNumber(labels));
  }
}
