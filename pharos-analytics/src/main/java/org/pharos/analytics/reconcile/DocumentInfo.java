package org.pharos.analytics.reconcile;

import java.time.LocalDate;
import java.util.Objects;
import org.pharos.model.Document;
import org.pharos.model.PartialDate;

/**
 * What reconciliation needs to know about a document: its outlet and its publication date.
 * Immutable and thread-safe.
 *
 * @param docId the document id
 * @param outlet the publishing outlet, or {@code null} when unknown (the document then counts as
 *     its own source, keyed by its id)
 * @param published the publication day, or {@code null} when unknown or only partly known
 */
public record DocumentInfo(String docId, String outlet, LocalDate published) {

  public DocumentInfo {
    Objects.requireNonNull(docId, "docId");
    outlet = outlet == null || outlet.isBlank() ? null : outlet.trim();
  }

  /** The metadata of an ingested document. */
  public static DocumentInfo of(Document doc) {
    PartialDate d = doc.date();
    return new DocumentInfo(doc.docId(), doc.outlet(), d == null ? null : d.toLocalDate().orElse(null));
  }

  /**
   * The key under which this document counts as a source: the outlet name in lower case, or {@code
   * doc:<id>} when the outlet is unknown.
   */
  public String sourceKey() {
    return outlet == null ? "doc:" + docId : outlet.toLowerCase(java.util.Locale.ROOT);
  }
}
