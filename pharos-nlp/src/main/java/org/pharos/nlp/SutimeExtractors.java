package org.pharos.nlp;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.time.GenericTimeExpressionPatterns;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SUTime extractors whose results do not depend on what they extracted before (a fix for CoreNLP
 * issue #1061).
 *
 * <p>SUTime's tense rules ({@code english.sutime.txt}: "VBD or have, then up to two tokens, then a
 * time expression", and the same with will/would/going to) tag the rule environment's shared value of
 * a weekday or month (e.g. the variable {@code MONDAY}) with {@code resolveTo = PAST} or {@code
 * FUTURE}. The tag is never removed, so a later bare "Monday" in another document resolves towards
 * the past or the future depending on what the extractor saw last. Two things make extraction
 * stateless again here: every extractor clears the {@code resolveTo} tag of every value in its rule
 * environment before each sentence (a sentence's own tense cue still applies to that sentence), and
 * an extractor is lent to one thread at a time, so concurrent documents never see each other's tags.
 * Extractors are created on demand (the first one takes seconds, later ones about 0.1–0.5 s, since
 * the rule classes are loaded) and reused; there are at most as many as threads that annotated at
 * the same time.
 *
 * <p>Thread-safe: {@link #borrow()} and {@link #release} may be called from any thread; a borrowed
 * {@link Session} must be used by one thread until it is released.
 */
final class SutimeExtractors {

  /** The tag key that SUTime's tense rules set (see {@code english.sutime.txt}). */
  static final String RESOLVE_TO_TAG = "resolveTo";

  private final Properties properties;
  private final ConcurrentLinkedDeque<Session> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger created = new AtomicInteger();

  /** Creates one extractor right away (so that model errors surface at construction). */
  SutimeExtractors(Properties properties) {
    this.properties = (Properties) properties.clone();
    idle.push(newSession());
  }

  /** An extractor for the calling thread's exclusive use until {@link #release}. */
  Session borrow() {
    Session s = idle.poll();
    return s != null ? s : newSession();
  }

  /** Returns a borrowed extractor. */
  void release(Session session) {
    idle.push(session);
  }

  /** How many extractors were created so far (one per concurrently annotating thread at most). */
  int created() {
    return created.get();
  }

  private Session newSession() {
    TimeExpressionExtractor extractor = TimeExpressionExtractorFactory.createExtractor("sutime", properties);
    created.incrementAndGet();
    return new Session(extractor, ruleEnvironment(extractor));
  }

  /**
   * The rule environment of a SUTime extractor. CoreNLP does not expose it, so it is read by
   * reflection from {@code TimeExpressionExtractorImpl.timexPatterns.env} (CoreNLP 4.5.x).
   *
   * @throws IllegalStateException when this CoreNLP version lays its classes out differently
   */
  static Env ruleEnvironment(TimeExpressionExtractor extractor) {
    try {
      Field patternsField = TimeExpressionExtractorImpl.class.getDeclaredField("timexPatterns");
      patternsField.setAccessible(true);
      Object patterns = patternsField.get(extractor);
      Field envField = GenericTimeExpressionPatterns.class.getDeclaredField("env");
      envField.setAccessible(true);
      return (Env) envField.get(patterns);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot reach SUTime's rule environment to reset its tense tags (CoreNLP "
          + "issue #1061); this CoreNLP version is not supported by CoreNlpEngine: " + e, e);
    }
  }

  /** One SUTime extractor and its rule environment; confined to one thread at a time. */
  static final class Session {
    private final TimeExpressionExtractor extractor;
    private final Env env;

    Session(TimeExpressionExtractor extractor, Env env) {
      this.extractor = extractor;
      this.env = env;
    }

    /** Time expressions of one sentence (aligned by the number classifier), without earlier state. */
    List<CoreMap> extract(CoreMap alignedSentence, String anchor) {
      clearTenseTags();
      List<CoreMap> chunks = extractor.extractTimeExpressionCoreMaps(alignedSentence, anchor);
      return chunks == null ? List.of() : chunks;
    }

    /**
     * As {@link #extract}, but keeps the tense tags that earlier calls set: for further windows of the
     * sentence passed to {@link #extract} last, so they see what a whole-sentence run would have seen.
     */
    List<CoreMap> extractContinuing(CoreMap alignedWindow, String anchor) {
      List<CoreMap> chunks = extractor.extractTimeExpressionCoreMaps(alignedWindow, anchor);
      return chunks == null ? List.of() : chunks;
    }

    /** Removes the {@code resolveTo} tag from every value of the rule environment; returns how many. */
    int clearTenseTags() {
      int cleared = 0;
      for (Object v : env.getVariables().values()) {
        if (v instanceof Value value) {
          Tags tags = value.getTags();
          if (tags != null && tags.hasTag(RESOLVE_TO_TAG)) {
            tags.removeTag(RESOLVE_TO_TAG);
            cleared++;
          }
        }
      }
      return cleared;
    }
  }
}
