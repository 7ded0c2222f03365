package org.pharos.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharos.analytics.power.TestEvents.IRN_GOV;
import static org.pharos.analytics.power.TestEvents.IRQ_GOV;
import static org.pharos.analytics.power.TestEvents.USA_GOV;
import static org.pharos.analytics.power.TestEvents.USA_MIL;
import static org.pharos.analytics.power.TestEvents.event;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.analytics.power.AnalysisOptions;
import org.pharos.analytics.power.InfluenceIndex;
import org.pharos.analytics.power.TestEvents;
import org.pharos.model.ActorRef;
import org.pharos.model.Event;

class SummaryWriterTest {

  private static InfluenceIndex.Point point(String period, int coop, int conflict) {
    return new InfluenceIndex.Point(period, coop, conflict,
        coop + conflict == 0 ? null : (coop - conflict) / (double) (coop + conflict));
  }

  @Test
  void a_power_whose_index_rises_by_more_than_the_step_improved() {
    List<InfluenceIndex.Point> points = List.of(
        point("2024-01", 0, 2), point("2024-02", 0, 1), point("2024-03", 0, 0), point("2024-04", 1, 1),
        point("2024-05", 2, 0), point("2024-06", 3, 0));
    // first three active months −1, −1, 0; last three +1, +1, 0
    assertEquals("United States improved from −0.67 to +0.67 (10 events)",
        SummaryWriter.trend("United States", points, 10));
    List<InfluenceIndex.Point> reversed = new ArrayList<>();
    for (int i = points.size() - 1; i >= 0; i--) {
      reversed.add(points.get(i));
    }
    assertTrue(SummaryWriter.trend("Iran", reversed, 10).startsWith("Iran worsened from +0.67 to −0.67"));
  }

  @Test
  void with_fewer_than_four_active_months_only_the_overall_index_is_given() {
    List<InfluenceIndex.Point> points = List.of(point("2024-01", 3, 1), point("2024-02", 0, 0), point("2024-03", 1, 0));
    // (4 - 1) / 5 = +0.60, from the counts, not the mean of the monthly indices
    assertEquals("Russia +0.60 overall (5 events in 2 months)", SummaryWriter.trend("Russia", points, 5));
  }

  @Test
  void a_power_with_few_months_is_called_cooperative_or_conflictual_by_its_overall_index() {
    assertEquals(SummaryWriter.Standing.COOPERATIVE,
        SummaryWriter.standing(List.of(point("2024-01", 3, 0), point("2024-02", 2, 1))));
    assertEquals(SummaryWriter.Standing.CONFLICTUAL,
        SummaryWriter.standing(List.of(point("2024-01", 0, 3), point("2024-02", 0, 0))));
    assertEquals(SummaryWriter.Standing.MIXED,
        SummaryWriter.standing(List.of(point("2024-01", 1, 1), point("2024-02", 1, 2))));
  }

  @Test
  void periods_and_months_read_as_words() {
    assertEquals("December 2019 – December 2021", SummaryWriter.period("2019-12-01..2021-12-31"));
    assertEquals("15 March 2020 – 2 April 2020", SummaryWriter.period("2020-03-15..2020-04-02"));
    assertEquals("..2020-04-02", SummaryWriter.period("..2020-04-02"));
    assertEquals("January 2024", SummaryWriter.month("2024-01"));
    assertEquals("2024-W03", SummaryWriter.month("2024-W03"));
    assertEquals("1 February 2019", SummaryWriter.day("2019-02-01", "?"));
  }

  @Test
  void the_summary_names_the_gaining_power_and_dates_the_strongest_escalation() {
    ActorRef militia = TestEvents.KH;
    List<Event> events = new ArrayList<>();
    int id = 0;
    String[] months = {"2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08"};
    for (int m = 0; m < months.length; m++) {
      boolean late = m >= 4;
      events.add(event("e" + id++, months[m] + "-05", USA_GOV, IRQ_GOV, late ? 1 : 3, late ? 4 : -2));
      events.add(event("e" + id++, months[m] + "-06", IRN_GOV, IRQ_GOV, late ? 3 : 1, late ? -2 : 4));
      events.add(event("e" + id++, months[m] + "-07", IRQ_GOV, IRN_GOV, late ? 3 : 1, late ? -2 : 4));
    }
    for (int k = 0; k < 4; k++) {
      events.add(event("e" + id++, "2024-07-1" + k, USA_MIL, militia, 4, -10));
    }
    ReportData data = ReportBuilder.build(events, ReportOptions.defaults("IRQ").withAnalysis(AnalysisOptions.defaults()));
    String summary = data.summary();
    assertTrue(summary.contains("United States improved from −1.00 to +1.00 (8 events)"), summary);
    assertTrue(summary.contains("Iran worsened from +1.00 to −1.00 (16 events)"), summary);
    assertTrue(summary.contains("In short, United States gained standing with the Iraq government; Iran lost it."), summary);
    assertTrue(summary.contains("Escalation flags (months when a pair's conflict rose far above its own previous months): 1;"), summary);
    assertTrue(summary.contains("Iraq armed groups–United States in July 2024"), summary);
    assertTrue(summary.startsWith("Between 5 January 2024 and 7 August 2024"), summary);
    assertEquals(4, summary.split("\n\n").length, "four paragraphs: scope, powers, alignment, escalation");
  }
}
