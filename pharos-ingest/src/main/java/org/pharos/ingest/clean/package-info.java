/**
 * Boilerplate removal: splits a page (plain text or HTML blocks) into the article body, a reference
 * list kept apart, and removed blocks with short reasons. Rules look at line shape, position,
 * vocabulary and link density, never at the markup of one particular site.
 */
package org.pharos.ingest.clean;
