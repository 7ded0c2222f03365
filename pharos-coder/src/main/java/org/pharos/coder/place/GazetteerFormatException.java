package org.pharos.coder.place;

/**
 * A gazetteer or site file that cannot be read; the message names the file, the line and the reason.
 * Thrown while loading, never while resolving.
 */
public final class GazetteerFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem at {@code line} (1-based) of {@code source}. */
  public GazetteerFormatException(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason);
  }

  /** A problem with the whole of {@code source} (missing, unreadable). */
  public GazetteerFormatException(String source, String reason, Throwable cause) {
    super(source + ": " + reason, cause);
  }
}
