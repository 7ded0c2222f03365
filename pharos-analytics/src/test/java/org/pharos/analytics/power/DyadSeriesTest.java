package org.pharos.analytics.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharos.analytics.power.TestEvents.IRQ_GOV;
import static org.pharos.analytics.power.TestEvents.IRQ_MIL;
import static org.pharos.analytics.power.TestEvents.KH;
import static org.pharos.analytics.power.TestEvents.USA_GOV;
import static org.pharos.analytics.power.TestEvents.USA_MIL;
import static org.pharos.analytics.power.TestEvents.event;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pharos.model.Event;

class DyadSeriesTest {

  private final List<Event> events =
      List.of(
          event("1", "2024-01-05", USA_GOV, IRQ_GOV, 1, 3.0),
          event("2", "2024-01-20", IRQ_MIL, USA_MIL, 2, 7.0),
          event("3", "2024-01-21", USA_MIL, IRQ_GOV, 3, -2.0),
          event("4", "2024-03-02", USA_GOV, IRQ_GOV, 1, 1.0),
          event("5", "2024-03-02", USA_MIL, KH, 4, -10.0),
          event("6", "2024-03-03", KH, USA_MIL, 4, -10.0),
          event("7", "2024-03-04", IRQ_GOV, IRQ_MIL, 2, 5.0));

  @Test
  void counts_per_month_by_quad_class_with_net_goldstein_at_country_level() {
    DyadSeries.Result r = DyadSeries.compute(events, AnalysisOptions.defaults(), 0);
    assertEquals(List.of("2024-01", "2024-02", "2024-03"), r.periods());
    assertEquals(2, r.dyadCount()); // IRQ-USA and IRQUAF-USA; IRQ-IRQ is internal
    DyadSeries.Dyad usIraq = r.dyads().get(0);
    assertEquals("IRQ", usIraq.actorA());
    assertEquals("USA", usIraq.actorB());
    assertEquals(4, usIraq.total());
    assertEquals(3, usIraq.cooperation());
    assertEquals(1, usIraq.conflict());
    assertEquals(9.0, usIraq.goldsteinSum(), 1e-9);
    DyadSeries.Bucket jan = usIraq.series().get(0);
    assertEquals("2024-01", jan.period());
    assertEquals(3, jan.count());
    assertEquals(1, jan.verbalCooperation());
    assertEquals(1, jan.materialCooperation());
    assertEquals(1, jan.verbalConflict());
    assertEquals(8.0, jan.goldsteinSum(), 1e-9);
    assertEquals(1, jan.aToB()); // IRQ -> USA
    assertEquals(2, jan.bToA());
    assertEquals(Map.of("CONSULT", 1, "AID", 1, "ACCUSE", 1), jan.plover());
    assertEquals("2024-03", usIraq.series().get(1).period());
  }

  @Test
  void clusters_count_one_real_world_event_once_and_reports_count_each() {
    Map<String, String> clusterOf = Map.of("5", "strike", "6", "strike");
    AnalysisOptions clusters = AnalysisOptions.defaults().withClusterKey(e -> clusterOf.get(e.eventId()));
    DyadSeries.Dyad kh = DyadSeries.forPair(events, "USA", "IRQUAF", clusters);
    assertEquals(1, kh.total());
    assertEquals(-10.0, kh.goldsteinSum(), 1e-9);
    DyadSeries.Dyad khReports = DyadSeries.forPair(events, "USA", "IRQUAF", clusters.withCounting(CountingUnit.REPORTS));
    assertEquals(2, khReports.total());
    assertEquals(-20.0, khReports.goldsteinSum(), 1e-9);
  }

  @Test
  void sector_level_and_weekly_buckets_split_finer() {
    AnalysisOptions options =
        AnalysisOptions.defaults().withLevel(ActorLevel.SECTOR).withGranularity(Granularity.WEEK);
    DyadSeries.Dyad govGov = DyadSeries.forPair(events, "USAGOV", "IRQGOV", options);
    assertEquals(2, govGov.total());
    assertEquals(List.of("2024-01-01", "2024-02-26"), govGov.series().stream().map(DyadSeries.Bucket::period).toList());
    DyadSeries.Dyad internal = DyadSeries.forPair(events, "IRQGOV", "IRQMIL", options);
    assertEquals(1, internal.total());
  }

  @Test
  void a_pair_that_never_met_is_all_zero() {
    DyadSeries.Dyad none = DyadSeries.forPair(events, "RUS", "USA", AnalysisOptions.defaults());
    assertEquals(0, none.total());
    assertEquals("RUS", none.actorA());
  }

  @Test
  void max_dyads_keeps_the_largest() {
    DyadSeries.Result r = DyadSeries.compute(events, AnalysisOptions.defaults(), 1);
    assertEquals(1, r.dyads().size());
    assertEquals(2, r.dyadCount());
    assertEquals("USA", r.dyads().get(0).actorB());
  }
}
