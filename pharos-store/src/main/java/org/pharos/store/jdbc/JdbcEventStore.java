package org.pharos.store.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.Quantity;
import org.pharos.store.ActorCount;
import org.pharos.store.BulkResult;
import org.pharos.store.CodedDocument;
import org.pharos.store.DocumentQuery;
import org.pharos.store.DyadMonth;
import org.pharos.store.EventQuery;
import org.pharos.store.EventStore;
import org.pharos.store.IngestionRun;
import org.pharos.store.IntegrityReport;
import org.pharos.store.RunCounts;
import org.pharos.store.RunFailure;
import org.pharos.store.StoreException;
import org.pharos.store.StoreResult;
import org.pharos.store.StoredDocument;

/**
 * The transactional logic and queries shared by the JDBC stores; dialects supply connections, the
 * bulk load path and a few SQL fragments. Thread-safe: one writer at a time (writes are serialized by
 * a lock on the single writer connection), readers on their own connections.
 */
public abstract class JdbcEventStore implements EventStore {
  private static final String EVENT_ORDER =
      "e.date_start NULLS LAST, e.doc_id, e.sentence_index, e.event_id";

  private final String name;
  private final Connection writer;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final int schemaVersion;
  private volatile boolean closed;
  private final JdbcClusterRepository clusterRepository = new JdbcClusterRepository(this);

  /**
   * Takes ownership of the writer connection and migrates the schema.
   *
   * @param name description for messages (no password)
   * @param writer the connection used for all writes
   * @param dialect the migration folder under {@code db/migration/}
   */
  protected JdbcEventStore(String name, Connection writer, String dialect) {
    this.name = name;
    this.writer = writer;
    Migrations migrations = Migrations.load(JdbcEventStore.class.getClassLoader(), "db/migration/" + dialect);
    this.schemaVersion = migrations.apply(writer, name, this::lockForMigration);
  }

  /** A new connection for reading committed data; the caller closes it. */
  protected abstract Connection openReader() throws SQLException;

  /** An SQL expression giving {@code YYYY-MM} for a DATE expression. */
  protected abstract String monthOf(String dateExpression);

  /** Serializes concurrent migrations of the same database (called inside the migration transaction). */
  protected abstract void lockForMigration(Connection c) throws SQLException;

  /** Inserts rows in bulk inside the writer's open transaction. */
  protected abstract void insertBulk(Connection c, List<List<Rows.Cell>> documents,
      List<List<Rows.Cell>> events, List<List<Rows.Cell>> quantities) throws SQLException;

  /** The writer connection, for dialect hooks that run inside a write. */
  protected final Connection writer() {
    return writer;
  }

  @Override
  public String describe() {
    return name;
  }

  @Override
  public int schemaVersion() {
    return schemaVersion;
  }

  // ---------------------------------------------------------------- writes

  /** Work done inside a write transaction. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  <T> T write(String action, Work<T> work) {
    ensureOpen();
    writeLock.lock();
    try {
      writer.setAutoCommit(false);
      try {
        T result = work.run(writer);
        writer.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          writer.rollback();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        if (e instanceof StoreException se) {
          throw se;
        }
        if (e instanceof IllegalArgumentException iae) {
          throw new StoreException(name + ": " + action + ": " + iae.getMessage(), iae);
        }
        throw new StoreException(name + ": " + action + " failed: " + e.getMessage(), e);
      } finally {
        writer.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(name + ": " + action + " failed: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public StoreResult storeDocument(Document doc, List<Event> events, String coderVersion) {
    Objects.requireNonNull(doc, "doc");
    List<Event> evs = events == null ? List.of() : events;
    return write("storing document '" + doc.docId() + "'",
        c -> storeOne(c, doc, doc.contentHash(), evs, coderVersion, Rows.nowMicros()));
  }

  private StoreResult storeOne(Connection c, Document doc, String hash, List<Event> events,
      String coderVersion, Instant now) throws SQLException {
    Optional<String[]> duplicate = first(c, "SELECT doc_id, version FROM documents WHERE content_hash = ?",
        List.of(hash), rs -> new String[] {rs.getString(1), rs.getString(2)});
    if (duplicate.isPresent()) {
      return new StoreResult(StoreResult.Status.SKIPPED_DUPLICATE, duplicate.get()[0],
          Integer.parseInt(duplicate.get()[1]), 0);
    }
    String docId = doc.docId();
    Optional<Integer> latest = first(c, "SELECT max(version) FROM documents WHERE doc_id = ?",
        List.of(docId), rs -> {
          int v = rs.getInt(1);
          return rs.wasNull() ? null : v;
        });
    if (latest.isEmpty() && doc.url() != null) {
      Optional<String[]> byUrl = first(c,
          "SELECT doc_id, version FROM documents WHERE url = ? AND is_latest ORDER BY ingested_at DESC",
          List.of(doc.url()), rs -> new String[] {rs.getString(1), rs.getString(2)});
      if (byUrl.isPresent()) {
        docId = byUrl.get()[0];
        latest = Optional.of(Integer.parseInt(byUrl.get()[1]));
      }
    }
    int version = latest.map(v -> v + 1).orElse(1);
    if (latest.isPresent()) {
      update(c, "UPDATE documents SET is_latest = false WHERE doc_id = ? AND is_latest", docId);
      update(c, "UPDATE events SET is_current = false WHERE doc_id = ? AND is_current", docId);
      update(c, "DELETE FROM clustered_documents WHERE doc_id = ?", docId);
    }
    try (PreparedStatement p = c.prepareStatement(Rows.insertSql("documents", Rows.DOCUMENT_COLUMNS))) {
      Rows.bind(p, Rows.documentCells(doc, docId, version, hash, now, coderVersion));
      p.executeUpdate();
    }
    int written = insertEvents(c, doc.docId(), docId, version, events);
    return new StoreResult(latest.isPresent() ? StoreResult.Status.STORED_NEW_VERSION
        : StoreResult.Status.STORED, docId, version, written);
  }

  /** Inserts events and their quantities, validating each as it goes. */
  private int insertEvents(Connection c, String givenDocId, String docId, int version, List<Event> events)
      throws SQLException {
    if (events.isEmpty()) {
      return 0;
    }
    Set<String> ids = new HashSet<>();
    int quantities = 0;
    try (PreparedStatement pe = c.prepareStatement(Rows.insertSql("events", Rows.EVENT_COLUMNS));
        PreparedStatement pq = c.prepareStatement(Rows.insertSql("event_quantities", Rows.QUANTITY_COLUMNS))) {
      for (Event e : events) {
        checkEvent(e, givenDocId, ids);
        Rows.bind(pe, Rows.eventCells(e, docId, version));
        pe.addBatch();
        int ordinal = 0;
        for (Quantity q : e.quantities()) {
          Rows.bind(pq, Rows.quantityCells(q, docId, version, e.eventId(), ordinal++));
          pq.addBatch();
          quantities++;
        }
      }
      pe.executeBatch();
      if (quantities > 0) {
        pq.executeBatch();
      }
    }
    return events.size();
  }

  private void checkEvent(Event e, String docId, Set<String> seenIds) {
    if (e == null) {
      throw new StoreException(name + ": document '" + docId + "': null event in the event list");
    }
    if (e.eventId() == null || e.eventId().isBlank()) {
      throw new StoreException(name + ": document '" + docId + "': event at sentence "
          + e.sentenceIndex() + " (trigger '" + e.trigger() + "') has no event id");
    }
    if (e.docId() != null && !e.docId().equals(docId)) {
      throw new StoreException(name + ": document '" + docId + "': event " + e.eventId()
          + " belongs to document '" + e.docId() + "'");
    }
    if (!seenIds.add(e.eventId())) {
      throw new StoreException(name + ": document '" + docId + "': event id " + e.eventId()
          + " occurs twice");
    }
  }

  @Override
  public BulkResult storeBulk(List<CodedDocument> batch, String coderVersion) {
    Objects.requireNonNull(batch, "batch");
    if (batch.isEmpty()) {
      return BulkResult.empty();
    }
    return write("storing a batch of " + batch.size() + " documents", c -> storeBatch(c, batch, coderVersion));
  }

  private BulkResult storeBatch(Connection c, List<CodedDocument> batch, String coderVersion)
      throws SQLException {
    Instant now = Rows.nowMicros();
    List<String> hashes = new ArrayList<>(batch.size());
    Set<String> hashSet = new HashSet<>();
    Set<String> idSet = new HashSet<>();
    Set<String> urlSet = new HashSet<>();
    for (CodedDocument cd : batch) {
      String h = cd.document().contentHash();
      hashes.add(h);
      hashSet.add(h);
      idSet.add(cd.document().docId());
      if (cd.document().url() != null) {
        urlSet.add(cd.document().url());
      }
    }
    Set<String> knownHashes = existing(c, "documents", "content_hash", hashSet);
    Set<String> knownIds = existing(c, "documents", "doc_id", idSet);
    Set<String> knownUrls = existing(c, "documents", "url", urlSet);
    List<List<Rows.Cell>> docRows = new ArrayList<>();
    List<List<Rows.Cell>> eventRows = new ArrayList<>();
    List<List<Rows.Cell>> quantityRows = new ArrayList<>();
    int stored = 0;
    int newVersions = 0;
    int skipped = 0;
    long events = 0;
    for (int i = 0; i < batch.size(); i++) {
      Document doc = batch.get(i).document();
      List<Event> evs = batch.get(i).events();
      String hash = hashes.get(i);
      if (knownHashes.contains(hash)) {
        skipped++;
        continue;
      }
      boolean known = knownIds.contains(doc.docId()) || (doc.url() != null && knownUrls.contains(doc.url()));
      if (known) {
        // A new version (or a document seen earlier in this batch): take the careful path, after
        // writing what is pending so that its lookups see it.
        insertBulk(c, docRows, eventRows, quantityRows);
        docRows.clear();
        eventRows.clear();
        quantityRows.clear();
        StoreResult r = storeOne(c, doc, hash, evs, coderVersion, now);
        switch (r.status()) {
          case STORED -> stored++;
          case STORED_NEW_VERSION -> newVersions++;
          case SKIPPED_DUPLICATE -> skipped++;
        }
        events += r.events();
      } else {
        docRows.add(Rows.documentCells(doc, doc.docId(), 1, hash, now, coderVersion));
        Set<String> ids = new HashSet<>();
        for (Event e : evs) {
          checkEvent(e, doc.docId(), ids);
          eventRows.add(Rows.eventCells(e, doc.docId(), 1));
          int ordinal = 0;
          for (Quantity q : e.quantities()) {
            quantityRows.add(Rows.quantityCells(q, doc.docId(), 1, e.eventId(), ordinal++));
          }
        }
        stored++;
        events += evs.size();
      }
      knownHashes.add(hash);
      knownIds.add(doc.docId());
      if (doc.url() != null) {
        knownUrls.add(doc.url());
      }
    }
    insertBulk(c, docRows, eventRows, quantityRows);
    return new BulkResult(stored, newVersions, skipped, events);
  }

  /**
   * Which of {@code values} occur in {@code documents.column} (column is {@code content_hash}, {@code
   * doc_id} or {@code url}); runs inside the write transaction. The default uses chunked IN lists,
   * which suit B-tree indexes.
   */
  protected Set<String> existing(Connection c, String table, String column, Set<String> values)
      throws SQLException {
    Set<String> found = new HashSet<>();
    List<String> all = new ArrayList<>(values);
    for (int from = 0; from < all.size(); from += 500) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
      String sql = "SELECT DISTINCT " + column + " FROM " + table + " WHERE " + column + " IN ("
          + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
      try (PreparedStatement p = c.prepareStatement(sql)) {
        Where.bind(p, 1, new ArrayList<>(chunk));
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            found.add(rs.getString(1));
          }
        }
      }
    }
    return found;
  }

  /**
   * Inserts rows into {@code table} inside the writer's open transaction; {@code columns} name the
   * cells of each row and follow the table's column order. The default batches prepared inserts.
   */
  protected void insertRows(Connection c, String table, List<String> columns, List<List<Rows.Cell>> rows)
      throws SQLException {
    batch(c, Rows.insertSql(table, columns), rows);
  }

  @Override
  public org.pharos.store.ClusterRepository clusterRepository() {
    return clusterRepository;
  }

  /** The default bulk path: batched prepared inserts (dialects may do better). */
  protected static void insertBatched(Connection c, List<List<Rows.Cell>> documents,
      List<List<Rows.Cell>> events, List<List<Rows.Cell>> quantities) throws SQLException {
    batch(c, Rows.insertSql("documents", Rows.DOCUMENT_COLUMNS), documents);
    batch(c, Rows.insertSql("events", Rows.EVENT_COLUMNS), events);
    batch(c, Rows.insertSql("event_quantities", Rows.QUANTITY_COLUMNS), quantities);
  }

  private static void batch(Connection c, String sql, List<List<Rows.Cell>> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int n = 0;
      for (List<Rows.Cell> row : rows) {
        Rows.bind(p, row);
        p.addBatch();
        if (++n % 2000 == 0) {
          p.executeBatch();
        }
      }
      p.executeBatch();
    }
  }

  @Override
  public int replaceEvents(String docId, List<Event> events, String coderVersion) {
    Objects.requireNonNull(docId, "docId");
    List<Event> evs = events == null ? List.of() : events;
    return write("replacing the events of document '" + docId + "'", c -> {
      Optional<Integer> latest = first(c, "SELECT version FROM documents WHERE doc_id = ? AND is_latest",
          List.of(docId), rs -> rs.getInt(1));
      if (latest.isEmpty()) {
        throw new StoreException(name + ": cannot replace the events of document '" + docId
            + "': no such document");
      }
      int version = latest.get();
      update(c, "DELETE FROM event_quantities WHERE doc_id = ? AND doc_version = ?", docId, version);
      update(c, "DELETE FROM events WHERE doc_id = ? AND doc_version = ?", docId, version);
      update(c, "DELETE FROM clustered_documents WHERE doc_id = ?", docId);
      int n = insertEvents(c, docId, docId, version, evs);
      update(c, "UPDATE documents SET coder_version = ? WHERE doc_id = ? AND version = ?",
          coderVersion, docId, version);
      return n;
    });
  }

  // ---------------------------------------------------------------- runs

  @Override
  public long beginRun(String command, List<String> inputs) {
    Objects.requireNonNull(command, "command");
    List<String> in = inputs == null ? List.of() : inputs;
    return write("beginning a run", c -> first(c,
        "INSERT INTO ingestion_runs (started, command, inputs) VALUES (CAST(? AS TIMESTAMP), ?, ?) "
            + "RETURNING run_id",
        List.of(Rows.timestamp(Rows.nowMicros()), command, Rows.json(in)), rs -> rs.getLong(1))
        .orElseThrow(() -> new StoreException(name + ": no run id returned")));
  }

  @Override
  public void recordFailure(long runId, String input, String reason) {
    write("recording a failure of run " + runId, c -> {
      requireRun(c, runId);
      update(c, "INSERT INTO run_failures (run_id, input, reason, recorded_at) "
              + "VALUES (?, ?, ?, CAST(? AS TIMESTAMP))",
          runId, String.valueOf(input), String.valueOf(reason), Rows.timestamp(Rows.nowMicros()));
      return null;
    });
  }

  @Override
  public void finishRun(long runId, RunCounts counts) {
    Objects.requireNonNull(counts, "counts");
    write("finishing run " + runId, c -> {
      requireRun(c, runId);
      update(c, "UPDATE ingestion_runs SET finished = CAST(? AS TIMESTAMP), docs_read = ?, docs_stored = ?, "
              + "docs_skipped = ?, docs_failed = ? WHERE run_id = ?",
          Rows.timestamp(Rows.nowMicros()), counts.read(), counts.stored(), counts.skipped(),
          counts.failed(), runId);
      return null;
    });
  }

  private void requireRun(Connection c, long runId) throws SQLException {
    if (first(c, "SELECT run_id FROM ingestion_runs WHERE run_id = ?", List.of(runId), rs -> rs.getLong(1))
        .isEmpty()) {
      throw new StoreException(name + ": no ingestion run with id " + runId);
    }
  }

  @Override
  public List<IngestionRun> runs(int limit) {
    return read("listing runs", c -> list(c,
        "SELECT r.run_id, CAST(r.started AS VARCHAR), CAST(r.finished AS VARCHAR), r.command, r.inputs, "
            + "r.docs_read, r.docs_stored, r.docs_skipped, r.docs_failed, "
            + "(SELECT count(*) FROM run_failures f WHERE f.run_id = r.run_id) "
            + "FROM ingestion_runs r ORDER BY r.run_id DESC LIMIT ?",
        List.of(limit <= 0 ? Integer.MAX_VALUE : limit), rs -> {
          Long read = Rows.lng(rs, 6);
          RunCounts counts = read == null ? null
              : new RunCounts(read, rs.getLong(7), rs.getLong(8), rs.getLong(9));
          return new IngestionRun(rs.getLong(1), Rows.instant(rs.getString(2)), Rows.instant(rs.getString(3)),
              rs.getString(4), Rows.fromJson(rs.getString(5), new TypeReference<List<String>>() {}, "run inputs"),
              counts, rs.getLong(10));
        }));
  }

  @Override
  public List<RunFailure> failures(long runId) {
    return read("listing failures of run " + runId, c -> list(c,
        "SELECT run_id, input, reason, CAST(recorded_at AS VARCHAR) FROM run_failures WHERE run_id = ? "
            + "ORDER BY failure_id",
        List.of(runId), rs -> new RunFailure(rs.getLong(1), rs.getString(2), rs.getString(3),
            Rows.instant(rs.getString(4)))));
  }

  // ---------------------------------------------------------------- reads

  <T> T read(String action, Work<T> work) {
    ensureOpen();
    try (Connection c = openReader()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(name + ": " + action + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public Stream<Document> streamDocuments() {
    ensureOpen();
    String sql = "SELECT " + String.join(", ", Rows.DOCUMENT_COLUMNS)
        + " FROM documents WHERE is_latest ORDER BY doc_id";
    return stream("streaming documents", sql, List.of(), rs -> {
      if (!rs.next()) {
        return null;
      }
      return Rows.readDocument(rs, 1);
    });
  }

  @Override
  public Optional<StoredDocument> document(String docId) {
    List<StoredDocument> docs = documents(DocumentQuery.builder().docId(docId).build());
    return docs.isEmpty() ? Optional.empty() : Optional.of(docs.get(0));
  }

  @Override
  public List<StoredDocument> documents(DocumentQuery q) {
    Where w = new Where();
    if (!q.allVersions()) {
      w.and("d.is_latest");
    }
    q.docId().ifPresent(id -> w.and("d.doc_id = ?", id));
    q.outlet().ifPresent(o -> w.and("lower(d.outlet) = lower(?)", o));
    q.url().ifPresent(u -> w.and("d.url = ?", u));
    List<Object> params = new ArrayList<>(w.params());
    String sql = "SELECT " + prefixed("d.", Rows.DOCUMENT_COLUMNS) + ", CAST(d.ingested_at AS VARCHAR), "
        + "(SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id AND e.doc_version = d.version) "
        + "FROM documents d" + w.sql() + " ORDER BY d.doc_id, d.version" + page(q.limit(), q.offset(), params);
    int n = Rows.DOCUMENT_COLUMNS.size();
    return read("listing documents", c -> list(c, sql, params, rs -> new StoredDocument(
        Rows.readDocument(rs, 1), rs.getInt(2), rs.getString(4), Rows.instant(rs.getString(n + 1)),
        rs.getString(16), rs.getBoolean(3), rs.getLong(n + 2))));
  }

  static String prefixed(String prefix, List<String> columns) {
    StringBuilder sb = new StringBuilder();
    for (String c : columns) {
      sb.append(sb.length() == 0 ? "" : ", ").append(prefix).append(c);
    }
    return sb.toString();
  }

  private static String page(int limit, long offset, List<Object> params) {
    StringBuilder sb = new StringBuilder();
    if (limit > 0) {
      sb.append(" LIMIT ?");
      params.add((long) limit);
    }
    if (offset > 0) {
      sb.append(" OFFSET ?");
      params.add(offset);
    }
    return sb.toString();
  }

  @Override
  public List<Event> events(EventQuery query) {
    try (Stream<Event> s = streamEvents(query)) {
      return s.toList();
    }
  }

  @Override
  public Stream<Event> streamEvents(EventQuery query) {
    long window = query.limit() + query.offset();
    boolean keysFirst = rowKey() != null && query.limit() > 0 && window <= keysFirstMaxRows();
    return streamEvents(query, keysFirst);
  }

  /**
   * The unique row key of table alias {@code e} that the engine can fetch rows by cheaply (DuckDB's
   * {@code e.rowid}), or null when the dialect reads limited event queries in one pass.
   */
  protected String rowKey() {
    return null;
  }

  /**
   * The largest {@code limit + offset} for which a limited event query first picks its rows by
   * {@link #rowKey()} and reads whole rows only for those.
   */
  protected int keysFirstMaxRows() {
    return 0;
  }

  /**
   * Streams events in the store order, either in one pass (filter, sort and cut whole rows) or keys
   * first: filter and sort only the sort keys and the {@link #rowKey() row key}, cut to the page, then
   * read whole rows for the page alone. Both return the same events in the same order; keys first
   * avoids decoding every column of every matching row when a small page is asked of a large store.
   *
   * @param keysFirst read keys first (needs a {@link #rowKey()} and a limit; otherwise one pass)
   */
  final Stream<Event> streamEvents(EventQuery query, boolean keysFirst) {
    ensureOpen();
    Where w = Where.events(query);
    List<Object> params = new ArrayList<>(w.params());
    String cols = prefixed("e.", Rows.EVENT_READ_COLUMNS);
    String key = rowKey();
    String selected;
    if (keysFirst && key != null && query.limit() > 0) {
      // Page of row keys first; whole rows are then read only for them (late materialization).
      selected = "keys AS (SELECT " + key + " AS row_key FROM events e" + w.sql() + " ORDER BY " + EVENT_ORDER
          + page(query.limit(), query.offset(), params) + "), "
          + "sel AS (SELECT " + cols + ", e.doc_version, e.date_start FROM events e WHERE " + key
          + " IN (SELECT row_key FROM keys))";
    } else {
      selected = "sel AS (SELECT " + cols + ", e.doc_version, e.date_start FROM events e" + w.sql()
          + " ORDER BY " + EVENT_ORDER + page(query.limit(), query.offset(), params) + ")";
    }
    String sql = "WITH " + selected + " "
        + "SELECT " + prefixed("sel.", Rows.EVENT_READ_COLUMNS) + ", sel.doc_version, "
        + "q.ordinal, q.kind, q.min, q.max, q.qualifier, q.text, q.unit FROM sel "
        + "LEFT JOIN event_quantities q ON q.doc_id = sel.doc_id AND q.doc_version = sel.doc_version "
        + "AND q.event_id = sel.event_id ORDER BY " + EVENT_ORDER.replace("e.", "sel.") + ", q.ordinal";
    int versionCol = Rows.EVENT_READ_COLUMNS.size() + 1;
    int ordinalCol = versionCol + 1;
    // Rows come grouped by event (ordered by its key); gather each event's quantities.
    return stream("querying events", sql, params, new RowReader<Event>() {
      boolean positioned;

      @Override
      public Event next(ResultSet rs) throws SQLException {
        if (!positioned && !rs.next()) {
          return null;
        }
        positioned = false;
        String eventId = rs.getString(1);
        String docId = rs.getString(2);
        int version = rs.getInt(versionCol);
        List<Quantity> quantities = new ArrayList<>();
        Event head = Rows.readEvent(rs, 1, List.of());
        do {
          rs.getInt(ordinalCol);
          if (!rs.wasNull()) {
            quantities.add(Rows.readQuantity(rs, ordinalCol + 1));
          }
          if (!rs.next()) {
            break;
          }
          if (eventId.equals(rs.getString(1)) && docId.equals(rs.getString(2))
              && version == rs.getInt(versionCol)) {
            continue;
          }
          positioned = true;
          break;
        } while (true);
        return quantities.isEmpty() ? head : withQuantities(head, quantities);
      }
    });
  }

  static Event withQuantities(Event e, List<Quantity> q) {
    return new Event(e.eventId(), e.docId(), e.sentenceIndex(), e.sentence(), e.trigger(), e.source(),
        e.target(), e.cameo(), e.cameoRoot(), e.quadClass(), e.goldstein(), e.plover(), e.ploverMode(),
        e.modality(), e.date(), e.dateEnd(), e.datePrecision(), e.dateSource(), e.location(), q,
        e.confidence(), e.outlet(), e.url());
  }

  @Override
  public long countEvents(EventQuery query) {
    Where w = Where.events(query);
    return read("counting events", c -> first(c, "SELECT count(*) FROM events e" + w.sql(), w.params(),
        rs -> rs.getLong(1)).orElse(0L));
  }

  @Override
  public List<ActorCount> actorCounts(EventQuery query, int limit) {
    Where w = Where.events(query);
    List<Object> params = new ArrayList<>(w.params());
    params.add((long) (limit <= 0 ? Integer.MAX_VALUE : limit));
    String sql = "WITH sel AS (SELECT e.source_code, e.source_name, e.target_code, e.target_name "
        + "FROM events e" + w.sql() + ") "
        + "SELECT code, max(name), sum(as_source), sum(as_target) FROM ("
        + "SELECT source_code AS code, source_name AS name, 1 AS as_source, 0 AS as_target FROM sel "
        + "WHERE source_code IS NOT NULL UNION ALL "
        + "SELECT target_code, target_name, 0, 1 FROM sel WHERE target_code IS NOT NULL) u "
        + "GROUP BY code ORDER BY sum(as_source) + sum(as_target) DESC, code LIMIT ?";
    return read("counting actors", c -> list(c, sql, params,
        rs -> new ActorCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))));
  }

  @Override
  public List<DyadMonth> dyadByMonth(String actorA, String actorB) {
    String a = EventQuery.builder().actor(actorA).build().actor()
        .orElseThrow(() -> new IllegalArgumentException("dyadByMonth needs actor A"));
    String b = EventQuery.builder().actor(actorB).build().actor()
        .orElseThrow(() -> new IllegalArgumentException("dyadByMonth needs actor B"));
    String month = monthOf("e.date_start");
    String sql = "SELECT " + month + " AS month, (e.source_code LIKE ? AND e.target_code LIKE ?) AS from_a, "
        + "e.quad_class, count(*), sum(e.goldstein) FROM events e WHERE e.is_current "
        + "AND e.date_start IS NOT NULL AND length(e.date) >= 7 "
        + "AND ((e.source_code LIKE ? AND e.target_code LIKE ?) OR (e.source_code LIKE ? AND e.target_code LIKE ?)) "
        + "GROUP BY 1, 2, 3 ORDER BY 1, 2 DESC, 3";
    List<Object> params = List.of(a + "%", b + "%", a + "%", b + "%", b + "%", a + "%");
    return read("dyad-by-month of " + a + " and " + b, c -> list(c, sql, params,
        rs -> new DyadMonth(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getLong(4), rs.getDouble(5))));
  }

  @Override
  public org.pharos.store.StoreStats stats() {
    return read("computing statistics", c -> {
      long[] docs = first(c, "SELECT count(DISTINCT doc_id), count(*) FROM documents", List.of(),
          rs -> new long[] {rs.getLong(1), rs.getLong(2)}).orElseThrow();
      Object[] ev = first(c, "SELECT count(*), CAST(min(date_start) AS VARCHAR), CAST(max(date_start) AS VARCHAR) "
          + "FROM events WHERE is_current", List.of(),
          rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).orElseThrow();
      Map<String, Long> byPlover = counts(c, "plover");
      Map<String, Long> byModality = new LinkedHashMap<>();
      counts(c, "modality").forEach((k, v) -> byModality.put(k.toLowerCase(java.util.Locale.ROOT), v));
      return new org.pharos.store.StoreStats(docs[0], docs[1], (Long) ev[0], byPlover, byModality,
          (String) ev[1], (String) ev[2]);
    });
  }

  private static Map<String, Long> counts(Connection c, String column) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    for (Object[] row : list(c, "SELECT coalesce(" + column + ", ''), count(*) FROM events WHERE is_current "
        + "GROUP BY 1", List.of(), rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
      out.put((String) row[0], (Long) row[1]);
    }
    return out;
  }

  @Override
  public IntegrityReport checkIntegrity() {
    return read("checking integrity", c -> new IntegrityReport(
        count(c, "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM documents d "
            + "WHERE d.doc_id = e.doc_id AND d.version = e.doc_version)"),
        count(c, "SELECT count(*) FROM event_quantities q WHERE NOT EXISTS (SELECT 1 FROM events e "
            + "WHERE e.doc_id = q.doc_id AND e.doc_version = q.doc_version AND e.event_id = q.event_id)"),
        count(c, "SELECT count(*) FROM (SELECT doc_id FROM documents GROUP BY doc_id "
            + "HAVING sum(CASE WHEN is_latest THEN 1 ELSE 0 END) <> 1) x"),
        count(c, "SELECT count(*) FROM events e WHERE e.is_current AND EXISTS (SELECT 1 FROM documents d "
            + "WHERE d.doc_id = e.doc_id AND d.version = e.doc_version AND NOT d.is_latest)")));
  }

  private static long count(Connection c, String sql) throws SQLException {
    return first(c, sql, List.of(), rs -> rs.getLong(1)).orElse(0L);
  }

  // ---------------------------------------------------------------- JDBC helpers

  /** Maps the current row. */
  protected interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Advances a result set and reads the next item, or returns null at the end. */
  private interface RowReader<T> {
    T next(ResultSet rs) throws SQLException;
  }

  static <T> Optional<T> first(Connection c, String sql, List<?> params, RowMapper<T> m)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Where.bind(p, 1, new ArrayList<>(params));
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.ofNullable(m.map(rs)) : Optional.empty();
      }
    }
  }

  static <T> List<T> list(Connection c, String sql, List<?> params, RowMapper<T> m)
      throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Where.bind(p, 1, new ArrayList<>(params));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(m.map(rs));
        }
      }
    }
    return out;
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Where.bind(p, 1, java.util.Arrays.asList(params));
      return p.executeUpdate();
    }
  }

  /** Prepares a reader statement that streams rows rather than loading them all. */
  protected PreparedStatement prepareStreaming(Connection c, String sql) throws SQLException {
    return c.prepareStatement(sql);
  }

  private <T> Stream<T> stream(String action, String sql, List<Object> params, RowReader<T> reader) {
    Connection c = null;
    PreparedStatement p = null;
    ResultSet rs = null;
    try {
      c = openReader();
      p = prepareStreaming(c, sql);
      Where.bind(p, 1, params);
      rs = p.executeQuery();
    } catch (SQLException e) {
      closeAll(rs, p, c);
      throw new StoreException(name + ": " + action + " failed: " + e.getMessage(), e);
    }
    final Connection conn = c;
    final PreparedStatement stmt = p;
    final ResultSet results = rs;
    Iterator<T> it = new Iterator<>() {
      T next;
      boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            next = reader.next(results);
          } catch (SQLException e) {
            throw new StoreException(name + ": " + action + " failed: " + e.getMessage(), e);
          }
          done = next == null;
        }
        return next != null;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        T t = next;
        next = null;
        return t;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(() -> closeAll(results, stmt, conn));
  }

  private static void closeAll(AutoCloseable... resources) {
    for (AutoCloseable r : resources) {
      if (r != null) {
        try {
          r.close();
        } catch (Exception ignored) {
          // closing after use: nothing left to report to
        }
      }
    }
  }

  // ---------------------------------------------------------------- lifecycle

  /** Runs a statement on the writer connection outside any transaction (dialect set-up). */
  protected final void executeOnWriter(String sql) throws SQLException {
    try (Statement s = writer.createStatement()) {
      s.execute(sql);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new StoreException(name + ": the store is closed");
    }
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      beforeClose();
      writer.close();
    } catch (SQLException e) {
      throw new StoreException(name + ": closing failed: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Dialect hook before the writer closes (e.g. a checkpoint). */
  protected void beforeClose() throws SQLException {}
}
