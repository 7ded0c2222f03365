package org.pharos.analytics.reconcile;

import java.util.ArrayList;
import java.util.List;

/**
 * A connected set of linked reports and the clusters it was last split into. Only {@link
 * ClusterIndex} uses it, under its lock; not thread-safe.
 */
final class Component {
  final List<Mention> members = new ArrayList<>();
  /** The clusters of the last split (stale ones of merged components are appended until re-split). */
  List<Cluster> clusters = new ArrayList<>();

  /** One cluster: an id and its members in canonical order. */
  record Cluster(String id, List<Mention> members) {}
}
