/**
 * Throughput benchmark of the NLP layer: times a {@link org.pharos.nlp.NlpConfig} engine and the
 * reference CoreNLP pipelines of {@link org.pharos.nlp.bench.ReferenceConfig} on the same documents.
 */
package org.pharos.nlp.bench;
