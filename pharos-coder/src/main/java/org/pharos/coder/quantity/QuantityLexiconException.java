package org.pharos.coder.quantity;

/** A quantity lexicon that cannot be read; the message names the file, the line and the reason. */
public final class QuantityLexiconException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem at {@code line} (1-based) of {@code source}. */
  public QuantityLexiconException(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason);
  }

  /** A problem with the whole of {@code source}. */
  public QuantityLexiconException(String source, String reason, Throwable cause) {
    super(source + ": " + reason, cause);
  }
}
