package org.pharos.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pharos.model.Event;
import org.pharos.store.export.ExportFormat;
import org.pharos.store.export.Exporter;

class ExporterTest {
  @TempDir Path dir;
  EventStore store;
  List<Event> events;

  @BeforeEach
  void fill() {
    store = EventStores.open(":memory:");
    events = List.of(Fixtures.assault("d1", 0, "2023-11-21"), Fixtures.consult("d1", 1, "2023-11"));
    store.storeDocument(Fixtures.doc("d1", "text, with \"quotes\"\nand lines"), events, "c");
    store.storeDocument(Fixtures.doc("d2", "other"), List.of(Fixtures.assault("d2", 0, "2024-02-01")), "c");
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void jsonl_lines_read_back_as_the_stored_events() throws Exception {
    Path out = dir.resolve("e.jsonl");
    long n = new Exporter(store).export(EventQuery.builder().docId("d1").build(), "JSONL", out);
    assertEquals(2, n);
    ObjectMapper json = new ObjectMapper();
    List<Event> back = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      back.add(json.readValue(line, Event.class));
    }
    assertEquals(store.events(EventQuery.builder().docId("d1").build()), back);
    assertTrue(Files.readString(out).contains("\"modality\":\"asserted\""));
  }

  @Test
  void csv_has_a_header_and_one_row_per_event_readable_by_duckdb() throws Exception {
    Path out = dir.resolve("e.csv");
    assertEquals(3, new Exporter(store).export(EventQuery.all(), "csv", out));
    List<String> lines = Files.readAllLines(out);
    assertEquals(String.join(",", Exporter.COLUMNS), lines.get(0));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*), sum(goldstein), max(quantities) FROM read_csv('"
            + out.toString().replace("'", "''") + "', header = true)")) {
      rs.next();
      assertEquals(3, rs.getLong(1));
      assertEquals(-19.0, rs.getDouble(2), 1e-9);
      assertTrue(rs.getString(3).contains("killed nine"));
    }
  }

  @Test
  void parquet_keeps_types_and_quantities_as_structs() throws Exception {
    Path out = dir.resolve("it's.parquet");
    assertEquals(2, new Exporter(store).export(EventQuery.builder().type("ASSAULT").build(), ExportFormat.PARQUET, out));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*), sum(quad_class), min(quantities[1].min), "
            + "min(location_lat) FROM read_parquet('" + out.toString().replace("'", "''") + "')")) {
      rs.next();
      assertEquals(2, rs.getLong(1));
      assertEquals(8, rs.getLong(2));
      assertEquals(9.0, rs.getDouble(3), 1e-9);
      assertEquals(33.34, rs.getDouble(4), 1e-9);
    }
  }

  @Test
  void gdelt_rows_have_61_columns_with_codes_dates_and_source_url() throws Exception {
    Path out = dir.resolve("e.tsv");
    assertEquals(2, new Exporter(store).export(EventQuery.builder().docId("d1").build(), "gdelt", out));
    List<String> lines = Files.readAllLines(out);
    assertEquals(61, Exporter.GDELT_COLUMNS.size());
    String[] first = lines.get(0).split("\t", -1);
    assertEquals(61, first.length);
    int day = Exporter.GDELT_COLUMNS.indexOf("Day");
    assertEquals("20231101", lines.get(0).split("\t", -1)[day], "month-precision event first, on day 1");
    String[] assault = lines.get(1).split("\t", -1);
    assertEquals("20231121", assault[day]);
    assertEquals("USAMIL", assault[Exporter.GDELT_COLUMNS.indexOf("Actor1Code")]);
    assertEquals("KATAIB HEZBOLLAH", assault[Exporter.GDELT_COLUMNS.indexOf("Actor2Name")]);
    assertEquals("195", assault[Exporter.GDELT_COLUMNS.indexOf("EventCode")]);
    assertEquals("19", assault[Exporter.GDELT_COLUMNS.indexOf("EventRootCode")]);
    assertEquals("4", assault[Exporter.GDELT_COLUMNS.indexOf("QuadClass")]);
    assertEquals("-10.0", assault[Exporter.GDELT_COLUMNS.indexOf("GoldsteinScale")]);
    assertEquals("1", assault[Exporter.GDELT_COLUMNS.indexOf("IsRootEvent")]);
    assertEquals("Baghdad", assault[Exporter.GDELT_COLUMNS.indexOf("ActionGeo_FullName")]);
    assertEquals("", assault[Exporter.GDELT_COLUMNS.indexOf("AvgTone")]);
    assertEquals("https://example.org/d1", assault[Exporter.GDELT_COLUMNS.indexOf("SOURCEURL")]);
    assertTrue(assault[Exporter.GDELT_COLUMNS.indexOf("DATEADDED")].matches("\\d{14}"));
    assertTrue(Long.parseLong(assault[0]) > 0);
  }

  @Test
  void unknown_format_lists_the_known_ones() {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> new Exporter(store).export(EventQuery.all(), "xlsx", dir.resolve("x")));
    assertEquals("unknown export format 'xlsx'; known formats: csv, jsonl, parquet, gdelt", ex.getMessage());
  }
}
