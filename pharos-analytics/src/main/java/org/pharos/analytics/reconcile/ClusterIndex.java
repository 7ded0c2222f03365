package org.pharos.analytics.reconcile;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.pharos.model.ActorRef;
import org.pharos.model.DatePrecision;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.Place;
import org.pharos.model.Quantity;

/**
 * Incremental event clustering: holds the clusters of every event added so far and updates only
 * the neighbourhood of new events. Thread-safe: every method is synchronized on the index.
 *
 * <pre>{@code
 * ClusterIndex index = new ClusterIndex(ClusterConfig.defaults());
 * ClusterUpdate u = index.add(events, docId -> documentInfo.get(docId));
 * u.changed().forEach(c -> System.out.println(c.clusterId() + " " + c.sources() + " sources"));
 * List<ClusterRecord> all = index.clusters();
 * }</pre>
 *
 * <p><b>Method.</b>
 *
 * <ol>
 *   <li><b>Blocking.</b> Each dated report is filed under (type, day) for every day its date covers
 *       (type = PLOVER type, or the CAMEO root when there is none). A new report is compared only
 *       with reports filed under its type on the days its date covers widened by the date tolerance.
 *       Reports whose date is only a year or unknown, or without a type, are never linked: each is
 *       a cluster of its own.
 *   <li><b>Scoring and linking.</b> Candidate pairs are scored by {@link CompatibilityScorer};
 *       pairs at or above {@link ClusterConfig#linkThreshold()} are linked, and the index keeps the
 *       links of every report. Links do not depend on the order in which reports arrive.
 *   <li><b>Splitting.</b> Linked reports may chain reports that must not be merged (two raids on
 *       different sites, bridged by a report that names only the city). Clusters are therefore
 *       formed by one deterministic pass over the reports in a canonical order — day-precise dates
 *       first, by day, text dates before publication dates, then document id, sentence and event
 *       id; then month-precision dates. Each report joins the earlier-formed cluster with the
 *       highest mean score among clusters where it has at least one link to an earlier member and
 *       no incompatible earlier member (ties go to the cluster whose first report comes first), or
 *       starts a new cluster. Only linked reports can influence each other.
 *   <li><b>Incremental = batch.</b> The index always holds exactly the result of that pass over
 *       every report it holds, whatever the order and number of calls. A change (new or removed
 *       reports) is propagated forward in canonical order: a report is decided again only when a
 *       cluster it could join changed before it (one of its linked reports, or a member of such a
 *       report's cluster, moved); propagation stops where decisions stop changing. Adding a report
 *       to a long chain of linked reports (the busiest pair of actors, reported day after day)
 *       therefore costs a few neighbourhoods, not the whole chain.
 *   <li><b>Repeated input.</b> An event already present (same document id and event id) is
 *       ignored, so re-ingesting a document never inflates reports or sources; to re-code a document
 *       use {@link #replaceDocument}.
 * </ol>
 *
 * <p>The canonical event of a cluster takes the most specific CAMEO code and actor codes (longest,
 * then most frequent; an actor that reports give as source and others as target, but none as both,
 * stays on the side more reports give, never becoming a self-dyad no report stated), the best date (day from text, then most frequent), and the most specific
 * place (with coordinates, then most frequent, then longest name).
 */
public final class ClusterIndex {
  private static final Comparator<Mention> CANONICAL = ClusterIndex::compareCanonical;

  private final ClusterConfig config;
  private final CompatibilityScorer scorer;
  private final QuantityReconciler reconciler = new QuantityReconciler();
  private final Map<String, Mention> byKey = new HashMap<>();
  private final Map<String, List<Mention>> byDoc = new HashMap<>();
  private final Map<String, Map<Long, List<Mention>>> blocks = new HashMap<>();
  private final Set<MentionCluster> clusterSet = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Reports taken in by {@link #load} and not placed in a cluster yet (placed lazily, before any read). */
  private List<Mention> pending = new ArrayList<>();
  private int stamp;
  private int passes;

  /** An empty index with the given settings. */
  public ClusterIndex(ClusterConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.scorer = new CompatibilityScorer(config);
  }

  /** The settings of this index. */
  public ClusterConfig config() {
    return config;
  }

  /**
   * Adds events and updates the clusters they touch.
   *
   * @param events events of one or more documents; each needs a document id and an event id
   * @param documents document metadata by id; may return {@code null} for an unknown document (its
   *     outlet is then taken from the event and its publication day is unknown)
   * @return the clusters that are new or changed, and the ids that disappeared
   * @throws IllegalArgumentException naming the event when it has no document id or event id
   */
  public synchronized ClusterUpdate add(Collection<Event> events, Function<String, DocumentInfo> documents) {
    return addInternal(events, documents, true);
  }

  private ClusterUpdate addInternal(Collection<Event> events, Function<String, DocumentInfo> documents,
      boolean records) {
    Objects.requireNonNull(documents, "documents");
    if (records) {
      flush();
    }
    List<Mention> fresh = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int ignored = 0;
    for (Event e : events) {
      if (e.docId() == null || e.eventId() == null) {
        throw new IllegalArgumentException("event without doc_id or event_id: " + e.eventId() + " in "
            + e.docId() + " (sentence " + e.sentenceIndex() + ")");
      }
      String key = e.docId() + "\u0000" + e.eventId();
      if (!accepts(e) || byKey.containsKey(key) || !seen.add(key)) {
        ignored++;
        continue;
      }
      fresh.add(new Mention(e, info(e, documents.apply(e.docId()))));
    }
    fresh.sort(CANONICAL);
    takeIn(fresh);
    if (!records) {
      pending.addAll(fresh);
      return new ClusterUpdate(List.of(), List.of(), fresh.size(), ignored);
    }
    Pass pass = new Pass(true);
    pass.run(fresh);
    return pass.update(fresh.size(), ignored);
  }

  /** Links reports (sorted canonically) with the reports held and files them. */
  private void takeIn(List<Mention> fresh) {
    for (Mention m : fresh) {
      for (Mention other : candidates(m)) {
        if (scorer.score(m, other) >= config.linkThreshold()) {
          link(m, other);
        }
      }
      file(m);
      byKey.put(m.key, m);
      byDoc.computeIfAbsent(m.event.docId(), k -> new ArrayList<>()).add(m);
    }
  }

  /** New reports for the accepted events not held yet, sorted canonically. */
  private List<Mention> mentions(Collection<Event> events, Function<String, DocumentInfo> documents) {
    List<Mention> fresh = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Event e : events) {
      if (e.docId() == null || e.eventId() == null) {
        throw new IllegalArgumentException("event without doc_id or event_id: " + e.eventId() + " in "
            + e.docId() + " (sentence " + e.sentenceIndex() + ")");
      }
      String key = e.docId() + "\u0000" + e.eventId();
      if (accepts(e) && !byKey.containsKey(key) && seen.add(key)) {
        fresh.add(new Mention(e, info(e, documents.apply(e.docId()))));
      }
    }
    fresh.sort(CANONICAL);
    return fresh;
  }

  /**
   * Restores clusters as an earlier pass left them (read back from a store): the events of each
   * given cluster are placed in it without any decision, and links among all held reports are
   * computed. The caller guarantees that the groups are whole clusters of a consistent state.
   *
   * @param byCluster persisted cluster id → its member events
   * @return persisted cluster id → the restored cluster (ids whose events were all left out are absent)
   */
  synchronized Map<String, MentionCluster> restore(Map<String, List<Event>> byCluster,
      Function<String, DocumentInfo> documents) {
    flush();
    Map<String, MentionCluster> out = new HashMap<>();
    List<Mention> all = new ArrayList<>();
    IdentityHashMap<Mention, String> idOf = new IdentityHashMap<>();
    for (Map.Entry<String, List<Event>> e : byCluster.entrySet()) {
      for (Mention m : mentions(e.getValue(), documents)) {
        idOf.put(m, e.getKey());
        all.add(m);
      }
    }
    all.sort(CANONICAL);
    takeIn(all);
    for (Mention m : all) { // canonical order: appending keeps each cluster's members in order
      MentionCluster c = out.computeIfAbsent(idOf.get(m), k -> new MentionCluster());
      if (c.members.isEmpty()) {
        clusterSet.add(c);
      }
      c.members.add(m);
      m.cluster = c;
    }
    return out;
  }

  /**
   * Adds events to restored clusters and decides again every report of the {@code recheck} clusters
   * (those that lost members outside this index) and whatever that changes, exactly as {@link #add}
   * would have. Returns the reports whose neighbourhood the decisions relied on: every report
   * decided, and every member of every cluster that changed. The result equals the full pass over
   * the store only if each of them had all its linked reports (and their whole clusters) held; the
   * caller checks this and, if not, restores a larger neighbourhood and revises again.
   */
  synchronized List<Mention> revise(Collection<Event> events, Collection<MentionCluster> recheck,
      Function<String, DocumentInfo> documents) {
    flush();
    List<Mention> fresh = mentions(events, documents);
    takeIn(fresh);
    Pass pass = new Pass(false);
    for (MentionCluster c : recheck) {
      if (!c.members.isEmpty()) {
        pass.touch(c, null);
      }
    }
    pass.run(fresh);
    List<Mention> relied = new ArrayList<>(pass.decided);
    for (MentionCluster c : pass.touched) {
      relied.addAll(c.members);
    }
    return relied;
  }

  /** Visits every held report with the id of its cluster. */
  synchronized void forEachMember(java.util.function.BiConsumer<String, Mention> visitor) {
    flush();
    for (MentionCluster c : clusterSet) {
      String id = c.id();
      for (Mention m : c.members) {
        visitor.accept(id, m);
      }
    }
  }

  /**
   * Removes every event of a document (before re-coding it, or when it is deleted) and updates the
   * clusters it belonged to.
   */
  public synchronized ClusterUpdate removeDocument(String docId) {
    flush();
    List<Mention> gone = byDoc.remove(docId);
    if (gone == null) {
      return new ClusterUpdate(List.of(), List.of(), 0, 0);
    }
    Pass pass = new Pass(true);
    for (Mention m : gone) {
      byKey.remove(m.key);
      unfile(m);
      if (m.links != null) {
        for (Mention n : m.links) {
          if (n.links != null) {
            n.links.remove(m);
          }
        }
      }
    }
    List<MentionCluster> left = new ArrayList<>(gone.size());
    for (Mention m : gone) {
      MentionCluster c = m.cluster;
      pass.remember(c);
      c.remove(m);
      m.cluster = null;
      if (c.members.isEmpty()) {
        clusterSet.remove(c);
      }
      left.add(c);
    }
    for (int i = 0; i < gone.size(); i++) {
      Mention m = gone.get(i);
      pass.touch(left.get(i), m);
      if (m.links != null) {
        for (Mention n : m.links) {
          pass.pushIfAfter(n, m);
        }
      }
    }
    pass.run(List.of());
    return pass.update(0, 0);
  }

  /** Replaces the events of a document: {@link #removeDocument} then {@link #add}, as one update. */
  public synchronized ClusterUpdate replaceDocument(String docId, Collection<Event> events,
      Function<String, DocumentInfo> documents) {
    ClusterUpdate removed = removeDocument(docId);
    ClusterUpdate added = add(events, documents);
    Map<String, ClusterRecord> changed = new TreeMap<>();
    removed.changed().forEach(r -> changed.put(r.clusterId(), r));
    added.changed().forEach(r -> changed.put(r.clusterId(), r));
    Set<String> gone = new TreeSet<>(removed.removedIds());
    gone.addAll(added.removedIds());
    // An id may have vanished in the first step and come back in the second, or the reverse: it is
    // live when the second step wrote it, or the first did and the second did not remove it.
    Set<String> live = new HashSet<>();
    added.changed().forEach(r -> live.add(r.clusterId()));
    Set<String> secondRemoved = new HashSet<>(added.removedIds());
    removed.changed().forEach(r -> {
      if (!secondRemoved.contains(r.clusterId())) {
        live.add(r.clusterId());
      }
    });
    gone.removeIf(live::contains);
    changed.keySet().removeIf(id -> !live.contains(id));
    return new ClusterUpdate(new ArrayList<>(changed.values()), new ArrayList<>(gone), added.added(),
        added.ignored());
  }

  /** Every cluster, sorted by canonical date then id. */
  public synchronized List<ClusterRecord> clusters() {
    flush();
    List<ClusterRecord> out = new ArrayList<>(clusterSet.size());
    for (MentionCluster c : clusterSet) {
      out.add(record(c));
    }
    out.sort(Comparator.comparing((ClusterRecord r) -> String.valueOf(r.canonical().date()))
        .thenComparing(ClusterRecord::clusterId));
    return out;
  }

  /** Number of clusters. */
  public synchronized int clusterCount() {
    flush();
    return clusterSet.size();
  }

  /**
   * Size of the largest connected component of linked reports (a diagnostic of how far links chain;
   * computed on demand, linear in the number of reports and links).
   */
  public synchronized int largestComponentSize() {
    int now = ++stamp;
    int max = 0;
    ArrayDeque<Mention> todo = new ArrayDeque<>();
    for (Mention start : byKey.values()) {
      if (start.stamp == now) {
        continue;
      }
      start.stamp = now;
      todo.add(start);
      int size = 0;
      while (!todo.isEmpty()) {
        Mention m = todo.poll();
        size++;
        if (m.links != null) {
          for (Mention n : m.links) {
            if (n.stamp != now) {
              n.stamp = now;
              todo.add(n);
            }
          }
        }
      }
      max = Math.max(max, size);
    }
    return max;
  }

  /**
   * Adds events like {@link #add} but reports no changes and defers placing them in clusters until
   * clusters are next read or added to: the fast path for loading a store into an index. The
   * clusters are the same as with {@link #add}.
   *
   * @return the number of events taken in
   */
  public synchronized int load(Collection<Event> events, Function<String, DocumentInfo> documents) {
    return addInternal(events, documents, false).added();
  }

  /** Number of events held. */
  public synchronized int eventCount() {
    return byKey.size();
  }

  /**
   * The cluster id of every event, keyed by {@code docId + "/" + eventId}; for evaluation and for
   * persisting memberships.
   */
  public synchronized Map<String, String> memberships() {
    flush();
    Map<String, String> out = new HashMap<>();
    for (MentionCluster c : clusterSet) {
      String id = c.id();
      for (Mention m : c.members) {
        out.put(m.event.docId() + "/" + m.event.eventId(), id);
      }
    }
    return out;
  }

  private boolean accepts(Event e) {
    Modality m = e.modality() == null ? Modality.ASSERTED : e.modality();
    if (!config.modalities().contains(m)) {
      return false;
    }
    return !(config.excludeTallies() && TallyExtractor.isTally(e));
  }

  static DocumentInfo info(Event e, DocumentInfo given) {
    if (given == null) {
      return new DocumentInfo(e.docId(), e.outlet(), null);
    }
    if (given.outlet() == null && e.outlet() != null) {
      return new DocumentInfo(given.docId(), e.outlet(), given.published());
    }
    return given;
  }

  private List<Mention> candidates(Mention m) {
    if (!m.dated || m.typeKey == null) {
      return List.of();
    }
    Map<Long, List<Mention>> days = blocks.get(m.typeKey);
    if (days == null) {
      return List.of();
    }
    int now = ++stamp;
    m.stamp = now;
    List<Mention> out = new ArrayList<>();
    int tol = config.maxTolerance();
    for (long d = m.dayStart - tol; d <= m.dayEnd + tol; d++) {
      List<Mention> list = days.get(d);
      if (list == null) {
        continue;
      }
      for (Mention x : list) {
        if (x.stamp != now) {
          x.stamp = now;
          if (CompatibilityScorer.countriesCompatible(m, x)) {
            out.add(x);
          }
        }
      }
    }
    return out;
  }

  private static void link(Mention a, Mention b) {
    if (a.links == null) {
      a.links = new ArrayList<>(4);
    }
    if (b.links == null) {
      b.links = new ArrayList<>(4);
    }
    a.links.add(b);
    b.links.add(a);
  }

  private void file(Mention m) {
    if (!m.dated || m.typeKey == null) {
      return;
    }
    Map<Long, List<Mention>> days = blocks.computeIfAbsent(m.typeKey, k -> new HashMap<>());
    for (long d = m.dayStart; d <= m.dayEnd; d++) {
      days.computeIfAbsent(d, k -> new ArrayList<>(2)).add(m);
    }
  }

  private void unfile(Mention m) {
    if (!m.dated || m.typeKey == null) {
      return;
    }
    Map<Long, List<Mention>> days = blocks.get(m.typeKey);
    for (long d = m.dayStart; d <= m.dayEnd; d++) {
      List<Mention> list = days.get(d);
      if (list != null) {
        list.remove(m);
        if (list.isEmpty()) {
          days.remove(d);
        }
      }
    }
  }

  /** Places the reports {@link #load} left waiting. */
  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    List<Mention> fresh = pending;
    pending = new ArrayList<>();
    fresh.sort(CANONICAL);
    new Pass(false).run(fresh);
  }

  /** The canonical order of reports (step 3 of the method); a total order. */
  private static int compareCanonical(Mention a, Mention b) {
    if (a == b) {
      return 0;
    }
    int c = Integer.compare(a.dayPrecise ? 0 : a.dated ? 1 : 2, b.dayPrecise ? 0 : b.dated ? 1 : 2);
    if (c != 0) {
      return c;
    }
    c = Long.compare(a.dayStart, b.dayStart);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.precisionRank(), b.precisionRank());
    if (c != 0) {
      return c;
    }
    c = a.event.docId().compareTo(b.event.docId());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.event.sentenceIndex(), b.event.sentenceIndex());
    if (c != 0) {
      return c;
    }
    return a.event.eventId().compareTo(b.event.eventId());
  }

  private static boolean precedes(Mention a, Mention b) {
    return compareCanonical(a, b) < 0;
  }

  /**
   * The cluster a report joins given the clusters formed by the reports before it, or {@code null}
   * when it starts a new one.
   */
  private MentionCluster choose(Mention m) {
    if (m.links == null) {
      return null;
    }
    List<MentionCluster> options = new ArrayList<>(4);
    for (Mention n : m.links) {
      MentionCluster c = n.cluster;
      if (c != null && !options.contains(c) && precedes(n, m)) {
        options.add(c);
      }
    }
    if (options.size() > 1) {
      options.sort((x, y) -> compareCanonical(x.members.get(0), y.members.get(0)));
    }
    MentionCluster best = null;
    double bestMean = -1;
    for (MentionCluster c : options) {
      double sum = 0;
      int count = 0;
      boolean ok = true;
      for (Mention x : c.members) {
        if (!precedes(x, m)) {
          break;
        }
        double s = scorer.score(m, x);
        if (s < 0) {
          ok = false;
          break;
        }
        sum += s;
        count++;
      }
      if (ok) {
        double mean = sum / count;
        if (mean > bestMean) {
          bestMean = mean;
          best = c;
        }
      }
    }
    return best;
  }

  /** What a cluster was before a pass first changed it. */
  private record Snapshot(String id, List<Mention> members) {}

  /**
   * One propagation of changes in canonical order: decides new reports and every report queued
   * because a cluster it could join changed earlier in the order.
   */
  private final class Pass {
    private final int id = ++passes;
    private final PriorityQueue<Mention> queue = new PriorityQueue<>(CANONICAL);
    /** Touched clusters and what they were, when the pass reports changes; else null. */
    private final Map<MentionCluster, Snapshot> before;
    /** Reports decided in this pass, and clusters whose change queued others (for {@link #revise}). */
    final List<Mention> decided = new ArrayList<>();
    final Set<MentionCluster> touched = Collections.newSetFromMap(new IdentityHashMap<>());

    Pass(boolean records) {
      this.before = records ? new IdentityHashMap<>() : null;
    }

    /** Decides {@code fresh} (in canonical order, not yet placed) and whatever they make change. */
    void run(List<Mention> fresh) {
      for (Mention m : fresh) {
        m.queued = id;
      }
      int i = 0;
      while (true) {
        Mention head = queue.peek();
        Mention next;
        if (i < fresh.size() && (head == null || precedes(fresh.get(i), head))) {
          next = fresh.get(i++);
        } else if (head != null) {
          next = queue.poll();
        } else {
          break;
        }
        decide(next);
      }
    }

    private void decide(Mention m) {
      decided.add(m);
      MentionCluster target = choose(m);
      MentionCluster current = m.cluster;
      if (target == null) {
        if (current != null && current.members.get(0) == m) {
          return;
        }
        target = new MentionCluster();
        clusterSet.add(target);
      } else if (target == current) {
        return;
      }
      if (current != null) {
        remember(current);
        current.remove(m);
        if (current.members.isEmpty()) {
          clusterSet.remove(current);
        }
        touch(current, m);
      }
      remember(target);
      target.insert(m, CANONICAL);
      m.cluster = target;
      touch(target, m);
    }

    void remember(MentionCluster c) {
      if (before != null && !before.containsKey(c)) {
        before.put(c, c.members.isEmpty() ? new Snapshot(null, List.of())
            : new Snapshot(c.id(), List.copyOf(c.members)));
      }
    }

    /**
     * Queues every placed report after {@code at} whose choice may depend on {@code c}: its later
     * members and the later reports linked to any member.
     */
    void touch(MentionCluster c, Mention at) {
      touched.add(c);
      for (Mention y : c.members) {
        pushIfAfter(y, at);
        if (y.links != null) {
          for (Mention z : y.links) {
            pushIfAfter(z, at);
          }
        }
      }
    }

    void pushIfAfter(Mention m, Mention at) {
      if (m.cluster != null && m.queued != id && (at == null || precedes(at, m))) {
        m.queued = id;
        queue.add(m);
      }
    }

    ClusterUpdate update(int added, int ignored) {
      Map<String, List<Mention>> oldById = new HashMap<>();
      Set<String> oldIds = new TreeSet<>();
      for (Snapshot s : before.values()) {
        if (s.id() != null) {
          oldById.put(s.id(), s.members());
          oldIds.add(s.id());
        }
      }
      List<ClusterRecord> changed = new ArrayList<>();
      for (MentionCluster c : before.keySet()) {
        if (c.members.isEmpty()) {
          continue;
        }
        String newId = c.id();
        oldIds.remove(newId);
        List<Mention> was = oldById.get(newId);
        if (was == null || !was.equals(c.members)) {
          changed.add(record(c));
        }
      }
      changed.sort(Comparator.comparing(ClusterRecord::clusterId));
      return new ClusterUpdate(changed, new ArrayList<>(oldIds), added, ignored);
    }
  }

  // ---- cluster records ----

  private ClusterRecord record(MentionCluster cl) {
    List<Mention> ms = cl.members;
    Map<String, String> outlets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Set<String> sources = new HashSet<>();
    Set<String> docs = new TreeSet<>();
    Set<String> eventIds = new TreeSet<>();
    EnumSet<Modality> modalities = EnumSet.noneOf(Modality.class);
    LocalDate first = null;
    LocalDate last = null;
    Map<String, List<QuantityReport>> quantities = new TreeMap<>();
    for (Mention m : ms) {
      DocumentInfo d = m.doc;
      if (d.outlet() != null) {
        outlets.putIfAbsent(d.outlet(), d.outlet());
      }
      sources.add(d.sourceKey());
      docs.add(m.event.docId());
      eventIds.add(m.event.eventId());
      modalities.add(m.event.modality() == null ? Modality.ASSERTED : m.event.modality());
      if (d.published() != null) {
        first = first == null || d.published().isBefore(first) ? d.published() : first;
        last = last == null || d.published().isAfter(last) ? d.published() : last;
      }
      for (Quantity q : m.event.quantities()) {
        if (q.kind() == null || (q.min() == null && q.max() == null)) {
          continue;
        }
        String kind = q.kind().trim().toLowerCase(Locale.ROOT) + (q.unit() == null ? "" : ":" + q.unit());
        quantities.computeIfAbsent(kind, k -> new ArrayList<>()).add(
            QuantityReport.of(q.min(), q.max(), q.qualifier(), d.outlet(), m.event.docId(), d.published(), q.text()));
      }
    }
    Map<String, QuantityEstimate> estimates = new TreeMap<>();
    quantities.forEach((k, v) -> reconciler.reconcile(v).ifPresent(est -> estimates.put(k, est)));
    return new ClusterRecord(cl.id(), canonical(ms), ms.size(), sources.size(), new ArrayList<>(outlets.values()),
        new ArrayList<>(docs), new ArrayList<>(eventIds), first, last, new ArrayList<>(modalities), estimates);
  }

  private static CanonicalEvent canonical(List<Mention> ms) {
    String plover = mostSpecific(ms, m -> m.plover);
    String cameo = mostSpecific(ms, m -> m.cameo);
    String root = cameo != null && cameo.length() >= 2 ? cameo.substring(0, 2) : mostSpecific(ms, m -> m.cameoRoot);
    ActorRef source = actor(ms, m -> m.event.source(), m -> m.sourceCode);
    ActorRef target = actor(ms, m -> m.event.target(), m -> m.targetCode);
    String self = source != null && target != null ? source.code() : null;
    if (self != null && self.equals(target.code())
        && ms.stream().noneMatch(m -> self.equals(m.sourceCode) && self.equals(m.targetCode))) {
      // One report has the actor as source, another as target (a passive sentence coded the other
      // way round): no report says it acted on itself, so keep it on the side more reports give.
      long asSource = ms.stream().filter(m -> self.equals(m.sourceCode)).count();
      long asTarget = ms.stream().filter(m -> self.equals(m.targetCode)).count();
      if (asSource >= asTarget) {
        target = actor(ms.stream().filter(m -> !self.equals(m.targetCode)).toList(), m -> m.event.target(),
            m -> m.targetCode);
      } else {
        source = actor(ms.stream().filter(m -> !self.equals(m.sourceCode)).toList(), m -> m.event.source(),
            m -> m.sourceCode);
      }
    }
    // Date: best precision rank, then most frequent date text, then earliest.
    Mention dated = null;
    Map<String, Integer> dateFreq = new HashMap<>();
    for (Mention m : ms) {
      if (m.event.date() != null) {
        dateFreq.merge(m.event.date(), 1, Integer::sum);
      }
    }
    for (Mention m : ms) {
      if (m.event.date() == null) {
        continue;
      }
      if (dated == null || m.precisionRank() < dated.precisionRank()
          || (m.precisionRank() == dated.precisionRank()
              && (dateFreq.get(m.event.date()) > dateFreq.get(dated.event.date())
                  || (dateFreq.get(m.event.date()).equals(dateFreq.get(dated.event.date()))
                      && m.event.date().compareTo(dated.event.date()) < 0)))) {
        dated = m;
      }
    }
    String date = dated == null ? null : dated.event.date();
    DatePrecision precision = dated == null ? DatePrecision.UNKNOWN
        : dated.event.datePrecision() != null ? dated.event.datePrecision() : DatePrecision.UNKNOWN;
    String dateEnd = null;
    for (Mention m : ms) {
      String e = m.event.dateEnd();
      if (e != null && !e.isBlank() && date != null && e.compareTo(date) > 0 && (dateEnd == null || e.compareTo(dateEnd) > 0)) {
        dateEnd = e;
      }
    }
    return new CanonicalEvent(plover, cameo, root, source, target, date, dateEnd, precision, place(ms));
  }

  /** The longest value, then the most frequent, then the smallest. */
  private static String mostSpecific(List<Mention> ms, Function<Mention, String> f) {
    Map<String, Integer> freq = new HashMap<>();
    for (Mention m : ms) {
      String v = f.apply(m);
      if (v != null) {
        freq.merge(v, 1, Integer::sum);
      }
    }
    return freq.entrySet().stream()
        .min(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getKey().length())
            .thenComparingInt(e -> -e.getValue())
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).orElse(null);
  }

  private static ActorRef actor(List<Mention> ms, Function<Mention, ActorRef> ref, Function<Mention, String> code) {
    String best = mostSpecific(ms, code);
    if (best == null) {
      for (Mention m : ms) {
        if (ref.apply(m) != null) {
          return ref.apply(m);
        }
      }
      return null;
    }
    for (Mention m : ms) {
      if (best.equals(code.apply(m))) {
        return ref.apply(m);
      }
    }
    return null;
  }

  private static Place place(List<Mention> ms) {
    Map<String, Integer> freq = new LinkedHashMap<>();
    for (Mention m : ms) {
      if (m.placeName != null) {
        freq.merge(m.placeName, 1, Integer::sum);
      }
    }
    Mention best = null;
    for (Mention m : ms) {
      if (m.placeUnknown()) {
        continue;
      }
      if (best == null || better(m, best, freq)) {
        best = m;
      }
    }
    return best == null ? null : best.event.location();
  }

  private static boolean better(Mention a, Mention b, Map<String, Integer> freq) {
    if (a.hasCoordinates != b.hasCoordinates) {
      return a.hasCoordinates;
    }
    int fa = a.placeName == null ? 0 : freq.get(a.placeName);
    int fb = b.placeName == null ? 0 : freq.get(b.placeName);
    if (fa != fb) {
      return fa > fb;
    }
    int la = a.placeName == null ? 0 : a.placeName.length();
    int lb = b.placeName == null ? 0 : b.placeName.length();
    if (la != lb) {
      return la > lb;
    }
    return a.placeName != null && b.placeName != null && a.placeName.compareTo(b.placeName) < 0;
  }
}
