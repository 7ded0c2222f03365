package org.pharos.ingest.clean;

import java.util.List;
import org.pharos.model.RemovedBlock;

/**
 * The result of boilerplate removal. Immutable and thread-safe.
 *
 * @param paragraphs the article body, one entry per paragraph
 * @param references entries of a reference list / footnotes, kept apart from the body
 * @param removed blocks taken out, in document order, with reasons
 * @param headline the line recognised as the headline above the body (also in {@code removed} with
 *     reason {@code headline}), or {@code null}
 */
public record CleanedText(
    List<String> paragraphs, List<String> references, List<RemovedBlock> removed, String headline) {

  public CleanedText {
    paragraphs = List.copyOf(paragraphs);
    references = List.copyOf(references);
    removed = List.copyOf(removed);
  }

  /** The body: paragraphs separated by blank lines. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
