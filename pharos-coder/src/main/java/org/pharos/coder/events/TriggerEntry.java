package org.pharos.coder.events;

import java.util.Objects;
import java.util.Set;

/**
 * One verb or noun trigger of the event lexicon, with the conditions under which it applies.
 * Immutable and thread-safe.
 *
 * @param kind verb or noun
 * @param lemma the trigger lemma, lower case
 * @param code the CAMEO code it assigns
 * @param particle a required particle ({@code out} for "pull out"), or {@code null}
 * @param objectLemmas required object lemmas (object head or one of its modifiers); empty for none
 * @param obliques required obliques: a preposition ({@code for}) or, for verbs, a preposition and the
 *     lemma heading or modifying its phrase ({@code on:strike}); empty for none
 * @param modifierLemmas required noun modifiers ({@code air} for "air strike"); empty for none
 * @param ofIsSource true when an "of" phrase names the agent ("withdrawal of US troops")
 * @param symmetric true when the sides are interchangeable ("X and Y held talks")
 * @param complementLemmas required secondary-predicate lemmas ({@code xcomp}: "called the strike an
 *     aggression"); empty for none
 * @param sourcePreps prepositions whose phrase names the agent ({@code from}: "an appeal from the UN",
 *     "demands from the rebels"; for verbs the subject is then the target: "received weapons from
 *     Iran"); empty for none
 * @param actorObject true when the object must name an actor ("called Erdogan", not "called a session")
 * @param bare true when the verb must stand without object, clausal complement and "to" / "with" /
 *     "by" phrase ("said it would respond", not "responded to the letter" or "responded with strikes")
 * @param line the 1-based line in the lexicon file, for messages
 */
public record TriggerEntry(
    TriggerKind kind,
    String lemma,
    String code,
    String particle,
    Set<String> objectLemmas,
    Set<String> obliques,
    Set<String> modifierLemmas,
    boolean ofIsSource,
    boolean symmetric,
    Set<String> complementLemmas,
    Set<String> sourcePreps,
    boolean actorObject,
    boolean bare,
    int line) {

  public TriggerEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(code, "code");
    objectLemmas = Set.copyOf(objectLemmas);
    obliques = Set.copyOf(obliques);
    modifierLemmas = Set.copyOf(modifierLemmas);
    complementLemmas = Set.copyOf(complementLemmas);
    sourcePreps = Set.copyOf(sourcePreps);
  }

  /** How many conditions the entry states: more specific entries win over general ones. */
  public int specificity() {
    return (particle == null ? 0 : 1) + (objectLemmas.isEmpty() ? 0 : 1) + (obliques.isEmpty() ? 0 : 1)
        + (modifierLemmas.isEmpty() ? 0 : 1) + (complementLemmas.isEmpty() ? 0 : 1) + (actorObject ? 1 : 0) + (bare ? 1 : 0);
  }
}
