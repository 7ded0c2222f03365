package org.pharos.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@link EventStoreContract} on a DuckDB file. */
class DuckDbEventStoreTest extends EventStoreContract {
  @TempDir Path dir;

  private Path file() {
    return dir.resolve("store/pharos.duckdb");
  }

  @Override
  protected EventStore openFresh() {
    return EventStores.open(file().toString());
  }

  @Override
  protected EventStore reopen() {
    if (store != null) {
      store.close();
      store = null;
    }
    return EventStores.open("jdbc:duckdb:" + file());
  }

  @Override
  protected void executeRaw(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file());
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
