package org.pharos.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * {@link FeedFetcher} over {@link java.net.http.HttpClient}: GET with a timeout, redirects followed,
 * body size capped, and failures turned into short reasons ({@code HTTP 500}, {@code timed out after
 * 30s}, {@code connection refused}, {@code unknown host}). Thread-safe.
 *
 * <pre>{@code
 * FeedFetcher fetcher = new HttpFeedFetcher(Duration.ofSeconds(10));
 * byte[] rss = fetcher.fetch(URI.create("https://example.org/feed.xml"), 1 << 20).body();
 * }</pre>
 */
public final class HttpFeedFetcher implements FeedFetcher {
  private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
      + "text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";
  private final HttpClient client;
  private final Duration timeout;

  /** A fetcher with its own client. */
  public HttpFeedFetcher(Duration timeout) {
    this(HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build(), timeout);
  }

  /** A fetcher over a given client (e.g. one with a proxy). */
  public HttpFeedFetcher(HttpClient client, Duration timeout) {
    this.client = Objects.requireNonNull(client, "client");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public Fetched fetch(URI uri, long maxBytes) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("unsupported URL scheme '" + scheme + "' (http or https only)");
    }
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Accept", ACCEPT)
        .header("User-Agent", "Pharos/0.1 (event-data research; feed reader)")
        .GET()
        .build();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
          throw new FetchException("HTTP " + status);
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          throw new FetchException("response larger than " + maxBytes + " bytes");
        }
        return new Fetched(bytes, response.headers().firstValue("Content-Type").orElse(null), response.uri());
      }
    } catch (HttpConnectTimeoutException e) {
      throw new FetchException("connection timed out after " + seconds(), e);
    } catch (HttpTimeoutException e) {
      throw new FetchException("timed out after " + seconds(), e);
    } catch (ConnectException e) {
      throw new FetchException(hasCause(e, UnresolvedAddressException.class) || hasCause(e, UnknownHostException.class)
          ? "unknown host '" + uri.getHost() + "'"
          : "cannot connect to " + uri.getHost() + portSuffix(uri) + " (connection refused or unreachable)", e);
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host '" + uri.getHost() + "'", e);
    } catch (IOException e) {
      throw new FetchException(hasCause(e, UnresolvedAddressException.class)
          ? "unknown host '" + uri.getHost() + "'" : "I/O error: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted", e);
    }
  }

  private String seconds() {
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
  }

  private static String portSuffix(URI uri) {
    return uri.getPort() < 0 ? "" : ":" + uri.getPort();
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
