package org.pharos.coder.actors;

/**
 * A knowledge-base or dictionary file that cannot be loaded: the message names the file, the 1-based
 * line and the reason ("countries.tsv:12: expected 6 columns, found 5"). Immutable and thread-safe.
 */
public final class ActorDictionaryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final int line;

  /** A problem at {@code line} (1-based; 0 when the whole file is concerned) of {@code source}. */
  public ActorDictionaryException(String source, int line, String reason) {
    super(source + (line > 0 ? ":" + line : "") + ": " + reason);
    this.source = source;
    this.line = line;
  }

  /** A problem with a cause, such as an I/O error. */
  public ActorDictionaryException(String source, int line, String reason, Throwable cause) {
    super(source + (line > 0 ? ":" + line : "") + ": " + reason, cause);
    this.source = source;
    this.line = line;
  }

  /** The file name or resource path. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0. */
  public int line() {
    return line;
  }
}
