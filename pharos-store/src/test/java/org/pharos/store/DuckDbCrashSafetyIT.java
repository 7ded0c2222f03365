package org.pharos.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link CrashSafetyContract} on a DuckDB file, plus the lock held by another process. */
class DuckDbCrashSafetyIT extends CrashSafetyContract {
  @Override
  protected String storeSpec() {
    return dir.resolve("crash.duckdb").toString();
  }

  @Test
  void a_file_held_by_another_process_is_reported_as_locked() throws Exception {
    String spec = storeSpec();
    try (Child holder = new Child(spec, "hold")) {
      holder.awaitOpen();
      StoreException ex = assertThrows(StoreException.class, () -> EventStores.open(spec));
      assertTrue(ex.getMessage().contains("locked by another process"), ex.getMessage());
      assertTrue(ex.getMessage().contains("crash.duckdb"), ex.getMessage());
    }
  }
}
