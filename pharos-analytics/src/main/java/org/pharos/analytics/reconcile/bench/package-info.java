/**
 * Clustering benchmark on synthetic events with realistic duplicate rates; run {@link
 * org.pharos.analytics.reconcile.bench.ClusterBenchmark} as a main class.
 */
package org.pharos.analytics.reconcile.bench;
