package org.pharos.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

/**
 * The bulk path appends straight into the store's tables and relies on the appender joining the
 * connection's open transaction (which the driver begins only at the first statement after
 * {@code setAutoCommit(false)}); this guards that driver behaviour across DuckDB upgrades.
 */
class DuckDbAppenderTransactionTest {
  private static long count(Connection c) throws Exception {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void appendTwoRows(Connection c) throws Exception {
    try (DuckDBAppender a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "t")) {
      for (int i = 0; i < 2; i++) {
        a.beginRow();
        a.append(i);
        a.append(java.time.LocalDate.of(2024, 1, 1 + i));
        a.endRow();
      }
    }
  }

  @Test
  void appended_rows_roll_back_with_the_transaction_and_commit_with_it() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, day DATE)");
      }
      c.setAutoCommit(false);
      assertEquals(0, count(c)); // the transaction starts with the first statement
      appendTwoRows(c);
      assertEquals(2, count(c));
      c.rollback();
      assertEquals(0, count(c));
      appendTwoRows(c);
      c.commit();
      c.setAutoCommit(true);
      assertEquals(2, count(c));
    }
  }
}
