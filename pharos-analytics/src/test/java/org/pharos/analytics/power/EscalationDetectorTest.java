package org.pharos.analytics.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharos.analytics.power.TestEvents.IRQ_GOV;
import static org.pharos.analytics.power.TestEvents.KH;
import static org.pharos.analytics.power.TestEvents.USA_GOV;
import static org.pharos.analytics.power.TestEvents.USA_MIL;
import static org.pharos.analytics.power.TestEvents.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.model.Event;

class EscalationDetectorTest {

  /** US-militia conflict: per month {@code perMonth[i]} strikes of Goldstein −10, from January 2023. */
  private static List<Event> strikes(int... perMonth) {
    List<Event> list = new ArrayList<>();
    LocalDate month = LocalDate.of(2023, 1, 1);
    for (int i = 0; i < perMonth.length; i++) {
      for (int k = 0; k < perMonth[i]; k++) {
        list.add(event("s" + i + "-" + k, month.plusMonths(i).plusDays(k).toString(), USA_MIL, KH, 4, -10.0));
      }
    }
    return list;
  }

  private static final EscalationDetector.Options OPTIONS = new EscalationDetector.Options(4, 3, 2.0, 5.0, 1.0, 3);

  @Test
  void a_spike_over_a_steady_baseline_is_flagged_with_its_z_score() {
    // intensities 10,20,10,20 then 60: mean 15, sd 5, z = 9
    List<Event> events = strikes(1, 2, 1, 2, 6);
    EscalationDetector.Result r = new EscalationDetector(OPTIONS).detect(events, AnalysisOptions.defaults());
    assertEquals(1, r.flags().size());
    EscalationDetector.Flag f = r.flags().get(0);
    assertEquals("2023-05", f.period());
    assertEquals(60.0, f.intensity(), 1e-9);
    assertEquals(15.0, f.baselineMean(), 1e-9);
    assertEquals(5.0, f.baselineSd(), 1e-9);
    assertEquals(9.0, f.z(), 1e-9);
    assertEquals(6, f.eventCount());
    assertEquals(3, f.events().size());
    assertEquals("IRQUAF", f.actorA());
  }

  @Test
  void steady_conflict_is_not_escalation() {
    EscalationDetector.Result r =
        new EscalationDetector(OPTIONS).detect(strikes(2, 2, 2, 2, 2, 2), AnalysisOptions.defaults());
    assertTrue(r.flags().isEmpty());
  }

  @Test
  void without_enough_baseline_nothing_is_flagged() {
    EscalationDetector.Result r =
        new EscalationDetector(OPTIONS).detect(strikes(1, 1, 9), AnalysisOptions.defaults());
    assertTrue(r.flags().isEmpty());
  }

  @Test
  void quiet_months_count_as_zero_in_the_baseline() {
    // the dyad is silent for four months, then 1 event: x=10, mean 0, sd floored to 1 -> z = 10
    List<Event> events = new ArrayList<>(strikes(0, 0, 0, 0, 1));
    events.add(event("other", "2023-01-15", USA_GOV, IRQ_GOV, 1, 1.0));
    EscalationDetector.Result r = new EscalationDetector(OPTIONS).detect(events, AnalysisOptions.defaults());
    assertEquals(1, r.flags().size());
    assertEquals(10.0, r.flags().get(0).z(), 1e-9);
    assertEquals(0.0, r.flags().get(0).baselineSd(), 1e-9);
  }

  @Test
  void low_intensity_bumps_stay_below_the_minimum() {
    EscalationDetector.Options strict = new EscalationDetector.Options(4, 3, 2.0, 100.0, 1.0, 3);
    EscalationDetector.Result r = new EscalationDetector(strict).detect(strikes(1, 2, 1, 2, 6), AnalysisOptions.defaults());
    assertTrue(r.flags().isEmpty());
  }

  @Test
  void options_reject_a_baseline_longer_than_the_window() {
    assertThrows(IllegalArgumentException.class, () -> new EscalationDetector.Options(3, 4, 2, 1, 1, 1));
  }
}
