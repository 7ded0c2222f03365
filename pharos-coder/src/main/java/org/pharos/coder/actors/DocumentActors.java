package org.pharos.coder.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The actor mentions of one document, by sentence, after document-level learning and pronoun linking.
 * Immutable and thread-safe.
 */
public final class DocumentActors {
  private final Map<Integer, List<ActorMention>> bySentence;

  public DocumentActors(List<ActorMention> mentions) {
    Map<Integer, List<ActorMention>> m = new TreeMap<>();
    for (ActorMention a : mentions) {
      m.computeIfAbsent(a.sentenceIndex(), k -> new ArrayList<>()).add(a);
    }
    m.replaceAll((k, v) -> Collections.unmodifiableList(v));
    this.bySentence = Collections.unmodifiableMap(m);
  }

  /** Mentions in sentence {@code i}, ordered by position. */
  public List<ActorMention> inSentence(int i) {
    return bySentence.getOrDefault(i, List.of());
  }

  /** All mentions, by sentence then position. */
  public List<ActorMention> all() {
    List<ActorMention> out = new ArrayList<>();
    bySentence.values().forEach(out::addAll);
    return out;
  }

  /** The mention whose span covers 1-based token {@code token} of sentence {@code sentence}. */
  public Optional<ActorMention> covering(int sentence, int token) {
    ActorMention best = null;
    for (ActorMention a : inSentence(sentence)) {
      if (a.covers(token)
          && (best == null || a.tokenEnd() - a.tokenBegin() > best.tokenEnd() - best.tokenBegin())) {
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }
}
