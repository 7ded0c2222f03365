package org.pharos.analytics.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharos.analytics.reconcile.Events.event;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pharos.model.Event;
import org.pharos.model.Modality;

class ClusterStoreTest {

  private static List<Event> story() {
    return List.of(
        event("a").sentence(0, "US aircraft struck Jurf al-Sakhar, killing five.").actors("USAMIL", "IRQREBKTH")
            .on("2023-11-21").at(Events.JURF).killed(5, null).build(),
        event("b").sentence(0, "The group said eight were killed.").actors("USA", "IRQREBKTH").on("2023-11-21")
            .at(Events.JURF).killed(8, null).modality(Modality.REPORTED).build());
  }

  @Test
  void clusters_and_tallies_survive_a_round_trip_through_duckdb() throws Exception {
    Map<String, DocumentInfo> docs = new HashMap<>();
    docs.put("a", Events.doc("a", "Tigris Wire", "2023-11-22"));
    docs.put("b", Events.doc("b", "Levant Post", "2023-11-23"));
    ClusterIndex index = new ClusterIndex(ClusterConfig.defaults());
    index.add(story(), docs::get);
    List<TallyRecord> tallies = new TallyExtractor().fromSentence(Events.doc("t", "Gulf Monitor", "2023-11-17"), 0,
        "Groups have attacked US forces 61 times since October 17.", "IRQREB", "USAMIL", null);
    List<ReconciledTally> reconciled = TallyReconciler.defaults().reconcile(tallies,
        EventCounter.ofClusters(index.clusters()));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      ClusterStore store = new ClusterStore(c);
      store.createTables();
      store.createTables(); // idempotent
      store.replaceAll(index.clusters());
      assertEquals(index.clusters(), store.clusters());
      store.replaceTallies(reconciled);
      assertEquals(reconciled, store.tallies());

      docs.put("c", Events.doc("c", "Gulf Monitor", "2023-11-22"));
      ClusterUpdate u = index.add(List.of(event("c").sentence(1, "Washington struck the group.")
          .actors("USAGOV", "IRQREBKTH").on("2023-11-22").fromDocumentDate().build()), docs::get);
      store.apply(u);
      assertEquals(index.clusters(), store.clusters());
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM pharos_cluster_members")) {
        assertTrue(rs.next());
        assertEquals(3, rs.getInt(1));
      }
    }
  }

  @Test
  void cluster_json_uses_snake_case_and_iso_dates() {
    Map<String, DocumentInfo> docs = Map.of("a", Events.doc("a", "Tigris Wire", "2023-11-22"),
        "b", Events.doc("b", "Levant Post", "2023-11-23"));
    ClusterRecord r = new EventClusterer(ClusterConfig.defaults()).cluster(story(), docs::get).get(0);
    String json = ClusterStore.json(r);
    assertTrue(json.startsWith("{\"cluster_id\":\"c-"), json);
    assertTrue(json.contains("\"first_report\":\"2023-11-22\""), json);
    assertTrue(json.contains("\"doc_ids\":[\"a\",\"b\"]"), json);
    assertTrue(json.contains("\"killed\":{\"low\":5.0,\"best\":5.0,\"high\":8.0,\"disputed\":true"), json);
  }
}
