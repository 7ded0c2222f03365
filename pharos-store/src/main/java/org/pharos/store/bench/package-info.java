/**
 * Store benchmark and its synthetic corpus: bulk-load throughput and query latency on a large set of
 * events with realistic actor, date and event-type distributions. Not a test; run it by hand.
 */
package org.pharos.store.bench;
