/**
 * Cross-source reconciliation: links event reports that describe the same real-world event into
 * clusters ({@link org.pharos.analytics.reconcile.ClusterIndex}; kept in the store and updated
 * document by document by {@link org.pharos.analytics.reconcile.PersistentClusters}), reconciles their figures into
 * low/best/high estimates ({@link org.pharos.analytics.reconcile.QuantityReconciler}), and does the
 * same for tally statements ("61 attacks since October 17") with {@link
 * org.pharos.analytics.reconcile.TallyReconciler}.
 */
package org.pharos.analytics.reconcile;
