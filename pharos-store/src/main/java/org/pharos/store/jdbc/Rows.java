package org.pharos.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pharos.model.ActorRef;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.PartialDate;
import org.pharos.model.Place;
import org.pharos.model.Quantity;
import org.pharos.model.RemovedBlock;

/**
 * Column lists and the mapping between model records and table rows, shared by every dialect.
 * Stateless and thread-safe.
 */
final class Rows {
  private Rows() {}

  static final ObjectMapper JSON = new ObjectMapper();

  /** Document columns in insert order. */
  static final List<String> DOCUMENT_COLUMNS = List.of(
      "doc_id", "version", "is_latest", "content_hash", "url", "outlet", "title", "author", "date",
      "date_source", "lang", "text", "\"references\"", "removed", "ingested_at", "coder_version", "origin");

  /** Event columns that map to {@link Event} fields, in select order. */
  static final List<String> EVENT_READ_COLUMNS = List.of(
      "event_id", "doc_id", "sentence_index", "sentence", "trigger",
      "source_text", "source_name", "source_code", "source_country", "source_sector", "source_affiliation",
      "target_text", "target_name", "target_code", "target_country", "target_sector", "target_affiliation",
      "cameo", "cameo_root", "quad_class", "goldstein", "plover", "plover_mode", "modality",
      "date", "date_end", "date_precision", "date_source",
      "location_name", "location_country", "location_lat", "location_lon", "confidence", "outlet", "url");

  /** Event columns in insert order: the read columns plus storage columns. */
  static final List<String> EVENT_COLUMNS;

  static {
    List<String> cols = new ArrayList<>(EVENT_READ_COLUMNS);
    cols.add("doc_version");
    cols.add("is_current");
    cols.add("date_start");
    EVENT_COLUMNS = List.copyOf(cols);
  }

  /** Quantity columns in insert order. */
  static final List<String> QUANTITY_COLUMNS = List.of(
      "doc_id", "doc_version", "event_id", "ordinal", "kind", "min", "max", "qualifier", "text", "unit");

  /** A typed cell value: the SQL type matters for nulls and for the DuckDB appender. */
  record Cell(Object value, int sqlType) {}

  static String insertSql(String table, List<String> columns) {
    StringBuilder sb = new StringBuilder("INSERT INTO ").append(table).append(" (")
        .append(String.join(", ", columns)).append(") VALUES (");
    for (int i = 0; i < columns.size(); i++) {
      String c = columns.get(i);
      sb.append(i == 0 ? "" : ", ");
      if (c.equals("date_start")) {
        sb.append("CAST(? AS DATE)");
      } else if (c.equals("ingested_at")) {
        sb.append("CAST(? AS TIMESTAMP)");
      } else {
        sb.append('?');
      }
    }
    return sb.append(')').toString();
  }

  static void bind(PreparedStatement p, List<Cell> cells) throws SQLException {
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      if (c.value() == null) {
        p.setNull(i + 1, c.sqlType());
      } else {
        switch (c.sqlType()) {
          case Types.INTEGER -> p.setInt(i + 1, (Integer) c.value());
          case Types.BIGINT -> p.setLong(i + 1, (Long) c.value());
          case Types.DOUBLE -> p.setDouble(i + 1, (Double) c.value());
          case Types.BOOLEAN -> p.setBoolean(i + 1, (Boolean) c.value());
          default -> p.setString(i + 1, c.value().toString());
        }
      }
    }
  }

  private static Cell s(String v) {
    return new Cell(v, Types.VARCHAR);
  }

  private static Cell i(Integer v) {
    return new Cell(v, Types.INTEGER);
  }

  private static Cell d(Double v) {
    return new Cell(v, Types.DOUBLE);
  }

  private static Cell b(boolean v) {
    return new Cell(v, Types.BOOLEAN);
  }

  /** Timestamps are stored as UTC wall-clock time, to the microsecond. */
  static String timestamp(Instant t) {
    return LocalDateTime.ofInstant(t, ZoneOffset.UTC).toString();
  }

  static Instant instant(String dbText) {
    if (dbText == null) {
      return null;
    }
    return LocalDateTime.parse(dbText.trim().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
  }

  static Instant nowMicros() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  static List<Cell> documentCells(Document d, String docId, int version, String hash, Instant ingestedAt,
      String coderVersion) {
    return List.of(s(docId), i(version), b(true), s(hash), s(d.url()), s(d.outlet()), s(d.title()),
        s(d.author()), s(d.date() == null ? null : d.date().toIso()),
        s(d.dateSource() == null ? null : d.dateSource().name()), s(d.lang()), s(d.text()),
        s(json(d.references())), s(json(d.removed())), new Cell(timestamp(ingestedAt), Types.TIMESTAMP),
        s(coderVersion),
        s(d.origin()));
  }

  static List<Cell> eventCells(Event e, String docId, int version) {
    ActorRef src = e.source();
    ActorRef tgt = e.target();
    Place loc = e.location();
    List<Cell> cells = new ArrayList<>(EVENT_COLUMNS.size());
    cells.add(s(e.eventId()));
    cells.add(s(docId));
    cells.add(i(e.sentenceIndex()));
    cells.add(s(e.sentence()));
    cells.add(s(e.trigger()));
    addActor(cells, src);
    addActor(cells, tgt);
    cells.add(s(e.cameo()));
    cells.add(s(e.cameoRoot()));
    cells.add(i(e.quadClass()));
    cells.add(d(e.goldstein()));
    cells.add(s(e.plover()));
    cells.add(s(e.ploverMode()));
    cells.add(s(e.modality() == null ? null : e.modality().name()));
    cells.add(s(e.date()));
    cells.add(s(e.dateEnd()));
    cells.add(s(e.datePrecision() == null ? null : e.datePrecision().name()));
    cells.add(s(e.dateSource() == null ? null : e.dateSource().name()));
    cells.add(s(loc == null ? null : loc.name()));
    cells.add(s(loc == null ? null : loc.country()));
    cells.add(d(loc == null ? null : loc.lat()));
    cells.add(d(loc == null ? null : loc.lon()));
    cells.add(d(e.confidence()));
    cells.add(s(e.outlet()));
    cells.add(s(e.url()));
    cells.add(i(version));
    cells.add(b(true));
    LocalDate start = dateStart(e.date());
    cells.add(new Cell(start == null ? null : start.toString(), Types.DATE));
    return cells;
  }

  private static void addActor(List<Cell> cells, ActorRef a) {
    cells.add(s(a == null ? null : a.text()));
    cells.add(s(a == null ? null : a.name()));
    cells.add(s(a == null ? null : a.code()));
    cells.add(s(a == null ? null : a.country()));
    cells.add(s(a == null ? null : a.sector()));
    cells.add(s(a == null ? null : a.affiliation()));
  }

  static List<Cell> quantityCells(Quantity q, String docId, int version, String eventId, int ordinal) {
    return List.of(s(docId), i(version), s(eventId), i(ordinal), s(q.kind()), d(q.min()), d(q.max()),
        s(q.qualifier()), s(q.text()), s(q.unit()));
  }

  /**
   * The first day of an ISO (possibly partial) date — {@code YYYY}, {@code YYYY-MM}, {@code
   * YYYY-MM-DD}, optionally followed by a time or a {@code /end} range — or {@code null} without a
   * year or when invalid. Hand-parsed: it runs for every stored event.
   */
  static LocalDate dateStart(String iso) {
    if (iso == null) {
      return null;
    }
    String s = iso.strip();
    int n = s.length();
    if (n < 4 || !digits(s, 0, 4)) {
      return null;
    }
    int year = Integer.parseInt(s, 0, 4, 10);
    int month = 1;
    int day = 1;
    if (n >= 7 && s.charAt(4) == '-' && digits(s, 5, 7)) {
      month = Integer.parseInt(s, 5, 7, 10);
      if (n >= 10 && s.charAt(7) == '-' && digits(s, 8, 10)) {
        day = Integer.parseInt(s, 8, 10, 10);
      }
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  /** Reads the {@link #EVENT_READ_COLUMNS} starting at column {@code first} (1-based). */
  static Event readEvent(ResultSet rs, int first, List<Quantity> quantities) throws SQLException {
    int c = first;
    String eventId = rs.getString(c++);
    String docId = rs.getString(c++);
    int sentenceIndex = rs.getInt(c++);
    String sentence = rs.getString(c++);
    String trigger = rs.getString(c++);
    ActorRef source = readActor(rs, c);
    c += 6;
    ActorRef target = readActor(rs, c);
    c += 6;
    String cameo = rs.getString(c++);
    String cameoRoot = rs.getString(c++);
    int quadClass = rs.getInt(c++);
    double goldstein = rs.getDouble(c++);
    String plover = rs.getString(c++);
    String ploverMode = rs.getString(c++);
    String modality = rs.getString(c++);
    String date = rs.getString(c++);
    String dateEnd = rs.getString(c++);
    String precision = rs.getString(c++);
    String dateSource = rs.getString(c++);
    String locName = rs.getString(c++);
    String locCountry = rs.getString(c++);
    Double lat = dbl(rs, c++);
    Double lon = dbl(rs, c++);
    double confidence = rs.getDouble(c++);
    String outlet = rs.getString(c++);
    String url = rs.getString(c);
    Place place = locName == null && locCountry == null && lat == null && lon == null
        ? null : new Place(locName, locCountry, lat, lon);
    return new Event(eventId, docId, sentenceIndex, sentence, trigger, source, target, cameo, cameoRoot,
        quadClass, goldstein, plover, ploverMode, modality == null ? null : Modality.valueOf(modality),
        date, dateEnd, precision == null ? null : DatePrecision.valueOf(precision),
        dateSource == null ? null : DateSource.valueOf(dateSource), place, quantities, confidence,
        outlet, url);
  }

  private static ActorRef readActor(ResultSet rs, int c) throws SQLException {
    String text = rs.getString(c);
    String name = rs.getString(c + 1);
    String code = rs.getString(c + 2);
    String country = rs.getString(c + 3);
    String sector = rs.getString(c + 4);
    String affiliation = rs.getString(c + 5);
    if (text == null && name == null && code == null && country == null && sector == null
        && affiliation == null) {
      return null;
    }
    return new ActorRef(text, name, code, country, sector, affiliation);
  }

  /** Reads kind, min, max, qualifier, text, unit starting at column {@code c}. */
  static Quantity readQuantity(ResultSet rs, int c) throws SQLException {
    return new Quantity(rs.getString(c), dbl(rs, c + 1), dbl(rs, c + 2), rs.getString(c + 3),
        rs.getString(c + 4), rs.getString(c + 5));
  }

  static Double dbl(ResultSet rs, int c) throws SQLException {
    double v = rs.getDouble(c);
    return rs.wasNull() ? null : v;
  }

  static Long lng(ResultSet rs, int c) throws SQLException {
    long v = rs.getLong(c);
    return rs.wasNull() ? null : v;
  }

  /** Reads a document from the columns of {@link #DOCUMENT_COLUMNS}, starting at {@code c}. */
  static Document readDocument(ResultSet rs, int c) throws SQLException {
    String docId = rs.getString(c);
    String url = rs.getString(c + 4);
    String outlet = rs.getString(c + 5);
    String title = rs.getString(c + 6);
    String author = rs.getString(c + 7);
    String date = rs.getString(c + 8);
    String dateSource = rs.getString(c + 9);
    String lang = rs.getString(c + 10);
    String text = rs.getString(c + 11);
    List<String> refs = fromJson(rs.getString(c + 12), new TypeReference<List<String>>() {}, docId);
    List<RemovedBlock> removed =
        fromJson(rs.getString(c + 13), new TypeReference<List<RemovedBlock>>() {}, docId);
    String origin = rs.getString(c + 16);
    return new Document(docId, title, author, outlet,
        date == null || date.isEmpty() ? null : PartialDate.parse(date),
        dateSource == null ? null : DateSource.valueOf(dateSource.toUpperCase(Locale.ROOT)), url, lang,
        text, refs, removed, origin);
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value, e);
    }
  }

  static <T> T fromJson(String text, TypeReference<T> type, String what) {
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new org.pharos.store.StoreException("stored JSON of " + what + " is unreadable: "
          + e.getOriginalMessage(), e);
    }
  }
}
