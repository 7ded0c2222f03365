/**
 * Balance-of-power analytics over coded events: dyad time series, the signed alignment network with
 * its blocs and structural balance, the influence index of outside powers toward a focal country, and
 * escalation flags against each dyad's own baseline. Methods are documented in {@code ANALYTICS.md}.
 * Actor labels come from an {@link org.pharos.analytics.power.ActorNames} the caller passes (the CLI
 * builds one from the coder's actor knowledge base); the analytics know no actor names themselves.
 */
package org.pharos.analytics.power;
