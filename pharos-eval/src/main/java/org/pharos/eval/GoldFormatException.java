package org.pharos.eval;

/** A gold file that cannot be read; the message names the file and, where known, the line. */
public final class GoldFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GoldFormatException(String message) {
    super(message);
  }

  public GoldFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
