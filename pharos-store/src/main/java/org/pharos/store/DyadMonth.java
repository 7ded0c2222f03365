package org.pharos.store;

/**
 * One cell of a dyad-by-month aggregate. Immutable and thread-safe.
 *
 * @param month {@code YYYY-MM}
 * @param fromA true for events with actor A as source and B as target, false for B → A
 * @param quadClass CAMEO quad class (1 verbal cooperation … 4 material conflict)
 * @param events number of events
 * @param goldsteinSum sum of their Goldstein scores
 */
public record DyadMonth(String month, boolean fromA, int quadClass, long events, double goldsteinSum) {}
