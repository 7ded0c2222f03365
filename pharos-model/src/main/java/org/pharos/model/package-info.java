/**
 * Immutable records shared by every Pharos stage: documents, the annotated-text view produced by the
 * NLP layer, coded events with their actors, places, times and quantities, and the CAMEO / PLOVER
 * ontologies. This package depends on nothing else in Pharos.
 */
package org.pharos.model;
