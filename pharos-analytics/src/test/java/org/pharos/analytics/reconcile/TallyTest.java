package org.pharos.analytics.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharos.analytics.reconcile.Events.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.model.Event;
import org.pharos.model.Quantity;

class TallyTest {
  private final TallyExtractor extractor = new TallyExtractor();

  @Test
  void attacked_n_times_since_a_date_is_a_tally_up_to_the_publication_day() {
    DocumentInfo doc = Events.doc("gulf", "Gulf Monitor", "2023-11-17");
    List<TallyRecord> t = extractor.fromSentence(doc, 0, "Iran-backed groups have attacked US forces in Iraq and "
        + "Syria 61 times since October 17, a Pentagon official said on Friday.", "IRQREB", "USAMIL", null);
    assertEquals(1, t.size());
    assertEquals(61.0, t.get(0).countMin());
    assertEquals(61.0, t.get(0).countMax());
    assertEquals(LocalDate.of(2023, 10, 17), t.get(0).periodStart());
    assertEquals(LocalDate.of(2023, 11, 17), t.get(0).periodEnd());
    assertEquals("ASSAULT", t.get(0).type());
  }

  @Test
  void nearly_n_attacks_in_the_past_two_months_is_an_upper_bound_over_two_months() {
    DocumentInfo doc = Events.doc("x", "Wire", "2023-12-20");
    List<TallyRecord> t = extractor.fromSentence(doc, 3, "There have been nearly 100 attacks on US bases in the "
        + "past two months.", null, "USA", null);
    assertEquals(1, t.size());
    assertNull(t.get(0).countMin());
    assertEquals(100.0, t.get(0).countMax());
    assertEquals("nearly", t.get(0).qualifier());
    assertEquals(LocalDate.of(2023, 10, 20), t.get(0).periodStart());
  }

  @Test
  void a_range_between_two_dates_across_a_year_boundary_is_read_whole() {
    DocumentInfo doc = Events.doc("mpf", "Middle Policy Forum", "2024-02-15");
    List<TallyRecord> t = extractor.fromSentence(doc, 51, "Our current estimate is 160 to 175 attacks on US forces "
        + "in Iraq and Syria between October 17, 2023 and February 4, 2024.", null, "USA", "ASSAULT");
    assertEquals(1, t.size());
    assertEquals(160.0, t.get(0).countMin());
    assertEquals(175.0, t.get(0).countMax());
    assertEquals(LocalDate.of(2023, 10, 17), t.get(0).periodStart());
    assertEquals(LocalDate.of(2024, 2, 4), t.get(0).periodEnd());
  }

  @Test
  void sentences_without_a_count_of_many_events_give_no_tally() {
    DocumentInfo doc = Events.doc("x", "Wire", "2024-01-29");
    assertTrue(extractor.fromSentence(doc, 0, "A drone attack killed three US soldiers at Tower 22.", null, null, null)
        .isEmpty());
    assertTrue(extractor.fromSentence(doc, 1, "The 2023 attacks were condemned.", null, null, null).isEmpty());
  }

  @Test
  void a_coded_event_with_an_attacks_count_is_a_tally_and_a_plain_strike_is_not() {
    Event tally = event("gulf").sentence(0, "Iran-backed groups have attacked US forces 61 times since Oct. 17.")
        .actors("IRQREB", "USAMIL").on("2023-11-17")
        .quantity(new Quantity("attacks", 61.0, 61.0, null, "61 times", null)).build();
    Event strike = event("gulf").sentence(1, "US forces struck back.").actors("USAMIL", "IRQREB").on("2023-11-17")
        .build();
    assertTrue(TallyExtractor.isTally(tally));
    assertTrue(!TallyExtractor.isTally(strike));
    List<TallyRecord> t = extractor.fromEvents(List.of(tally, strike),
        id -> Events.doc(id, "Gulf Monitor", "2023-11-17"));
    assertEquals(1, t.size());
    assertEquals("IRQREB", t.get(0).source());
    assertEquals(LocalDate.of(2023, 10, 17), t.get(0).periodStart());
    assertEquals("Gulf Monitor", t.get(0).outlet());
  }

  @Test
  void tallies_from_several_outlets_about_one_period_are_reconciled_beside_the_record() {
    List<TallyRecord> tallies = new ArrayList<>();
    tallies.addAll(extractor.fromSentence(Events.doc("nov", "Gulf Monitor", "2023-11-17"), 0,
        "Iran-backed groups have attacked US forces 61 times since October 17.", "IRQREB", "USAMIL", null));
    tallies.addAll(extractor.fromSentence(Events.doc("feb1", "Tigris Wire", "2024-02-05"), 2,
        "Militias have carried out more than 160 attacks on US forces since October 17.", "IRQREB", "USA", null));
    tallies.addAll(extractor.fromSentence(Events.doc("feb2", "Levant Post", "2024-02-10"), 4,
        "Iraqi security sources counted about 150 to 165 attacks since October 17.", null, "USA", null));
    tallies.addAll(extractor.fromSentence(Events.doc("feb3", "Middle Policy Forum", "2024-02-15"), 51,
        "Our estimate is 160 to 175 attacks on US forces between October 17, 2023 and February 4, 2024.",
        null, "USA", null));
    tallies.addAll(extractor.fromSentence(Events.doc("feb4", "Caspian Times", "2024-02-12"), 1,
        "The monitor counted at least 170 attacks since October 17.", "IRQ", "USA", null));
    assertEquals(5, tallies.size());
    // Two individual attacks on US forces in the record within the period, one strike the other way.
    Event a = event("d1").sentence(0, "Rockets hit Ain al-Asad.").actors("IRQREB", "USAMIL").on("2023-12-25").build();
    Event b = event("d2").sentence(0, "Drones hit Erbil air base.").actors("IRQREBIRI", "USAMIL").on("2024-01-20")
        .build();
    Event c = event("d3").sentence(0, "US jets struck Jurf al-Sakhar.").actors("USAMIL", "IRQREBKTH")
        .on("2024-01-21").build();
    List<ClusterRecord> clusters = new EventClusterer(ClusterConfig.defaults()).cluster(List.of(a, b, c), id -> null);
    List<ReconciledTally> out = TallyReconciler.defaults().reconcile(tallies, EventCounter.ofClusters(clusters));
    assertEquals(2, out.size(), out::toString);
    ReconciledTally nov = out.get(0);
    assertEquals(61, nov.count().best());
    assertEquals(0L, nov.individualEvents());
    ReconciledTally feb = out.get(1);
    assertEquals(4, feb.sources());
    assertEquals(150, feb.count().low());
    assertEquals(175, feb.count().high());
    assertEquals("IRQ", feb.source());
    assertEquals("USA", feb.target());
    assertEquals(LocalDate.of(2023, 10, 17), feb.periodStart());
    assertEquals(2L, feb.individualEvents());
    assertEquals("reported 150–175 by 4 outlets; 2 individual events in the record", feb.summary());
  }

  @Test
  void the_same_tally_given_twice_counts_once() {
    DocumentInfo doc = Events.doc("nov", "Gulf Monitor", "2023-11-17");
    List<TallyRecord> once = extractor.fromSentence(doc, 0, "Groups have attacked US forces 61 times since "
        + "October 17.", "IRQREB", "USAMIL", null);
    List<TallyRecord> twice = new ArrayList<>(once);
    twice.addAll(once);
    List<ReconciledTally> out = TallyReconciler.defaults().reconcile(twice, null);
    assertEquals(1, out.size());
    assertEquals(1, out.get(0).reports());
    assertNull(out.get(0).individualEvents());
  }
}
