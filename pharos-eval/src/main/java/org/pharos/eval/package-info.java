/**
 * Accuracy evaluation against gold standards: readers for the PETRARCH-2 GSR validation file, the
 * PLOVER gold-standard records and a user's own JSON Lines gold file, and the scorers that compare
 * coded events with them.
 */
package org.pharos.eval;
