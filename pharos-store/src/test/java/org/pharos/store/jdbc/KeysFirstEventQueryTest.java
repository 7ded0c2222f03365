package org.pharos.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.store.CodedDocument;
import org.pharos.store.EventQuery;
import org.pharos.store.bench.SyntheticCorpus;

/**
 * The keys-first (late materialization) event query must return exactly what the one-pass query
 * returns: same events, same fields and quantities, same order, on every page.
 */
class KeysFirstEventQueryTest {
  private static DuckDbEventStore store;

  @BeforeAll
  static void loadSmallStore() {
    store = DuckDbEventStore.inMemory();
    SyntheticCorpus corpus = new SyntheticCorpus(42, 5);
    List<CodedDocument> batch = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      CodedDocument cd = corpus.document(i);
      if (i % 7 == 0) {
        cd = new CodedDocument(cd.document(), undated(cd.events(), i % 14 == 0));
      }
      batch.add(cd);
    }
    store.storeBulk(batch, "test");
    // New versions of some documents: their old events stop being current and must not appear.
    for (int i = 0; i < 600; i += 50) {
      CodedDocument cd = corpus.document(i);
      Document d = cd.document();
      Document changed = new Document(d.docId(), d.title(), d.author(), d.outlet(), d.date(), d.dateSource(),
          d.url(), d.lang(), d.text() + " Updated.", d.references(), d.removed(), d.origin());
      store.storeDocument(changed, cd.events().subList(0, 1), "test");
    }
  }

  /** Without a date (all events) or with a year only (every other event). */
  private static List<Event> undated(List<Event> events, boolean none) {
    List<Event> out = new ArrayList<>();
    for (int k = 0; k < events.size(); k++) {
      Event e = events.get(k);
      String date = none ? null : k % 2 == 0 ? e.date().substring(0, 4) : e.date();
      out.add(new Event(e.eventId(), e.docId(), e.sentenceIndex(), e.sentence(), e.trigger(), e.source(),
          e.target(), e.cameo(), e.cameoRoot(), e.quadClass(), e.goldstein(), e.plover(), e.ploverMode(),
          e.modality(), date, e.dateEnd(), date == null ? DatePrecision.UNKNOWN : e.datePrecision(),
          date == null ? DateSource.NONE : e.dateSource(), e.location(), e.quantities(), e.confidence(),
          e.outlet(), e.url()));
    }
    return out;
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<Event> read(EventQuery q, boolean keysFirst) {
    try (Stream<Event> s = store.streamEvents(q, keysFirst)) {
      return s.toList();
    }
  }

  private static void assertSameBothWays(EventQuery q) {
    List<Event> onePass = read(q, false);
    List<Event> keysFirst = read(q, true);
    assertEquals(onePass, keysFirst, q.toString());
  }

  @Test
  void keys_first_returns_the_same_events_in_the_same_order_as_one_pass() {
    List<EventQuery.Builder> filters = List.of(
        EventQuery.builder(),
        EventQuery.builder().actor("IRQREB").type("ASSAULT"),
        EventQuery.builder().actor("USA"),
        EventQuery.builder().source("IRN").target("USA"),
        EventQuery.builder().type("19"),
        EventQuery.builder().country("IRQ").since("2020-03").until("2022"),
        EventQuery.builder().place("Baghdad").modality("reported"),
        EventQuery.builder().type("ASSAULT").until("2019-06"));
    int checkedWithQuantities = 0;
    for (EventQuery.Builder f : filters) {
      for (int limit : new int[] {1, 7, 100, 1000}) {
        for (long offset : new long[] {0, 3, 250}) {
          EventQuery q = f.limit(limit).offset(offset).build();
          assertSameBothWays(q);
          if (read(q, true).stream().anyMatch(e -> !e.quantities().isEmpty())) {
            checkedWithQuantities++;
          }
        }
      }
    }
    assertTrue(checkedWithQuantities > 10, "the comparison must cover events with quantities");
  }

  @Test
  void keys_first_pages_reach_the_undated_events_sorted_last() {
    long total = store.countEvents(EventQuery.all());
    EventQuery lastPage = EventQuery.builder().limit(50).offset(total - 50).build();
    List<Event> page = read(lastPage, true);
    assertEquals(50, page.size());
    assertTrue(page.stream().allMatch(e -> e.date() == null), "undated events sort last");
    assertEquals(read(lastPage, false), page);
  }

  @Test
  void keys_first_skips_superseded_versions_like_one_pass() {
    String reversioned = new SyntheticCorpus(42, 5).document(50).document().docId();
    EventQuery q = EventQuery.builder().docId(reversioned).limit(10).build();
    List<Event> events = read(q, true);
    assertEquals(1, events.size());
    assertEquals(read(q, false), events);
  }

  @Test
  void limited_queries_within_the_window_use_keys_first_and_others_one_pass() {
    assertEquals("e.rowid", store.rowKey());
    assertTrue(store.keysFirstMaxRows() >= 100);
    // Whichever path the public method picks, its answer equals the one-pass answer.
    EventQuery big = EventQuery.builder().limit(store.keysFirstMaxRows()).offset(5).build();
    assertEquals(read(big, false), store.events(big));
    EventQuery unlimited = EventQuery.builder().actor("IRQ").build();
    List<Event> all = store.events(unlimited);
    assertFalse(all.isEmpty());
    assertEquals(read(unlimited, false), all);
  }
}
