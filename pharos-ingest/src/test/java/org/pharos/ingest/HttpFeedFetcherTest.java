package org.pharos.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feed fetching against a local HTTP server bound to the loopback address only. */
class HttpFeedFetcherTest {
  private HttpServer server;
  private ExecutorService executor;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/feed.xml", ex -> respond(ex, 200, "application/rss+xml", Fixtures.bytes("feed.rss")));
    server.createContext("/page.html", ex -> respond(ex, 200, "text/html; charset=utf-8", ("<html><head>"
        + "<meta property=\"og:site_name\" content=\"Loopback Ledger\"></head><body><article><p>Militia leaders"
        + " met in Baghdad on Sunday to discuss a response to the strikes, two participants said.</p></article>"
        + "</body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    server.createContext("/down", ex -> respond(ex, 500, "text/plain", "boom".getBytes()));
    server.createContext("/slow", ex -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      respond(ex, 200, "application/rss+xml", Fixtures.bytes("feed.rss"));
    });
    executor = Executors.newCachedThreadPool();
    server.setExecutor(executor);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static Ingestor ingestor(Duration timeout) {
    IngestConfig config = IngestConfig.defaults().withFetchTimeout(timeout);
    return new Ingestor(config, new HttpFeedFetcher(timeout), InputStream::nullInputStream);
  }

  @Test
  void feed_served_over_http_becomes_documents() {
    CollectingListener l = new CollectingListener();
    ingestor(Duration.ofSeconds(5)).read(List.of(base + "/feed.xml"), l);
    assertEquals(3, l.documents.size());
    assertEquals(base + "/feed.xml#1", l.documents.get(0).origin());
    assertTrue(l.errors().isEmpty(), l.errors().toString());
  }

  @Test
  void http_500_is_an_error_naming_the_url_and_status() {
    CollectingListener l = new CollectingListener();
    ingestor(Duration.ofSeconds(5)).read(List.of(base + "/down", base + "/feed.xml"), l);
    assertEquals(base + "/down: cannot fetch (HTTP 500), skipped", l.errors().get(0).toString());
    assertEquals(3, l.documents.size());
  }

  @Test
  void closed_port_is_an_error_saying_the_connection_failed() throws IOException {
    String url = "http://127.0.0.1:" + closedPort() + "/rss";
    CollectingListener l = new CollectingListener();
    ingestor(Duration.ofSeconds(5)).read(List.of(url), l);
    assertEquals(1, l.errors().size());
    assertTrue(l.errors().get(0).toString().startsWith(url + ": cannot fetch (cannot connect to 127.0.0.1:"),
        l.errors().get(0).toString());
  }

  @Test
  void slow_server_times_out_with_the_configured_timeout() {
    CollectingListener l = new CollectingListener();
    ingestor(Duration.ofMillis(300)).read(List.of(base + "/slow"), l);
    assertEquals(base + "/slow: cannot fetch (timed out after 300ms), skipped", l.errors().get(0).toString());
  }

  @Test
  void oversized_response_is_refused() {
    HttpFeedFetcher fetcher = new HttpFeedFetcher(Duration.ofSeconds(5));
    FeedFetcher.FetchException e = assertThrows(FeedFetcher.FetchException.class,
        () -> fetcher.fetch(URI.create(base + "/feed.xml"), 100));
    assertEquals("response larger than 100 bytes", e.getMessage());
  }

  @Test
  void non_http_schemes_are_refused() {
    FeedFetcher.FetchException e = assertThrows(FeedFetcher.FetchException.class,
        () -> new HttpFeedFetcher(Duration.ofSeconds(1)).fetch(URI.create("file:///etc/hosts"), 100));
    assertTrue(e.getMessage().startsWith("unsupported URL scheme"));
  }

  @Test
  void html_page_url_is_read_as_one_document_with_a_hashed_id() {
    CollectingListener l = new CollectingListener();
    ingestor(Duration.ofSeconds(5)).read(List.of(base + "/page.html"), l);
    assertEquals("Loopback Ledger", l.only().outlet());
    assertEquals(base + "/page.html", l.only().url());
    assertEquals(org.pharos.model.Hashing.shortHash(12, base + "/page.html"), l.only().docId());
  }
}
