package org.pharos.analytics.power;

/**
 * What one count stands for: a real-world event (a cluster of reports, counted once however many
 * outlets reported it) or a single report.
 */
public enum CountingUnit {
  /** One real-world event: reports sharing a cluster key count once. */
  CLUSTERS,
  /** Every report counts. */
  REPORTS
}
