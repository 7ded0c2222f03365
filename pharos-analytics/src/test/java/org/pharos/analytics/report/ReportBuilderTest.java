package org.pharos.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharos.analytics.power.TestEvents.IRQ_GOV;
import static org.pharos.analytics.power.TestEvents.KH;
import static org.pharos.analytics.power.TestEvents.USA_GOV;
import static org.pharos.analytics.power.TestEvents.USA_MIL;
import static org.pharos.analytics.power.TestEvents.event;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.analytics.power.ActorLevel;
import org.pharos.analytics.power.AnalysisOptions;
import org.pharos.analytics.power.Period;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.Place;
import org.pharos.model.Quantity;

class ReportBuilderTest {

  private static final Place JURF = new Place("Jurf al-Sakhar", "IRQ", 32.871, 44.174);
  private static final Place BAGHDAD = new Place("Baghdad", "IRQ", 33.34, 44.40);

  /** One strike reported by three outlets with 5, 5 and 8 killed; one claim; one hypothetical threat. */
  private static List<Event> events() {
    return List.of(
        event("s1", "2023-11-22", USA_MIL, KH, 4, -10, Modality.ASSERTED, "Tigris Wire", JURF, Quantity.exact("killed", 5, "five")),
        event("s2", "2023-11-22", USA_MIL, KH, 4, -10, Modality.REPORTED, "Gulf Monitor", JURF, Quantity.exact("killed", 5, "five")),
        event("s3", "2023-11-22", USA_MIL, KH, 4, -10, Modality.REPORTED, "Levant Post", JURF,
            new Quantity("killed", 8.0, 8.0, null, "eight", null)),
        event("k1", "2023-11-20", KH, USA_MIL, 4, -9, Modality.REPORTED, "Tigris Wire", null,
            new Quantity("attacks", 3.0, null, "at least", "at least three", null)),
        event("h1", "2023-11-25", KH, USA_MIL, 4, -9, Modality.HYPOTHETICAL, "Tigris Wire", BAGHDAD),
        event("m1", "2023-11-26", USA_GOV, IRQ_GOV, 1, 3, Modality.ASSERTED, "Levant Post", BAGHDAD));
  }

  private static String clusterOf(Event e) {
    return e.eventId().startsWith("s") ? "strike" : e.eventId();
  }

  private static ReportOptions options() {
    return ReportOptions.defaults("IRQ").withAnalysis(AnalysisOptions.defaults().withClusterKey(ReportBuilderTest::clusterOf));
  }

  @Test
  void tallies_give_the_range_across_reports_of_one_event_and_their_outlets() {
    ReportData data = ReportBuilder.build(events(), options());
    TallyTable.Tally strike =
        data.tallies().stream().filter(t -> t.cluster().equals("strike")).findFirst().orElseThrow();
    assertEquals("killed", strike.kind());
    assertEquals(5.0, strike.low());
    assertEquals(8.0, strike.high());
    assertEquals(3, strike.reports());
    assertEquals(List.of("Gulf Monitor", "Levant Post", "Tigris Wire"), strike.outlets());
    assertTrue(strike.disputed());
    TallyTable.Tally attacks =
        data.tallies().stream().filter(t -> t.kind().equals("attacks")).findFirst().orElseThrow();
    assertEquals(3.0, attacks.low());
    assertNull(attacks.high());
  }

  @Test
  void counting_clusters_merges_the_three_strike_reports_and_leaves_out_the_hypothetical() {
    ReportData data = ReportBuilder.build(events(), options());
    assertEquals(3, data.selection().counted());
    assertEquals(2, data.selection().mergedReports());
    assertEquals(1, data.selection().nonFactual());
    assertEquals(3, data.outlets());
    assertTrue(data.summary().contains("3 distinct events"), data.summary());
  }

  @Test
  void source_profiles_count_every_modality_per_outlet() {
    ReportData data = ReportBuilder.build(events(), options());
    SourceProfiles.Profile tigris =
        data.sourceProfiles().stream().filter(p -> p.outlet().equals("Tigris Wire")).findFirst().orElseThrow();
    assertEquals(3, tigris.reports());
    assertEquals(3, tigris.conflictReports());
    assertEquals(1.0 / 3, tigris.hypotheticalShare(), 0.001);
    assertEquals(1.0 / 3, tigris.claimedShare(), 0.001);
    assertEquals("IRQUAF", tigris.aggressors().get(0).actor());
    assertEquals(2, tigris.aggressors().get(0).count());
    assertEquals("Tigris Wire", data.sourceProfiles().get(0).outlet());
  }

  @Test
  void event_table_keeps_the_most_recent_reports_and_states_the_rule() {
    ReportData data = ReportBuilder.build(events(), options().withSizes(6, 5, 2, 100));
    EventTable.Table table = data.eventTable();
    assertEquals(5, table.total());
    assertEquals(2, table.shown());
    assertEquals("2023-11-26", table.rows().get(0).date());
    assertEquals("2023-11-22", table.rows().get(1).date());
    assertEquals("s1", table.rows().get(1).eventId()); // highest confidence tie broken by id
    assertTrue(table.rule().contains("2 most recent of 5"), table.rule());
    assertNotNull(table.rows().get(0).sentence());
    assertEquals("doc-m1", table.rows().get(0).docId());
  }

  @Test
  void map_aggregates_located_units_by_place_and_keeps_reference_points_in_view() {
    String gazetteer =
        "# comment\nkind\tname\tiso2\tiso3\tlat\tlon\ncapital\tBaghdad\tIQ\tIRQ\t33.3406\t44.4009\n"
            + "capital\tLima\tPE\tPER\t-12.04\t-77.03\ncity\tMosul\tIQ\tIRQ\t36.3\t43.1\n";
    List<ReferencePoint> capitals =
        ReferencePoints.readCapitals(
            new ByteArrayInputStream(gazetteer.getBytes(StandardCharsets.UTF_8)), false, "test-gazetteer");
    assertEquals(2, capitals.size());
    ReportData data = ReportBuilder.build(events(), options().withReferencePoints(capitals));
    EventMap.MapData map = data.map();
    assertEquals(2, map.located());
    assertEquals(1, map.unlocated());
    assertEquals(2, map.points().size());
    assertEquals(List.of("Baghdad"), map.reference().stream().map(ReferencePoint::name).toList());
    assertTrue(map.minLat() < 32.87 && map.maxLat() > 33.34);
  }

  @Test
  void malformed_gazetteer_rows_are_reported_with_file_and_line() {
    String bad = "capital\tBaghdad\tIQ\tIRQ\tnorth\t44.4\n";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReferencePoints.readCapitals(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), false, "g.tsv"));
    assertTrue(e.getMessage().startsWith("g.tsv:1:"), e.getMessage());
  }

  @Test
  void report_period_narrows_every_part() {
    ReportOptions narrowed =
        options().withAnalysis(
            AnalysisOptions.defaults().withClusterKey(ReportBuilderTest::clusterOf).withPeriod(Period.parse("2023-11-21..2023-11-30")));
    ReportData data = ReportBuilder.build(events(), narrowed);
    assertEquals(2, data.selection().counted());
    assertEquals(4, data.eventTable().total());
    assertTrue(data.tallies().stream().noneMatch(t -> t.kind().equals("attacks")));
  }

  @Test
  void comparison_is_built_when_two_periods_are_given() {
    ReportData data =
        ReportBuilder.build(
            SyntheticEvents.generate(400, 7),
            ReportOptions.defaults("IRQ")
                .withAnalysis(AnalysisOptions.defaults().withClusterKey(SyntheticEvents::clusterOf).withLevel(ActorLevel.COUNTRY))
                .withComparison(Period.parse("2020-01..2020-12"), Period.parse("2023-01..2023-12")));
    assertNotNull(data.comparison());
    assertEquals("2020-01-01..2020-12-31", data.comparison().before().period());
    assertTrue(data.comparison().before().selection().counted() > 0);
    assertEquals("USA", data.influence().powers().get(0).power());
  }

  @Test
  void options_reject_a_focus_that_is_not_a_code() {
    assertThrows(IllegalArgumentException.class, () -> ReportOptions.defaults("Iraq"));
  }
}
