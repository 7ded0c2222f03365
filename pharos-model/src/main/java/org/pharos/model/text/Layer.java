package org.pharos.model.text;

/**
 * An annotation layer. Stages declare the layers they need and add, and a pipeline checks when it is
 * built that every layer a stage needs is provided by an earlier stage, naming what is missing.
 */
public enum Layer {
  /** Sentence boundaries. */
  SENTENCES,
  /** Tokens with character offsets. */
  TOKENS,
  /** Penn Treebank part-of-speech tags. */
  POS,
  /** Lemmas. */
  LEMMA,
  /** Named-entity tags and spans. */
  NER,
  /** Normalized time expressions (SUTime). */
  TIMEX,
  /** Universal Dependencies edges. */
  DEPENDENCIES
}
