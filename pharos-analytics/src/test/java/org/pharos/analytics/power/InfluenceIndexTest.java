package org.pharos.analytics.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.pharos.analytics.power.TestEvents.AAH;
import static org.pharos.analytics.power.TestEvents.IRN_GOV;
import static org.pharos.analytics.power.TestEvents.IRQ_GOV;
import static org.pharos.analytics.power.TestEvents.IRQ_MIL;
import static org.pharos.analytics.power.TestEvents.KH;
import static org.pharos.analytics.power.TestEvents.RUS_GOV;
import static org.pharos.analytics.power.TestEvents.USA_GOV;
import static org.pharos.analytics.power.TestEvents.USA_MIL;
import static org.pharos.analytics.power.TestEvents.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.model.Event;

class InfluenceIndexTest {

  private final List<Event> events =
      List.of(
          // January: US-government 3 cooperative, 1 conflictual; US-militias 2 conflictual
          event("1", "2024-01-03", USA_GOV, IRQ_GOV, 1, 1.0),
          event("2", "2024-01-04", IRQ_GOV, USA_GOV, 1, 1.0),
          event("3", "2024-01-05", USA_MIL, IRQ_MIL, 2, 7.0),
          event("4", "2024-01-06", IRQ_GOV, USA_GOV, 3, -2.0),
          event("5", "2024-01-07", USA_MIL, KH, 4, -10.0),
          event("6", "2024-01-08", AAH, USA_MIL, 4, -10.0),
          // March: US-government 1 conflictual
          event("7", "2024-03-01", IRQ_GOV, USA_GOV, 3, -4.0),
          // Russia: one cooperative month
          event("8", "2024-02-10", RUS_GOV, IRQ_GOV, 1, 3.0),
          // Iran with the groups it backs: cooperation
          event("9", "2024-02-11", IRN_GOV, KH, 2, 7.0),
          event("10", "2024-02-12", IRN_GOV, KH, 2, 7.0),
          event("11", "2024-02-13", IRN_GOV, IRQ_GOV, 3, -2.0),
          // statements (QuadClass 0) and events between outsiders do not count
          event("12", "2024-02-14", USA_GOV, RUS_GOV, 3, -2.0));

  @Test
  void index_is_cooperation_minus_conflict_over_volume_per_month() {
    InfluenceIndex.Result r = InfluenceIndex.compute(events, "IRQ", AnalysisOptions.defaults(), 0);
    assertEquals(List.of("2024-01", "2024-02", "2024-03"), r.periods());
    InfluenceIndex.PowerSeries us = r.powers().get(0);
    assertEquals("USA", us.power());
    assertEquals(5, us.withGovernment());
    assertEquals(2, us.withArmedGroups());
    InfluenceIndex.Point jan = us.towardGovernment().get(0);
    assertEquals(3, jan.cooperation());
    assertEquals(1, jan.conflict());
    assertEquals(0.5, jan.index(), 1e-9);
    assertNull(us.towardGovernment().get(1).index());
    assertEquals(-1.0, us.towardGovernment().get(2).index(), 1e-9);
    assertEquals(-1.0, us.towardArmedGroups().get(0).index(), 1e-9);
    assertEquals(List.of(), us.backedGroups());
  }

  @Test
  void backed_groups_are_those_whose_affiliation_is_the_power() {
    InfluenceIndex.Result r = InfluenceIndex.compute(events, "IRQ", AnalysisOptions.defaults(), 0);
    InfluenceIndex.PowerSeries iran =
        r.powers().stream().filter(p -> p.power().equals("IRN")).findFirst().orElseThrow();
    assertEquals(List.of("IRQUAFKTH"), iran.backedGroups());
    assertEquals(List.of("Kataib Hezbollah"), iran.backedGroupNames(), "named as the events name it");
    assertEquals(1.0, iran.towardBackedGroups().get(1).index(), 1e-9);
    assertEquals(-1.0, iran.towardGovernment().get(1).index(), 1e-9);
    InfluenceIndex.PowerSeries russia =
        r.powers().stream().filter(p -> p.power().equals("RUS")).findFirst().orElseThrow();
    assertEquals(1.0, russia.towardGovernment().get(1).index(), 1e-9);
    assertEquals(1, russia.withGovernment());
  }

  @Test
  void max_powers_keeps_the_busiest() {
    InfluenceIndex.Result r = InfluenceIndex.compute(events, "IRQ", AnalysisOptions.defaults(), 2);
    assertEquals(List.of("USA", "IRN"), r.powers().stream().map(InfluenceIndex.PowerSeries::power).toList());
  }

  @Test
  void the_trend_compares_the_first_and_last_three_active_periods() {
    List<InfluenceIndex.Point> rising = List.of(
        new InfluenceIndex.Point("2024-01", 0, 2, -1.0), new InfluenceIndex.Point("2024-02", 0, 0, null),
        new InfluenceIndex.Point("2024-03", 1, 1, 0.0), new InfluenceIndex.Point("2024-04", 1, 1, 0.0),
        new InfluenceIndex.Point("2024-05", 2, 0, 1.0), new InfluenceIndex.Point("2024-06", 3, 0, 1.0));
    InfluenceIndex.Trend t = InfluenceIndex.trend(rising);
    assertEquals("improved", t.direction());
    assertEquals(-0.333, t.early(), 0.001); // -1, 0, 0
    assertEquals(0.667, t.late(), 0.001); // 1, 1, 0
    assertEquals((7 - 4) / 11.0, t.overall(), 0.001);
    assertEquals(5, t.activePeriods());
    assertEquals("few_data", InfluenceIndex.trend(rising.subList(0, 3)).direction());
    assertEquals("none", InfluenceIndex.trend(List.of(new InfluenceIndex.Point("2024-01", 0, 0, null))).direction());
  }
}
