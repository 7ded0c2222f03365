package org.pharos.store;

import org.junit.jupiter.api.AfterEach;

/** {@link CrashSafetyContract} on PostgreSQL (skipped with a message without {@code PHAROS_TEST_PG}). */
class PostgresCrashSafetyIT extends CrashSafetyContract {
  private String url;
  private String schema;

  @Override
  protected String storeSpec() throws Exception {
    url = PgTestSupport.requireServer();
    schema = PgTestSupport.newSchemaName();
    PgTestSupport.createSchema(url, schema);
    return PgTestSupport.storeSpec(url, schema);
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (schema != null) {
      PgTestSupport.dropSchema(url, schema);
    }
  }
}
