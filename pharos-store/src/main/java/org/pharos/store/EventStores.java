package org.pharos.store;

import java.nio.file.Path;
import java.util.Locale;
import org.pharos.store.jdbc.DuckDbEventStore;
import org.pharos.store.jdbc.PostgresEventStore;

/**
 * Opens an {@link EventStore} from a location string. Stateless and thread-safe.
 *
 * <ul>
 *   <li>{@code postgresql://user:pass@host:5432/db}, {@code postgres://…} or {@code
 *       jdbc:postgresql://host/db?user=…&password=…} → PostgreSQL
 *   <li>{@code :memory:} → an in-memory DuckDB (tests)
 *   <li>{@code jdbc:duckdb:/path/file.duckdb}, {@code duckdb:/path/file.duckdb} or a plain path →
 *       DuckDB file (parent directories are created)
 *   <li>{@code null} or blank → {@link #DEFAULT_DUCKDB_PATH}
 * </ul>
 *
 * <pre>{@code
 * try (EventStore store = EventStores.open(System.getenv().getOrDefault("PHAROS_DB", ""))) { … }
 * }</pre>
 */
public final class EventStores {
  /** Where the store lives when no location is given. */
  public static final String DEFAULT_DUCKDB_PATH = "./pharos-data/pharos.duckdb";

  private EventStores() {}

  /**
   * Opens (creating and migrating when needed) the store at {@code spec}.
   *
   * @throws StoreException naming the location and the reason when it cannot be opened
   */
  public static EventStore open(String spec) {
    String s = spec == null ? "" : spec.trim();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")
        || lower.startsWith("jdbc:postgresql:")) {
      return PostgresEventStore.open(s);
    }
    if (s.isEmpty()) {
      return DuckDbEventStore.open(Path.of(DEFAULT_DUCKDB_PATH));
    }
    if (s.equals(":memory:") || lower.equals("jdbc:duckdb:") || lower.equals("duckdb::memory:")) {
      return DuckDbEventStore.inMemory();
    }
    if (lower.startsWith("jdbc:duckdb:")) {
      return DuckDbEventStore.open(Path.of(s.substring("jdbc:duckdb:".length())));
    }
    if (lower.startsWith("duckdb:")) {
      return DuckDbEventStore.open(Path.of(s.substring("duckdb:".length())));
    }
    if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
      throw new StoreException("unsupported store location '" + redact(s)
          + "': expected a DuckDB file path, :memory:, or postgresql://user:pass@host:port/db");
    }
    return DuckDbEventStore.open(Path.of(s));
  }

  /** {@code spec} with any password replaced by {@code ***}, for messages. */
  public static String redact(String spec) {
    if (spec == null) {
      return null;
    }
    return spec.replaceAll("(://[^:/@]*:)[^@/]*@", "$1***@")
        .replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
