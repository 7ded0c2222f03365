/**
 * JDBC implementations of {@link org.pharos.store.EventStore}: the shared transactional logic and
 * queries in {@code JdbcEventStore}, with DuckDB and PostgreSQL dialects and versioned SQL migrations
 * loaded from {@code db/migration/<dialect>/}.
 */
package org.pharos.store.jdbc;
