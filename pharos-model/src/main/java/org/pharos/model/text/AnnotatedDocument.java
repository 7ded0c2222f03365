package org.pharos.model.text;

import java.util.List;
import org.pharos.model.Document;

/**
 * A document with its annotated sentences. Immutable and thread-safe.
 *
 * @param document the source document (metadata and body text)
 * @param sentences the annotated sentences, in order
 */
public record AnnotatedDocument(Document document, List<AnnotatedSentence> sentences) {
  public AnnotatedDocument {
    sentences = List.copyOf(sentences);
  }
}
