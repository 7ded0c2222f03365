package org.pharos.coder.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pharos.model.text.Token;

/**
 * A cheap test, on tokens only (no parse), of whether a sentence may mention an actor: any
 * knowledge-base name, adjective, role word or generic (with the same case rules as the resolver), or
 * a personal pronoun. Meant for relevance filters that decide which sentences to parse.
 * Immutable and thread-safe.
 */
public final class ActorCandidateDetector {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "his", "her", "its", "their", "them", "him");
  private final ActorKnowledgeBase kb;

  /** A detector over {@code kb}. */
  public ActorCandidateDetector(ActorKnowledgeBase kb) {
    this.kb = kb;
  }

  /** True when some token span matches a knowledge-base alias, or a token is a personal pronoun. */
  public boolean hasActorCandidate(List<Token> tokens) {
    for (Token t : tokens) {
      if (PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    ActorMatcher.Pieces p = ActorMatcher.Pieces.of(tokens);
    for (int i = 0; i < p.size(); i++) {
      if (!p.firstOfToken.get(i)) {
        continue;
      }
      PhraseTrie.Node n = kb.trie().root();
      for (int q = i; q < p.size(); q++) {
        n = n.child(p.keys.get(q));
        if (n == null) {
          break;
        }
        if (!p.lastOfToken.get(q) && !(q + 1 < p.size() && !p.firstOfToken.get(q + 1))) {
          continue;
        }
        List<String> originals = p.originals.subList(i, q + 1);
        for (PhraseTrie.Alias a : n.aliases()) {
          if (a.acceptsCase(originals)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
