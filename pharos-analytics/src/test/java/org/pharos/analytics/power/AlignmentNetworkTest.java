package org.pharos.analytics.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharos.analytics.power.TestEvents.IRN_GOV;
import static org.pharos.analytics.power.TestEvents.IRQ_GOV;
import static org.pharos.analytics.power.TestEvents.KH;
import static org.pharos.analytics.power.TestEvents.RUS_GOV;
import static org.pharos.analytics.power.TestEvents.USA_GOV;
import static org.pharos.analytics.power.TestEvents.USA_MIL;
import static org.pharos.analytics.power.TestEvents.event;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.model.Event;

class AlignmentNetworkTest {

  /** 2020: Russia at odds with Baghdad; 2024: Russia cooperating. The rest stays the same. */
  private static List<Event> events() {
    List<Event> list = new ArrayList<>();
    for (String year : List.of("2020", "2024")) {
      list.add(event(year + "a", year + "-02-01", USA_GOV, IRQ_GOV, 2, 6.0));
      list.add(event(year + "b", year + "-02-02", IRQ_GOV, USA_GOV, 1, 4.0));
      list.add(event(year + "c", year + "-03-01", USA_MIL, KH, 4, -10.0));
      list.add(event(year + "d", year + "-03-02", KH, USA_MIL, 4, -9.0));
      list.add(event(year + "e", year + "-04-01", IRN_GOV, KH, 2, 7.0));
      list.add(event(year + "f", year + "-04-02", IRQ_GOV, KH, 3, -2.0));
      list.add(event(year + "g", year + "-05-01", IRN_GOV, USA_GOV, 3, -4.0));
    }
    list.add(event("r20", "2020-06-01", RUS_GOV, IRQ_GOV, 3, -3.0));
    list.add(event("r20b", "2020-06-02", RUS_GOV, USA_GOV, 3, -2.0));
    list.add(event("r24", "2024-06-01", RUS_GOV, IRQ_GOV, 1, 3.0));
    list.add(event("r24b", "2024-06-02", RUS_GOV, USA_GOV, 1, 1.0));
    return list;
  }

  private static AlignmentNetwork.Result build(String period) {
    return AlignmentNetwork.build(
        events(), "IRQ", Period.parse(period), AlignmentNetwork.Options.defaults(), AnalysisOptions.defaults());
  }

  @Test
  void signed_weights_are_net_goldstein_sums_over_both_directions() {
    AlignmentNetwork.Result r = build("2024-01..2024-12");
    AlignmentNetwork.Edge usIraq =
        r.edges().stream().filter(e -> e.a().equals("IRQ") && e.b().equals("USA")).findFirst().orElseThrow();
    assertEquals(10.0, usIraq.weight(), 1e-9);
    assertEquals(2, usIraq.events());
    AlignmentNetwork.Edge usKh =
        r.edges().stream().filter(e -> e.a().equals("IRQUAF") && e.b().equals("USA")).findFirst().orElseThrow();
    assertEquals(-19.0, usKh.weight(), 1e-9);
    assertEquals(19.0, usKh.conflict(), 1e-9);
  }

  @Test
  void government_and_armed_opposition_blocs_follow_the_signs() {
    AlignmentNetwork.Result r = build("2024-01..2024-12");
    assertEquals("focal_government", r.node("IRQ").role());
    assertEquals("focal_armed_group", r.node("IRQUAF").role());
    assertEquals(AlignmentNetwork.SIDE_GOVERNMENT, r.node("IRQ").side());
    assertEquals(AlignmentNetwork.SIDE_GOVERNMENT, r.node("USA").side());
    assertEquals(AlignmentNetwork.SIDE_GOVERNMENT, r.node("RUS").side());
    assertEquals(AlignmentNetwork.SIDE_ARMED_OPPOSITION, r.node("IRQUAF").side());
    assertEquals(AlignmentNetwork.SIDE_ARMED_OPPOSITION, r.node("IRN").side());
    assertEquals(0.0, r.frustration(), 1e-9);
    // closed triads IRQ-USA-IRQUAF, IRQ-USA-RUS, USA-IRN-IRQUAF: all balanced
    assertEquals(3, r.balance().closedTriads());
    assertEquals(1.0, r.balance().balancedShare(), 1e-9);
    // affinity to the government: US (6 + 4 - 0) / 10 = 1; the militias (0 - 2) / 2 = -1
    assertEquals(1.0, r.node("USA").affinityToFocus(), 1e-9);
    assertEquals(-1.0, r.node("IRQUAF").affinityToFocus(), 1e-9);
    assertNull(r.node("IRQ").affinityToFocus());
  }

  @Test
  void comparison_shows_a_power_changing_sides_between_periods() {
    AlignmentNetwork.Comparison c =
        AlignmentNetwork.compare(
            events(), "IRQ", Period.parse("2020-01..2020-12"), Period.parse("2024-01..2024-12"),
            AlignmentNetwork.Options.defaults(), AnalysisOptions.defaults());
    AlignmentNetwork.Node before = c.before().node("RUS");
    assertNotEquals(AlignmentNetwork.SIDE_GOVERNMENT, before.side());
    assertEquals(-1.0, before.affinityToFocus(), 1e-9);
    AlignmentNetwork.Move first = c.moves().get(0);
    assertEquals("RUS", first.id());
    assertTrue(first.changedSide());
    assertEquals(AlignmentNetwork.SIDE_GOVERNMENT, first.sideAfter());
    assertEquals(1.0, first.affinityAfter(), 1e-9);
    assertEquals(1, c.moves().stream().filter(AlignmentNetwork.Move::changedSide).count());
  }

  @Test
  void the_focus_is_a_parameter_not_a_country_in_the_code() {
    AlignmentNetwork.Result r =
        AlignmentNetwork.build(
            events(), "USA", Period.ALL, AlignmentNetwork.Options.defaults(), AnalysisOptions.defaults());
    assertEquals("focal_government", r.node("USA").role());
    assertEquals("state", r.node("IRQ").role());
    assertEquals(AlignmentNetwork.SIDE_GOVERNMENT, r.node("IRQ").side());
    assertEquals(AlignmentNetwork.SIDE_ARMED_OPPOSITION, r.node("IRQUAF").side());
  }

  @Test
  void node_limit_keeps_the_busiest_actors_and_always_the_focal_government() {
    AlignmentNetwork.Result r =
        AlignmentNetwork.build(
            events(), "RUS", Period.ALL, new AlignmentNetwork.Options(2, 1), AnalysisOptions.defaults());
    assertEquals(3, r.nodes().size());
    assertEquals("focal_government", r.node("RUS").role());
  }
}
