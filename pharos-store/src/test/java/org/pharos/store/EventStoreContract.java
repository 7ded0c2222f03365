package org.pharos.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pharos.model.ActorRef;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.Place;
import org.pharos.model.Quantity;
import org.pharos.store.bench.SyntheticCorpus;

/**
 * The behaviour every {@link EventStore} must show. Subclasses supply a fresh, empty store per test and
 * a way to run raw SQL against it.
 */
abstract class EventStoreContract {
  protected EventStore store;

  /** A fresh empty store. */
  protected abstract EventStore openFresh() throws Exception;

  /** Closes the store and opens the same database again. */
  protected abstract EventStore reopen() throws Exception;

  /** Runs one SQL statement directly against the store's database (store closed). */
  protected abstract void executeRaw(String sql) throws Exception;

  @BeforeEach
  void openStore() throws Exception {
    store = openFresh();
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void every_event_field_round_trips_including_quantities_and_nulls() {
    Event full = new Event("ev-full", "d1", 3, "US airstrikes killed nine militiamen.", "airstrikes",
        Fixtures.US_MIL, Fixtures.KH, "195", "19", 4, -10.0, "ASSAULT", "aerial", Modality.ASSERTED,
        "2023-11-21", "2023-11-22", DatePrecision.DAY, DateSource.TEXT,
        new Place("Al-Qaim", "IRQ", 34.37, 41.09),
        List.of(new Quantity("killed", 9.0, 9.0, null, "killed nine", null),
            new Quantity("money", 1.5e6, null, "at least", "at least $1.5 million", "USD")),
        0.8, "Reuters", "https://example.org/a");
    Event sparse = new Event("ev-sparse", "d1", 4, null, null,
        new ActorRef("they", null, null, null, null, null), null, null, null, 0, 0.0, null, null, null,
        null, null, null, null, new Place(null, "IRQ", null, null), List.of(), 0.0, null, null);
    Event partial = new Event("ev-partial", "d1", 5, "Iran said in 2023 …", "said",
        Fixtures.IRAN, Fixtures.IRAQ, "010", "01", 1, 0.0, "CONSULT", null, Modality.REPORTED,
        "2023-11", null, DatePrecision.MONTH, DateSource.DOCUMENT, null,
        List.of(new Quantity("troops", null, 2500.0, "up to", "up to 2,500 troops", null)), 0.5, null, null);
    StoreResult r = store.storeDocument(Fixtures.doc("d1", "text one"), List.of(full, sparse, partial), "c1");
    assertEquals(StoreResult.Status.STORED, r.status());
    assertEquals(3, r.events());

    List<Event> back = store.events(EventQuery.builder().docId("d1").build());
    assertEquals(3, back.size());
    Map<String, Event> byId = back.stream().collect(Collectors.toMap(Event::eventId, e -> e));
    assertEquals(full, byId.get("ev-full"));
    assertEquals(sparse, byId.get("ev-sparse"));
    assertEquals(partial, byId.get("ev-partial"));
  }

  @Test
  void document_round_trips_through_stream_and_lookup() {
    Document d = Fixtures.doc("d1", "body text");
    store.storeDocument(d, List.of(), "c1");
    try (Stream<Document> s = store.streamDocuments()) {
      assertEquals(List.of(d), s.toList());
    }
    StoredDocument sd = store.document("d1").orElseThrow();
    assertEquals(d, sd.document());
    assertEquals(1, sd.version());
    assertEquals(d.contentHash(), sd.contentHash());
    assertEquals("c1", sd.coderVersion());
    assertTrue(sd.latest());
    assertTrue(store.document("nope").isEmpty());
  }

  @Test
  void same_text_twice_is_skipped_as_duplicate() {
    Document d = Fixtures.doc("d1", "same text");
    assertEquals(StoreResult.Status.STORED, store.storeDocument(d, List.of(Fixtures.assault("d1", 0, "2023-11-21")), "c").status());
    StoreResult again = store.storeDocument(d, List.of(Fixtures.assault("d1", 0, "2023-11-21")), "c");
    assertEquals(StoreResult.Status.SKIPPED_DUPLICATE, again.status());
    assertFalse(again.written());
    // Same text under another id and URL is the same document.
    StoreResult copy = store.storeDocument(Fixtures.docWithUrl("other", "https://mirror.example/x", "same text"),
        List.of(), "c");
    assertEquals(StoreResult.Status.SKIPPED_DUPLICATE, copy.status());
    assertEquals("d1", copy.docId());
    assertEquals(1, store.stats().versions());
    assertEquals(1, store.countEvents(EventQuery.all()));
  }

  @Test
  void changed_text_at_same_url_becomes_new_version_and_queries_use_latest() {
    String url = "https://news.example/story";
    store.storeDocument(Fixtures.docWithUrl("a", url, "first text"), List.of(Fixtures.assault("a", 0, "2023-11-21")), "c");
    StoreResult r = store.storeDocument(Fixtures.docWithUrl("a-fetch2", url, "second text"),
        List.of(Fixtures.consult("a-fetch2", 0, "2023-11-22")), "c");
    assertEquals(StoreResult.Status.STORED_NEW_VERSION, r.status());
    assertEquals("a", r.docId());
    assertEquals(2, r.version());

    List<Event> events = store.events(EventQuery.all());
    assertEquals(1, events.size());
    assertEquals("CONSULT", events.get(0).plover());
    assertEquals("a", events.get(0).docId());
    StoreStats stats = store.stats();
    assertEquals(1, stats.documents());
    assertEquals(2, stats.versions());
    List<StoredDocument> all = store.documents(DocumentQuery.builder().allVersions(true).build());
    assertEquals(List.of(1, 2), all.stream().map(StoredDocument::version).toList());
    assertEquals("first text", all.get(0).document().text());
    assertFalse(all.get(0).latest());
    assertEquals("second text", store.document("a").orElseThrow().document().text());
    assertTrue(store.checkIntegrity().healthy());
  }

  @Test
  void changed_text_for_same_doc_id_keeps_event_ids_apart_across_versions() {
    Event e = Fixtures.assault("d", 0, "2023-11-21");
    store.storeDocument(Fixtures.docWithUrl("d", null, "version one"), List.of(e), "c");
    StoreResult r = store.storeDocument(Fixtures.docWithUrl("d", null, "version two"), List.of(e), "c");
    assertEquals(StoreResult.Status.STORED_NEW_VERSION, r.status());
    assertEquals(2, r.version());
    assertEquals(List.of(e), store.events(EventQuery.all()));
    assertEquals(1, store.stats().events());
    StoredDocument v1 = store.documents(DocumentQuery.builder().allVersions(true).build()).get(0);
    assertEquals(1, v1.events(), "the old version keeps its own copy of the event");
    assertTrue(store.checkIntegrity().healthy());
  }

  @Test
  void a_failing_event_rolls_back_the_whole_document() {
    Event good = Fixtures.assault("d1", 0, "2023-11-21");
    Event noId = new Event(null, "d1", 1, "s", "t", null, null, "010", "01", 1, 0, "CONSULT", null,
        Modality.ASSERTED, null, null, null, null, null, List.of(), 0.5, null, null);
    StoreException ex = assertThrows(StoreException.class,
        () -> store.storeDocument(Fixtures.doc("d1", "text"), List.of(good, noId), "c"));
    assertTrue(ex.getMessage().contains("d1"), ex.getMessage());
    assertEquals(0, store.stats().versions());
    assertEquals(0, store.countEvents(EventQuery.all()));
    // The store stays usable and the same document can then be stored.
    assertEquals(StoreResult.Status.STORED, store.storeDocument(Fixtures.doc("d1", "text"), List.of(good), "c").status());
  }

  @Test
  void duplicate_event_ids_and_foreign_events_are_rejected_with_the_reason() {
    Event e = Fixtures.assault("d1", 0, "2023-11-21");
    StoreException twice = assertThrows(StoreException.class,
        () -> store.storeDocument(Fixtures.doc("d1", "t"), List.of(e, e), "c"));
    assertTrue(twice.getMessage().contains("occurs twice"), twice.getMessage());
    StoreException foreign = assertThrows(StoreException.class,
        () -> store.storeDocument(Fixtures.doc("d2", "t"), List.of(e), "c"));
    assertTrue(foreign.getMessage().contains("belongs to document 'd1'"), foreign.getMessage());
    assertEquals(0, store.stats().versions());
  }

  @Test
  void replace_events_swaps_a_documents_events_atomically() {
    Event a = Fixtures.assault("d1", 0, "2023-11-21");
    Event b = Fixtures.consult("d1", 1, "2023-11-22");
    store.storeDocument(Fixtures.doc("d1", "text"), List.of(a, b), "c1");
    Event a2 = Fixtures.event("d1", 0, Fixtures.US_MIL, Fixtures.KH, "190", "ASSAULT", 4, -10, "2023-11-21",
        Modality.ASSERTED, null, List.of(Quantity.exact("killed", 3, "three")));
    // Same event id as before for a: replacing must not collide with the deleted row.
    Event sameIdAsA = new Event(a.eventId(), "d1", 0, "changed", "struck", Fixtures.US_MIL, Fixtures.KH, "195",
        "19", 4, -10, "ASSAULT", null, Modality.ASSERTED, "2023-11-21", null, DatePrecision.DAY,
        DateSource.TEXT, null, List.of(), 0.9, null, null);
    assertEquals(2, store.replaceEvents("d1", List.of(a2, sameIdAsA), "c2"));
    List<Event> now = store.events(EventQuery.all());
    assertEquals(Set.of(a2, sameIdAsA), Set.copyOf(now));
    assertEquals("c2", store.document("d1").orElseThrow().coderVersion());

    // A failing replacement leaves the previous events in place.
    assertThrows(StoreException.class, () -> store.replaceEvents("d1", List.of(b, b), "c3"));
    assertEquals(Set.of(a2, sameIdAsA), Set.copyOf(store.events(EventQuery.all())));
    assertTrue(store.checkIntegrity().healthy());

    StoreException unknown = assertThrows(StoreException.class, () -> store.replaceEvents("zz", List.of(), "c"));
    assertTrue(unknown.getMessage().contains("no such document"), unknown.getMessage());
  }

  private void storeQueryFixture() {
    store.storeDocument(Fixtures.doc("d1", "one"), List.of(
        Fixtures.assault("d1", 0, "2023-11-21"),
        Fixtures.consult("d1", 1, "2023-11"),
        Fixtures.event("d1", 2, Fixtures.IRAQ, Fixtures.US_MIL, "112", "ACCUSE", 3, -2.0, "2024-01-05",
            Modality.HYPOTHETICAL, new Place("BAGHDAD", "IRQ", null, null), List.of())), "c");
    store.storeDocument(Fixtures.doc("d2", "two"), List.of(
        Fixtures.assault("d2", 0, "2023-12-30"),
        Fixtures.event("d2", 1, Fixtures.KH, Fixtures.US_MIL, "190", "ASSAULT", 4, -10.0, "2023", Modality.ASSERTED,
            null, List.of()),
        Fixtures.event("d2", 2, Fixtures.IRAN, null, "010", "CONSULT", 1, 0.0, null, Modality.PLANNED,
            null, List.of())), "c");
  }

  private static Set<String> ids(List<Event> events) {
    return events.stream().map(e -> e.docId() + "/" + e.sentenceIndex()).collect(Collectors.toSet());
  }

  @Test
  void queries_filter_by_actor_side_type_country_place_dates_and_modality() {
    storeQueryFixture();
    assertEquals(Set.of("d1/0", "d1/2", "d2/0", "d2/1"), ids(store.events(EventQuery.builder().actor("usa").build())));
    assertEquals(Set.of("d1/0", "d2/0"), ids(store.events(EventQuery.builder().source("USAMIL").build())));
    assertEquals(Set.of("d1/2", "d2/1"), ids(store.events(EventQuery.builder().target("USA").build())));
    assertEquals(Set.of("d1/0", "d2/0", "d2/1"), ids(store.events(EventQuery.builder().type("assault").build())));
    assertEquals(Set.of("d1/0", "d2/0"), ids(store.events(EventQuery.builder().type("195").build())));
    assertEquals(Set.of("d1/0", "d2/0", "d2/1"), ids(store.events(EventQuery.builder().type("19").build())));
    assertEquals(Set.of("d1/1", "d2/2"), ids(store.events(EventQuery.builder().country("IRN").build())));
    assertEquals(Set.of("d1/0", "d1/2", "d2/0"), ids(store.events(EventQuery.builder().place("baghdad").build())));
    assertEquals(Set.of("d1/1", "d1/0", "d2/0"),
        ids(store.events(EventQuery.builder().since("2023-11").until("2023-12").build())));
    assertEquals(Set.of("d1/0", "d2/0", "d1/2"),
        ids(store.events(EventQuery.builder().since("2023-11-15").build())));
    assertEquals(Set.of("d2/1"), ids(store.events(EventQuery.builder().until("2023-06").build())));
    assertEquals(Set.of("d2/2"), ids(store.events(EventQuery.builder().modality("planned").build())));
    // KH (IRQ…) on either side; the year-only 2023 event counts from 1 January.
    assertEquals(Set.of("d1/0", "d2/1"),
        ids(store.events(EventQuery.builder().actor("IRQ").type("ASSAULT").until("2023-11-30").build())));
    assertEquals(4, store.countEvents(EventQuery.builder().actor("USA").build()));
  }

  @Test
  void paging_walks_the_stable_order_without_gaps_or_repeats() {
    storeQueryFixture();
    List<Event> all = store.events(EventQuery.all());
    assertEquals(6, all.size());
    List<Event> paged = new ArrayList<>();
    for (int offset = 0; offset < 6; offset += 4) {
      paged.addAll(store.events(EventQuery.builder().limit(4).offset(offset).build()));
    }
    assertEquals(all, paged);
    // Dated events come first, in date order; quantities stay attached when paging.
    assertEquals("2023", all.get(0).date());
    assertNull(all.get(5).date());
    Event firstAssault = all.stream().filter(e -> e.docId().equals("d1") && e.sentenceIndex() == 0).findFirst().orElseThrow();
    assertEquals(1, firstAssault.quantities().size());
  }

  @Test
  void actor_counts_dyad_by_month_and_stats_aggregate_current_events() {
    storeQueryFixture();
    List<ActorCount> counts = store.actorCounts(EventQuery.all(), 10);
    ActorCount usMil = counts.stream().filter(c -> c.code().equals("USAMIL")).findFirst().orElseThrow();
    assertEquals(2, usMil.asSource());
    assertEquals(2, usMil.asTarget());
    assertEquals("USAMIL", counts.get(0).code());
    assertEquals(1, store.actorCounts(EventQuery.all(), 1).size());

    List<DyadMonth> dyad = store.dyadByMonth("USA", "IRQ");
    // d1/0 2023-11 USA→IRQ assault; d2/0 2023-12 USA→IRQ assault; d1/2 2024-01 IRQ→USA accuse;
    // d2/1 is year-only and is left out.
    assertEquals(List.of(
        new DyadMonth("2023-11", true, 4, 1, -10.0),
        new DyadMonth("2023-12", true, 4, 1, -10.0),
        new DyadMonth("2024-01", false, 3, 1, -2.0)), dyad);

    StoreStats stats = store.stats();
    assertEquals(2, stats.documents());
    assertEquals(2, stats.versions());
    assertEquals(6, stats.events());
    assertEquals(3L, stats.byPlover().get("ASSAULT"));
    assertEquals(2L, stats.byPlover().get("CONSULT"));
    assertEquals(3L, stats.byModality().get("asserted"));
    assertEquals("2023-01-01", stats.earliest());
    assertEquals("2024-01-05", stats.latest());
  }

  @Test
  void run_bookkeeping_records_counts_and_failures() {
    long run = store.beginRun("pharos ingest news/", List.of("news/", "feed.xml"));
    store.recordFailure(run, "news/bad.html", "not UTF-8 at byte 12");
    store.recordFailure(run, "feed.xml", "HTTP 404");
    store.finishRun(run, new RunCounts(10, 7, 1, 2));
    long unfinished = store.beginRun("pharos ingest other/", List.of());
    List<IngestionRun> runs = store.runs(10);
    assertEquals(List.of(unfinished, run), runs.stream().map(IngestionRun::runId).toList());
    IngestionRun done = runs.get(1);
    assertEquals(new RunCounts(10, 7, 1, 2), done.counts());
    assertEquals(List.of("news/", "feed.xml"), done.inputs());
    assertEquals(2, done.failures());
    assertTrue(!done.finished().isBefore(done.started()));
    assertNull(runs.get(0).finished());
    assertNull(runs.get(0).counts());
    List<RunFailure> failures = store.failures(run);
    assertEquals(List.of("news/bad.html", "feed.xml"), failures.stream().map(RunFailure::input).toList());
    assertEquals("HTTP 404", failures.get(1).reason());
    StoreException ex = assertThrows(StoreException.class, () -> store.finishRun(9999, new RunCounts(0, 0, 0, 0)));
    assertTrue(ex.getMessage().contains("9999"), ex.getMessage());
  }

  @Test
  void bulk_store_gives_the_same_result_as_per_document_store() {
    SyntheticCorpus corpus = new SyntheticCorpus(7, 3);
    List<CodedDocument> batch = new ArrayList<>();
    long expectedEvents = 0;
    for (int i = 0; i < 60; i++) {
      CodedDocument cd = corpus.document(i);
      batch.add(cd);
      expectedEvents += cd.events().size();
    }
    // A duplicate within the batch, and a new version of a document of the batch.
    batch.add(corpus.document(3));
    CodedDocument d5 = corpus.document(5);
    Document changed = new Document(d5.document().docId(), null, null, null, null, null, null, "en",
        d5.document().text() + " Updated.", List.of(), List.of(), "synthetic");
    batch.add(new CodedDocument(changed, List.of()));
    BulkResult r = store.storeBulk(batch, "bulk");
    assertEquals(new BulkResult(60, 1, 1, expectedEvents), r);
    assertEquals(expectedEvents - d5.events().size(), store.countEvents(EventQuery.all()));
    assertEquals(new BulkResult(0, 0, 62, 0), store.storeBulk(batch, "bulk"));

    // Events written by the bulk path read back identically.
    List<Event> bulkEvents = store.events(EventQuery.builder().docId(corpus.document(7).document().docId()).build());
    assertEquals(Set.copyOf(corpus.document(7).events()), Set.copyOf(bulkEvents));
    assertTrue(store.checkIntegrity().healthy());
    assertEquals(60, store.stats().documents());
    assertEquals(61, store.stats().versions());
  }

  @Test
  void readers_run_concurrently_with_the_writer() throws Exception {
    SyntheticCorpus corpus = new SyntheticCorpus(11, 2);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<?> writer = pool.submit(() -> {
        for (int i = 0; i < 40; i++) {
          CodedDocument cd = corpus.document(i);
          store.storeDocument(cd.document(), cd.events(), "c");
        }
      });
      List<Future<Long>> readers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        readers.add(pool.submit(() -> {
          long last = 0;
          while (!writer.isDone()) {
            long n = store.countEvents(EventQuery.all());
            assertTrue(n >= last, "committed events never disappear");
            last = n;
            store.events(EventQuery.builder().actor("USA").limit(5).build());
          }
          return last;
        }));
      }
      writer.get();
      for (Future<Long> f : readers) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(40, store.stats().documents());
  }

  @Test
  void database_with_newer_schema_refuses_to_open() throws Exception {
    int current = store.schemaVersion();
    store.close();
    store = null;
    executeRaw("INSERT INTO schema_version (version, description, applied_at) VALUES (" + (current + 1)
        + ", 'from the future', '2099-01-01T00:00:00Z')");
    StoreException ex = assertThrows(StoreException.class, this::reopen);
    assertTrue(ex.getMessage().contains("version " + (current + 1)), ex.getMessage());
    assertTrue(ex.getMessage().contains("newer"), ex.getMessage());
    executeRaw("DELETE FROM schema_version WHERE version = " + (current + 1));
    store = reopen();
    assertEquals(current, store.schemaVersion());
  }

  @Test
  void reopening_keeps_data_and_does_not_reapply_migrations() throws Exception {
    store.storeDocument(Fixtures.doc("d1", "persist me"), List.of(Fixtures.assault("d1", 0, "2023-11-21")), "c");
    store = reopen();
    assertEquals(1, store.stats().events());
    assertNotEquals(0, store.schemaVersion());
    assertEquals(StoreResult.Status.SKIPPED_DUPLICATE,
        store.storeDocument(Fixtures.doc("d1", "persist me"), List.of(), "c").status());
  }

  @Test
  void closed_store_reports_it_is_closed() {
    store.close();
    StoreException ex = assertThrows(StoreException.class, () -> store.stats());
    assertTrue(ex.getMessage().contains("closed"), ex.getMessage());
    store = null;
  }

  // ---------------------------------------------------------------- persisted clusters

  private static ClusterRepository.ClusterRow clusterRow(String id, String date, int reports) {
    return new ClusterRepository.ClusterRow(id, date, "ASSAULT", "USAMIL", "IRQREBKHZ", reports, reports, false,
        "{\"cluster_id\":\"" + id + "\"}");
  }

  @Test
  void cluster_tables_round_trip_members_with_their_events_and_blocking_keys() {
    Event a = Fixtures.assault("d1", 0, "2023-11-21");
    Event b = Fixtures.assault("d2", 0, "2023-11-22");
    Event c = Fixtures.consult("d2", 1, "2023-11-22");
    store.storeDocument(Fixtures.doc("d1", "text one"), List.of(a), "t");
    store.storeDocument(Fixtures.doc("d2", "text two"), List.of(b, c), "t");
    ClusterRepository repo = store.clusterRepository();
    assertTrue(repo.builtWith().isEmpty());
    assertEquals(List.of("d1", "d2"), repo.documentsToCluster());
    long day = java.time.LocalDate.parse("2023-11-21").toEpochDay();
    repo.apply(new ClusterRepository.ClusterChanges(true, "settings-1", List.of(),
        List.of(clusterRow("c-1", "2023-11-21", 2), clusterRow("c-2", "2023-11-22", 1)),
        List.of(new ClusterRepository.MemberRow("d1", a.eventId(), "c-1", "ASSAULT", day, day, "USA", "IRQ"),
            new ClusterRepository.MemberRow("d2", b.eventId(), "c-1", "ASSAULT", day + 1, day + 1, "USA", "IRQ"),
            new ClusterRepository.MemberRow("d2", c.eventId(), "c-2", "CONSULT", day + 1, day + 1, "IRN", "IRQ")),
        List.of("d1", "d2")));
    assertEquals(java.util.Optional.of("settings-1"), repo.builtWith());
    assertEquals(List.of(), repo.documentsToCluster());
    assertEquals(2, repo.clusterCount());
    assertEquals(Set.of("c-1"), repo.clusterIdsInBlock("ASSAULT", null, null, day - 3, day));
    assertEquals(Set.of("c-1"), repo.clusterIdsInBlock("ASSAULT", "USA", "IRQ", day - 3, day));
    assertEquals(Set.of(), repo.clusterIdsInBlock("ASSAULT", "USA", "SYR", day - 3, day));
    assertEquals(Set.of(), repo.clusterIdsInBlock("ASSAULT", "IRN", null, day - 3, day));
    assertEquals(Set.of(), repo.clusterIdsInBlock("ASSAULT", null, null, day + 2, day + 5));
    assertEquals(Set.of(), repo.clusterIdsInBlock("CONSULT", null, null, day - 3, day));
    assertEquals(Set.of("c-1", "c-2"), repo.clusterIdsOfDocuments(List.of("d2")));
    List<ClusterRepository.ClusteredEvent> ofD2 = repo.currentEvents(List.of("d2", "unknown"));
    assertEquals(Set.of(b, c), ofD2.stream().map(ClusterRepository.ClusteredEvent::event).collect(Collectors.toSet()));
    assertTrue(ofD2.stream().allMatch(m -> m.clusterId() == null && "Wire".equals(m.documentOutlet())));
    List<ClusterRepository.ClusteredEvent> members = repo.members(List.of("c-1"));
    assertEquals(Set.of(a, b), members.stream().map(ClusterRepository.ClusteredEvent::event).collect(Collectors.toSet()));
    assertTrue(members.stream().allMatch(m -> m.clusterId().equals("c-1") && "Wire".equals(m.documentOutlet())
        && "2023-11-22".equals(m.documentDate())));
    assertEquals(Set.of("{\"cluster_id\":\"c-1\"}", "{\"cluster_id\":\"c-2\"}"),
        repo.clusters().stream().map(ClusterRepository.ClusterRow::json).collect(Collectors.toSet()));
  }

  @Test
  void changing_a_documents_events_marks_it_for_clustering_in_the_same_transaction() {
    Event a = Fixtures.assault("d1", 0, "2023-11-21");
    store.storeDocument(Fixtures.doc("d1", "text one"), List.of(a), "t");
    store.storeDocument(Fixtures.doc("d2", "text two"), List.of(Fixtures.assault("d2", 0, "2023-11-21")), "t");
    ClusterRepository repo = store.clusterRepository();
    repo.apply(new ClusterRepository.ClusterChanges(false, null, List.of(), List.of(clusterRow("c-1", "2023-11-21", 1)),
        List.of(new ClusterRepository.MemberRow("d1", a.eventId(), "c-1", "ASSAULT", 1L, 1L, "USA", "IRQ")), List.of("d1", "d2")));
    assertEquals(List.of(), repo.documentsToCluster());
    store.replaceEvents("d1", List.of(), "t2");
    assertEquals(List.of("d1"), repo.documentsToCluster());
    // The old membership stays until the clusters are updated, but its event is gone.
    assertEquals(Set.of("c-1"), repo.clusterIdsOfDocuments(List.of("d1")));
    assertEquals(List.of(), repo.members(List.of("c-1")));
    store.storeDocument(Fixtures.doc("d2", "text two, changed"), List.of(), "t");
    assertEquals(List.of("d1", "d2"), repo.documentsToCluster());
    // The same text again changes nothing.
    store.storeDocument(Fixtures.doc("d2", "text two, changed"), List.of(), "t");
    assertEquals(List.of("d1", "d2"), repo.documentsToCluster());
  }

  @Test
  void an_incremental_cluster_change_replaces_only_the_named_clusters_and_documents() {
    Event a = Fixtures.assault("d1", 0, "2023-11-21");
    Event b = Fixtures.assault("d2", 0, "2023-11-21");
    store.storeDocument(Fixtures.doc("d1", "text one"), List.of(a), "t");
    store.storeDocument(Fixtures.doc("d2", "text two"), List.of(b), "t");
    ClusterRepository repo = store.clusterRepository();
    repo.apply(new ClusterRepository.ClusterChanges(true, "s", List.of(),
        List.of(clusterRow("c-a", "2023-11-21", 1), clusterRow("c-b", "2023-11-21", 1)),
        List.of(new ClusterRepository.MemberRow("d1", a.eventId(), "c-a", "ASSAULT", 5L, 5L, "USA", "IRQ"),
            new ClusterRepository.MemberRow("d2", b.eventId(), "c-b", "ASSAULT", 5L, 5L, "USA", "IRQ")), List.of("d1", "d2")));
    // d2 joins d1's cluster; c-b vanishes.
    repo.apply(new ClusterRepository.ClusterChanges(false, null, List.of("c-b"), List.of(clusterRow("c-a", "2023-11-21", 2)),
        List.of(new ClusterRepository.MemberRow("d1", a.eventId(), "c-a", "ASSAULT", 5L, 5L, "USA", "IRQ"),
            new ClusterRepository.MemberRow("d2", b.eventId(), "c-a", "ASSAULT", 5L, 5L, "USA", "IRQ")), List.of("d2")));
    assertEquals(1, repo.clusterCount());
    assertEquals(2, repo.clusters().get(0).reports());
    assertEquals(Set.of("c-a"), repo.clusterIdsOfDocuments(List.of("d2")));
    assertEquals(2, repo.members(List.of("c-a", "c-b")).size());
    assertEquals(java.util.Optional.of("s"), repo.builtWith());
  }
}
