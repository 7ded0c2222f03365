/**
 * The actor knowledge base (countries, IGOs, roles, dated people, armed groups, generic actors, loaded
 * from versioned TSV resources or imported PETRARCH/Phoenix dictionaries) and the resolver that finds
 * and codes actor mentions in annotated documents, with document-level name, title and pronoun learning.
 */
package org.pharos.coder.actors;
