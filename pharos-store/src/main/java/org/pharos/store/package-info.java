/**
 * The event store: where coded documents and their events are kept, versioned and queried. {@link
 * org.pharos.store.EventStore} is the contract; {@link org.pharos.store.EventStores#open(String)} picks
 * the DuckDB (default, embedded) or PostgreSQL implementation from a location string.
 */
package org.pharos.store;
