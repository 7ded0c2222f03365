package org.pharos.store.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.pharos.model.ActorRef;
import org.pharos.model.Event;
import org.pharos.model.Place;
import org.pharos.store.EventQuery;
import org.pharos.store.EventStore;
import org.pharos.store.StoreException;
import org.pharos.store.StoredDocument;

/**
 * Writes the events selected by a query to a file in one of the {@link ExportFormat}s, streaming from
 * the store (memory use does not grow with the number of events, except for Parquet, which goes
 * through a temporary in-memory DuckDB table for both DuckDB and PostgreSQL stores).
 *
 * <pre>{@code
 * long n = new Exporter(store).export(EventQuery.builder().actor("USA").build(), "parquet", Path.of("us.parquet"));
 * }</pre>
 *
 * <p>Not thread-safe (it caches document look-ups); use one exporter per thread. The store may be
 * shared.
 */
public final class Exporter {
  /** Column names of the CSV and Parquet exports, in order (Parquet adds {@code quantities} last). */
  public static final List<String> COLUMNS = List.of(
      "event_id", "doc_id", "sentence_index", "sentence", "trigger",
      "source_text", "source_name", "source_code", "source_country", "source_sector", "source_affiliation",
      "target_text", "target_name", "target_code", "target_country", "target_sector", "target_affiliation",
      "cameo", "cameo_root", "quad_class", "goldstein", "plover", "plover_mode", "modality",
      "date", "date_end", "date_precision", "date_source",
      "location_name", "location_country", "location_lat", "location_lon", "confidence", "outlet", "url",
      "quantities");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter DATEADDED =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final EventStore store;
  private final Map<String, Optional<StoredDocument>> documents = new LinkedHashMap<>(256, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Optional<StoredDocument>> eldest) {
      return size() > 2000;
    }
  };

  /** An exporter reading from {@code store}. */
  public Exporter(EventStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Exports to a file.
   *
   * @param format {@code csv}, {@code jsonl}, {@code parquet} or {@code gdelt}
   * @return the number of events written
   * @throws IllegalArgumentException for an unknown format (the message lists the known ones)
   * @throws StoreException when reading or writing fails, naming the file
   */
  public long export(EventQuery query, String format, Path out) {
    return export(query, ExportFormat.parse(format), out);
  }

  /** Exports to a file in {@code format}; see {@link #export(EventQuery, String, Path)}. */
  public long export(EventQuery query, ExportFormat format, Path out) {
    if (format == ExportFormat.PARQUET) {
      return exportParquet(query, out);
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      return export(query, format, os);
    } catch (IOException | UncheckedIOException e) {
      throw new StoreException("cannot write export file " + out + ": " + e.getMessage(), e);
    }
  }

  /**
   * Exports a text format ({@code csv}, {@code jsonl}, {@code gdelt}) to a stream (not closed).
   *
   * @throws IllegalArgumentException for Parquet, which needs a file
   */
  public long export(EventQuery query, ExportFormat format, OutputStream out) throws IOException {
    if (format == ExportFormat.PARQUET) {
      throw new IllegalArgumentException("parquet export needs a file, not a stream");
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    long n = 0;
    try (Stream<Event> events = store.streamEvents(query)) {
      if (format == ExportFormat.CSV) {
        w.write(String.join(",", COLUMNS));
        w.write("\r\n");
      }
      Iterator<Event> it = events.iterator();
      while (it.hasNext()) {
        Event e = it.next();
        switch (format) {
          case CSV -> writeCsv(w, e);
          case JSONL -> {
            w.write(JSON.writeValueAsString(e));
            w.write('\n');
          }
          case GDELT -> writeGdelt(w, e);
          default -> throw new IllegalStateException(format.name());
        }
        n++;
      }
    }
    w.flush();
    return n;
  }

  /** The cells of {@link #COLUMNS} for one event (quantities as JSON text). */
  static List<Object> cells(Event e) {
    ActorRef s = e.source();
    ActorRef t = e.target();
    Place p = e.location();
    List<Object> c = new ArrayList<>(COLUMNS.size());
    c.add(e.eventId());
    c.add(e.docId());
    c.add(e.sentenceIndex());
    c.add(e.sentence());
    c.add(e.trigger());
    for (ActorRef a : new ActorRef[] {s, t}) {
      c.add(a == null ? null : a.text());
      c.add(a == null ? null : a.name());
      c.add(a == null ? null : a.code());
      c.add(a == null ? null : a.country());
      c.add(a == null ? null : a.sector());
      c.add(a == null ? null : a.affiliation());
    }
    c.add(e.cameo());
    c.add(e.cameoRoot());
    c.add(e.quadClass());
    c.add(e.goldstein());
    c.add(e.plover());
    c.add(e.ploverMode());
    c.add(e.modality() == null ? null : e.modality().json());
    c.add(e.date());
    c.add(e.dateEnd());
    c.add(e.datePrecision() == null ? null : e.datePrecision().json());
    c.add(e.dateSource() == null ? null : e.dateSource().json());
    c.add(p == null ? null : p.name());
    c.add(p == null ? null : p.country());
    c.add(p == null ? null : p.lat());
    c.add(p == null ? null : p.lon());
    c.add(e.confidence());
    c.add(e.outlet());
    c.add(e.url());
    try {
      c.add(JSON.writeValueAsString(e.quantities()));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot write quantities of " + e.eventId(), ex);
    }
    return c;
  }

  private static void writeCsv(Writer w, Event e) throws IOException {
    List<Object> cells = cells(e);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      Object v = cells.get(i);
      if (v != null) {
        String s = v.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
          w.write('"');
          w.write(s.replace("\"", "\"\""));
          w.write('"');
        } else {
          w.write(s);
        }
      }
    }
    w.write("\r\n");
  }

  // ------------------------------------------------------------------ GDELT

  /** The 61 GDELT 2.0 event table column names, in file order. */
  public static final List<String> GDELT_COLUMNS = gdeltColumns();

  private static List<String> gdeltColumns() {
    List<String> c = new ArrayList<>(List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"));
    for (String a : new String[] {"Actor1", "Actor2"}) {
      for (String f : new String[] {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
          "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"}) {
        c.add(a + f);
      }
    }
    c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String g : new String[] {"Actor1Geo", "Actor2Geo", "ActionGeo"}) {
      for (String f : new String[] {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
          "FeatureID"}) {
        c.add(g + "_" + f);
      }
    }
    c.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(c);
  }

  /** GlobalEventID: the first 15 hex digits of the event id (or of its SHA-256) as a positive number. */
  static long globalEventId(String eventId) {
    String hex = eventId != null && eventId.matches("[0-9a-fA-F]{15,}") ? eventId
        : org.pharos.model.Hashing.sha256Hex(String.valueOf(eventId));
    return Long.parseLong(hex.substring(0, 15), 16);
  }

  /** The GDELT cells for one event, in {@link #GDELT_COLUMNS} order ("" for unfillable columns). */
  List<String> gdeltCells(Event e) {
    List<String> c = new ArrayList<>(GDELT_COLUMNS.size());
    c.add(Long.toString(globalEventId(e.eventId())));
    LocalDate day = firstDay(e.date());
    if (day == null) {
      c.addAll(List.of("", "", "", ""));
    } else {
      c.add(String.format("%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
      c.add(String.format("%04d%02d", day.getYear(), day.getMonthValue()));
      c.add(Integer.toString(day.getYear()));
      c.add(String.format(java.util.Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
    }
    for (ActorRef a : new ActorRef[] {e.source(), e.target()}) {
      c.add(a == null ? "" : nz(a.code()));
      c.add(a == null ? "" : nz(a.name() == null ? a.text() : a.name()).toUpperCase(java.util.Locale.ROOT));
      c.add(a == null ? "" : nz(a.country()));
      c.addAll(List.of("", "", "", ""));
      c.add(a == null ? "" : nz(a.sector()));
      c.addAll(List.of("", ""));
    }
    c.add(e.sentenceIndex() == 0 ? "1" : "0");
    String cameo = nz(e.cameo());
    c.add(cameo);
    c.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
    c.add(e.cameoRoot() != null ? e.cameoRoot() : cameo.length() >= 2 ? cameo.substring(0, 2) : "");
    c.add(e.quadClass() == 0 ? "" : Integer.toString(e.quadClass()));
    c.add(e.cameo() == null ? "" : Double.toString(e.goldstein()));
    c.addAll(List.of("1", "1", "1", ""));
    c.addAll(List.of("", "", "", "", "", "", "", ""));
    c.addAll(List.of("", "", "", "", "", "", "", ""));
    Place p = e.location();
    c.add("");
    c.add(p == null ? "" : nz(p.name()));
    c.addAll(List.of("", "", ""));
    c.add(p == null || p.lat() == null ? "" : p.lat().toString());
    c.add(p == null || p.lon() == null ? "" : p.lon().toString());
    c.add("");
    Optional<StoredDocument> doc = documents.computeIfAbsent(e.docId(), store::document);
    c.add(doc.map(d -> DATEADDED.format(d.ingestedAt())).orElse(""));
    String url = e.url() != null ? e.url() : doc.map(d -> d.document().url()).orElse(null);
    c.add(nz(url));
    return c;
  }

  private void writeGdelt(Writer w, Event e) throws IOException {
    List<String> cells = gdeltCells(e);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write('\t');
      }
      w.write(cells.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    }
    w.write('\n');
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static LocalDate firstDay(String iso) {
    if (iso == null || !iso.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) {
      return null;
    }
    try {
      int y = Integer.parseInt(iso.substring(0, 4));
      int m = iso.length() >= 7 ? Integer.parseInt(iso.substring(5, 7)) : 1;
      int d = iso.length() >= 10 ? Integer.parseInt(iso.substring(8, 10)) : 1;
      return LocalDate.of(y, m, d);
    } catch (RuntimeException ex) {
      return null;
    }
  }

  // ------------------------------------------------------------------ Parquet

  private long exportParquet(EventQuery query, Path out) {
    String target = out.toAbsolutePath().toString();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE ev (event_id VARCHAR, doc_id VARCHAR, sentence_index INTEGER, sentence VARCHAR, "
          + "trigger VARCHAR, source_text VARCHAR, source_name VARCHAR, source_code VARCHAR, "
          + "source_country VARCHAR, source_sector VARCHAR, source_affiliation VARCHAR, target_text VARCHAR, "
          + "target_name VARCHAR, target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, "
          + "target_affiliation VARCHAR, cameo VARCHAR, cameo_root VARCHAR, quad_class INTEGER, "
          + "goldstein DOUBLE, plover VARCHAR, plover_mode VARCHAR, modality VARCHAR, date VARCHAR, "
          + "date_end VARCHAR, date_precision VARCHAR, date_source VARCHAR, location_name VARCHAR, "
          + "location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE, confidence DOUBLE, "
          + "outlet VARCHAR, url VARCHAR, quantities_json VARCHAR)");
      long n = 0;
      try (DuckDBAppender a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "ev");
          Stream<Event> events = store.streamEvents(query)) {
        Iterator<Event> it = events.iterator();
        while (it.hasNext()) {
          a.beginRow();
          for (Object v : cells(it.next())) {
            if (v == null) {
              a.append((String) null);
            } else if (v instanceof Integer i) {
              a.append((int) i);
            } else if (v instanceof Double d) {
              a.append((double) d);
            } else {
              a.append(v.toString());
            }
          }
          a.endRow();
          n++;
        }
      }
      // COPY cannot take the file name as a parameter: it is the one literal, with quotes doubled.
      s.execute("COPY (SELECT * EXCLUDE (quantities_json), from_json(quantities_json, "
          + "'[{\"kind\":\"VARCHAR\",\"min\":\"DOUBLE\",\"max\":\"DOUBLE\",\"qualifier\":\"VARCHAR\","
          + "\"text\":\"VARCHAR\",\"unit\":\"VARCHAR\"}]') AS quantities FROM ev) TO '"
          + target.replace("'", "''") + "' (FORMAT PARQUET)");
      return n;
    } catch (SQLException e) {
      throw new StoreException("cannot write Parquet export " + target + ": " + e.getMessage(), e);
    }
  }
}
