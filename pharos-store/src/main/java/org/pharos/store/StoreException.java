package org.pharos.store;

/**
 * A store operation failed: the database cannot be opened (corrupt, locked, not a database, server
 * unreachable, bad URL, schema newer than this build), or a write or query was rejected. The message
 * names the store or input and the reason; it never contains a password. Unchecked so that it can
 * cross {@link java.util.stream.Stream} boundaries. Immutable.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a message that names the input and the reason. */
  public StoreException(String message) {
    super(message);
  }

  /** A failure with a message that names the input and the reason, and its cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
