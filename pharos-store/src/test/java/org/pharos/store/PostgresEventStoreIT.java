package org.pharos.store;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;

/**
 * Runs the {@link EventStoreContract} on the PostgreSQL server in {@code PHAROS_TEST_PG}, each test in
 * a schema of its own; skipped with a message when no server is configured or reachable.
 */
class PostgresEventStoreIT extends EventStoreContract {
  private String url;
  private String schema;

  @Override
  protected EventStore openFresh() throws Exception {
    url = PgTestSupport.requireServer();
    schema = PgTestSupport.newSchemaName();
    PgTestSupport.createSchema(url, schema);
    return EventStores.open(PgTestSupport.storeSpec(url, schema));
  }

  @Override
  protected EventStore reopen() {
    if (store != null) {
      store.close();
      store = null;
    }
    return EventStores.open(PgTestSupport.storeSpec(url, schema));
  }

  @Override
  protected void executeRaw(String sql) throws Exception {
    try (Connection c = PgTestSupport.raw(url, schema); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (store != null) {
      store.close();
      store = null;
    }
    if (schema != null) {
      PgTestSupport.dropSchema(url, schema);
    }
  }
}
