package org.pharos.store.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pharos.store.StoreException;

/**
 * Versioned SQL migrations of one dialect, read from {@code <base>/INDEX} (one file name per line,
 * {@code V<n>__<description>.sql}, numbered 1, 2, 3… in order; blank lines and {@code #} comments
 * ignored). Each file holds statements that end with {@code ;} at the end of a line. Immutable and
 * thread-safe.
 */
final class Migrations {
  private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

  /** One migration: its version, description, resource path and statements. */
  record Migration(int version, String description, String resource, List<String> statements) {}

  private final String base;
  private final List<Migration> migrations;

  private Migrations(String base, List<Migration> migrations) {
    this.base = base;
    this.migrations = List.copyOf(migrations);
  }

  /**
   * Loads and validates the migrations under {@code base} (a class-path folder such as {@code
   * db/migration/duckdb}).
   *
   * @throws StoreException naming the file and line of the first problem
   */
  static Migrations load(ClassLoader loader, String base) {
    String index = base + "/INDEX";
    List<Migration> out = new ArrayList<>();
    try (InputStream in = loader.getResourceAsStream(index)) {
      if (in == null) {
        throw new StoreException("migration index " + index + " not found on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("#")) {
          continue;
        }
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
          throw new StoreException(index + " line " + lineNo + ": '" + name
              + "' is not a migration name of the form V<n>__<description>.sql");
        }
        int version = Integer.parseInt(m.group(1));
        if (version != out.size() + 1) {
          throw new StoreException(index + " line " + lineNo + ": expected version " + (out.size() + 1)
              + " but found " + version + " (migrations must be numbered 1, 2, 3… in order)");
        }
        String resource = base + "/" + name;
        out.add(new Migration(version, m.group(2).replace('_', ' '), resource,
            statements(loader, resource, index, lineNo)));
      }
    } catch (IOException e) {
      throw new StoreException("cannot read migration index " + index + ": " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new StoreException(index + ": lists no migrations");
    }
    return new Migrations(base, out);
  }

  private static List<String> statements(ClassLoader loader, String resource, String index, int indexLine)
      throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new StoreException(index + " line " + indexLine + ": " + resource + " not found");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      StringBuilder current = new StringBuilder();
      String line;
      int lineNo = 0;
      int startLine = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("--")) {
          continue;
        }
        if (current.length() == 0) {
          startLine = lineNo;
        }
        current.append(line).append('\n');
        if (t.endsWith(";")) {
          String sql = current.toString().strip();
          out.add(sql.substring(0, sql.length() - 1));
          current.setLength(0);
        }
      }
      if (current.length() > 0) {
        throw new StoreException(resource + " line " + startLine
            + ": statement does not end with ';' at the end of a line");
      }
    }
    if (out.isEmpty()) {
      throw new StoreException(resource + ": contains no statements");
    }
    return out;
  }

  /** The newest schema version this build knows. */
  int latestVersion() {
    return migrations.size();
  }

  /** The migrations, oldest first. */
  List<Migration> migrations() {
    return migrations;
  }

  /** Hook that serializes concurrent migrations of one database (e.g. an advisory lock). */
  interface Lock {
    void acquire(Connection c) throws SQLException;
  }

  /**
   * Brings the database to the latest version inside one transaction and returns that version.
   *
   * @throws StoreException when the database is newer than this build, or a migration fails (the
   *     database is then unchanged)
   */
  int apply(Connection c, String storeName, Lock lock) {
    try {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        lock.acquire(c);
        try (Statement s = c.createStatement()) {
          s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
              + "description VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL)");
        }
        int current = 0;
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
          if (rs.next()) {
            current = rs.getInt(1);
          }
        }
        if (current > latestVersion()) {
          throw new StoreException(storeName + ": the database schema is version " + current
              + ", newer than this Pharos build supports (" + latestVersion()
              + "); open it with a newer Pharos, or use another database");
        }
        for (Migration m : migrations.subList(current, migrations.size())) {
          int n = 0;
          for (String sql : m.statements()) {
            n++;
            try (Statement s = c.createStatement()) {
              s.execute(sql);
            } catch (SQLException e) {
              throw new StoreException(storeName + ": migration " + m.resource() + " statement " + n
                  + " failed: " + e.getMessage(), e);
            }
          }
          try (PreparedStatement p = c.prepareStatement(
              "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            p.setInt(1, m.version());
            p.setString(2, m.description());
            p.setString(3, java.time.Instant.now().toString());
            p.executeUpdate();
          }
        }
        c.commit();
        return latestVersion();
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StoreException(storeName + ": cannot apply schema migrations from " + base + ": "
          + e.getMessage(), e);
    }
  }
}
