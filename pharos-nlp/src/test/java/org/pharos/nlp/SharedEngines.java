package org.pharos.nlp;

/**
 * The CoreNLP engines that the module's integration tests share: each is loaded at most once per test
 * JVM, on first use (failsafe runs every {@code *IT} class in one JVM). Thread-safe (holder idiom).
 */
final class SharedEngines {

  private SharedEngines() {}

  /** The coder's fast configuration: no CRF NER, SUTime, dependency parse. */
  static CoreNlpEngine defaults() {
    return Defaults.ENGINE;
  }

  /** The 3-class CRF NER with SUTime and no dependency parse. */
  static CoreNlpEngine threeClassNer() {
    return ThreeClass.ENGINE;
  }

  /** No NER, no SUTime, dependency parse only of sentences of at most 6 tokens. */
  static CoreNlpEngine shortParseCap() {
    return ShortParseCap.ENGINE;
  }

  /** The defaults, but SUTime and the number normalizer run on every sentence (no {@link TimexGate}). */
  static CoreNlpEngine defaultsUngated() {
    return DefaultsUngated.ENGINE;
  }

  private static final class DefaultsUngated {
    static final CoreNlpEngine ENGINE = new CoreNlpEngine(NlpConfig.defaults().withDepparse(false), false);
  }

  private static final class Defaults {
    static final CoreNlpEngine ENGINE = new CoreNlpEngine(NlpConfig.defaults());
  }

  private static final class ThreeClass {
    static final CoreNlpEngine ENGINE =
        new CoreNlpEngine(NlpConfig.defaults().withNer(NerMode.THREE_CLASS).withDepparse(false));
  }

  private static final class ShortParseCap {
    static final CoreNlpEngine ENGINE =
        new CoreNlpEngine(NlpConfig.defaults().withTimex(false).withMaxParseTokens(6));
  }
}
