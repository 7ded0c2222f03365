package org.pharos.analytics.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.pharos.model.ActorRef;
import org.pharos.model.DatePrecision;
import org.pharos.model.Event;
import org.pharos.model.Hashing;
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
 *       pairs at or above {@link ClusterConfig#linkThreshold()} are linked, and linked reports form
 *       connected components. Links do not depend on the order in which reports arrive.
 *   <li><b>Splitting.</b> A component may chain reports that must not be merged (two raids on
 *       different sites, bridged by a report that names only the city). Each component is split
 *       deterministically: its reports are taken in a canonical order — day-precise dates first, by
 *       day, text dates before publication dates, then document id, sentence and event id; then
 *       month-precision dates — and each joins the existing cluster with the highest mean score
 *       among clusters where it has at least one link and no incompatible member, or starts a new
 *       cluster.
 *   <li><b>Incremental = batch.</b> Because links are order-free and a component's split depends
 *       only on its members, adding events in any order or in any number of calls gives exactly
 *       the clusters of one batch run. A new event re-splits only the component it joins.
 *   <li><b>Repeated input.</b> An event already present (same document id and event id) is
 *       ignored, so re-ingesting a document never inflates reports or sources; to re-code a document
 *       use {@link #replaceDocument}.
 * </ol>
 *
 * <p>The canonical event of a cluster takes the most specific CAMEO code and actor codes (longest,
 * then most frequent), the best date (day from text, then most frequent), and the most specific
 * place (with coordinates, then most frequent, then longest name).
 */
public final class ClusterIndex {
  private static final Comparator<Mention> CANONICAL = Comparator
      .comparingInt((Mention m) -> m.dayPrecise ? 0 : m.dated ? 1 : 2)
      .thenComparingLong(m -> m.dayStart)
      .thenComparingInt(Mention::precisionRank)
      .thenComparing(m -> m.event.docId())
      .thenComparingInt(m -> m.event.sentenceIndex())
      .thenComparing(m -> String.valueOf(m.event.eventId()));

  private final ClusterConfig config;
  private final CompatibilityScorer scorer;
  private final QuantityReconciler reconciler = new QuantityReconciler();
  private final Map<String, Mention> byKey = new HashMap<>();
  private final Map<String, List<Mention>> byDoc = new HashMap<>();
  private final Map<String, Map<Long, List<Mention>>> blocks = new HashMap<>();
  private final Set<Component> components = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  /** Components linked by {@link #load} and not split yet (split lazily, once, before any read). */
  private final Set<Component> dirty = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private int stamp;

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
    Map<Component, List<Component.Cluster>> before = new IdentityHashMap<>();
    for (Mention m : fresh) {
      Component own = new Component();
      own.members.add(m);
      m.component = own;
      components.add(own);
      for (Mention other : candidates(m)) {
        if (other.component != m.component && scorer.score(m, other) >= config.linkThreshold()) {
          merge(m.component, other.component, before);
        }
      }
      file(m);
      byKey.put(m.key, m);
      byDoc.computeIfAbsent(m.event.docId(), k -> new ArrayList<>()).add(m);
    }
    if (!records) {
      for (Mention m : fresh) {
        dirty.add(m.component);
      }
      return new ClusterUpdate(List.of(), List.of(), fresh.size(), ignored);
    }
    Set<Component> touched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Mention m : fresh) {
      touched.add(m.component);
    }
    return resplit(touched, before, fresh.size(), ignored, true);
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
    Set<Component> affected = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Mention m : gone) {
      affected.add(m.component);
      byKey.remove(m.key);
      unfile(m);
    }
    Map<Component, List<Component.Cluster>> before = new IdentityHashMap<>();
    Set<Component> touched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<String> vanished = new ArrayList<>();
    Set<Mention> goneSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    goneSet.addAll(gone);
    for (Component c : affected) {
      components.remove(c);
      List<Mention> rest = new ArrayList<>();
      for (Mention m : c.members) {
        if (!goneSet.contains(m)) {
          rest.add(m);
        }
      }
      // Rebuild connectivity among the remaining members only.
      for (Mention m : rest) {
        Component own = new Component();
        own.members.add(m);
        m.component = own;
        components.add(own);
      }
      for (Mention m : rest) {
        for (Mention other : candidates(m)) {
          if (other.component != m.component && scorer.score(m, other) >= config.linkThreshold()) {
            merge(m.component, other.component, null);
          }
        }
      }
      Set<Component> parts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (Mention m : rest) {
        parts.add(m.component);
      }
      // Hand the old clusters to the first part so that ids carried over are not reported removed.
      if (parts.isEmpty()) {
        c.clusters.forEach(cl -> vanished.add(cl.id()));
      } else {
        Component first = parts.stream().min(Comparator.comparing(p -> p.members.get(0), CANONICAL)).orElseThrow();
        before.put(first, new ArrayList<>(c.clusters));
        for (Component p : parts) {
          before.putIfAbsent(p, new ArrayList<>());
        }
      }
      touched.addAll(parts);
    }
    ClusterUpdate u = resplit(touched, before, 0, 0, true);
    List<String> removed = new ArrayList<>(u.removedIds());
    Set<String> stillThere = new HashSet<>();
    u.changed().forEach(r -> stillThere.add(r.clusterId()));
    for (String id : vanished) {
      if (!stillThere.contains(id)) {
        removed.add(id);
      }
    }
    java.util.Collections.sort(removed);
    return new ClusterUpdate(u.changed(), removed, 0, 0);
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
    // An id may have vanished in the first step and come back in the second, or the reverse.
    Set<String> live = new HashSet<>();
    for (Component c : components) {
      c.clusters.forEach(cl -> live.add(cl.id()));
    }
    gone.removeIf(live::contains);
    changed.keySet().removeIf(id -> !live.contains(id));
    return new ClusterUpdate(new ArrayList<>(changed.values()), new ArrayList<>(gone), added.added(),
        added.ignored());
  }

  /** Every cluster, sorted by canonical date then id. */
  public synchronized List<ClusterRecord> clusters() {
    flush();
    List<ClusterRecord> out = new ArrayList<>();
    for (Component c : components) {
      for (Component.Cluster cl : c.clusters) {
        out.add(record(cl));
      }
    }
    out.sort(Comparator.comparing((ClusterRecord r) -> String.valueOf(r.canonical().date()))
        .thenComparing(ClusterRecord::clusterId));
    return out;
  }

  /** Number of clusters. */
  public synchronized int clusterCount() {
    flush();
    int n = 0;
    for (Component c : components) {
      n += c.clusters.size();
    }
    return n;
  }

  /**
   * Size of the largest connected component of linked reports (a diagnostic: re-splitting cost
   * grows with it).
   */
  public synchronized int largestComponentSize() {
    int max = 0;
    for (Component c : components) {
      max = Math.max(max, c.members.size());
    }
    return max;
  }

  /**
   * Adds events like {@link #add} but reports no changes and defers splitting the touched components
   * until clusters are next read or added to: the fast path for loading a store into an index. The
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
    for (Component c : components) {
      for (Component.Cluster cl : c.clusters) {
        for (Mention m : cl.members()) {
          out.put(m.event.docId() + "/" + m.event.eventId(), cl.id());
        }
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

  private static DocumentInfo info(Event e, DocumentInfo given) {
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

  /** Merges two components (smaller into larger), keeping the clusters they had before the call. */
  private void merge(Component a, Component b, Map<Component, List<Component.Cluster>> before) {
    Component big = a.members.size() >= b.members.size() ? a : b;
    Component small = big == a ? b : a;
    for (Mention x : small.members) {
      x.component = big;
    }
    big.members.addAll(small.members);
    components.remove(small);
    if (dirty.remove(small)) {
      dirty.add(big);
    }
    if (before != null) {
      List<Component.Cluster> old = before.computeIfAbsent(big, k -> new ArrayList<>(k.clusters));
      List<Component.Cluster> oldSmall = before.remove(small);
      old.addAll(oldSmall != null ? oldSmall : small.clusters);
    }
  }

  /** Splits the components {@link #load} left unsplit. */
  private void flush() {
    for (Component c : dirty) {
      c.clusters = split(c.members);
    }
    dirty.clear();
  }

  private ClusterUpdate resplit(Set<Component> touched, Map<Component, List<Component.Cluster>> before,
      int added, int ignored, boolean records) {
    List<ClusterRecord> changed = new ArrayList<>();
    Set<String> oldIds = new TreeSet<>();
    Set<String> newIds = new HashSet<>();
    for (Component c : touched) {
      List<Component.Cluster> old = before.containsKey(c) ? before.get(c) : c.clusters;
      Map<String, List<Mention>> oldById = new HashMap<>();
      for (Component.Cluster cl : old) {
        oldById.put(cl.id(), cl.members());
        oldIds.add(cl.id());
      }
      c.clusters = split(c.members);
      for (Component.Cluster cl : c.clusters) {
        newIds.add(cl.id());
        List<Mention> was = oldById.get(cl.id());
        if (records && (was == null || !sameMembers(was, cl.members()))) {
          changed.add(record(cl));
        }
      }
    }
    oldIds.removeAll(newIds);
    changed.sort(Comparator.comparing(ClusterRecord::clusterId));
    return new ClusterUpdate(changed, new ArrayList<>(oldIds), added, ignored);
  }

  private static boolean sameMembers(List<Mention> a, List<Mention> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** Deterministic split of a component into clusters (step 3 of the method). */
  private List<Component.Cluster> split(List<Mention> members) {
    List<Mention> order = new ArrayList<>(members);
    order.sort(CANONICAL);
    members.clear();
    members.addAll(order);
    List<List<Mention>> clusters = new ArrayList<>();
    List<long[]> spans = new ArrayList<>(); // per cluster: min dayStart, max dayEnd
    int firstActive = 0;
    int tol = config.maxTolerance();
    for (Mention m : order) {
      if (!m.dated || m.typeKey == null) {
        clusters.add(new ArrayList<>(List.of(m)));
        spans.add(new long[] {Long.MIN_VALUE, Long.MIN_VALUE});
        continue;
      }
      // Day-precise reports come in day order: clusters that ended long before cannot take m.
      if (m.dayPrecise) {
        while (firstActive < clusters.size() && spans.get(firstActive)[1] < m.dayStart - tol) {
          firstActive++;
        }
      }
      int best = -1;
      double bestMean = -1;
      for (int i = m.dayPrecise ? firstActive : 0; i < clusters.size(); i++) {
        long[] span = spans.get(i);
        if (span[1] == Long.MIN_VALUE || span[1] < m.dayStart - tol || span[0] > m.dayEnd + tol) {
          continue;
        }
        double sum = 0;
        double max = -1;
        boolean ok = true;
        for (Mention x : clusters.get(i)) {
          double s = scorer.score(m, x);
          if (s < 0) {
            ok = false;
            break;
          }
          sum += s;
          max = Math.max(max, s);
        }
        if (ok && max >= config.linkThreshold()) {
          double mean = sum / clusters.get(i).size();
          if (mean > bestMean) {
            bestMean = mean;
            best = i;
          }
        }
      }
      if (best < 0) {
        clusters.add(new ArrayList<>(List.of(m)));
        spans.add(new long[] {m.dayStart, m.dayEnd});
      } else {
        clusters.get(best).add(m);
        long[] span = spans.get(best);
        span[0] = Math.min(span[0], m.dayStart);
        span[1] = Math.max(span[1], m.dayEnd);
      }
    }
    List<Component.Cluster> out = new ArrayList<>(clusters.size());
    for (List<Mention> c : clusters) {
      Mention seed = c.get(0);
      out.add(new Component.Cluster("c-" + Hashing.shortHash(16, seed.event.docId(), seed.event.eventId()),
          List.copyOf(c)));
    }
    return out;
  }

  // ---- cluster records ----

  private ClusterRecord record(Component.Cluster cl) {
    List<Mention> ms = cl.members();
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
