/**
 * The annotated-text view that the NLP layer produces and the coder reads: sentences, tokens with POS,
 * lemma and entity tags, Universal Dependencies edges, entity spans and normalized time expressions.
 * It is Pharos' own view, so that nothing outside {@code pharos-nlp} depends on CoreNLP.
 */
package org.pharos.model.text;
