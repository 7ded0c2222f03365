package org.pharos.nlp;

/**
 * A document could not be annotated. The message names the document and the reason; a batch driver
 * catches it per document, reports it and goes on. Instances are immutable once thrown.
 */
public class NlpException extends RuntimeException {

  private final String docId;

  /** An annotation failure of document {@code docId}. */
  public NlpException(String docId, String reason, Throwable cause) {
    super("cannot annotate document " + docId + ": " + reason, cause);
    this.docId = docId;
  }

  /** The id of the document that failed. */
  public String docId() {
    return docId;
  }
}
