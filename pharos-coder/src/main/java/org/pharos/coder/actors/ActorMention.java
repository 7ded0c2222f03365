package org.pharos.coder.actors;

import org.pharos.model.ActorRef;

/**
 * An actor found in a sentence: a token span, its head token and the coded actor. Immutable.
 *
 * @param sentenceIndex 0-based sentence index
 * @param tokenBegin 1-based first token
 * @param tokenEnd 1-based index after the last token
 * @param headToken 1-based index of the syntactic head of the span (the last noun when unparsed)
 * @param actor the coded actor; {@code text} is the span text
 * @param confidence 0..1: 1 for an exact knowledge-base name, lower for a role word without a country,
 *     a learned name or a pronoun link
 * @param how how it was found: {@code name}, {@code role}, {@code learned}, {@code pronoun}, {@code
 *     generic}
 */
public record ActorMention(
    int sentenceIndex,
    int tokenBegin,
    int tokenEnd,
    int headToken,
    ActorRef actor,
    double confidence,
    String how) {

  /** True when 1-based token {@code i} lies inside the span. */
  public boolean covers(int i) {
    return i >= tokenBegin && i < tokenEnd;
  }
}
