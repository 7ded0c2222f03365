/**
 * Balance-of-power analytics over coded events: dyad time series, the signed alignment network with
 * its blocs and structural balance, the influence index of outside powers toward a focal country, and
 * escalation flags against each dyad's own baseline. Methods are documented in {@code ANALYTICS.md}.
 */
package org.pharos.analytics.power;
