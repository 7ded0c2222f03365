package org.pharos.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pharos.model.Event;
import org.pharos.model.Quantity;
import org.pharos.store.ClusterRepository;

/**
 * The cluster tables of a {@link JdbcEventStore} (migration {@code V2__clusters}). Candidates are
 * found through {@code cluster_members}, which carries each member's blocking keys (type, first and
 * last day) and is indexed by document, cluster and type. Thread safety as the store: writes go
 * through its write lock and transaction, reads through reader connections.
 */
final class JdbcClusterRepository implements ClusterRepository {
  private static final int CHUNK = 500;
  static final List<String> MEMBER_COLUMNS =
      List.of("doc_id", "event_id", "cluster_id", "type_key", "day_start", "day_end");
  static final List<String> CLUSTER_COLUMNS = List.of("cluster_id", "event_date", "plover", "source_code",
      "target_code", "reports", "sources", "disputed", "record_json");
  private static final String BUILT_WITH = "built_with";

  private final JdbcEventStore store;

  JdbcClusterRepository(JdbcEventStore store) {
    this.store = store;
  }

  @Override
  public Optional<String> builtWith() {
    return store.read("reading the cluster state", c -> JdbcEventStore.first(c,
        "SELECT value FROM cluster_state WHERE name = ?", List.of(BUILT_WITH), rs -> rs.getString(1)));
  }

  @Override
  public List<String> documentsToCluster() {
    return store.read("listing documents to cluster", c -> JdbcEventStore.list(c,
        "SELECT d.doc_id FROM documents d WHERE d.is_latest AND NOT EXISTS "
            + "(SELECT 1 FROM clustered_documents k WHERE k.doc_id = d.doc_id) ORDER BY d.doc_id",
        List.of(), rs -> rs.getString(1)));
  }

  @Override
  public Set<String> clusterIdsOfDocument(String docId) {
    return new TreeSet<String>(store.<List<String>>read("reading the clusters of document '" + docId + "'", c -> JdbcEventStore.list(c,
        "SELECT DISTINCT cluster_id FROM cluster_members WHERE doc_id = ?", List.of(docId), rs -> rs.getString(1))));
  }

  @Override
  public Set<String> clusterIdsInBlock(String typeKey, long fromDay, long toDay) {
    return new TreeSet<String>(store.<List<String>>read("reading cluster candidates", c -> JdbcEventStore.list(c,
        "SELECT DISTINCT cluster_id FROM cluster_members WHERE type_key = ? AND day_start <= ? AND day_end >= ?",
        List.of(typeKey, toDay, fromDay), rs -> rs.getString(1))));
  }

  @Override
  public List<ClusteredEvent> members(Collection<String> clusterIds) {
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(clusterIds));
    if (ids.isEmpty()) {
      return List.of();
    }
    return store.read("reading cluster members", c -> {
      List<ClusteredEvent> out = new ArrayList<>();
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
        readMembers(c, chunk, out);
      }
      return out;
    });
  }

  private static void readMembers(Connection c, List<String> ids, List<ClusteredEvent> out) throws SQLException {
    String cols = JdbcEventStore.prefixed("e.", Rows.EVENT_READ_COLUMNS);
    String sql = "WITH sel AS (SELECT " + cols + ", e.doc_version, m.cluster_id, d.outlet AS doc_outlet, "
        + "d.date AS doc_date FROM cluster_members m "
        + "JOIN events e ON e.doc_id = m.doc_id AND e.event_id = m.event_id AND e.is_current "
        + "JOIN documents d ON d.doc_id = e.doc_id AND d.version = e.doc_version "
        + "WHERE m.cluster_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")) "
        + "SELECT " + JdbcEventStore.prefixed("sel.", Rows.EVENT_READ_COLUMNS) + ", sel.doc_version, "
        + "sel.cluster_id, sel.doc_outlet, sel.doc_date, q.ordinal, q.kind, q.min, q.max, q.qualifier, q.text, q.unit FROM sel "
        + "LEFT JOIN event_quantities q ON q.doc_id = sel.doc_id AND q.doc_version = sel.doc_version "
        + "AND q.event_id = sel.event_id ORDER BY sel.doc_id, sel.event_id, q.ordinal";
    int versionCol = Rows.EVENT_READ_COLUMNS.size() + 1;
    int clusterCol = versionCol + 1;
    int ordinalCol = clusterCol + 3;
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Where.bind(p, 1, new ArrayList<>(ids));
      try (ResultSet rs = p.executeQuery()) {
        String lastKey = null;
        Event head = null;
        String cluster = null;
        String outlet = null;
        String date = null;
        List<Quantity> quantities = new ArrayList<>();
        while (rs.next()) {
          String key = rs.getString(2) + "\u0000" + rs.getString(1) + "\u0000" + rs.getInt(versionCol);
          if (!key.equals(lastKey)) {
            if (head != null) {
              out.add(new ClusteredEvent(cluster, JdbcEventStore.withQuantities(head, quantities), outlet, date));
            }
            lastKey = key;
            head = Rows.readEvent(rs, 1, List.of());
            cluster = rs.getString(clusterCol);
            outlet = rs.getString(clusterCol + 1);
            date = rs.getString(clusterCol + 2);
            quantities = new ArrayList<>();
          }
          rs.getInt(ordinalCol);
          if (!rs.wasNull()) {
            quantities.add(Rows.readQuantity(rs, ordinalCol + 1));
          }
        }
        if (head != null) {
          out.add(new ClusteredEvent(cluster, JdbcEventStore.withQuantities(head, quantities), outlet, date));
        }
      }
    }
  }

  @Override
  public List<ClusterRow> clusters() {
    return store.read("reading clusters", c -> JdbcEventStore.list(c,
        "SELECT " + String.join(", ", CLUSTER_COLUMNS) + " FROM clusters", List.of(),
        rs -> new ClusterRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getInt(6), rs.getInt(7), rs.getBoolean(8), rs.getString(9))));
  }

  @Override
  public long clusterCount() {
    return store.read("counting clusters", c -> JdbcEventStore.first(c, "SELECT count(*) FROM clusters", List.of(),
        rs -> rs.getLong(1)).orElse(0L));
  }

  @Override
  public void apply(ClusterChanges changes) {
    store.write("updating clusters", c -> {
      if (changes.replaceAll()) {
        for (String t : List.of("cluster_members", "clusters", "clustered_documents", "cluster_state")) {
          JdbcEventStore.update(c, "DELETE FROM " + t);
        }
      } else {
        Set<String> ids = new TreeSet<>(changes.removedClusterIds());
        changes.clusters().forEach(r -> ids.add(r.clusterId()));
        deleteIn(c, "cluster_members", "cluster_id", ids);
        deleteIn(c, "clusters", "cluster_id", ids);
        deleteIn(c, "cluster_members", "doc_id", changes.clusteredDocuments());
        deleteIn(c, "clustered_documents", "doc_id", changes.clusteredDocuments());
      }
      List<List<Rows.Cell>> clusterRows = new ArrayList<>(changes.clusters().size());
      for (ClusterRow r : changes.clusters()) {
        clusterRows.add(List.of(s(r.clusterId()), s(r.eventDate()), s(r.plover()), s(r.sourceCode()),
            s(r.targetCode()), new Rows.Cell(r.reports(), Types.INTEGER), new Rows.Cell(r.sources(), Types.INTEGER),
            new Rows.Cell(r.disputed(), Types.BOOLEAN), s(r.json())));
      }
      List<List<Rows.Cell>> memberRows = new ArrayList<>(changes.members().size());
      for (MemberRow m : changes.members()) {
        memberRows.add(List.of(s(m.docId()), s(m.eventId()), s(m.clusterId()), s(m.typeKey()),
            new Rows.Cell(m.dayStart(), Types.BIGINT), new Rows.Cell(m.dayEnd(), Types.BIGINT)));
      }
      List<List<Rows.Cell>> docRows = new ArrayList<>(changes.clusteredDocuments().size());
      for (String d : new TreeSet<>(changes.clusteredDocuments())) {
        docRows.add(List.of(s(d)));
      }
      store.insertRows(c, "clusters", CLUSTER_COLUMNS, clusterRows);
      store.insertRows(c, "cluster_members", MEMBER_COLUMNS, memberRows);
      store.insertRows(c, "clustered_documents", List.of("doc_id"), docRows);
      if (changes.builtWith() != null) {
        JdbcEventStore.update(c, "DELETE FROM cluster_state WHERE name = ?", BUILT_WITH);
        JdbcEventStore.update(c, "INSERT INTO cluster_state (name, value) VALUES (?, ?)", BUILT_WITH,
            changes.builtWith());
      }
      return null;
    });
  }

  private static Rows.Cell s(String v) {
    return new Rows.Cell(v, Types.VARCHAR);
  }

  private static void deleteIn(Connection c, String table, String column, Collection<String> values)
      throws SQLException {
    List<String> all = new ArrayList<>(new TreeSet<>(values));
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      JdbcEventStore.update(c, "DELETE FROM " + table + " WHERE " + column + " IN ("
          + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray());
    }
  }
}
