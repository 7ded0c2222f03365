package org.pharos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of the CLI with the real CoreNLP models (each command loads them once). */
class CliIT {
  private static final List<String> CONTRACT = List.of("event_id", "doc_id", "sentence_index", "sentence",
      "trigger", "source", "target", "cameo", "cameo_root", "quad_class", "goldstein", "plover", "plover_mode",
      "modality", "date", "date_end", "date_precision", "date_source", "location", "quantities", "confidence");

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void code_prints_contract_records_for_a_strike_report(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("brief.txt");
    Files.writeString(f, "Title: Strikes near Baghdad\nDate: November 22, 2023\n\n"
        + "US forces carried out airstrikes on two Kataib Hezbollah facilities in Jurf al-Sakhar on Wednesday, "
        + "killing at least five fighters, Iraqi security officials said.\n");
    CliRun r = run("code", f.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    List<JsonNode> events = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      if (!line.isBlank()) {
        events.add(Json.MAPPER.readTree(line));
      }
    }
    assertTrue(!events.isEmpty(), "no events: " + r.err());
    for (JsonNode e : events) {
      for (String field : CONTRACT) {
        assertTrue(e.has(field), "missing field " + field + " in " + e);
      }
    }
    JsonNode strike = events.stream().filter(e -> e.path("cameo_root").asText().equals("19")).findFirst().orElseThrow();
    assertEquals("USA", strike.path("source").path("country").asText());
    assertEquals("IRQ", strike.path("target").path("country").asText());
    assertEquals("2023-11-22", strike.path("date").asText());
  }

  @Test
  void ingest_reports_bad_inputs_keeps_the_rest_and_never_stores_twice(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Date: 2024-01-28\n\nA drone attack killed three US soldiers at Tower 22 in Jordan on Sunday.\n");
    Files.writeString(in.resolve("b.txt"), "Date: 2024-02-03\n\nThe United States struck 85 targets in Iraq and Syria on Friday.\n");
    Files.writeString(in.resolve("empty.txt"), "");
    Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 0, 7});
    Files.writeString(in.resolve("feed.jsonl"), "{\"id\":\"j1\",\"text\":\"Iraq condemned the strikes.\",\"date\":\"2024-02-03\"}\n{\"id\": oops\n");
    String db = dir.resolve("t.duckdb").toString();
    CliRun first = run("ingest", in.toString(), "--db", db);
    assertEquals(ExitCode.SOME_FAILED, first.code(), first.err());
    assertTrue(first.err().contains("empty.txt"), first.err());
    assertTrue(first.err().contains("binary.txt"), first.err());
    assertTrue(first.err().contains("feed.jsonl:2"), first.err());
    assertTrue(first.err().contains("3 stored"), first.err());
    CliRun second = run("ingest", in.resolve("a.txt").toString(), in.resolve("b.txt").toString(), "--db", db);
    assertEquals(ExitCode.OK, second.code(), second.err());
    assertTrue(second.err().contains("0 stored, 2 already stored"), second.err());
    CliRun stats = run("stats", "--db", db);
    assertTrue(stats.out().contains("documents  3 (3 versions)"), stats.out());
    String eventsLine = stats.out().lines().filter(l -> l.startsWith("events ")).findFirst().orElseThrow();
    CliRun recode = run("recode", "--db", db);
    assertEquals(ExitCode.OK, recode.code(), recode.err());
    assertTrue(recode.err().contains("recoded 3 documents"), recode.err());
    CliRun after = run("stats", "--db", db);
    assertTrue(after.out().contains("documents  3 (3 versions)"), after.out());
    assertEquals(eventsLine, after.out().lines().filter(l -> l.startsWith("events ")).findFirst().orElseThrow(),
        "re-coding with the same coder replaces events without adding or losing any");
  }

  @Test
  void polling_ingest_stops_cleanly_on_sigterm_with_every_document_stored_once(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(in.resolve("d" + i + ".txt"), "Date: 2024-01-0" + (i + 1) + "\n\nUS forces struck militia sites in "
          + List.of("Baghdad", "Erbil", "Kirkuk").get(i) + " on Monday, officials said.\n");
    }
    String db = dir.resolve("p.duckdb").toString();
    Path log = dir.resolve("child.log");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-cp", System.getProperty("java.class.path"), "org.pharos.cli.Main", "ingest", in.toString(), "--db", db, "--every", "1h")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (!Files.readString(log).contains("next pass in") && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertTrue(Files.readString(log).contains("next pass in 3600s"), Files.readString(log));
    child.destroy(); // SIGTERM: shutdown hook asks the loop to stop; the store is closed before the JVM exits
    assertTrue(child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "child did not stop");
    assertTrue(Files.readString(log).contains("stopping after the current document"), Files.readString(log));
    CliRun stats = run("stats", "--db", db);
    assertTrue(stats.out().contains("documents  3 (3 versions)"), stats.out());
    assertTrue(stats.out().contains("counts=RunCounts[read=3, stored=3, skipped=0, failed=0]"), stats.out());
  }
}
