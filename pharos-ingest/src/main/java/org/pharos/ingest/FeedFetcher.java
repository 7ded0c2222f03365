package org.pharos.ingest;

import java.net.URI;
import java.util.Objects;

/**
 * Fetches the bytes behind a feed URL. Injectable so that tests can serve feeds from a local server
 * and the CLI can add caching or politeness. Implementations must be thread-safe.
 */
public interface FeedFetcher {

  /**
   * The fetched body. Immutable.
   *
   * @param body the bytes of the response body
   * @param contentType the {@code Content-Type} header, or {@code null}
   * @param uri the URI finally fetched (after redirects)
   */
  record Fetched(byte[] body, String contentType, URI uri) {
    public Fetched {
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(uri, "uri");
    }
  }

  /**
   * Fetches {@code uri}.
   *
   * @param uri an http or https URI
   * @param maxBytes largest body accepted
   * @throws FetchException with a one-line reason (HTTP status, timeout, unknown host, …)
   */
  Fetched fetch(URI uri, long maxBytes) throws FetchException;

  /** A feed could not be fetched; the message is a short reason fit for a problem report. */
  final class FetchException extends Exception {
    public FetchException(String reason) {
      super(reason);
    }

    public FetchException(String reason, Throwable cause) {
      super(reason, cause);
    }
  }
}
