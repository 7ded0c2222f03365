package org.pharos.cli;

import org.pharos.store.EventStore;
import org.pharos.store.EventStores;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the event store. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "SPEC",
      description = "A DuckDB file (default: ${DEFAULT-VALUE}) or a PostgreSQL URL "
          + "(postgresql://user:pass@host:port/db).")
  String db = EventStores.DEFAULT_DUCKDB_PATH;

  EventStore open() {
    return EventStores.open(db);
  }
}
