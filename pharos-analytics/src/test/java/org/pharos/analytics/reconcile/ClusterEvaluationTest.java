package org.pharos.analytics.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharos.analytics.reconcile.Events.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pharos.model.Event;

class ClusterEvaluationTest {
  @TempDir Path dir;

  @Test
  void pairwise_scores_count_document_pairs() {
    // Gold: {a,b,c} and {d,e}. Predicted: {a,b}, {c,d,e}.
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");
    Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2");
    PairwiseScore s = ClusterEvaluation.pairwise(predicted, gold);
    assertEquals(4, s.goldPairs());
    assertEquals(4, s.predictedPairs());
    assertEquals(2, s.truePositives()); // a-b and d-e
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(0.5, s.recall(), 1e-9);
  }

  @Test
  void an_index_is_scored_against_a_gold_file_by_each_documents_main_cluster() throws IOException {
    Path gold = dir.resolve("clusters.jsonl");
    Files.writeString(gold, """
        {"event": "jurf", "doc_ids": ["t", "l"], "date": "2023-11-22", "dyad": ["USA", "IRQ"], "plover": "ASSAULT"}

        {"event": "funeral", "doc_ids": ["f"], "date": "2023-11-23", "dyad": ["IRQ", "USA"], "plover": "PROTEST"}
        """);
    List<Event> events = List.of(
        event("t").sentence(0, "US jets struck Jurf al-Sakhar.").actors("USAMIL", "IRQREBKTH").on("2023-11-21")
            .at(Events.JURF).build(),
        event("l").sentence(0, "American strikes hit the group.").actors("USA", "IRQREBKTH").on("2023-11-21")
            .at(Events.JURF).build(),
        // The funeral story mentions the strike once but is mainly about the funeral.
        event("f").sentence(0, "Mourners marched in Baghdad.").actors("IRQCVL", "USA").type("PROTEST", "141")
            .on("2023-11-23").at(Events.BAGHDAD).build(),
        event("f").sentence(1, "Crowds chanted against America.").actors("IRQCVL", "USA").type("PROTEST", "141")
            .on("2023-11-23").at(Events.BAGHDAD).build(),
        event("f").sentence(2, "The strike killed five.").actors("USAMIL", "IRQREB").on("2023-11-21").at(Events.JURF)
            .build());
    ClusterIndex index = new ClusterIndex(ClusterConfig.defaults());
    index.add(events, id -> null);
    PairwiseScore s = ClusterEvaluation.pairwise(index, gold);
    assertEquals(1, s.goldPairs());
    assertEquals(1, s.predictedPairs(), s::toString);
    assertEquals(1.0, s.f1(), 1e-9);
  }

  @Test
  void a_malformed_gold_line_is_reported_with_file_and_line() throws IOException {
    Path gold = dir.resolve("bad.jsonl");
    Files.writeString(gold, "{\"event\": \"a\", \"doc_ids\": [\"x\"]}\n{\"event\": \"b\"}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClusterEvaluation.readGold(gold));
    assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
  }

  @Test
  void the_demo_gold_file_reads_with_each_document_in_one_cluster() {
    Path demo = Path.of("..", "demo", "gold", "clusters.jsonl");
    if (!Files.exists(demo)) {
      return; // the module built outside the repository
    }
    Map<String, String> gold = ClusterEvaluation.readGold(demo);
    assertTrue(gold.size() >= 2, "documents in demo gold clusters: " + gold.size());
  }

  @Test
  void a_gold_feed_item_named_by_its_guid_is_matched_to_the_hashed_document_id() {
    String stored = org.pharos.model.Hashing.shortHash(12, "herald-2020-01-03-strike");
    Map<String, String> gold = ClusterEvaluation.resolveFeedItems(
        Map.of("herald-2020-01-03-strike", "strike", "tigris-strike", "strike", "unknown-item", "other"),
        Set.of(stored, "tigris-strike"));
    assertEquals(Map.of(stored, "strike", "tigris-strike", "strike", "unknown-item", "other"), gold);
    PairwiseScore s = ClusterEvaluation.pairwise(Map.of(stored, "c1", "tigris-strike", "c1"), gold);
    assertEquals(1.0, s.precision());
    assertEquals(1.0, s.recall());
  }
}
