package org.pharos.analytics.reconcile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.pharos.store.StoreException;

/**
 * Keeps cluster and tally records in tables of a JDBC database (DuckDB or PostgreSQL), next to the
 * event tables or anywhere else. Each record is stored as its JSON with a few columns for
 * filtering; {@code pharos_cluster_members} maps every event id to its cluster. Not thread-safe: use
 * one instance per connection and thread.
 *
 * <pre>{@code
 * ClusterStore cs = new ClusterStore(connection);
 * cs.createTables();
 * cs.replaceAll(index.clusters());
 * cs.apply(index.add(newEvents, docs));   // incremental
 * List<ClusterRecord> back = cs.clusters();
 * }</pre>
 *
 * <p>Writes run in one transaction each; a failure rolls back and is reported as a {@link
 * StoreException} naming the operation. The tables have no primary key on purpose (DuckDB rejects
 * a delete and re-insert of the same key in one transaction); uniqueness of {@code cluster_id} is
 * kept by deleting before inserting.
 */
public final class ClusterStore {
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  private final Connection connection;

  /** A store over a connection the caller owns (and closes). */
  public ClusterStore(Connection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  /** Creates the tables when they do not exist. */
  public void createTables() {
    write("creating cluster tables", () -> {
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS pharos_clusters (cluster_id VARCHAR NOT NULL, plover VARCHAR, "
            + "source_code VARCHAR, target_code VARCHAR, event_date VARCHAR, reports INTEGER NOT NULL, "
            + "sources INTEGER NOT NULL, disputed BOOLEAN NOT NULL, record_json VARCHAR NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS pharos_cluster_members (cluster_id VARCHAR NOT NULL, "
            + "event_id VARCHAR NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS pharos_tallies (tally_id VARCHAR NOT NULL, type VARCHAR, "
            + "source_code VARCHAR, target_code VARCHAR, period_start VARCHAR, period_end VARCHAR, "
            + "record_json VARCHAR NOT NULL)");
      }
    });
  }

  /** Replaces every stored cluster with the given ones. */
  public void replaceAll(Collection<ClusterRecord> clusters) {
    write("replacing clusters", () -> {
      try (Statement s = connection.createStatement()) {
        s.execute("DELETE FROM pharos_cluster_members");
        s.execute("DELETE FROM pharos_clusters");
      }
      insert(clusters);
    });
  }

  /** Applies an incremental update: deletes removed and changed clusters, inserts changed ones. */
  public void apply(ClusterUpdate update) {
    if (update.isEmpty()) {
      return;
    }
    write("updating clusters", () -> {
      List<String> ids = new ArrayList<>(update.removedIds());
      update.changed().forEach(c -> ids.add(c.clusterId()));
      try (PreparedStatement dm = connection.prepareStatement("DELETE FROM pharos_cluster_members WHERE cluster_id = ?");
          PreparedStatement dc = connection.prepareStatement("DELETE FROM pharos_clusters WHERE cluster_id = ?")) {
        for (String id : ids) {
          dm.setString(1, id);
          dm.executeUpdate();
          dc.setString(1, id);
          dc.executeUpdate();
        }
      }
      insert(update.changed());
    });
  }

  /** Every stored cluster, ordered by event date then id. */
  public List<ClusterRecord> clusters() {
    return read("SELECT record_json FROM pharos_clusters ORDER BY event_date, cluster_id", ClusterRecord.class);
  }

  /** Replaces every stored tally group with the given ones. */
  public void replaceTallies(Collection<ReconciledTally> tallies) {
    write("replacing tallies", () -> {
      try (Statement s = connection.createStatement()) {
        s.execute("DELETE FROM pharos_tallies");
      }
      try (PreparedStatement p = connection.prepareStatement("INSERT INTO pharos_tallies (tally_id, type, "
          + "source_code, target_code, period_start, period_end, record_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (ReconciledTally t : tallies) {
          p.setString(1, t.tallyId());
          p.setString(2, t.type());
          p.setString(3, t.source());
          p.setString(4, t.target());
          p.setString(5, t.periodStart() == null ? null : t.periodStart().toString());
          p.setString(6, t.periodEnd() == null ? null : t.periodEnd().toString());
          p.setString(7, json(t));
          p.addBatch();
        }
        p.executeBatch();
      }
    });
  }

  /** Every stored tally group, ordered by period end then id. */
  public List<ReconciledTally> tallies() {
    return read("SELECT record_json FROM pharos_tallies ORDER BY period_end, tally_id", ReconciledTally.class);
  }

  /** The JSON form of a cluster or tally record (snake_case, ISO dates), as stored and exported. */
  public static String json(Object record) {
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + record.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** The mapper used for cluster and tally JSON; callers may use it to read records back. */
  public static ObjectMapper mapper() {
    return JSON.copy();
  }

  private void insert(Collection<ClusterRecord> clusters) throws SQLException {
    try (PreparedStatement c = connection.prepareStatement("INSERT INTO pharos_clusters (cluster_id, plover, "
        + "source_code, target_code, event_date, reports, sources, disputed, record_json) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement m = connection.prepareStatement(
            "INSERT INTO pharos_cluster_members (cluster_id, event_id) VALUES (?, ?)")) {
      for (ClusterRecord r : clusters) {
        CanonicalEvent e = r.canonical();
        c.setString(1, r.clusterId());
        c.setString(2, e.plover());
        c.setString(3, e.source() == null ? null : e.source().code());
        c.setString(4, e.target() == null ? null : e.target().code());
        c.setString(5, e.date());
        c.setInt(6, r.reports());
        c.setInt(7, r.sources());
        c.setBoolean(8, r.disputed());
        c.setString(9, json(r));
        c.addBatch();
        for (String ev : r.eventIds()) { // event ids are unique among the store's current events
          m.setString(1, r.clusterId());
          m.setString(2, ev);
          m.addBatch();
        }
      }
      c.executeBatch();
      m.executeBatch();
    }
  }

  private <T> List<T> read(String sql, Class<T> type) {
    List<T> out = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        String text = rs.getString(1);
        try {
          out.add(JSON.readValue(text, type));
        } catch (JsonProcessingException e) {
          throw new StoreException("stored " + type.getSimpleName() + " is not readable JSON: " + e.getMessage(), e);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read " + type.getSimpleName() + " records: " + e.getMessage(), e);
    }
    return out;
  }

  private interface SqlWork {
    void run() throws SQLException;
  }

  private void write(String what, SqlWork work) {
    try {
      boolean auto = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        work.run();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new StoreException(what + " failed: " + e.getMessage(), e);
    }
  }
}
