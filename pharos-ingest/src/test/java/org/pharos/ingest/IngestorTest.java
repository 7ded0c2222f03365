package org.pharos.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pharos.model.Document;

class IngestorTest {
  private static final String BODY = "Two rockets struck near the airport in Baghdad on Tuesday, police sources said.";

  @TempDir Path dir;

  private static FeedFetcher noNetwork() {
    return (uri, max) -> {
      throw new FeedFetcher.FetchException("network disabled in this test");
    };
  }

  private static CollectingListener run(IngestConfig config, Supplier<InputStream> stdin, String... inputs) {
    CollectingListener l = new CollectingListener();
    new Ingestor(config, noNetwork(), stdin).read(List.of(inputs), l);
    return l;
  }

  private static CollectingListener run(String... inputs) {
    return run(IngestConfig.defaults(), () -> InputStream.nullInputStream(), inputs);
  }

  private Path write(String relative, String text) throws IOException {
    return write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  @Test
  void directory_is_walked_recursively_in_sorted_order_skipping_hidden_entries() throws IOException {
    write("b/second.txt", BODY);
    write("a/z-first.txt", BODY);
    write("c.html", "<html><body><p>" + BODY + "</p></body></html>");
    write(".hidden.txt", BODY);
    write(".git/config.txt", BODY);
    CollectingListener l = run(dir.toString());
    assertEquals(List.of("z-first", "second", "c"), l.ids());
    assertTrue(l.problems.isEmpty(), l.problems.toString());
  }

  @Test
  void repeated_ids_are_renamed_deterministically_with_a_warning() throws IOException {
    write("alpha/report.txt", BODY);
    write("beta/report.txt", BODY);
    write("gamma/report.html", "<p>" + BODY + "</p>");
    CollectingListener l = run(dir.toString());
    assertEquals(List.of("report", "report-beta", "report-gamma"), l.ids());
    assertEquals(2, l.warnings().size());
    assertTrue(l.warnings().get(0).reason().contains("document id 'report' already used by "), l.warnings().toString());
    assertTrue(l.errors().isEmpty());
  }

  @Test
  void missing_path_is_an_error_and_the_batch_goes_on() throws IOException {
    Path good = write("good.txt", BODY);
    String missing = dir.resolve("nope.txt").toString();
    CollectingListener l = run(missing, good.toString());
    assertEquals(List.of("good"), l.ids());
    assertEquals(List.of(missing + ": no such file or directory"), l.errors().stream().map(Object::toString).toList());
  }

  @Test
  void empty_and_whitespace_only_files_are_errors() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.txt", "  \n\n\t \n");
    CollectingListener l = run(empty.toString(), blank.toString());
    assertEquals(List.of(empty + ": empty file, skipped", blank + ": empty file (only whitespace), skipped"),
        l.errors().stream().map(Object::toString).toList());
  }

  @Test
  void binary_files_are_errors() throws IOException {
    Path nul = write("scan.txt", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, 'x'});
    byte[] control = new byte[200];
    for (int i = 0; i < control.length; i++) {
      control[i] = (byte) (i % 2 == 0 ? 'a' : 0x07);
    }
    Path bell = write("noise", control);
    CollectingListener l = run(nul.toString(), bell.toString());
    assertEquals(nul + ": binary file (NUL bytes), skipped", l.errors().get(0).toString());
    assertEquals(bell + ": binary file (50% control characters), skipped", l.errors().get(1).toString());
    assertEquals(0, l.documents.size());
  }

  @Test
  void windows_1252_text_is_decoded_with_a_warning() throws IOException {
    Path p = write("latin.txt", ("The minist\u00e8re said \u201ctalks\u201d resumed in Baghdad on Monday, officials said.")
        .getBytes(Charset.forName("windows-1252")));
    CollectingListener l = run(p.toString());
    Document d = l.only();
    assertTrue(d.text().contains("minist\u00e8re said \u201ctalks\u201d"), d.text());
    assertEquals(1, l.warnings().size());
    assertTrue(l.warnings().get(0).toString().startsWith(p + ": not valid UTF-8 (first bad byte 0xE8 at offset 10)"),
        l.warnings().get(0).toString());
    assertTrue(l.errors().isEmpty());
  }

  @Test
  void file_over_the_size_limit_is_an_error() throws IOException {
    Path p = write("big.txt", BODY.repeat(10));
    CollectingListener l = run(IngestConfig.defaults().withMaxBytes(100), InputStream::nullInputStream, p.toString());
    assertEquals(p + ": file too large (" + Files.size(p) + " bytes, limit 100), skipped", l.errors().get(0).toString());
  }

  @Test
  void unreadable_file_is_an_error() throws IOException {
    Path p = write("secret.txt", BODY);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(p), "running as a user who can read anything (root)");
    CollectingListener l = run(p.toString());
    assertEquals(p + ": not readable (permission denied), skipped", l.errors().get(0).toString());
  }

  @Test
  void unsupported_types_warn_inside_directories_and_fail_when_named() throws IOException {
    Path png = write("img/photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    write("img/story.txt", BODY);
    CollectingListener walked = run(dir.resolve("img").toString());
    assertEquals(List.of("story"), walked.ids());
    assertEquals(List.of(png + ": unsupported file type '.png', skipped"),
        walked.warnings().stream().map(Object::toString).toList());
    CollectingListener named = run(png.toString());
    assertEquals(1, named.errors().size());
  }

  @Test
  void files_without_extension_are_sniffed() throws IOException {
    write("sniff/page", "<!DOCTYPE html><html><head><meta property=\"og:site_name\" content=\"Sniffed Times\"></head>"
        + "<body><p>" + BODY + "</p></body></html>");
    write("sniff/plain", BODY);
    CollectingListener l = run(dir.resolve("sniff").toString());
    assertEquals(List.of("page", "plain"), l.ids());
    assertEquals("Sniffed Times", l.documents.get(0).outlet());
  }

  @Test
  void stdin_text_gets_the_id_stdin() {
    CollectingListener l = run(IngestConfig.defaults(),
        () -> new ByteArrayInputStream(BODY.getBytes(StandardCharsets.UTF_8)), "-");
    assertEquals("stdin", l.only().docId());
    assertEquals("stdin", l.only().origin());
  }

  @Test
  void stdin_jsonl_is_read_line_by_line() {
    String jsonl = "{\"id\":\"one\",\"text\":\"" + BODY + "\"}\n{\"text\":\"" + BODY + "\"}\n";
    CollectingListener l = run(IngestConfig.defaults(),
        () -> new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "-");
    assertEquals(List.of("one", "stdin-2"), l.ids());
  }

  @Test
  void empty_stdin_is_an_error() {
    CollectingListener l = run("-");
    assertEquals("stdin: empty input, skipped", l.errors().get(0).toString());
  }

  @Test
  void jsonl_file_is_streamed_with_line_numbers_in_problems() throws IOException {
    Path p = write("batch.jsonl", "{\"id\":\"x\",\"text\":\"" + BODY + "\"}\n{oops\n");
    CollectingListener l = run(p.toString());
    assertEquals(List.of("x"), l.ids());
    assertTrue(l.errors().get(0).toString().startsWith(p + ":2: malformed JSON"), l.errors().toString());
  }

  @Test
  void feed_file_on_disk_is_read_as_a_feed() throws IOException {
    Path p = write("levant.rss", Fixtures.bytes("feed.rss"));
    CollectingListener l = run(p.toString());
    assertEquals(3, l.documents.size());
    assertEquals("Levant Dispatch", l.documents.get(0).outlet());
  }

  @Test
  void unfetchable_url_is_an_error_naming_the_url() {
    CollectingListener l = run("https://feeds.invalid/rss");
    assertEquals("https://feeds.invalid/rss: cannot fetch (network disabled in this test), skipped",
        l.errors().get(0).toString());
  }

  @Test
  void injected_fetcher_serves_feed_urls() {
    FeedFetcher fake = (uri, max) -> new FeedFetcher.Fetched(Fixtures.bytes("feed.atom"), "application/atom+xml", uri);
    CollectingListener l = new CollectingListener();
    new Ingestor(IngestConfig.defaults(), fake, InputStream::nullInputStream)
        .read(List.of("https://gulf-notes.example/atom"), l);
    assertEquals("Gulf Security Notes", l.only().outlet());
    assertEquals("https://gulf-notes.example/atom#1", l.only().origin());
  }

  @Test
  void count_inputs_counts_files_in_directories_without_reading_them() throws IOException {
    write("n/a.txt", BODY);
    write("n/deep/b.html", BODY);
    write("n/.hidden", BODY);
    write("n/pic.jpg", "x");
    Ingestor ingestor = new Ingestor(IngestConfig.defaults(), noNetwork(), InputStream::nullInputStream);
    assertEquals(5, ingestor.countInputs(List.of(dir.resolve("n").toString(), "-", "https://x.example/rss",
        dir.resolve("missing").toString())));
  }

  @Test
  void problem_to_string_names_input_and_reason() {
    assertEquals("path/to/file.html: binary file (NUL bytes), skipped",
        IngestProblem.error("path/to/file.html", "binary file (NUL bytes), skipped").toString());
  }
}
