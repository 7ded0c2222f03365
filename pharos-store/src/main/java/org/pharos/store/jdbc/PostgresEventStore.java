package org.pharos.store.jdbc;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.pharos.store.EventStores;
import org.pharos.store.StoreException;

/**
 * A store in a PostgreSQL database, for shared or large deployments. Accepts {@code
 * postgresql://user:pass@host:port/db?param=value} (credentials URL-encoded) or a {@code
 * jdbc:postgresql://…} URL; extra parameters such as {@code currentSchema} pass through to the driver.
 * Readers open their own connections. Migrations take an advisory lock so that two processes opening
 * a fresh database do not race. Thread-safe as described in {@link org.pharos.store.EventStore}.
 */
public final class PostgresEventStore extends JdbcEventStore {
  private static final long MIGRATION_LOCK_KEY = 0x50484152_4F530001L;

  private final String jdbcUrl;
  private final Properties properties;

  private PostgresEventStore(String name, Connection writer, String jdbcUrl, Properties properties) {
    super(name, writer, "postgresql");
    this.jdbcUrl = jdbcUrl;
    this.properties = properties;
  }

  /**
   * Connects to the database named by {@code spec} and migrates it.
   *
   * @throws StoreException for a malformed URL, an unreachable server, refused credentials or a
   *     missing database, naming the server (never the password)
   */
  public static PostgresEventStore open(String spec) {
    Target t = parse(spec);
    Connection c;
    try {
      c = DriverManager.getConnection(t.jdbcUrl, t.properties);
    } catch (SQLException e) {
      throw translateConnectError(t.display, e);
    }
    try {
      return new PostgresEventStore("postgresql:" + t.display, c, t.jdbcUrl, t.properties);
    } catch (RuntimeException e) {
      try {
        c.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** A JDBC URL, connection properties and a password-free description. */
  record Target(String jdbcUrl, Properties properties, String display) {}

  /** Parses a {@code postgresql://} or {@code jdbc:postgresql:} location. */
  static Target parse(String spec) {
    String redacted = EventStores.redact(spec);
    Properties props = new Properties();
    props.setProperty("connectTimeout", "10");
    props.setProperty("reWriteBatchedInserts", "true");
    props.setProperty("ApplicationName", "pharos");
    if (spec.regionMatches(true, 0, "jdbc:postgresql:", 0, "jdbc:postgresql:".length())) {
      String rest = spec.substring("jdbc:".length());
      return new Target(spec, props, display(rest, redacted));
    }
    URI uri;
    try {
      uri = new URI(spec);
    } catch (URISyntaxException e) {
      throw new StoreException("bad PostgreSQL URL '" + redacted + "': " + e.getReason()
          + " (expected postgresql://user:pass@host:port/db)", e);
    }
    if (uri.getHost() == null) {
      throw new StoreException("bad PostgreSQL URL '" + redacted
          + "': no host, or a port that is not a number (expected postgresql://user:pass@host:port/db)");
    }
    String path = uri.getRawPath();
    if (path == null || path.length() < 2) {
      throw new StoreException("bad PostgreSQL URL '" + redacted
          + "': no database name (expected postgresql://user:pass@host:port/db)");
    }
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      props.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      if (colon >= 0) {
        props.setProperty("password", decode(userInfo.substring(colon + 1)));
      }
    }
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[")
        ? "[" + uri.getHost() + "]" : uri.getHost();
    String jdbc = "jdbc:postgresql://" + host + ":" + port + path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return new Target(jdbc, props, host + ":" + port + path);
  }

  private static String display(String rest, String redacted) {
    int q = rest.indexOf('?');
    String noQuery = q < 0 ? rest : rest.substring(0, q);
    return noQuery.startsWith("postgresql://") ? noQuery.substring("postgresql://".length()) : redacted;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** A clear message for the usual ways a connection fails; never includes the password. */
  static StoreException translateConnectError(String server, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String reason;
    if (state.startsWith("08")) {
      reason = "the server is unreachable (is PostgreSQL running and accepting TCP connections?)";
    } else if (state.equals("28P01") || state.equals("28000")) {
      reason = "the server refused the credentials";
    } else if (state.equals("3D000")) {
      reason = "the database does not exist";
    } else {
      reason = "connection failed";
    }
    return new StoreException("cannot open PostgreSQL store " + server + ": " + reason + " ("
        + firstLine(String.valueOf(e.getMessage())) + ")", e);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  @Override
  protected Connection openReader() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, properties);
  }

  @Override
  protected PreparedStatement prepareStreaming(Connection c, String sql) throws SQLException {
    // The driver streams with a cursor only inside a transaction and with a fetch size.
    c.setAutoCommit(false);
    PreparedStatement p = c.prepareStatement(sql);
    p.setFetchSize(1000);
    return p;
  }

  @Override
  protected String monthOf(String dateExpression) {
    return "to_char(" + dateExpression + ", 'YYYY-MM')";
  }

  @Override
  protected void lockForMigration(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK_KEY + ")");
    }
  }

  @Override
  protected void insertBulk(Connection c, List<List<Rows.Cell>> documents, List<List<Rows.Cell>> events,
      List<List<Rows.Cell>> quantities) throws SQLException {
    insertBatched(c, documents, events, quantities);
  }
}
