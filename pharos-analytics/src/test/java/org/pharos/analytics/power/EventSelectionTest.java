package org.pharos.analytics.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pharos.model.Event;
import org.pharos.model.Modality;

class EventSelectionTest {

  private static final Event A1 = TestEvents.event("a1", "2024-01-02", TestEvents.USA_MIL, TestEvents.KH, 4, -10);
  private static final Event A2 = TestEvents.event("a2", "2024-01-03", TestEvents.USA_MIL, TestEvents.KH, 4, -10);
  private static final Event B = TestEvents.event("b", "2024-02-10", TestEvents.KH, TestEvents.USA_MIL, 4, -10);
  private static final Event HYPO =
      TestEvents.event("h", "2024-02-11", TestEvents.KH, TestEvents.USA_MIL, 4, -10, Modality.HYPOTHETICAL, "Wire", null);

  @Test
  void reports_of_one_cluster_count_once_and_the_rest_are_merged() {
    Map<String, String> cluster = Map.of("a1", "c1", "a2", "c1", "b", "c2", "h", "c3");
    AnalysisOptions options = AnalysisOptions.defaults().withClusterKey(e -> cluster.get(e.eventId()));
    EventSelection.Result r = EventSelection.select(List.of(A1, A2, B, HYPO), options);
    assertEquals(2, r.units().size());
    assertEquals(1, r.summary().mergedReports());
    assertEquals(1, r.summary().nonFactual());
    assertEquals(2, r.units().get(0).reports());
    assertEquals("clusters", r.summary().counting());
  }

  @Test
  void counting_reports_ignores_the_cluster_key() {
    AnalysisOptions options =
        AnalysisOptions.defaults().withClusterKey(e -> "same").withCounting(CountingUnit.REPORTS);
    assertEquals(3, EventSelection.select(List.of(A1, A2, B), options).units().size());
  }

  @Test
  void non_factual_events_count_when_asked() {
    AnalysisOptions options = AnalysisOptions.defaults().withFactualOnly(false);
    assertEquals(4, EventSelection.select(List.of(A1, A2, B, HYPO), options).units().size());
  }

  @Test
  void a_bounded_period_drops_events_outside_it_and_undated_ones() {
    Event undated = TestEvents.event("u", null, TestEvents.USA_MIL, TestEvents.KH, 4, -10);
    AnalysisOptions options = AnalysisOptions.defaults().withPeriod(Period.parse("2024-01..2024-01"));
    EventSelection.Result r = EventSelection.select(List.of(A1, B, undated), options);
    assertEquals(1, r.units().size());
    assertEquals(2, r.summary().outOfPeriod());
  }

  @Test
  void month_precision_dates_fall_on_the_first_and_are_not_day_known() {
    assertEquals(LocalDate.of(2024, 3, 1), EventSelection.parseDay("2024-03"));
    assertNull(EventSelection.parseDay("2024"));
    assertNull(EventSelection.parseDay("2024-02-31"));
    CountedEvent monthOnly =
        new CountedEvent(A1, EventSelection.parseDay("2024-03"), false, 1);
    assertNull(monthOnly.bucket(Granularity.WEEK));
    assertEquals(LocalDate.of(2024, 3, 1), monthOnly.bucket(Granularity.MONTH));
  }

  @Test
  void periods_parse_months_years_and_open_ends() {
    Period p = Period.parse("2020-01..2020-12");
    assertEquals(LocalDate.of(2020, 1, 1), p.from());
    assertEquals(LocalDate.of(2020, 12, 31), p.to());
    assertEquals(LocalDate.of(2021, 12, 31), Period.parse("..2021").to());
    assertNull(Period.parse("..2021").from());
  }
}
