package org.pharos.coder.events;

import java.util.ArrayList;
import java.util.List;
import org.pharos.model.text.Token;

/**
 * Finds candidate event triggers from tokens alone (lemma and word, no parse): the cheap first half
 * of a relevance filter. Lenient about part of speech, since taggers mistake "strikes" for a verb.
 * Immutable and thread-safe.
 */
public final class TriggerDetector {
  private final EventLexicon lexicon;

  public TriggerDetector(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** 1-based indexes of tokens whose lemma (or lower-cased word) is a trigger lemma. */
  public List<Integer> triggerTokens(List<Token> tokens) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (isTrigger(tokens.get(i))) {
        out.add(i + 1);
      }
    }
    return out;
  }

  /** True when any token is a trigger. */
  public boolean hasTrigger(List<Token> tokens) {
    for (Token t : tokens) {
      if (isTrigger(t)) {
        return true;
      }
    }
    return false;
  }

  private boolean isTrigger(Token t) {
    String pos = t.pos();
    if (pos != null && !(pos.startsWith("VB") || pos.startsWith("NN") || pos.startsWith("JJ"))) {
      return false;
    }
    return lexicon.triggerLemmas().contains(t.lowerLemma())
        || lexicon.triggerLemmas().contains(t.word().toLowerCase(java.util.Locale.ROOT));
  }
}
