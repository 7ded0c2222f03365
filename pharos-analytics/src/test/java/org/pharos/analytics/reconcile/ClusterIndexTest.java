package org.pharos.analytics.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharos.analytics.reconcile.Events.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.Quantity;

class ClusterIndexTest {
  private final Map<String, DocumentInfo> docs = new HashMap<>();
  private final Function<String, DocumentInfo> lookup = docs::get;

  private void doc(String id, String outlet, String published) {
    docs.put(id, Events.doc(id, outlet, published));
  }

  /** The Jurf al-Sakhar strike of 21 November 2023, told five ways by five outlets. */
  private List<Event> fiveWays() {
    doc("tigris", "Tigris Wire", "2023-11-22");
    doc("euphrates", "Euphrates Daily", "2023-11-22");
    doc("gulf", "Gulf Monitor", "2023-11-22");
    doc("levant", "Levant Post", "2023-11-23");
    doc("mpf", "Middle Policy Forum", "2023-12-01");
    return List.of(
        // Active voice, exact date, the security sources' toll.
        event("tigris").sentence(0, "US aircraft struck two Kataib Hezbollah facilities at Jurf al-Sakhar late on "
            + "Tuesday, killing five fighters, security sources said.")
            .actors("USAMIL", "IRQREBKTH").on("2023-11-21").at(Events.JURF).killed(5, null)
            .modality(Modality.REPORTED).build(),
        // Passive voice, generic actors, a relative date resolved to the same day, place without coordinates.
        event("euphrates").sentence(2, "Facilities of an Iran-backed militia were hit by American strikes on "
            + "Tuesday night; five people died.")
            .actors("USA", "IRQREB").on("2023-11-21")
            .at(new org.pharos.model.Place("Jurf al-Sakhar", "IRQ", null, null)).killed(5, null).build(),
        // Only the publication date, the government as actor, no place.
        event("gulf").sentence(1, "Washington said it had struck the group, killing five.")
            .actors("USAGOV", "IRQREBKTH").on("2023-11-22").fromDocumentDate().killed(5, null)
            .modality(Modality.REPORTED).build(),
        // The group's own toll, a day later by its clock, unspecified force.
        event("levant").sentence(0, "Kataib Hezbollah said eight of its members were killed in the American "
            + "attack south of Baghdad early Wednesday.")
            .actors("USAMIL", "IRQREBKTH").type("ASSAULT", "190").on("2023-11-22").at(Events.JURF)
            .killed(8, null).modality(Modality.REPORTED).build(),
        // An analysis piece: only the month is given.
        event("mpf").sentence(14, "After the US strikes at Jurf al-Sakhar in November, Iraqi security sources "
            + "said five fighters were killed.")
            .actors("USAMIL", "IRQREBKTH").on("2023-11").at(Events.JURF).killed(5, null)
            .modality(Modality.REPORTED).build());
  }

  @Test
  void same_event_told_five_ways_becomes_one_cluster_with_five_sources() {
    ClusterIndex index = new ClusterIndex(ClusterConfig.defaults());
    index.add(fiveWays(), lookup);
    List<ClusterRecord> clusters = index.clusters();
    assertEquals(1, clusters.size(), () -> clusters.toString());
    ClusterRecord c = clusters.get(0);
    assertEquals(5, c.reports());
    assertEquals(5, c.sources());
    assertEquals(List.of("Euphrates Daily", "Gulf Monitor", "Levant Post", "Middle Policy Forum", "Tigris Wire"),
        c.outlets());
    QuantityEstimate killed = c.quantities().get("killed");
    assertEquals(5, killed.low());
    assertEquals(5, killed.best());
    assertEquals(8, killed.high());
    assertTrue(killed.disputed());
    assertEquals(5, killed.reports().size());
    // The canonical event takes the most specific codes, the day from the text and the geocoded place.
    assertEquals("195", c.canonical().cameo());
    assertEquals("USAMIL", c.canonical().source().code());
    assertEquals("IRQREBKTH", c.canonical().target().code());
    assertEquals("2023-11-21", c.canonical().date());
    assertEquals(Events.JURF, c.canonical().location());
    assertEquals("2023-11-22", c.firstReport().toString());
    assertEquals("2023-12-01", c.lastReport().toString());
    assertEquals(List.of(Modality.ASSERTED, Modality.REPORTED), c.modalities());
  }

  @Test
  void different_types_on_the_same_day_in_the_same_city_stay_apart() {
    doc("march", "Tigris Wire", "2020-01-04");
    doc("rockets", "Northern Star", "2020-01-04");
    List<Event> events = List.of(
        event("march").sentence(0, "Thousands marched through Baghdad chanting against the United States.")
            .actors("IRQCVL", "USA").type("PROTEST", "141").on("2020-01-04").at(Events.BAGHDAD).build(),
        event("rockets").sentence(0, "Rockets struck near the US embassy in Baghdad.")
            .actors(null, "USAGOV").type("ASSAULT", "194").on("2020-01-04").at(Events.BAGHDAD).build());
    List<ClusterRecord> clusters = new EventClusterer(ClusterConfig.defaults()).cluster(events, lookup);
    assertEquals(2, clusters.size());
  }

  @Test
  void same_dyad_and_type_at_two_sites_of_one_city_stay_apart_even_with_a_bridging_report() {
    doc("a1", "Tigris Wire", "2024-01-04");
    doc("a2", "Gulf Monitor", "2024-01-04");
    doc("s1", "Northern Star", "2024-01-04");
    doc("s2", "Levant Post", "2024-01-05");
    doc("bridge", "Caspian Times", "2024-01-05");
    List<Event> events = List.of(
        event("a1").sentence(0, "A US drone struck a car near Baghdad airport.").actors("USAMIL", "IRQREBNJB")
            .on("2024-01-04").at(Events.BAGHDAD_AIRPORT).build(),
        event("a2").sentence(0, "A drone hit a vehicle at the airport road.").actors("USAMIL", "IRQREB")
            .on("2024-01-04").at(Events.BAGHDAD_AIRPORT).build(),
        event("s1").sentence(0, "A US strike hit a militia office in Sadr City.").actors("USAMIL", "IRQREBKTH")
            .on("2024-01-04").at(Events.SADR_CITY).build(),
        event("s2").sentence(1, "US forces struck a building in Sadr City.").actors("USA", "IRQREB")
            .on("2024-01-04").at(Events.SADR_CITY).build(),
        event("bridge").sentence(0, "US forces struck in Baghdad on Thursday.").actors("USAMIL", "IRQREB")
            .on("2024-01-04").at(Events.BAGHDAD).build());
    ClusterIndex index = new ClusterIndex(ClusterConfig.defaults());
    index.add(events, lookup);
    List<ClusterRecord> clusters = index.clusters();
    assertEquals(2, clusters.size(), () -> clusters.toString());
    for (ClusterRecord c : clusters) {
      Set<String> docIds = Set.copyOf(c.docIds());
      assertTrue(!(docIds.contains("a1") && docIds.contains("s1")), "airport and Sadr City merged: " + docIds);
    }
    assertEquals(5, clusters.stream().mapToInt(ClusterRecord::reports).sum());
  }

  @Test
  void adding_the_same_document_again_does_not_inflate_reports_or_sources() {
    ClusterIndex index = new ClusterIndex(ClusterConfig.defaults());
    index.add(fiveWays(), lookup);
    ClusterUpdate again = index.add(fiveWays(), lookup);
    assertTrue(again.isEmpty());
    assertEquals(0, again.added());
    assertEquals(5, again.ignored());
    ClusterRecord c = index.clusters().get(0);
    assertEquals(5, c.reports());
    assertEquals(5, c.sources());
  }

  @Test
  void a_copy_of_a_story_under_a_new_document_id_from_the_same_outlet_adds_a_report_not_a_source() {
    ClusterIndex index = new ClusterIndex(ClusterConfig.defaults());
    index.add(fiveWays(), lookup);
    doc("tigris-copy", "Tigris Wire", "2023-11-22");
    Event original = fiveWays().get(0);
    Event copy = event("tigris-copy").sentence(0, original.sentence()).actors("USAMIL", "IRQREBKTH")
        .on("2023-11-21").at(Events.JURF).killed(5, null).modality(Modality.REPORTED).build();
    index.add(List.of(copy), lookup);
    ClusterRecord c = index.clusters().get(0);
    assertEquals(6, c.reports());
    assertEquals(5, c.sources());
    assertEquals(5, c.quantities().get("killed").best());
  }

  @Test
  void incremental_additions_give_the_batch_result() {
    List<Event> all = new ArrayList<>(fiveWays());
    all.addAll(twoSites());
    List<ClusterRecord> batch = new EventClusterer(ClusterConfig.defaults()).cluster(all, lookup);
    ClusterIndex index = new ClusterIndex(ClusterConfig.defaults());
    Map<String, ClusterRecord> persisted = new HashMap<>();
    for (Event e : all) {
      ClusterUpdate u = index.add(List.of(e), lookup);
      u.removedIds().forEach(persisted::remove);
      u.changed().forEach(r -> persisted.put(r.clusterId(), r));
    }
    assertEquals(batch, index.clusters());
    // The updates alone reproduce the clusters, as a persisted copy would.
    assertEquals(Set.copyOf(batch), Set.copyOf(persisted.values()));
  }

  @Test
  void input_order_does_not_change_the_clusters() {
    List<Event> all = new ArrayList<>(fiveWays());
    all.addAll(twoSites());
    List<ClusterRecord> reference = new EventClusterer(ClusterConfig.defaults()).cluster(all, lookup);
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      List<Event> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, random);
      ClusterIndex index = new ClusterIndex(ClusterConfig.defaults());
      int cut = random.nextInt(shuffled.size());
      index.add(shuffled.subList(0, cut), lookup);
      index.add(shuffled.subList(cut, shuffled.size()), lookup);
      assertEquals(reference, index.clusters(), "shuffle " + i);
    }
  }

  @Test
  void removing_a_document_takes_its_figure_out_of_the_estimate() {
    ClusterIndex index = new ClusterIndex(ClusterConfig.defaults());
    index.add(fiveWays(), lookup);
    ClusterUpdate u = index.removeDocument("levant");
    assertEquals(1, u.changed().size());
    ClusterRecord c = index.clusters().get(0);
    assertEquals(4, c.sources());
    assertEquals(8 - 3, c.quantities().get("killed").high());
    assertTrue(!c.quantities().get("killed").disputed());
    ClusterUpdate back = index.replaceDocument("levant", fiveWays().subList(3, 4), lookup);
    assertEquals(5, index.clusters().get(0).sources());
    assertEquals(1, back.changed().size());
  }

  @Test
  void hypothetical_events_and_tallies_are_left_out() {
    doc("gulf-tally", "Gulf Monitor", "2023-11-17");
    Event question = event("gulf-tally").sentence(6, "Will Washington extend its strikes to Iraq?")
        .actors("USAGOV", "IRQ").on("2023-11-17").modality(Modality.HYPOTHETICAL).build();
    Event tally = event("gulf-tally").sentence(0, "Iran-backed groups have attacked US forces 61 times since October 17.")
        .actors("IRQREB", "USAMIL").on("2023-11-17")
        .quantity(new Quantity("attacks", 61.0, 61.0, null, "61 times", null)).build();
    ClusterIndex index = new ClusterIndex(ClusterConfig.defaults());
    ClusterUpdate u = index.add(List.of(question, tally), lookup);
    assertEquals(0, u.added());
    assertEquals(2, u.ignored());
    assertEquals(0, index.clusterCount());
  }

  @Test
  void undated_events_stay_single() {
    doc("x", "Tigris Wire", null);
    doc("y", "Gulf Monitor", null);
    List<Event> events = List.of(
        event("x").sentence(0, "US forces struck the group in 2020.").actors("USAMIL", "IRQREBKTH").on("2020-01")
            .build(),
        event("y").sentence(0, "US forces struck the group.").actors("USAMIL", "IRQREBKTH").on("2020").build());
    List<ClusterRecord> clusters = new EventClusterer(ClusterConfig.defaults()).cluster(events, lookup);
    assertEquals(2, clusters.size());
    assertNotEquals(clusters.get(0).clusterId(), clusters.get(1).clusterId());
    assertEquals(Set.of(1), clusters.stream().map(ClusterRecord::reports).collect(Collectors.toSet()));
  }

  private List<Event> twoSites() {
    doc("a1", "Tigris Wire", "2024-01-04");
    doc("s1", "Northern Star", "2024-01-04");
    doc("bridge", "Caspian Times", "2024-01-05");
    return List.of(
        event("a1").sentence(0, "A US drone struck a car near Baghdad airport.").actors("USAMIL", "IRQREBNJB")
            .on("2024-01-04").at(Events.BAGHDAD_AIRPORT).build(),
        event("s1").sentence(0, "A US strike hit a militia office in Sadr City.").actors("USAMIL", "IRQREBKTH")
            .on("2024-01-04").at(Events.SADR_CITY).build(),
        event("bridge").sentence(0, "US forces struck in Baghdad on Thursday.").actors("USAMIL", "IRQREB")
            .on("2024-01-04").at(Events.BAGHDAD).build());
  }

  @Test
  void an_actor_given_as_source_by_one_report_and_as_target_by_another_does_not_become_a_self_dyad() {
    doc("a", "Northern Dispatch", "2020-01-08");
    doc("b", "Babylon Herald", "2020-01-08");
    ClusterIndex index = new ClusterIndex(ClusterConfig.defaults());
    index.add(List.of(
        event("a").sentence(0, "Iranian forces fired missiles at Ain al-Asad.").actors("IRNMIL", null)
            .on("2020-01-08").at(Events.BAGHDAD).build(),
        event("b").sentence(0, "Iranian ballistic missiles were fired at the base.").actors(null, "IRNMIL")
            .on("2020-01-08").at(Events.BAGHDAD).build()), lookup);
    List<ClusterRecord> clusters = index.clusters();
    assertEquals(1, clusters.size(), clusters.toString());
    CanonicalEvent c = clusters.get(0).canonical();
    assertEquals("IRNMIL", c.source().code());
    assertEquals(null, c.target());
  }
}
