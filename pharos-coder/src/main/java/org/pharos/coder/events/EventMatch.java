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
 *     {@code light}, {@code noun}, {@code control:THREATEN})
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
    String pattern) {}
