package org.pharos.nlp;

import java.util.Set;
import org.pharos.model.Document;
import org.pharos.model.text.AnnotatedDocument;
import org.pharos.model.text.Layer;

/**
 * Turns a document body into annotated sentences. Implementations load their models once, in the
 * constructor or lazily on first use, and are then safe for concurrent use by several threads unless
 * their javadoc says otherwise.
 *
 * <pre>{@code
 * try (NlpEngine nlp = new CoreNlpEngine(NlpConfig.defaults())) {
 *   AnnotatedDocument ad = nlp.annotate(Document.ofText("d1", "US forces struck Jurf al-Sakhar.", null),
 *       SentenceFilter.ALL);
 * }
 * }</pre>
 */
public interface NlpEngine extends AutoCloseable {

  /** The layers every annotated document carries (dependencies only on sentences the filter keeps). */
  Set<Layer> provides();

  /**
   * Annotates a document. Time expressions are anchored on the document's publication date when it is a
   * full day. Sentences that {@code parseFilter} rejects get tokens, POS, lemmas and time expressions
   * but no dependency edges.
   */
  AnnotatedDocument annotate(Document document, SentenceFilter parseFilter);

  /** Annotates every sentence fully. */
  default AnnotatedDocument annotate(Document document) {
    return annotate(document, SentenceFilter.ALL);
  }

  /** Releases resources; the default does nothing. */
  @Override
  default void close() {}
}
