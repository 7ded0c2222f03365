package org.pharos.nlp;

/**
 * Which named-entity recognizer the engine runs. Thread-safe (an enum).
 *
 * <p>Measured on one core (see the module's benchmark), the CRF recognizers dominate CoreNLP's time,
 * so the event coder's default is {@link #NONE}: it recognizes actors from its own dictionaries and
 * still gets {@code NUMBER} and {@code DATE} spans from SUTime and CoreNLP's number normalizer.
 */
public enum NerMode {
  /** No statistical NER: entity spans are only {@code NUMBER}/{@code ORDINAL} and SUTime types. */
  NONE,
  /** One CRF model, {@code english.all.3class}: {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}. */
  THREE_CLASS,
  /**
   * CoreNLP's default {@code ner}: the 3-, 4- and 7-class CRF models, numeric classifiers, SUTime and
   * fine-grained rules ({@code COUNTRY}, {@code NATIONALITY}, {@code TITLE}, …).
   */
  FULL
}
