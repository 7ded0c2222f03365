package org.pharos.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.pharos.store.EventQuery;

/**
 * A WHERE clause assembled from criteria, with its parameters; values never enter the SQL text. Not
 * thread-safe; build and use in one method.
 */
final class Where {
  private final StringBuilder sql = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  Where and(String clause, Object... values) {
    sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(clause);
    params.addAll(List.of(values));
    return this;
  }

  String sql() {
    return sql.toString();
  }

  List<Object> params() {
    return params;
  }

  /** The filters of an event query on table alias {@code e} (current events only). */
  static Where events(EventQuery q) {
    Where w = new Where().and("e.is_current");
    q.actor().ifPresent(a -> w.and("(e.source_code LIKE ? OR e.target_code LIKE ?)", a + "%", a + "%"));
    q.source().ifPresent(a -> w.and("e.source_code LIKE ?", a + "%"));
    q.target().ifPresent(a -> w.and("e.target_code LIKE ?", a + "%"));
    q.type().ifPresent(t -> {
      if (q.typeIsCameo()) {
        w.and("e.cameo LIKE ?", t + "%");
      } else {
        w.and("e.plover = ?", t);
      }
    });
    q.country().ifPresent(c -> w.and("(e.source_country = ? OR e.target_country = ?)", c, c));
    q.place().ifPresent(p -> w.and("lower(e.location_name) = lower(?)", p));
    q.docId().ifPresent(d -> w.and("e.doc_id = ?", d));
    q.since().ifPresent(d -> w.and("e.date_start >= CAST(? AS DATE)", d.toString()));
    q.until().ifPresent(d -> w.and("e.date_start <= CAST(? AS DATE)", d.toString()));
    q.modality().ifPresent(m -> w.and("e.modality = ?", m.name()));
    return w;
  }

  /** Binds parameters starting at index {@code first}; returns the next free index. */
  static int bind(PreparedStatement p, int first, List<Object> values) throws SQLException {
    int i = first;
    for (Object v : values) {
      if (v instanceof Integer n) {
        p.setInt(i++, n);
      } else if (v instanceof Long n) {
        p.setLong(i++, n);
      } else if (v instanceof Boolean b) {
        p.setBoolean(i++, b);
      } else {
        p.setString(i++, v == null ? null : v.toString());
      }
    }
    return i;
  }
}
