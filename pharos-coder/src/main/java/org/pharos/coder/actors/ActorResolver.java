package org.pharos.coder.actors;

import org.pharos.model.text.AnnotatedDocument;

/**
 * Finds and codes the actors of a document: knowledge-base names, country + role phrases, people by
 * the document date, armed groups with their affiliation, names and titles learned earlier in the same
 * document, and pronouns linked to the previous sentence's subject. Implementations are immutable
 * after construction and thread-safe.
 */
public interface ActorResolver {
  /** Resolves every actor mention in the document. */
  DocumentActors resolve(AnnotatedDocument document);
}
