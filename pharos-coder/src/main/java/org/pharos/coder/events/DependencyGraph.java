package org.pharos.coder.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.Token;

/**
 * Indexed view of one sentence's dependency edges (UD enhanced++ as CoreNLP writes them), with the
 * look-ups the matcher, the modality detector and the date resolver share. Immutable and thread-safe.
 */
public final class DependencyGraph {
  private final AnnotatedSentence sentence;
  private final List<List<DepEdge>> children;
  private final List<List<DepEdge>> heads;

  public DependencyGraph(AnnotatedSentence sentence) {
    this.sentence = sentence;
    int n = sentence.size();
    List<List<DepEdge>> c = new ArrayList<>(n + 1);
    List<List<DepEdge>> h = new ArrayList<>(n + 1);
    for (int i = 0; i <= n; i++) {
      c.add(new ArrayList<>());
      h.add(new ArrayList<>());
    }
    for (DepEdge e : repairedEdges(sentence)) {
      if (e.governor() >= 0 && e.governor() <= n && e.dependent() >= 1 && e.dependent() <= n) {
        c.get(e.governor()).add(e);
        h.get(e.dependent()).add(e);
      }
    }
    c.replaceAll(List::copyOf);
    h.replaceAll(List::copyOf);
    this.children = List.copyOf(c);
    this.heads = List.copyOf(h);
  }

  /**
   * The sentence's edges with one known parser slip undone: a day name between a verb and its object
   * ("The army lifted Friday a day-old blockade") becomes the verb's temporal modifier with the noun
   * phrase left hanging off it as {@code dep}; the noun is re-attached as the verb's object when the
   * verb has none.
   */
  private static List<DepEdge> repairedEdges(AnnotatedSentence sentence) {
    List<DepEdge> edges = sentence.dependencies();
    List<DepEdge> out = new ArrayList<>(edges.size());
    for (DepEdge e : edges) {
      DepEdge tmod = e.relation().equals("dep") ? temporalHead(edges, e.governor()) : null;
      boolean noun = e.dependent() >= 1 && e.dependent() <= sentence.size() && sentence.token(e.dependent()).isNoun();
      if (tmod != null && noun && tmod.governor() > 0 && tmod.governor() < tmod.dependent()
          && tmod.dependent() < e.dependent() && !hasObject(edges, tmod.governor())) {
        out.add(new DepEdge(tmod.governor(), e.dependent(), "obj"));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static DepEdge temporalHead(List<DepEdge> edges, int token) {
    for (DepEdge e : edges) {
      if (e.dependent() == token && e.relation().equals("obl:tmod")) {
        return e;
      }
    }
    return null;
  }

  private static boolean hasObject(List<DepEdge> edges, int verb) {
    for (DepEdge e : edges) {
      if (e.governor() == verb && e.relation().equals("obj")) {
        return true;
      }
    }
    return false;
  }

  /** The sentence. */
  public AnnotatedSentence sentence() {
    return sentence;
  }

  /** The 1-based token. */
  public Token token(int i) {
    return sentence.token(i);
  }

  /** Number of tokens. */
  public int size() {
    return sentence.size();
  }

  /** Lower-cased lemma of token {@code i}. */
  public String lemma(int i) {
    return sentence.token(i).lowerLemma();
  }

  /** Edges governed by {@code i}. */
  public List<DepEdge> children(int i) {
    return children.get(i);
  }

  /** Edges into {@code i} (several in enhanced++ graphs). */
  public List<DepEdge> heads(int i) {
    return heads.get(i);
  }

  /** Dependents of {@code i} whose relation is exactly {@code relation}. */
  public List<Integer> children(int i, String relation) {
    List<Integer> out = new ArrayList<>();
    for (DepEdge e : children.get(i)) {
      if (e.relation().equals(relation)) {
        out.add(e.dependent());
      }
    }
    return out;
  }

  /** Dependents of {@code i} whose base relation (before the colon) is {@code base}. */
  public List<DepEdge> childrenByBase(int i, String base) {
    List<DepEdge> out = new ArrayList<>();
    for (DepEdge e : children.get(i)) {
      if (e.baseRelation().equals(base)) {
        out.add(e);
      }
    }
    return out;
  }

  /** True when {@code i} has a dependent with this exact relation. */
  public boolean hasChild(int i, String relation) {
    return !children(i, relation).isEmpty();
  }

  /**
   * The primary head edge: the first edge into {@code i} that is not an enhanced extra (no {@code
   * :xsubj}, no {@code ref}); empty for the root.
   */
  public Optional<DepEdge> primaryHead(int i) {
    DepEdge fallback = null;
    for (DepEdge e : heads.get(i)) {
      if (e.relation().endsWith(":xsubj") || e.relation().equals("ref")) {
        continue;
      }
      if (e.governor() == 0) {
        return Optional.empty();
      }
      if (!e.relation().startsWith("conj")) {
        return Optional.of(e);
      }
      if (fallback == null) {
        fallback = e;
      }
    }
    return Optional.ofNullable(fallback);
  }

  /** The particle ({@code compound:prt}) lemma of verb {@code i}, or {@code null}. */
  public String particle(int i) {
    List<Integer> p = children(i, "compound:prt");
    return p.isEmpty() ? null : lemma(p.get(0));
  }

  /** Number of primary-head steps from {@code from} up to {@code ancestor}, or -1 when not above it. */
  public int distanceUp(int from, int ancestor) {
    int steps = 0;
    int cur = from;
    while (steps <= size()) {
      if (cur == ancestor) {
        return steps;
      }
      Optional<DepEdge> h = primaryHead(cur);
      if (h.isEmpty()) {
        return -1;
      }
      cur = h.get().governor();
      steps++;
    }
    return -1;
  }
}
