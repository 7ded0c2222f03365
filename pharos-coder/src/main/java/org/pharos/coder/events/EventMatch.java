package org.pharos.coder.events;

import org.pharos.coder.actors.ActorMention;

/**
 * One event read from a parse, before modality, dates and places are attached: a trigger, its CAMEO
 * code and one source/target pair. At least one side is present. Immutable and thread-safe.
 *
 * @param trigger 1-based token of the trigger word (the noun for "carried out strikes")
 * @param clauseHead 1-based token heading the trigger's clause (the light or control verb, or the
 *     verb governing a nominal trigger); modality and dates are read from here
 * @param code the CAMEO code
 * @param source the source actor, or {@code null} when the text names none
 * @param target the target actor, or {@code null}
 * @param triggerText the trigger as written, with its particle ("pulled out")
 * @param specificity how many lexicon conditions and constructions supported the match (0 = bare
 *     lemma)
 * @param distance the longest path, in dependency edges, from the trigger to an actor head
 * @param pattern a short description of the construction, for debugging ({@code verb},
 *     {@code light}, {@code noun}, {@code control:THREATEN}, {@code future:INTEND})
 * @param statementHead 0 for an event the text reports as such; for a statement of intent read from a
 *     future clause ("Israel will free the prisoners", "Portugal will support Turkey, Soares said"),
 *     the token whose clause makes the statement: the speech verb when its speaker is the source's
 *     side, else the future clause's head ({@code clauseHead}). The future, negation and conditions
 *     of the clause are part of the code; modality is that of the statement (see {@link
 *     org.pharos.coder.modality.ModalityDetector#detectIntent}).
 */
public record EventMatch(
    int trigger,
    int clauseHead,
    String code,
    ActorMention source,
    ActorMention target,
    String triggerText,
    int specificity,
    int distance,
    String pattern,
    int statementHead) {

  /** An event the text reports as such (no statement of intent). */
  public EventMatch(int trigger, int clauseHead, String code, ActorMention source, ActorMention target,
      String triggerText, int specificity, int distance, String pattern) {
    this(trigger, clauseHead, code, source, target, triggerText, specificity, distance, pattern, 0);
  }

  /** Whether this is a statement of intent read from a future clause (see {@code statementHead}). */
  public boolean isStatementOfIntent() {
    return statementHead > 0;
  }
}
