package org.pharos.analytics.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pharos.model.Hashing;

/**
 * One cluster of reports held by {@link ClusterIndex}: its members in canonical order. The first
 * member is the seed, which names the cluster. Only {@link ClusterIndex} uses it, under its lock;
 * not thread-safe.
 */
final class MentionCluster {
  final List<Mention> members = new ArrayList<>(4);

  private Mention idSeed;
  private String id;

  /** The id of the cluster, derived from its seed (remembered per seed); only valid while it has members. */
  String id() {
    Mention seed = members.get(0);
    if (seed != idSeed) {
      id = "c-" + Hashing.shortHash(16, seed.event.docId(), seed.event.eventId());
      idSeed = seed;
    }
    return id;
  }

  /** Inserts a member at its canonical position. */
  void insert(Mention m, Comparator<Mention> order) {
    int i = members.size();
    while (i > 0 && order.compare(members.get(i - 1), m) > 0) {
      i--;
    }
    members.add(i, m);
  }

  /** Removes a member (by identity). */
  void remove(Mention m) {
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i) == m) {
        members.remove(i);
        return;
      }
    }
  }
}
