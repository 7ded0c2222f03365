/**
 * The event coder: turns annotated documents into coded events. Sub-packages hold the actor
 * knowledge base and resolver, the gazetteer and place attachment, quantity extraction, and the event
 * lexicon with its dependency-pattern matcher.
 */
package org.pharos.coder;
