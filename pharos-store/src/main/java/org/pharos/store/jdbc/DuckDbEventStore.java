package org.pharos.store.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.pharos.store.StoreException;

/**
 * The default store: an embedded DuckDB file (or an in-memory database for tests). Only one process
 * may open a file at a time; within the process, readers get their own connections to the same
 * database. The bulk path appends rows straight into the tables with the DuckDB appender inside the
 * write transaction.
 * Thread-safe as described in {@link org.pharos.store.EventStore}.
 */
public final class DuckDbEventStore extends JdbcEventStore {
  /**
   * Limited event queries up to this many rows ({@code limit + offset}) read row ids first and whole
   * rows only for the page. The engine prunes the second scan to the page's rows only when it may
   * push that many join keys into the scan, hence the matching {@code dynamic_or_filter_threshold}.
   */
  static final int KEYS_FIRST_MAX_ROWS = 1000;

  /** WAL size that triggers an automatic checkpoint (DuckDB's default is 16 MB). */
  static final String CHECKPOINT_THRESHOLD = "256MB";

  private final Object readerLock = new Object();
  /** Per bulk-loaded table: for each table column (in table order), its index in the row cells or -1. */
  private final Map<String, int[]> appendOrder;

  private DuckDbEventStore(String name, DuckDBConnection writer) {
    super(name, writer, "duckdb");
    try {
      appendOrder = Map.of(
          "documents", appendOrder(writer, "documents", Rows.DOCUMENT_COLUMNS),
          "events", appendOrder(writer, "events", Rows.EVENT_COLUMNS),
          "event_quantities", appendOrder(writer, "event_quantities", Rows.QUANTITY_COLUMNS));
    } catch (SQLException e) {
      throw new StoreException(name + ": cannot read the table layout: " + e.getMessage(), e);
    }
  }

  /**
   * Maps the table's columns (the appender fills them in table order) to positions in the row cells,
   * which follow {@code cellColumns}; columns without a cell get their default.
   */
  private static int[] appendOrder(Connection c, String table, List<String> cellColumns) throws SQLException {
    List<String> tableColumns = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT column_name FROM information_schema.columns "
        + "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position")) {
      p.setString(1, table);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          tableColumns.add(rs.getString(1));
        }
      }
    }
    List<String> cells = cellColumns.stream().map(col -> col.replace("\"", "")).toList();
    int[] order = new int[tableColumns.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = cells.indexOf(tableColumns.get(i));
    }
    for (String col : cells) {
      if (!tableColumns.contains(col)) {
        throw new SQLException("table " + table + " has no column " + col);
      }
    }
    return order;
  }

  /**
   * Opens or creates a DuckDB store file, creating parent directories.
   *
   * @throws StoreException when the path is a directory, the file is not a DuckDB database or is
   *     corrupt, or another process holds it
   */
  public static DuckDbEventStore open(Path path) {
    Path file = path.toAbsolutePath().normalize();
    String name = "duckdb:" + file;
    if (Files.isDirectory(file)) {
      throw new StoreException("cannot open DuckDB store " + file + ": it is a directory, not a database file");
    }
    try {
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException("cannot open DuckDB store " + file + ": cannot create its directory: "
          + e.getMessage(), e);
    }
    DuckDBConnection c = connect("jdbc:duckdb:" + file, file.toString());
    return finishOpen(name, c);
  }

  /** A fresh in-memory store (tests, scratch work); its data vanish on close. */
  public static DuckDbEventStore inMemory() {
    return finishOpen("duckdb::memory:", connect("jdbc:duckdb:", ":memory:"));
  }

  private static DuckDbEventStore finishOpen(String name, DuckDBConnection c) {
    try {
      return new DuckDbEventStore(name, c);
    } catch (RuntimeException e) {
      try {
        c.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static DuckDBConnection connect(String url, String what) {
    try {
      Properties p = new Properties();
      // Global setting (readers duplicate this connection): lets a hash join with up to this many
      // build rows push them into the probe-side scan as a filter, so the keys-first event query
      // reads only the row groups and vectors holding its page.
      p.setProperty("dynamic_or_filter_threshold", Integer.toString(KEYS_FIRST_MAX_ROWS));
      // Bulk loads commit often; checkpointing every 16 MB of WAL (the default) rewrites the indexes
      // again and again. Committed data stay safe in the WAL until the larger checkpoint.
      p.setProperty("checkpoint_threshold", CHECKPOINT_THRESHOLD);
      return (DuckDBConnection) DriverManager.getConnection(url, p);
    } catch (SQLException e) {
      throw translateOpenError(what, e);
    }
  }

  /** A clear message for the usual ways a DuckDB file fails to open. */
  static StoreException translateOpenError(String file, SQLException e) {
    String msg = String.valueOf(e.getMessage());
    String reason;
    if (msg.contains("Could not set lock") || msg.contains("Conflicting lock")) {
      reason = "it is locked by another process (only one process may open a DuckDB store at a time): ";
    } else if (msg.contains("not a valid DuckDB database")) {
      reason = "it is not a DuckDB database file: ";
    } else if (msg.contains("orrupt") || msg.contains("checksum") || msg.contains("Checksum")) {
      reason = "the database file is corrupt: ";
    } else if (msg.contains("version")) {
      reason = "the file was written by an incompatible DuckDB version: ";
    } else {
      reason = "";
    }
    return new StoreException("cannot open DuckDB store " + file + ": " + reason + firstLine(msg), e);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  @Override
  protected Connection openReader() throws SQLException {
    synchronized (readerLock) {
      return ((DuckDBConnection) writer()).duplicate();
    }
  }

  @Override
  protected String rowKey() {
    return "e.rowid";
  }

  @Override
  protected int keysFirstMaxRows() {
    return KEYS_FIRST_MAX_ROWS;
  }

  @Override
  protected String monthOf(String dateExpression) {
    return "strftime(" + dateExpression + ", '%Y-%m')";
  }

  @Override
  protected void lockForMigration(Connection c) {
    // DuckDB files are opened by one process at a time: nothing to serialize.
  }

  @Override
  protected void insertBulk(Connection c, List<List<Rows.Cell>> documents, List<List<Rows.Cell>> events,
      List<List<Rows.Cell>> quantities) throws SQLException {
    if (documents.isEmpty() && events.isEmpty() && quantities.isEmpty()) {
      return;
    }
    try (var s = c.createStatement()) {
      // The driver begins a transaction lazily, at the first statement, and an appender used before
      // that would commit on its own: make sure the batch's transaction has begun.
      s.execute("SELECT 1");
    }
    append(c, "documents", documents);
    append(c, "events", events);
    append(c, "event_quantities", quantities);
  }

  /**
   * Appends rows straight into {@code table}. The appender works inside the writer's open
   * transaction, so the rows commit or roll back with the rest of the batch, and constraint
   * violations (a duplicate primary key) fail the batch when the appender flushes.
   */
  private void append(Connection c, String table, List<List<Rows.Cell>> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    int[] order = appendOrder.get(table);
    try (DuckDBAppender a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
      for (List<Rows.Cell> row : rows) {
        a.beginRow();
        for (int cellIndex : order) {
          if (cellIndex < 0) {
            a.appendDefault();
          } else {
            appendCell(a, row.get(cellIndex));
          }
        }
        a.endRow();
      }
    }
  }

  private static void appendCell(DuckDBAppender a, Rows.Cell cell) throws SQLException {
    Object v = cell.value();
    if (v == null) {
      a.appendNull();
      return;
    }
    // The appender does not cast: DATE and TIMESTAMP columns take typed values.
    switch (cell.sqlType()) {
      case Types.INTEGER -> a.append((int) (Integer) v);
      case Types.BIGINT -> a.append((long) (Long) v);
      case Types.DOUBLE -> a.append((double) (Double) v);
      case Types.BOOLEAN -> a.append((boolean) (Boolean) v);
      case Types.DATE -> a.append(LocalDate.parse(v.toString()));
      case Types.TIMESTAMP -> a.append(LocalDateTime.parse(v.toString()));
      default -> a.append(v.toString());
    }
  }

  /** Large inserts go through the appender (the cells follow the table's column order). */
  @Override
  protected void insertRows(Connection c, String table, List<String> columns, List<List<Rows.Cell>> rows)
      throws SQLException {
    if (rows.size() < 64) {
      super.insertRows(c, table, columns, rows);
      return;
    }
    try (var s = c.createStatement()) {
      s.execute("SELECT 1"); // begin the transaction before the appender (see insertBulk)
    }
    try (DuckDBAppender a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
      for (List<Rows.Cell> row : rows) {
        a.beginRow();
        for (Rows.Cell cell : row) {
          appendCell(a, cell);
        }
        a.endRow();
      }
    }
  }

  /** One scan joined with the batch keys (appended to a temporary table) instead of many IN lists. */
  @Override
  protected Set<String> existing(Connection c, String table, String column, Set<String> values)
      throws SQLException {
    Set<String> found = new HashSet<>();
    if (values.isEmpty()) {
      return found;
    }
    try (var s = c.createStatement()) {
      s.execute("CREATE TEMP TABLE IF NOT EXISTS pharos_staging_keys (k VARCHAR)");
      s.execute("DELETE FROM pharos_staging_keys");
    }
    try (DuckDBAppender a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
        "pharos_staging_keys")) {
      for (String v : values) {
        a.beginRow();
        a.append(v);
        a.endRow();
      }
    }
    try (var s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT DISTINCT t." + column + " FROM " + table + " t "
            + "SEMI JOIN pharos_staging_keys k ON t." + column + " = k.k")) {
      while (rs.next()) {
        found.add(rs.getString(1));
      }
    }
    return found;
  }

  @Override
  protected void beforeClose() throws SQLException {
    executeOnWriter("CHECKPOINT");
  }
}
