package org.pharos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pharos.model.ActorRef;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.PartialDate;
import org.pharos.model.Place;
import org.pharos.model.Quantity;
import org.pharos.store.EventStore;
import org.pharos.store.jdbc.DuckDbEventStore;

/** {@code pharos clusters}, {@code tallies} and {@code export --clusters} read the persisted clusters. */
class ClustersCommandTest {
  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static Event strike(String docId, String outlet, int killed) {
    ActorRef us = new ActorRef("US forces", "US military", "USAMIL", "USA", "MIL", null);
    ActorRef kh = new ActorRef("Kataib Hezbollah", "Kataib Hezbollah", "IRQREBKTH", "IRQ", "REB", "IRN");
    return new Event(Event.stableId(docId, 0, 0, "USAMIL", "IRQREBKTH", "195"), docId, 0, "US strikes killed "
        + killed + ".", "strikes", us, kh, "195", "19", 4, -10.0, "ASSAULT", "aerial", Modality.ASSERTED,
        "2023-11-21", null, DatePrecision.DAY, DateSource.TEXT, new Place("Jurf al-Sakhar", "IRQ", 32.87, 44.2),
        List.of(Quantity.exact("killed", killed, "killed " + killed)), 0.8, outlet, null);
  }

  private static void store(EventStore store, String docId, String outlet, int killed) {
    store.storeDocument(new Document(docId, "Strike", null, outlet, PartialDate.parse("2023-11-22"), DateSource.FIELD,
        null, "en", "Report " + docId + " of the strike, " + killed + " killed.", List.of(), List.of(), null),
        List.of(strike(docId, outlet, killed)), "test");
  }

  @Test
  void a_store_without_clusters_gets_them_built_once_and_every_reader_uses_them(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("old.duckdb");
    try (EventStore store = DuckDbEventStore.open(db)) { // stored without clustering, as by an older version
      store(store, "tigris", "Tigris Wire", 5);
      store(store, "levant", "Levant Post", 8);
    }
    CliRun first = run("clusters", "--db", db.toString(), "--format", "jsonl");
    assertEquals(ExitCode.OK, first.code(), first.err());
    assertTrue(first.err().contains("building the event clusters"), first.err());
    List<JsonNode> clusters = new ArrayList<>();
    for (String line : first.out().split("\n")) {
      if (!line.isBlank()) {
        clusters.add(Json.MAPPER.readTree(line));
      }
    }
    assertEquals(1, clusters.size(), first.out());
    JsonNode c = clusters.get(0);
    assertEquals(2, c.path("sources").asInt());
    JsonNode killed = c.path("quantities").path("killed");
    assertEquals(5.0, killed.path("low").asDouble());
    assertEquals(8.0, killed.path("high").asDouble());
    assertTrue(killed.path("disputed").asBoolean());

    CliRun again = run("clusters", "--db", db.toString(), "--format", "csv");
    assertFalse(again.err().contains("building"), "built only once: " + again.err());
    assertTrue(again.out().contains(c.path("cluster_id").asText()), again.out());

    // A document stored after the build (a crash before clustering it) is clustered by the next reader.
    try (EventStore store = DuckDbEventStore.open(db)) {
      store(store, "zagros", "Zagros Times", 5); // sorts after the seed report: the id stays
    }
    Path out = dir.resolve("clusters.jsonl");
    CliRun export = run("export", "--db", db.toString(), "--clusters", "--format", "jsonl", "--out", out.toString());
    assertEquals(ExitCode.OK, export.code(), export.err());
    JsonNode exported = Json.MAPPER.readTree(Files.readAllLines(out).get(0));
    assertEquals(3, exported.path("sources").asInt());
    assertEquals(c.path("cluster_id").asText(), exported.path("cluster_id").asText());
    assertEquals(5.0, exported.path("quantities").path("killed").path("best").asDouble());
    assertEquals(ExitCode.OK, run("tallies", "--db", db.toString()).code());
  }
}
