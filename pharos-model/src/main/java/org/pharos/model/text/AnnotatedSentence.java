package org.pharos.model.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence with its annotations. Tokens are 1-based: {@code token(1)} is the first. Dependency
 * edges may be empty when the sentence was not parsed (for example, skipped by a relevance filter).
 * Immutable and thread-safe.
 *
 * @param index 0-based sentence index in the document
 * @param text the sentence text
 * @param begin character offset in the document body
 * @param end character offset after the sentence
 * @param tokens the tokens, in order
 * @param dependencies UD edges (enhanced++ when available)
 * @param entities entity mentions
 * @param timexes normalized time expressions
 */
public record AnnotatedSentence(
    int index,
    String text,
    int begin,
    int end,
    List<Token> tokens,
    List<DepEdge> dependencies,
    List<EntitySpan> entities,
    List<Timex> timexes) {

  public AnnotatedSentence {
    tokens = List.copyOf(tokens);
    dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    entities = entities == null ? List.of() : List.copyOf(entities);
    timexes = timexes == null ? List.of() : List.copyOf(timexes);
  }

  /** The token at 1-based index {@code i}. */
  public Token token(int i) {
    return tokens.get(i - 1);
  }

  /** Number of tokens. */
  public int size() {
    return tokens.size();
  }

  /** True when dependency edges are present. */
  public boolean isParsed() {
    return !dependencies.isEmpty();
  }

  /** Edges whose governor is {@code i}. */
  public List<DepEdge> children(int i) {
    List<DepEdge> out = new ArrayList<>();
    for (DepEdge e : dependencies) {
      if (e.governor() == i) {
        out.add(e);
      }
    }
    return out;
  }

  /** Edges whose dependent is {@code i} (more than one in enhanced++ graphs). */
  public List<DepEdge> heads(int i) {
    List<DepEdge> out = new ArrayList<>();
    for (DepEdge e : dependencies) {
      if (e.dependent() == i) {
        out.add(e);
      }
    }
    return out;
  }

  /** The text of tokens {@code [from, to)} (1-based), joined with the original spacing. */
  public String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    Token prev = null;
    for (int i = from; i < to; i++) {
      Token t = token(i);
      if (prev != null) {
        sb.append(t.begin() > prev.end() ? " " : "");
      }
      sb.append(t.word());
      prev = t;
    }
    return sb.toString();
  }
}
