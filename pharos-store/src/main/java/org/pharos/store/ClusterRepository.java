package org.pharos.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The persisted side of event clustering: which cluster every clustered event belongs to, one
 * record per cluster (kept as opaque JSON: the store does not know what a cluster is), and the
 * bookkeeping an incremental update needs. Obtained from {@link EventStore#clusterRepository()};
 * the clustering itself lives in {@code pharos-analytics}.
 *
 * <p><b>What is up to date.</b> A document is <i>clustered</i> when its current events are
 * reflected in the clusters. The store forgets that mark in the same transaction in which it
 * changes a document's events (a new version, {@link EventStore#replaceEvents}); a new document
 * has no mark. {@link #documentsToCluster()} therefore lists exactly the documents an updater must
 * (re)process, also after a crash between storing events and updating clusters: a re-run repairs.
 *
 * <p>Thread safety as {@link EventStore}: writes are serialized, reads see committed data.
 */
public interface ClusterRepository {

  /** The settings the clusters were last built with in full, or empty when they never were. */
  Optional<String> builtWith();

  /** Ids of the latest documents that are not clustered (new, new version, re-coded), sorted. */
  List<String> documentsToCluster();

  /** The clusters that events of these documents (any version) are members of. */
  Set<String> clusterIdsOfDocuments(Collection<String> docIds);

  /**
   * The current events of these documents (latest versions), each with its document's outlet and
   * date and a null cluster id.
   */
  List<ClusteredEvent> currentEvents(Collection<String> docIds);

  /**
   * The clusters with a member of blocking type {@code typeKey} whose days overlap {@code
   * [fromDay, toDay]} (epoch days, inclusive) and whose source and target countries are compatible
   * with the given ones (equal, or unknown on either side; a null argument matches any): the
   * candidates an incremental update scores.
   */
  Set<String> clusterIdsInBlock(String typeKey, String sourceCountry, String targetCountry, long fromDay,
      long toDay);

  /**
   * The current events that are members of these clusters, with their cluster ids and the outlet
   * and date of their documents.
   */
  List<ClusteredEvent> members(Collection<String> clusterIds);

  /** Every stored cluster record, in no particular order. */
  List<ClusterRow> clusters();

  /** Number of stored clusters. */
  long clusterCount();

  /**
   * Applies a change in one transaction: deletes the named clusters and their memberships (and
   * all memberships of the named documents), writes the given clusters and members, and marks the
   * named documents clustered. With {@link ClusterChanges#replaceAll()} everything stored before is
   * deleted first and the build settings are recorded.
   *
   * @throws StoreException when the write failed (nothing changes then)
   */
  void apply(ClusterChanges changes);

  /**
   * A stored event with the cluster it belongs to (null when read by document).
   *
   * @param documentOutlet the outlet of the event's document, or null
   * @param documentDate the date of the event's document as stored (ISO, possibly partial), or null
   */
  record ClusteredEvent(String clusterId, org.pharos.model.Event event, String documentOutlet,
      String documentDate) {}

  /**
   * One membership row.
   *
   * @param typeKey the blocking type (PLOVER type or {@code cameo:<root>}), or null when the event
   *     is never linked (no type or no usable date)
   * @param dayStart first epoch day of the event's date, or null
   * @param dayEnd last epoch day of the event's date, or null
   * @param sourceCountry the source actor's country, or null when unknown
   * @param targetCountry the target actor's country, or null when unknown
   */
  record MemberRow(String docId, String eventId, String clusterId, String typeKey, Long dayStart, Long dayEnd,
      String sourceCountry, String targetCountry) {}

  /** One cluster record with the columns used to order and filter it; {@code json} is the record. */
  record ClusterRow(String clusterId, String eventDate, String plover, String sourceCode, String targetCode,
      int reports, int sources, boolean disputed, String json) {}

  /**
   * A change to apply.
   *
   * @param replaceAll delete every stored cluster, membership and mark first
   * @param builtWith the settings to record as those of a full build, or null (kept)
   * @param removedClusterIds clusters to delete
   * @param clusters clusters to write (an older row with the same id is replaced)
   * @param members the full membership of every written cluster
   * @param clusteredDocuments documents whose current events the written state reflects
   */
  record ClusterChanges(boolean replaceAll, String builtWith, Collection<String> removedClusterIds,
      Collection<ClusterRow> clusters, Collection<MemberRow> members, Collection<String> clusteredDocuments) {}
}
