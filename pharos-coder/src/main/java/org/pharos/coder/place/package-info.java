/**
 * The gazetteer (countries, capitals, cities of 15,000+ people from GeoNames, plus a swappable file of
 * a theater's named sites) and the attachment of a place to an event: dependency obliques of the
 * trigger first ("in Erbil", "along Iraq's border with Syria"), then the nearest place in the sentence.
 */
package org.pharos.coder.place;
