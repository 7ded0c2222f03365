package org.pharos.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.pharos.ingest.meta.DateMatch;
import org.pharos.ingest.meta.DateParser;
import org.pharos.model.Document;
import org.pharos.model.PartialDate;

/**
 * Reads JSON Lines, one document per line: {@code id}, {@code text} or {@code html}, optional {@code
 * date}, {@code title}, {@code url}, {@code outlet}, {@code author}, {@code lang}. Streams the input
 * line by line; each line is decoded on its own (strict UTF-8, else windows-1252 with a warning). A
 * malformed line is reported as {@code path:line} and the other lines are still read. Text goes
 * through header parsing and boilerplate removal like a text file; fields given win over what the
 * text says.
 *
 * <pre>{@code
 * new JsonlDocumentReader(IngestConfig.defaults())
 *     .read(Files.newInputStream(path), path.toString(), "corpus", listener);
 * }</pre>
 *
 * <p>Thread-safe (one call per stream).
 */
public final class JsonlDocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final IngestConfig config;
  private final TextDocumentReader textReader;
  private final HtmlDocumentReader htmlReader;

  /** A reader with the config's line size limit and default language. */
  public JsonlDocumentReader(IngestConfig config) {
    this.config = config;
    this.textReader = new TextDocumentReader(config);
    this.htmlReader = new HtmlDocumentReader(config);
  }

  /**
   * Reads all lines of a JSONL stream.
   *
   * @param in the stream (not closed)
   * @param origin the path or name used in messages ({@code origin:line})
   * @param idPrefix used for lines without an {@code id}: {@code idPrefix-lineNumber}
   * @param listener receives each document and each problem
   * @throws IOException when the stream itself fails
   */
  public void read(InputStream in, String origin, String idPrefix, IngestListener listener) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int lineNumber = 0;
    boolean tooLong = false;
    byte[] buffer = new byte[65536];
    int n;
    while ((n = in.read(buffer)) > 0) {
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          if (!tooLong) {
            line.write(buffer, start, i - start);
          }
          lineNumber++;
          handleLine(line, tooLong, origin, idPrefix, lineNumber, listener);
          line.reset();
          tooLong = false;
          start = i + 1;
        }
      }
      if (!tooLong) {
        line.write(buffer, start, n - start);
        if (line.size() > config.maxBytes()) {
          tooLong = true;
          line.reset();
        }
      }
    }
    if (line.size() > 0 || tooLong) {
      lineNumber++;
      handleLine(line, tooLong, origin, idPrefix, lineNumber, listener);
    }
  }

  private void handleLine(ByteArrayOutputStream bytes, boolean tooLong, String origin, String idPrefix, int lineNumber,
      IngestListener listener) {
    String where = origin + ":" + lineNumber;
    if (tooLong || bytes.size() > config.maxBytes()) {
      listener.onProblem(IngestProblem.error(where, "line longer than " + config.maxBytes() + " bytes, skipped"));
      return;
    }
    byte[] raw = bytes.toByteArray();
    if (raw.length == 0 || new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
      return;
    }
    for (byte b : raw) {
      if (b == 0) {
        listener.onProblem(IngestProblem.error(where, "binary data (NUL bytes), line skipped"));
        return;
      }
    }
    TextDecoding.Decoded decoded = TextDecoding.decode(raw, 0, raw.length);
    if (decoded.warning() != null) {
      listener.onProblem(IngestProblem.warning(where, decoded.warning()));
    }
    JsonNode node;
    try {
      node = JSON.readTree(decoded.text());
    } catch (JsonProcessingException e) {
      listener.onProblem(IngestProblem.error(where, "malformed JSON (" + e.getOriginalMessage().split("\n")[0]
          + "), line skipped"));
      return;
    }
    if (node == null || !node.isObject()) {
      listener.onProblem(IngestProblem.error(where, "not a JSON object, line skipped"));
      return;
    }
    String text = string(node, "text");
    String html = string(node, "html");
    if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
      listener.onProblem(IngestProblem.error(where, "no \"text\" or \"html\" field, line skipped"));
      return;
    }
    String id = string(node, "id");
    if (id == null || id.isBlank()) {
      id = idPrefix + "-" + lineNumber;
    }
    PartialDate date = null;
    JsonNode dateNode = node.get("date");
    if (dateNode != null && !dateNode.isNull()) {
      date = parseDateField(dateNode).orElse(null);
      if (date == null) {
        listener.onProblem(IngestProblem.warning(where, "unrecognised date " + dateNode + " ignored"));
      }
    }
    DocumentAssembler.Fields fields = new DocumentAssembler.Fields(string(node, "title"), string(node, "author"),
        string(node, "outlet"), date, string(node, "url"), string(node, "lang"));
    Optional<Document> doc = text != null && !text.isBlank()
        ? textReader.read(text, id.strip(), where, fields, listener::onProblem)
        : htmlReader.read(html, fields.url(), id.strip(), where, fields, true, listener::onProblem);
    doc.ifPresent(listener::onDocument);
  }

  /** ISO or human date text; a number is epoch seconds (or milliseconds when large), in UTC. */
  static Optional<PartialDate> parseDateField(JsonNode dateNode) {
    if (dateNode.isNumber()) {
      if (!dateNode.canConvertToLong()) {
        return Optional.empty();
      }
      long v = dateNode.asLong();
      try {
        Instant instant = Math.abs(v) > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        return Optional.of(PartialDate.of(instant.atZone(ZoneOffset.UTC).toLocalDate()));
      } catch (java.time.DateTimeException | ArithmeticException e) {
        return Optional.empty();
      }
    }
    if (!dateNode.isTextual()) {
      return Optional.empty();
    }
    String s = dateNode.asText();
    Optional<PartialDate> whole = DateParser.parse(s, null);
    return whole.isPresent() ? whole : DateParser.find(s, null).filter(d -> d.start() == 0).map(DateMatch::date);
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }
}
