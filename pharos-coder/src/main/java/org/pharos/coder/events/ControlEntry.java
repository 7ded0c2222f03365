package org.pharos.coder.events;

/**
 * A control verb ("vow", "demand", "call on") whose complement event is re-coded through a {@link
 * ComplementFamily}. Immutable and thread-safe.
 *
 * @param lemma the verb lemma
 * @param family the family name ({@code THREATEN}, {@code DEMAND}, …)
 * @param particle a required particle ({@code on} for "call on"), or {@code null}
 * @param oblique a required oblique preposition whose noun may be the complement ({@code for} for
 *     "call for the withdrawal"), or {@code null}
 * @param needsEvent whether only a complement that is a lexicon event is coded ("prepared to
 *     attack" is a threat, "prepared to attend" is nothing), never the family default
 * @param line the 1-based lexicon line
 */
public record ControlEntry(String lemma, String family, String particle, String oblique, boolean needsEvent,
    int line) {

  /** Conditions stated: particle and oblique. */
  public int specificity() {
    return (particle == null ? 0 : 1) + (oblique == null ? 0 : 1);
  }
}
