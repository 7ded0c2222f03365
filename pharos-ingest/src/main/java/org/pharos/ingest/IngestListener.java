package org.pharos.ingest;

import org.pharos.model.Document;

/**
 * Receives the documents and problems of an ingestion run, one at a time, in input order.
 * Implementations are called from the thread that runs {@link Ingestor#read}; they need not be
 * thread-safe unless they are shared.
 */
public interface IngestListener {

  /** A document was read. */
  void onDocument(Document document);

  /** Something was wrong with one input; the run goes on. */
  void onProblem(IngestProblem problem);
}
