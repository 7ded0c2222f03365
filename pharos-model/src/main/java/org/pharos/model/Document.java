package org.pharos.model;

import java.util.List;
import java.util.Objects;

/**
 * One input document after ingestion: metadata, the article body that gets coded, the reference list
 * kept apart, and the boilerplate that was removed (with reasons). Immutable and thread-safe.
 *
 * @param docId stable id: the JSONL {@code id}, else the file name without extension, else a hash
 * @param title title, or {@code null}
 * @param author author or byline, or {@code null}
 * @param outlet publishing outlet, or {@code null}
 * @param date publication date (possibly partial), or {@code null} when unknown
 * @param dateSource where {@link #date} came from
 * @param url the document's URL, or {@code null}
 * @param lang language code such as {@code en}, or {@code null}
 * @param text the body text that gets coded
 * @param references numbered reference-list entries kept apart from the body
 * @param removed blocks that boilerplate removal took out, with reasons
 * @param origin where the document was read from (path, URL, {@code -}), for messages
 */
public record Document(
    String docId,
    String title,
    String author,
    String outlet,
    PartialDate date,
    DateSource dateSource,
    String url,
    String lang,
    String text,
    List<String> references,
    List<RemovedBlock> removed,
    String origin) {

  public Document {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(text, "text");
    dateSource = dateSource == null ? DateSource.NONE : dateSource;
    references = references == null ? List.of() : List.copyOf(references);
    removed = removed == null ? List.of() : List.copyOf(removed);
  }

  /** A bare document: only an id and text (tests, stdin). */
  public static Document ofText(String docId, String text, PartialDate date) {
    return new Document(docId, null, null, null, date, date == null ? DateSource.NONE : DateSource.FIELD,
        null, "en", text, List.of(), List.of(), docId);
  }

  /** SHA-256 of the body text, hex: the content hash used to skip documents already stored. */
  public String contentHash() {
    return Hashing.sha256Hex(text);
  }
}
