package org.pharos.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.model.DateSource;
import org.pharos.model.Document;

class JsonlDocumentReaderTest {

  private static CollectingListener read(byte[] bytes, IngestConfig config) throws IOException {
    CollectingListener l = new CollectingListener();
    new JsonlDocumentReader(config).read(new ByteArrayInputStream(bytes), "in/docs.jsonl", "docs", l);
    return l;
  }

  @Test
  void every_good_line_becomes_a_document_and_bad_lines_are_reported_by_number() throws IOException {
    CollectingListener l = read(Fixtures.bytes("docs.jsonl"), IngestConfig.defaults());
    assertEquals(List.of("kh-suspend", "docs-4", "html-one", "bad-date"), l.ids());
    assertEquals(List.of(
        "in/docs.jsonl:2: malformed JSON (Unexpected end-of-input: was expecting closing quote for a string value),"
            + " line skipped",
        "in/docs.jsonl:3: no \"text\" or \"html\" field, line skipped"),
        l.errors().stream().map(IngestProblem::toString).toList());
    assertEquals(1, l.warnings().size());
    assertTrue(l.warnings().get(0).toString().startsWith("in/docs.jsonl:7: unrecognised date"));
  }

  @Test
  void fields_fill_the_metadata_with_field_date_source() throws IOException {
    Document d = read(Fixtures.bytes("docs.jsonl"), IngestConfig.defaults()).documents.get(0);
    assertEquals("Militia suspends attacks", d.title());
    assertEquals("Nour Salih", d.author());
    assertEquals("Basra Herald", d.outlet());
    assertEquals("https://basra-herald.example/kh", d.url());
    assertEquals("2024-01-30", d.date().toIso());
    assertEquals(DateSource.FIELD, d.dateSource());
    assertEquals("in/docs.jsonl:1", d.origin());
  }

  @Test
  void numeric_field_dates_are_day_first_and_html_lines_are_cleaned() throws IOException {
    CollectingListener l = read(Fixtures.bytes("docs.jsonl"), IngestConfig.defaults());
    assertEquals("2024-09-27", l.documents.get(1).date().toIso());
    Document html = l.documents.get(2);
    assertEquals("A drone strike in Baghdad killed a commander of an armed group on Wednesday, officials said.",
        html.text());
  }

  @Test
  void epoch_seconds_are_read_as_utc_dates() throws IOException {
    byte[] line = "{\"id\":\"e\",\"text\":\"Talks were held in Baghdad between the two delegations.\",\"date\":1706572800}"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("2024-01-30", read(line, IngestConfig.defaults()).only().date().toIso());
  }

  @Test
  void a_line_in_windows_1252_is_decoded_with_a_warning_naming_the_line() throws IOException {
    byte[] good = "{\"id\":\"a\",\"text\":\"The envoy met officials in Baghdad on Monday.\"}\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] latin = "{\"id\":\"b\",\"text\":\"The caf\u00e9 near the embassy was closed after the protest.\"}\n"
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    byte[] all = new byte[good.length + latin.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(latin, 0, all, good.length, latin.length);
    CollectingListener l = read(all, IngestConfig.defaults());
    assertEquals(List.of("a", "b"), l.ids());
    assertTrue(l.documents.get(1).text().contains("caf\u00e9"));
    assertEquals(1, l.warnings().size());
    assertTrue(l.warnings().get(0).toString().startsWith("in/docs.jsonl:2: not valid UTF-8"), l.warnings().toString());
  }

  @Test
  void a_line_over_the_size_limit_is_skipped_and_the_next_line_is_still_read() throws IOException {
    String longText = "x".repeat(500);
    byte[] bytes = ("{\"id\":\"big\",\"text\":\"" + longText + "\"}\n"
        + "{\"id\":\"small\",\"text\":\"Officials in Basra reported calm overnight.\"}\n").getBytes(StandardCharsets.UTF_8);
    CollectingListener l = read(bytes, IngestConfig.defaults().withMaxBytes(200));
    assertEquals(List.of("small"), l.ids());
    assertEquals("in/docs.jsonl:1: line longer than 200 bytes, skipped", l.errors().get(0).toString());
  }

  @Test
  void a_json_value_that_is_not_an_object_is_an_error() throws IOException {
    CollectingListener l = read("[1,2,3]\n".getBytes(StandardCharsets.UTF_8), IngestConfig.defaults());
    assertEquals("in/docs.jsonl:1: not a JSON object, line skipped", l.errors().get(0).toString());
  }
}
