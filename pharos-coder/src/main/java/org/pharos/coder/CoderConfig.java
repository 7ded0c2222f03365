package org.pharos.coder;

/**
 * Settings of the {@link EventCoder}. Immutable and thread-safe.
 *
 * @param minConfidence events below this confidence (0..1) are dropped
 * @param includeHypothetical keep hypothetical events (questions, could/may/would, conditionals);
 *     dropped by default
 * @param includeNegated keep negated events ("did not attack"); dropped by default
 * @param requireTargetUnlessAllowed drop events without a target unless the lexicon lists their code
 *     as untargeted (off by default: such events are kept with lower confidence)
 */
public record CoderConfig(
    double minConfidence, boolean includeHypothetical, boolean includeNegated, boolean requireTargetUnlessAllowed) {

  public CoderConfig {
    if (minConfidence < 0 || minConfidence > 1 || Double.isNaN(minConfidence)) {
      throw new IllegalArgumentException("minConfidence must lie in 0..1, got " + minConfidence);
    }
  }

  /** Defaults: minimum confidence 0.2, hypothetical and negated events dropped, untargeted kept. */
  public static CoderConfig defaults() {
    return new CoderConfig(0.2, false, false, false);
  }

  /** A copy with another minimum confidence. */
  public CoderConfig withMinConfidence(double value) {
    return new CoderConfig(value, includeHypothetical, includeNegated, requireTargetUnlessAllowed);
  }

  /** A copy that keeps (or drops) hypothetical events. */
  public CoderConfig withIncludeHypothetical(boolean value) {
    return new CoderConfig(minConfidence, value, includeNegated, requireTargetUnlessAllowed);
  }

  /** A copy that keeps (or drops) negated events. */
  public CoderConfig withIncludeNegated(boolean value) {
    return new CoderConfig(minConfidence, includeHypothetical, value, requireTargetUnlessAllowed);
  }

  /** A copy that drops (or keeps) target-less events whose code needs a target. */
  public CoderConfig withRequireTargetUnlessAllowed(boolean value) {
    return new CoderConfig(minConfidence, includeHypothetical, includeNegated, value);
  }
}
