package org.pharos.analytics.reconcile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.PartialDate;
import org.pharos.store.ClusterRepository;
import org.pharos.store.ClusterRepository.ClusterChanges;
import org.pharos.store.ClusterRepository.ClusterRow;
import org.pharos.store.ClusterRepository.ClusteredEvent;
import org.pharos.store.ClusterRepository.MemberRow;
import org.pharos.store.EventQuery;
import org.pharos.store.EventStore;
import org.pharos.store.StoreException;
import org.pharos.store.StoredDocument;

/**
 * Event clusters kept in the store ({@link EventStore#clusterRepository()}) and updated
 * incrementally: after a document's events are stored, re-coded or replaced by a new version,
 * {@link #update} changes only the clusters around it. Not thread-safe (one writer, like the store).
 *
 * <pre>{@code
 * PersistentClusters clusters = new PersistentClusters(store, ClusterConfig.defaults());
 * clusters.sync(System.err::println);           // builds once for an older store, or repairs
 * StoreResult r = store.storeDocument(doc, events, "coder-1");
 * if (r.written()) clusters.update(List.of(r.docId()));
 * List<ClusterRecord> all = clusters.clusters();
 * }</pre>
 *
 * <p><b>Incremental update.</b> The clusters are those of the one deterministic pass described on
 * {@link ClusterIndex}; a change can only alter the decisions of reports linked to it, later in the
 * canonical order. An update therefore
 *
 * <ol>
 *   <li>looks up candidate clusters by blocking keys in the {@code cluster_members} table: the same
 *       type, a member whose days overlap the new report's days widened by the date tolerance, and
 *       a compatible country dyad (the same source and target countries, or unknown on a side);
 *   <li>restores those whole clusters (and the clusters the document's earlier events were in)
 *       from the store exactly as persisted, adds the document's current events and re-decides the
 *       new reports and, in canonical order, every report a changed cluster may affect;
 *   <li>checks that every report decided, and every member of a changed cluster, had its whole
 *       neighbourhood restored; if not, it looks up the missing neighbourhoods and starts again from
 *       the persisted state (usually done after one or two rounds);
 *   <li>writes only the clusters whose membership changed, deletes the ones that vanished, and marks
 *       the documents clustered, in one transaction.
 * </ol>
 *
 * The result is the same clusters a full build gives, whatever the order in which documents came.
 * The store forgets a document's mark in the transaction that changes its events, so a crash between
 * storing and clustering leaves the document listed by {@link ClusterRepository#documentsToCluster()}
 * and {@link #sync} repairs it. Re-ingesting an identical document stores nothing and changes nothing.
 */
public final class PersistentClusters {
  /** Above this many documents to cluster, {@link #sync} rebuilds everything instead. */
  static final int REBUILD_ABOVE = 5_000;
  /**
   * Version of the clustering method and of the cluster records; part of {@link #settings()}, so a
   * store clustered by another version is rebuilt once. Raise it whenever a change to the scoring,
   * the pass or the records would give other clusters for the same events.
   */
  static final int METHOD_VERSION = 3;

  private static final ObjectMapper JSON = ClusterStore.mapper();

  private final EventStore store;
  private final ClusterRepository repository;
  private final ClusterConfig config;
  private int lastRounds;

  /** Clusters of {@code store} with the given settings. */
  public PersistentClusters(EventStore store, ClusterConfig config) {
    this.store = Objects.requireNonNull(store, "store");
    this.repository = store.clusterRepository();
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The settings as recorded with a full build (a change of settings triggers a rebuild). */
  public String settings() {
    return String.format(Locale.ROOT, "method=" + METHOD_VERSION + " link=%s day=%d docday=%d site=%s modalities=%s tallies=%s",
        config.linkThreshold(), config.dayTolerance(), config.documentDateTolerance(), config.siteRadiusKm(),
        new TreeSet<>(config.modalities().stream().map(Enum::name).toList()), config.excludeTallies());
  }

  /** What {@link #sync} did. */
  public enum SyncAction {
    /** Nothing to do. */
    UP_TO_DATE,
    /** Documents stored or re-coded since were clustered incrementally. */
    UPDATED,
    /** The clusters were built from all stored events. */
    REBUILT
  }

  /**
   * Brings the persisted clusters up to date: builds them from every stored event when they were
   * never built (a store from an older version) or with other settings, or when very many documents
   * wait; otherwise clusters the documents stored or re-coded since (the repair after a crash).
   *
   * @param progress receives a line before a full build and after it
   */
  public SyncAction sync(Consumer<String> progress) {
    if (!repository.builtWith().map(settings()::equals).orElse(false)) {
      rebuild(progress);
      return SyncAction.REBUILT;
    }
    List<String> waiting = repository.documentsToCluster();
    if (waiting.isEmpty()) {
      return SyncAction.UP_TO_DATE;
    }
    if (waiting.size() > REBUILD_ABOVE) {
      rebuild(progress);
      return SyncAction.REBUILT;
    }
    update(waiting);
    return SyncAction.UPDATED;
  }

  /** Builds every cluster from the stored events, replacing what was stored. */
  public void rebuild(Consumer<String> progress) {
    long events = store.countEvents(EventQuery.all());
    progress.accept("pharos: building the event clusters of " + store.describe() + " (" + events
        + " events; done once, later documents update them incrementally)…");
    long start = System.nanoTime();
    Map<String, DocumentInfo> docs = new HashMap<>();
    try (Stream<Document> s = store.streamDocuments()) {
      s.forEach(d -> docs.put(d.docId(), DocumentInfo.of(d)));
    }
    ClusterIndex index = new EventClusterer(config).index(store, EventQuery.all(), docs::get);
    List<ClusterRecord> records = index.clusters();
    List<MemberRow> members = new ArrayList<>(index.eventCount());
    index.forEachMember((id, m) -> members.add(row(id, m)));
    repository.apply(new ClusterChanges(true, settings(), List.of(), rows(records), members, docs.keySet()));
    progress.accept(String.format(Locale.ROOT, "pharos: %d clusters built in %.1f s", records.size(),
        (System.nanoTime() - start) / 1e9));
  }

  /** What one {@link #update} changed. */
  public record UpdateResult(int documents, int events, int written, int removed, int restored, int rounds) {}

  /**
   * Clusters the current events of these documents, replacing whatever their earlier events
   * contributed (none for a new document), and persists the change in one transaction.
   */
  public UpdateResult update(Collection<String> docIds) {
    Set<String> reprocessed = new TreeSet<>(docIds);
    if (reprocessed.isEmpty()) {
      return new UpdateResult(0, 0, 0, 0, 0, 0);
    }
    Map<String, DocumentInfo> known = new HashMap<>();
    Function<String, DocumentInfo> docs = known::get;
    List<Event> fresh = new ArrayList<>();
    for (ClusteredEvent ce : repository.currentEvents(reprocessed)) {
      known.putIfAbsent(ce.event().docId(), documentInfo(ce));
      fresh.add(ce.event());
    }
    Set<String> lostIds = new TreeSet<>(repository.clusterIdsOfDocuments(reprocessed));
    Blocks queried = new Blocks();
    Map<String, List<Event>> restoredEvents = new HashMap<>();
    Set<String> fetched = new HashSet<>();
    List<Mention> wanted = new ArrayList<>();
    for (Event e : fresh) {
      wanted.add(new Mention(e, ClusterIndex.info(e, docs.apply(e.docId()))));
    }
    Set<String> toFetch = new TreeSet<>(lostIds);
    int tol = config.maxTolerance();
    for (int round = 1; ; round++) {
      for (Mention m : wanted) {
        if (m.dated && m.typeKey != null && !queried.covers(m, m.dayStart - tol, m.dayEnd + tol)) {
          // Widen a little so that the next round rarely needs another look-up.
          long from = m.dayStart - 2L * tol - 1;
          long to = m.dayEnd + 2L * tol + 1;
          queried.add(Blocks.key(m.typeKey, m.sourceCountry, m.targetCountry), from, to);
          toFetch.addAll(repository.clusterIdsInBlock(m.typeKey, m.sourceCountry, m.targetCountry, from, to));
        }
      }
      toFetch.removeAll(fetched);
      for (ClusteredEvent ce : repository.members(toFetch)) {
        if (!reprocessed.contains(ce.event().docId())) {
          known.putIfAbsent(ce.event().docId(), documentInfo(ce));
          restoredEvents.computeIfAbsent(ce.clusterId(), k -> new ArrayList<>()).add(ce.event());
        }
      }
      fetched.addAll(toFetch);
      toFetch.clear();
      ClusterIndex index = new ClusterIndex(config);
      Map<String, MentionCluster> restored = index.restore(restoredEvents, docs);
      List<MentionCluster> recheck = new ArrayList<>();
      for (String id : lostIds) {
        if (restored.containsKey(id)) {
          recheck.add(restored.get(id));
        }
      }
      List<Mention> relied = index.revise(fresh, recheck, docs);
      wanted = new ArrayList<>();
      for (Mention m : relied) {
        if (m.dated && m.typeKey != null && !queried.covers(m, m.dayStart - tol, m.dayEnd + tol)) {
          wanted.add(m);
        }
      }
      if (wanted.isEmpty()) {
        lastRounds = round;
        return persist(index, restoredEvents, lostIds, fetched, reprocessed, fresh.size(), round);
      }
    }
  }

  /** Number of look-up rounds the last {@link #update} needed (a diagnostic). */
  public int lastRounds() {
    return lastRounds;
  }

  private UpdateResult persist(ClusterIndex index, Map<String, List<Event>> before, Set<String> lostIds,
      Set<String> fetchedIds, Set<String> reprocessed, int events, int rounds) {
    Map<String, Set<String>> was = new HashMap<>();
    int restored = 0;
    for (Map.Entry<String, List<Event>> e : before.entrySet()) {
      Set<String> keys = new HashSet<>();
      for (Event ev : e.getValue()) {
        keys.add(ev.docId() + "/" + ev.eventId());
      }
      restored += keys.size();
      was.put(e.getKey(), keys);
    }
    Map<String, Set<String>> now = new HashMap<>();
    Map<String, List<MemberRow>> rowsById = new HashMap<>();
    index.forEachMember((id, m) -> {
      now.computeIfAbsent(id, k -> new HashSet<>()).add(m.event.docId() + "/" + m.event.eventId());
      rowsById.computeIfAbsent(id, k -> new ArrayList<>()).add(row(id, m));
    });
    Set<String> changed = new TreeSet<>();
    now.forEach((id, keys) -> {
      if (lostIds.contains(id) || !keys.equals(was.get(id))) {
        changed.add(id);
      }
    });
    Set<String> removed = new TreeSet<>(fetchedIds);
    removed.removeAll(now.keySet());
    List<ClusterRecord> records = new ArrayList<>();
    for (ClusterRecord r : index.clusters()) {
      if (changed.contains(r.clusterId())) {
        records.add(r);
      }
    }
    List<MemberRow> members = new ArrayList<>();
    changed.forEach(id -> members.addAll(rowsById.get(id)));
    repository.apply(new ClusterChanges(false, null, removed, rows(records), members, reprocessed));
    return new UpdateResult(reprocessed.size(), events, records.size(), removed.size(), restored, rounds);
  }

  /** Every persisted cluster, sorted by canonical date then id. */
  public List<ClusterRecord> clusters() {
    List<ClusterRecord> out = new ArrayList<>();
    for (ClusterRow row : repository.clusters()) {
      try {
        out.add(JSON.readValue(row.json(), ClusterRecord.class));
      } catch (JsonProcessingException e) {
        throw new StoreException(store.describe() + ": stored cluster " + row.clusterId()
            + " is not a readable cluster record: " + e.getOriginalMessage(), e);
      }
    }
    out.sort(Comparator.comparing((ClusterRecord r) -> String.valueOf(r.canonical().date()))
        .thenComparing(ClusterRecord::clusterId));
    return out;
  }

  private static MemberRow row(String clusterId, Mention m) {
    boolean blocked = m.dated && m.typeKey != null;
    return new MemberRow(m.event.docId(), m.event.eventId(), clusterId, blocked ? m.typeKey : null,
        blocked ? m.dayStart : null, blocked ? m.dayEnd : null, m.sourceCountry, m.targetCountry);
  }

  private static List<ClusterRow> rows(List<ClusterRecord> records) {
    List<ClusterRow> out = new ArrayList<>(records.size());
    for (ClusterRecord r : records) {
      CanonicalEvent c = r.canonical();
      out.add(new ClusterRow(r.clusterId(), c.date(), c.plover(), c.source() == null ? null : c.source().code(),
          c.target() == null ? null : c.target().code(), r.reports(), r.sources(), r.disputed(), ClusterStore.json(r)));
    }
    return out;
  }

  /** The metadata of a restored event's document, as {@link DocumentInfo#of} would give it. */
  private static DocumentInfo documentInfo(ClusteredEvent ce) {
    java.time.LocalDate published = null;
    if (ce.documentDate() != null) {
      try {
        published = PartialDate.parse(ce.documentDate()).toLocalDate().orElse(null);
      } catch (RuntimeException e) {
        throw new StoreException("document '" + ce.event().docId() + "' has an unreadable stored date '"
            + ce.documentDate() + "': " + e.getMessage(), e);
      }
    }
    return new DocumentInfo(ce.event().docId(), ce.documentOutlet(), published);
  }

  /**
   * Day intervals already looked up, per block (type and country dyad; {@code *} for a side looked
   * up without a country), kept merged. A report's candidates are all found when its days are
   * covered under its own dyad or under a wider one (a side with {@code *}).
   */
  private static final class Blocks {
    private final Map<String, TreeMap<Long, Long>> byType = new HashMap<>();

    static String key(String type, String sourceCountry, String targetCountry) {
      return type + "|" + (sourceCountry == null ? "*" : sourceCountry) + "|"
          + (targetCountry == null ? "*" : targetCountry);
    }

    boolean covers(Mention m, long from, long to) {
      for (String s : m.sourceCountry == null ? new String[] {null} : new String[] {m.sourceCountry, null}) {
        for (String t : m.targetCountry == null ? new String[] {null} : new String[] {m.targetCountry, null}) {
          if (covers(key(m.typeKey, s, t), from, to)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean covers(String block, long from, long to) {
      TreeMap<Long, Long> m = byType.get(block);
      if (m == null) {
        return false;
      }
      Map.Entry<Long, Long> e = m.floorEntry(from);
      return e != null && e.getValue() >= to;
    }

    void add(String type, long from, long to) {
      TreeMap<Long, Long> m = byType.computeIfAbsent(type, k -> new TreeMap<>());
      long f = from;
      long t = to;
      Map.Entry<Long, Long> e = m.floorEntry(f);
      if (e != null && e.getValue() >= f - 1) {
        f = e.getKey();
        t = Math.max(t, e.getValue());
      }
      Map.Entry<Long, Long> next;
      while ((next = m.ceilingEntry(f)) != null && next.getKey() <= t + 1) {
        t = Math.max(t, next.getValue());
        m.remove(next.getKey());
      }
      m.put(f, t);
    }
  }
}
