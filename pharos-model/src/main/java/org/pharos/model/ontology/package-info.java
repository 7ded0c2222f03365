/**
 * The event ontologies Pharos codes into: the CAMEO event codebook (codes, names, Goldstein values,
 * quad classes) and the CAMEO to PLOVER (2021) mapping. Both are versioned resources loaded and
 * validated into immutable objects.
 */
package org.pharos.model.ontology;
