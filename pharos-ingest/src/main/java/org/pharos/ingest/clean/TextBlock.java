package org.pharos.ingest.clean;

import java.util.Objects;

/**
 * One logical line of a page before cleaning: a line of a text file, a re-joined hard-wrapped
 * paragraph, or one block element of an HTML page. Immutable and thread-safe.
 *
 * @param text the block's text, whitespace-normalized, without line breaks
 * @param kind what the block is, as far as the reader knows
 * @param linkDensity share of the text that sits inside links (0 for plain text)
 */
public record TextBlock(String text, Kind kind, double linkDensity) {

  /** What a block is, as far as the reader knows. */
  public enum Kind {
    /** A line of a plain-text file: could be anything. */
    LINE,
    /** A paragraph (HTML {@code <p>} or a re-joined hard-wrapped text paragraph). */
    PARAGRAPH,
    /** An HTML heading {@code <h1>}..{@code <h6>}. */
    HEADING,
    /** An HTML list item. */
    LIST_ITEM,
    /** An image caption ({@code <figcaption>}). */
    CAPTION
  }

  public TextBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (linkDensity < 0 || linkDensity > 1 || Double.isNaN(linkDensity)) {
      throw new IllegalArgumentException("link density must be in [0,1]: " + linkDensity);
    }
  }

  /** A plain-text line. */
  public static TextBlock line(String text) {
    return new TextBlock(text, Kind.LINE, 0);
  }
}
