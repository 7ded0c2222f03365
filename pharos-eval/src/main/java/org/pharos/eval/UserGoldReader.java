package org.pharos.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pharos.model.PartialDate;

/**
 * Reads a user's own gold file: JSON Lines, one record per line:
 *
 * <pre>{"id": "r1", "text": "…", "date": "2024-02-06",
 *  "events": [{"source": "IGOUNOSCO", "target": "USA", "cameo": "111"}, {"source": "…", "plover": "ACCUSE"}]}</pre>
 *
 * <p>{@code events} may be empty (nothing should be coded); each event needs {@code cameo} or {@code
 * plover}; {@code source}/{@code target} may be a code, a list of codes, or absent. A malformed line is
 * an error naming file and line. Stateless and thread-safe.
 */
public final class UserGoldReader {
  private final ObjectMapper mapper = new ObjectMapper();

  /** Reads every record of the file. */
  public List<GoldRecord> read(Path file) {
    List<GoldRecord> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        out.add(record(file, n, line));
      }
    } catch (IOException e) {
      throw new GoldFormatException(file + ": cannot read: " + e.getMessage(), e);
    }
    return out;
  }

  private GoldRecord record(Path file, int n, String line) {
    JsonNode r;
    try {
      r = mapper.readTree(line);
    } catch (IOException e) {
      throw new GoldFormatException(file + ":" + n + ": malformed JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    String where = file + ":" + n + ": ";
    if (!r.isObject() || !r.hasNonNull("text")) {
      throw new GoldFormatException(where + "a gold record needs \"text\"");
    }
    PartialDate date = null;
    if (r.hasNonNull("date")) {
      try {
        date = PartialDate.parse(r.get("date").asText());
      } catch (IllegalArgumentException e) {
        throw new GoldFormatException(where + "bad date: " + r.get("date").asText(), e);
      }
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : r.path("events")) {
      String cameo = e.hasNonNull("cameo") ? e.get("cameo").asText().strip() : null;
      String plover = e.hasNonNull("plover") ? e.get("plover").asText().strip().toUpperCase(Locale.ROOT) : null;
      if (cameo == null && plover == null) {
        throw new GoldFormatException(where + "an event needs \"cameo\" or \"plover\"");
      }
      if (e.hasNonNull("modality")
          && !e.get("modality").asText().matches("(?i)asserted|reported|planned")) {
        continue; // hypothetical and negated gold events are not coded events
      }
      events.add(new GoldEvent(codes(e.get("source")), codes(e.get("target")), cameo,
          plover == null ? null : PloverGsrReader.RENAMED.getOrDefault(plover, plover)));
    }
    String id = r.hasNonNull("id") ? r.get("id").asText() : "line-" + n;
    return new GoldRecord(id, r.path("category").asText(""), date, r.get("text").asText(), events);
  }

  private static List<String> codes(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isArray()) {
      n.forEach(x -> out.add(x.asText().strip()));
    } else if (!n.asText().isBlank()) {
      out.add(n.asText().strip());
    }
    return out;
  }
}
