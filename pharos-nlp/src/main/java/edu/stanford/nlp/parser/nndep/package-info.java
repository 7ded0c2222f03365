/**
 * Pharos' additions to CoreNLP's neural dependency parser package (the classes of CoreNLP itself come
 * from its own jar): {@link edu.stanford.nlp.parser.nndep.TransposedScoringClassifier}, a faster
 * transition scorer with CoreNLP's exact arithmetic, placed here because the method it overrides is
 * package-private. Used only through {@code org.pharos.nlp}.
 */
package edu.stanford.nlp.parser.nndep;
