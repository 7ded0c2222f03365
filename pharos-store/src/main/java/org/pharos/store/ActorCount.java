package org.pharos.store;

/**
 * How often an actor code occurs in the selected events. Immutable and thread-safe.
 *
 * @param code the actor code
 * @param name the most frequent canonical name stored with the code, or {@code null}
 * @param asSource events where it is the source
 * @param asTarget events where it is the target
 */
public record ActorCount(String code, String name, long asSource, long asTarget) {
  /** Events where it is the source or the target (an event with the actor on both sides counts twice). */
  public long total() {
    return asSource + asTarget;
  }
}
