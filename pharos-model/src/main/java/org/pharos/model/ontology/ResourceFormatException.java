package org.pharos.model.ontology;

/**
 * A data resource (codebook, mapping, lexicon) has a malformed line. The message names the resource
 * and the 1-based line. Immutable.
 */
public final class ResourceFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String resource;
  private final int line;

  /**
   * @param resource the file or resource name
   * @param line the 1-based line number, or 0 when the problem concerns the whole resource
   * @param reason what is wrong
   */
  public ResourceFormatException(String resource, int line, String reason) {
    super(resource + (line > 0 ? ":" + line : "") + ": " + reason);
    this.resource = resource;
    this.line = line;
  }

  /** The file or resource name. */
  public String resource() {
    return resource;
  }

  /** The 1-based line number, or 0 for a whole-resource problem. */
  public int line() {
    return line;
  }
}
