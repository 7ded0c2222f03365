package org.pharos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
import org.pharos.model.Place;
import org.pharos.store.EventStore;
import org.pharos.store.EventStores;

/** {@code pharos report} and {@code analyze} on a small store: actors are named from the knowledge base. */
class ReportCommandTest {

  private static final ActorRef UN = new ActorRef("the UN", null, "IGOUNO", null, "GOV", null);
  private static final ActorRef COALITION = new ActorRef("the coalition", null, "IGOWSTCOA", null, "MIL", null);
  private static final ActorRef KH = new ActorRef("KH", null, "IRQUAFKTH", "IRQ", "UAF", "IRN");
  private static final ActorRef IRAQ = new ActorRef("Baghdad", "Iraq", "IRQGOV", "IRQ", "GOV", null);
  private static final ActorRef US_FORCES = new ActorRef("US troops", null, "USAMIL", "USA", "MIL", null);

  private static Event event(String id, String docId, String date, ActorRef source, ActorRef target, int quad,
      double goldstein) {
    String cameo = quad == 4 ? "190" : quad == 3 ? "112" : "040";
    return new Event(id, docId, 0, "Sentence of " + id + ".", "trigger", source, target, cameo, cameo.substring(0, 2),
        quad, goldstein, quad == 4 ? "ASSAULT" : quad == 3 ? "ACCUSE" : "CONSULT", null, Modality.ASSERTED, date, null,
        DatePrecision.DAY, DateSource.TEXT, new Place("Baghdad", "IRQ", 33.34, 44.40), List.of(), 0.8, "Wire", null);
  }

  private static Path store(Path dir) {
    Path db = dir.resolve("t.duckdb");
    try (EventStore store = EventStores.open(db.toString())) {
      int id = 0;
      for (int m = 1; m <= 6; m++) {
        String day = "2024-0" + m + "-10";
        String docId = "doc-" + m;
        List<Event> events = new ArrayList<>();
        events.add(event("e" + id++, docId, day, US_FORCES, KH, 4, -10));
        events.add(event("e" + id++, docId, day, KH, US_FORCES, 4, -10));
        events.add(event("e" + id++, docId, day, UN, IRAQ, 1, 3));
        events.add(event("e" + id++, docId, day, COALITION, IRAQ, 1, 3));
        store.storeDocument(new Document(docId, "t", null, "Wire", null, null, null, "en", "text " + m, null, null, null),
            events, "test");
      }
    }
    return db;
  }

  private static String stdout(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertEquals(ExitCode.OK, Main.run(args));
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_report_and_its_json_name_organisations_and_groups_instead_of_codes(@TempDir Path dir) throws Exception {
    Path db = store(dir);
    Path html = dir.resolve("r.html");
    stdout("report", "--db", db.toString(), "--focus", "IRQ", "--out", html.toString());
    String page = Files.readString(html);
    assertTrue(page.contains("\"label\":\"United Nations\""), "IGOUNO named from the knowledge base");
    assertTrue(page.contains("Global Coalition against Daesh"), "IGOWST seen only as the coalition takes its name");
    assertTrue(page.contains("Kataib Hezbollah"), "the group as the only code under Iraq armed groups");
    assertFalse(page.contains("\"label\":\"IGOUNO\""), "no bare code as a label");

    String json = stdout("analyze", "--db", db.toString(), "--focus", "IRQ", "--format", "json");
    assertTrue(json.contains("United Nations") && json.contains("Kataib Hezbollah"), json.substring(0, Math.min(400, json.length())));
    String text = stdout("analyze", "--db", db.toString(), "--focus", "IRQ", "--format", "text");
    assertTrue(text.contains("Kataib Hezbollah–United States military") || text.contains("Kataib Hezbollah–United States"), text);
  }
}
