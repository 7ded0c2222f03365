package org.pharos.nlp;

import java.util.List;
import org.pharos.model.text.Token;

/**
 * Decides, from a sentence's tagged tokens, whether it is worth a dependency parse. The coder supplies
 * one that keeps sentences with an event trigger and an actor candidate; implementations must be
 * thread-safe and cheap (one pass over the tokens).
 */
@FunctionalInterface
public interface SentenceFilter {
  /** Parses every sentence. */
  SentenceFilter ALL = tokens -> true;

  /** Parses no sentence. */
  SentenceFilter NONE = tokens -> false;

  /** True when the sentence (tokens with POS and lemma, 1-based indexes) should be parsed. */
  boolean shouldParse(List<Token> tokens);
}
