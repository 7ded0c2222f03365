/**
 * The NLP layer: the {@link org.pharos.nlp.NlpEngine} interface and its Stanford CoreNLP
 * implementation, which turns a document into Pharos' own annotated view (tokens, POS, lemmas,
 * entities, SUTime dates, UD enhanced++ dependencies). Nothing outside this module imports CoreNLP.
 */
package org.pharos.nlp;
