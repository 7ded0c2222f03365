package org.pharos.model.text;

/**
 * A Universal Dependencies edge (enhanced++ where available), {@code rel(governor, dependent)}.
 * Immutable and thread-safe.
 *
 * @param governor 1-based token index of the head, 0 for the root
 * @param dependent 1-based token index of the dependent
 * @param relation the relation, with its subtype and case marker as CoreNLP writes it ({@code nsubj},
 *     {@code obl:against}, {@code nmod:poss}, {@code nsubj:pass}, {@code conj:and}, …)
 */
public record DepEdge(int governor, int dependent, String relation) {

  /** The relation without a subtype: {@code obl:against} → {@code obl}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The subtype after the first colon ({@code against} for {@code obl:against}), or "". */
  public String subtype() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
