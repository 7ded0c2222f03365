package org.pharos.coder.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over piece keys; each terminal node holds the aliases that end there. Built once, then only
 * read: safe for concurrent reads after construction.
 */
final class PhraseTrie {
  /** An alias of an entry: the pieces as written (for case checks) and the entry. */
  record Alias(List<ActorText.Piece> pieces, List<ActorText.CaseRule> rules, KbEntry entry) {
    boolean acceptsCase(List<String> textOriginals) {
      for (int i = 0; i < rules.size(); i++) {
        if (!rules.get(i).accepts(pieces.get(i).original(), textOriginals.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Alias> aliases = new ArrayList<>(1);

    Node child(String key) {
      return next.get(key);
    }

    List<Alias> aliases() {
      return aliases;
    }
  }

  private final Node root = new Node();
  private int size;

  Node root() {
    return root;
  }

  int size() {
    return size;
  }

  /** The node for a complete key sequence, or {@code null}. */
  Node find(List<String> keys) {
    Node n = root;
    for (String k : keys) {
      n = n.next.get(k);
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  /** Adds an alias and returns its terminal node (the caller checks conflicts first). */
  Node add(Alias alias) {
    Node n = root;
    for (ActorText.Piece p : alias.pieces()) {
      n = n.next.computeIfAbsent(p.key(), k -> new Node());
    }
    n.aliases.add(alias);
    size++;
    return n;
  }
}
