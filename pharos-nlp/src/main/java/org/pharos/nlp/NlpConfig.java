package org.pharos.nlp;

/**
 * Immutable configuration of an {@link NlpEngine}. Thread-safe (a record of immutable values).
 *
 * <pre>{@code
 * NlpConfig fast = NlpConfig.defaults();                      // what the event coder uses
 * NlpConfig slow = NlpConfig.full();                          // CoreNLP's complete NER
 * NlpConfig custom = NlpConfig.defaults().withNer(NerMode.THREE_CLASS).withThreads(2);
 * }</pre>
 *
 * @param ner which named-entity recognizer runs
 * @param timex whether SUTime normalizes time expressions (anchored on the document date when it is a
 *     full day)
 * @param depparse whether the neural dependency parser runs (on sentences the filter keeps)
 * @param maxParseTokens sentences with more tokens than this get no dependency parse (they keep
 *     tokens, POS, lemmas, entities and time expressions); at least 1
 * @param threads how many documents a batch driver (the benchmark, the CLI, a Spark executor) should
 *     annotate at once with one engine; the engine itself annotates each document on the calling
 *     thread. At least 1
 * @param timexOnlySelected when true, SUTime and the number normalizer run only on the sentences the
 *     annotation's {@link SentenceFilter} selects (the ones the event coder reads); the others keep
 *     tokens, POS and lemmas but no time expressions or number spans. About a third of the engine's
 *     time is SUTime, so the coder turns this on; {@code pharos parse} and other users who want dates
 *     in every sentence leave it off. With {@link SentenceFilter#ALL} it makes no difference, so it is
 *     not part of {@link #label()} (annotation caches keyed by the label stay valid)
 * @param timexWindow when above 0, SUTime and the number normalizer read only windows of the sentence:
 *     the tokens within this distance of a token that may belong to a time or number expression (see
 *     {@code TimexGate}), overlapping or adjacent windows merged; offsets are mapped back to the
 *     sentence. 0 reads whole sentences. With {@value #TIMEX_WINDOW_TOKENS} the results are the same
 *     (every time expression and number on the demo corpus, the GSR and PLOVER sentences and the
 *     held-out samples, {@code TimexWindowIT}; with 1 they are not), so it is not part of {@link
 *     #label()}. Off (0) by default: SUTime alone takes about 30% less time on windows, but in the full
 *     pipeline the enhanced++ conversion of the parsed sentences became about three times slower
 *     (measured 2026-11-22, cause not yet found), so the whole engine was about twice as slow. At least 0
 */
public record NlpConfig(NerMode ner, boolean timex, boolean depparse, int maxParseTokens, int threads,
    boolean timexOnlySelected, int timexWindow) {

  /** A SUTime window shown to give whole-sentence results: tokens on each side of a candidate token. */
  public static final int TIMEX_WINDOW_TOKENS = 6;

  /** The parse cap of {@link #defaults()}: longer "sentences" are nearly always glued lists or tables. */
  public static final int DEFAULT_MAX_PARSE_TOKENS = 100;

  public NlpConfig {
    if (ner == null) {
      throw new IllegalArgumentException("ner mode must not be null");
    }
    if (maxParseTokens < 1) {
      throw new IllegalArgumentException("maxParseTokens must be at least 1, was " + maxParseTokens);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (timexWindow < 0) {
      throw new IllegalArgumentException("timexWindow must be at least 0, was " + timexWindow);
    }
  }

  /**
   * The fast configuration the event coder uses: no CRF NER, SUTime on (whole sentences), dependency
   * parse on, sentences over {@value #DEFAULT_MAX_PARSE_TOKENS} tokens not parsed, one thread.
   */
  public static NlpConfig defaults() {
    return new NlpConfig(NerMode.NONE, true, true, DEFAULT_MAX_PARSE_TOKENS, 1, false, 0);
  }

  /**
   * The slow complete configuration: CoreNLP's full NER, SUTime on whole sentences, dependency parse of
   * every sentence.
   */
  public static NlpConfig full() {
    return new NlpConfig(NerMode.FULL, true, true, Integer.MAX_VALUE, 1, false, 0);
  }

  /** A copy with another NER mode. */
  public NlpConfig withNer(NerMode mode) {
    return new NlpConfig(mode, timex, depparse, maxParseTokens, threads, timexOnlySelected, timexWindow);
  }

  /** A copy with SUTime on or off. */
  public NlpConfig withTimex(boolean on) {
    return new NlpConfig(ner, on, depparse, maxParseTokens, threads, timexOnlySelected, timexWindow);
  }

  /** A copy with the dependency parser on or off. */
  public NlpConfig withDepparse(boolean on) {
    return new NlpConfig(ner, timex, on, maxParseTokens, threads, timexOnlySelected, timexWindow);
  }

  /** A copy with another parse cap. */
  public NlpConfig withMaxParseTokens(int max) {
    return new NlpConfig(ner, timex, depparse, max, threads, timexOnlySelected, timexWindow);
  }

  /** A copy with another thread hint. */
  public NlpConfig withThreads(int n) {
    return new NlpConfig(ner, timex, depparse, maxParseTokens, n, timexOnlySelected, timexWindow);
  }

  /** A copy that runs SUTime on every sentence ({@code false}) or only on selected ones ({@code true}). */
  public NlpConfig withTimexOnlySelected(boolean on) {
    return new NlpConfig(ner, timex, depparse, maxParseTokens, threads, on, timexWindow);
  }

  /** A copy whose SUTime reads windows of {@code tokens} around candidate tokens (0 = whole sentences). */
  public NlpConfig withTimexWindow(int tokens) {
    return new NlpConfig(ner, timex, depparse, maxParseTokens, threads, timexOnlySelected, tokens);
  }

  /** A short label for logs and benchmark tables, e.g. {@code ner=NONE,timex,depparse<=100,threads=1}. */
  public String label() {
    String cap = maxParseTokens == Integer.MAX_VALUE ? "all" : String.valueOf(maxParseTokens);
    return "ner=" + ner + (timex ? ",timex" : "") + (depparse ? ",depparse<=" + cap : "")
        + ",threads=" + threads;
  }
}
