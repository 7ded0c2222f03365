package org.pharos.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Access to the test PostgreSQL server named by {@code PHAROS_TEST_PG} (see {@code .ci/postgres.sh}).
 * Each test gets its own schema so that runs never see each other's data.
 */
final class PgTestSupport {
  static final String ENV = "PHAROS_TEST_PG";

  private PgTestSupport() {}

  /** The server URL, or skips the calling test with the reason. */
  static String requireServer() {
    String url = System.getenv(ENV);
    Assumptions.assumeTrue(url != null && !url.isBlank(),
        "PostgreSQL tests skipped: set " + ENV + " (run .ci/postgres.sh to get a server and its URL)");
    try (Connection c = raw(url, null)) {
      c.isValid(5);
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL tests skipped: server in " + ENV + " unreachable: " + e.getMessage());
    }
    return url;
  }

  static String newSchemaName() {
    return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
  }

  /** The store location for {@code url} restricted to {@code schema}. */
  static String storeSpec(String url, String schema) {
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** A plain JDBC connection (schema search path set when {@code schema} is given). */
  static Connection raw(String url, String schema) throws SQLException {
    URI u = URI.create(url.startsWith("jdbc:") ? url.substring(5) : url);
    String[] user = u.getUserInfo() == null ? new String[] {"", ""} : u.getUserInfo().split(":", 2);
    String jdbc = "jdbc:postgresql://" + u.getHost() + ":" + (u.getPort() < 0 ? 5432 : u.getPort())
        + u.getPath() + (schema == null ? "" : "?currentSchema=" + schema);
    return DriverManager.getConnection(jdbc, user[0], user.length > 1 ? user[1] : "");
  }

  static void createSchema(String url, String schema) throws SQLException {
    try (Connection c = raw(url, null); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
  }

  static void dropSchema(String url, String schema) throws SQLException {
    try (Connection c = raw(url, null); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
