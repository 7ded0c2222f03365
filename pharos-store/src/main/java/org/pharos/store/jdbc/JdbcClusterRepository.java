package org.pharos.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
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
      List.of("doc_id", "event_id", "cluster_id", "type_key", "day_start", "day_end", "source_country",
          "target_country");
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
  public Set<String> clusterIdsOfDocuments(Collection<String> docIds) {
    List<String> ids = new ArrayList<>(new TreeSet<>(docIds));
    return store.read("reading the clusters of " + ids.size() + " documents", c -> {
      Set<String> out = new TreeSet<>();
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
        out.addAll(JdbcEventStore.list(c, "SELECT DISTINCT cluster_id FROM cluster_members WHERE doc_id IN ("
            + marks(chunk.size()) + ")", chunk, rs -> rs.getString(1)));
      }
      return out;
    });
  }

  @Override
  public Set<String> clusterIdsInBlock(String typeKey, String sourceCountry, String targetCountry, long fromDay,
      long toDay) {
    StringBuilder sql = new StringBuilder(
        "SELECT DISTINCT cluster_id FROM cluster_members WHERE type_key = ? AND day_start <= ? AND day_end >= ?");
    List<Object> params = new ArrayList<>(List.of(typeKey, toDay, fromDay));
    if (sourceCountry != null) {
      sql.append(" AND (source_country IS NULL OR source_country = ?)");
      params.add(sourceCountry);
    }
    if (targetCountry != null) {
      sql.append(" AND (target_country IS NULL OR target_country = ?)");
      params.add(targetCountry);
    }
    return new TreeSet<String>(store.<List<String>>read("reading cluster candidates", c -> JdbcEventStore.list(c,
        sql.toString(), params, rs -> rs.getString(1))));
  }

  @Override
  public List<ClusteredEvent> currentEvents(Collection<String> docIds) {
    List<String> ids = new ArrayList<>(new TreeSet<>(docIds));
    return store.read("reading the events of " + ids.size() + " documents", c -> {
      List<ClusteredEvent> out = new ArrayList<>();
      for (int from = 0; from < ids.size(); from += CHUNK) {
        out.addAll(readEvents(c, ids.subList(from, Math.min(ids.size(), from + CHUNK)), null));
      }
      return out;
    });
  }

  @Override
  public List<ClusteredEvent> members(Collection<String> clusterIds) {
    List<String> ids = new ArrayList<>(new TreeSet<>(clusterIds));
    if (ids.isEmpty()) {
      return List.of();
    }
    return store.read("reading cluster members", c -> {
      // Keys first (indexed by cluster id), then the events of their documents (indexed by document id).
      Map<String, String> clusterOf = new HashMap<>();
      Set<String> docs = new TreeSet<>();
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
        for (String[] k : JdbcEventStore.list(c, "SELECT cluster_id, doc_id, event_id FROM cluster_members "
            + "WHERE cluster_id IN (" + marks(chunk.size()) + ")", chunk,
            rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
          clusterOf.put(k[1] + "\u0000" + k[2], k[0]);
          docs.add(k[1]);
        }
      }
      List<String> docList = new ArrayList<>(docs);
      List<ClusteredEvent> out = new ArrayList<>();
      for (int from = 0; from < docList.size(); from += CHUNK) {
        out.addAll(readEvents(c, docList.subList(from, Math.min(docList.size(), from + CHUNK)), clusterOf));
      }
      return out;
    });
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  /**
   * The current events of some documents with their documents' outlet and date; with {@code
   * clusterOf} (docId NUL eventId → cluster id) only the events it names, with their cluster ids.
   * Three single-table reads filtered on the document id alone, so that DuckDB answers each from its
   * document-id index (it scans the whole table when any other filter or a join is added); the
   * latest version is picked here.
   */
  private static List<ClusteredEvent> readEvents(Connection c, List<String> docIds, Map<String, String> clusterOf)
      throws SQLException {
    String in = " IN (" + marks(docIds.size()) + ")";
    Map<String, String[]> latest = new HashMap<>(); // docId → {version, outlet, date}
    for (String[] d : JdbcEventStore.list(c, "SELECT doc_id, version, outlet, date, is_latest FROM documents "
        + "WHERE doc_id" + in, docIds, rs -> rs.getBoolean(5)
            ? new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)} : null)) {
      if (d != null) {
        latest.put(d[0], new String[] {d[1], d[2], d[3]});
      }
    }
    Map<String, List<Quantity>> quantities = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT doc_id, doc_version, event_id, ordinal, kind, min, max, "
        + "qualifier, text, unit FROM event_quantities WHERE doc_id" + in)) {
      Where.bind(p, 1, new ArrayList<>(docIds));
      try (ResultSet rs = p.executeQuery()) {
        List<Object[]> rows = new ArrayList<>();
        while (rs.next()) {
          String[] doc = latest.get(rs.getString(1));
          if (doc != null && doc[0].equals(rs.getString(2))) {
            rows.add(new Object[] {rs.getString(1) + "\u0000" + rs.getString(3), rs.getInt(4), Rows.readQuantity(rs, 5)});
          }
        }
        rows.sort(java.util.Comparator.comparing((Object[] r) -> (String) r[0]).thenComparing(r -> (Integer) r[1]));
        for (Object[] r : rows) {
          quantities.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((Quantity) r[2]);
        }
      }
    }
    String cols = String.join(", ", Rows.EVENT_READ_COLUMNS);
    int versionCol = Rows.EVENT_READ_COLUMNS.size() + 1;
    List<ClusteredEvent> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT " + cols + ", doc_version, is_current FROM events "
        + "WHERE doc_id" + in)) {
      Where.bind(p, 1, new ArrayList<>(docIds));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String[] doc = latest.get(rs.getString(2));
          if (doc == null || !rs.getBoolean(versionCol + 1) || !doc[0].equals(rs.getString(versionCol))) {
            continue;
          }
          String key = rs.getString(2) + "\u0000" + rs.getString(1);
          String cluster = null;
          if (clusterOf != null) {
            cluster = clusterOf.get(key);
            if (cluster == null) {
              continue;
            }
          }
          Event e = Rows.readEvent(rs, 1, List.of());
          List<Quantity> qs = quantities.get(key);
          out.add(new ClusteredEvent(cluster, qs == null ? e : JdbcEventStore.withQuantities(e, qs), doc[1], doc[2]));
        }
      }
    }
    out.sort(java.util.Comparator.comparing((ClusteredEvent ce) -> ce.event().docId())
        .thenComparing(ce -> ce.event().eventId()));
    return out;
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
            new Rows.Cell(m.dayStart(), Types.BIGINT), new Rows.Cell(m.dayEnd(), Types.BIGINT),
            s(m.sourceCountry()), s(m.targetCountry())));
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
