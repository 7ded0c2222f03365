package org.pharos.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pharos.model.PartialDate;

/**
 * Reads the PLOVER gold-standard records ({@code PLOVER_GSR_CAMEO.txt}, a JSON array coded under
 * PLOVER 0.5b1). The leading DOCUMENT record is skipped; old category names are renamed to PLOVER
 * 2021 (DEMAND → REQUEST, DISAPPROVE → ACCUSE, FIGHT → ASSAULT, INVESTIGATE → ACCUSE). Actor codes are
 * the {@code code} of each side's entries, with the {@code sector} appended when present. The few
 * pre-ISO CAMEO country codes the file still uses ({@code JAP}, {@code ITL}, {@code VTN}; the rest of the
 * file is ISO 3166 alpha-3, as the coder's output) are read as their ISO codes, so that Japan is not
 * scored as a wrong actor for being written {@code JPN}. Stateless and thread-safe.
 */
public final class PloverGsrReader {
  /** PLOVER 0.5b1 names that PLOVER 2021 renamed. */
  public static final Map<String, String> RENAMED =
      Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "FIGHT", "ASSAULT", "INVESTIGATE", "ACCUSE");

  /** Old CAMEO country codes used in the file, by their ISO 3166 alpha-3 code. */
  public static final Map<String, String> LEGACY_COUNTRY_CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

  private final ObjectMapper mapper = new ObjectMapper();

  /** Reads every event record of the file. */
  public List<GoldRecord> read(Path file) {
    JsonNode root;
    try {
      root = mapper.readTree(file.toFile());
    } catch (IOException e) {
      throw new GoldFormatException(file + ": not a JSON array of PLOVER records: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new GoldFormatException(file + ": expected a JSON array of PLOVER records");
    }
    List<GoldRecord> out = new ArrayList<>();
    for (JsonNode r : root) {
      String event = r.path("event").asText("");
      if (event.isEmpty() || event.equals("DOCUMENT")) {
        continue;
      }
      String type = RENAMED.getOrDefault(event.toUpperCase(Locale.ROOT), event.toUpperCase(Locale.ROOT));
      String date = r.path("date").asText(null);
      PartialDate d = null;
      try {
        d = date == null ? null : PartialDate.parse(date);
      } catch (IllegalArgumentException e) {
        d = null;
      }
      String category = r.path("event").asText("");
      GoldEvent ge = new GoldEvent(side(r.get("source")), side(r.get("target")), null, type);
      out.add(new GoldRecord(r.path("id").asText(), category, d, r.path("text").asText(""), List.of(ge)));
    }
    return out;
  }

  private static List<String> side(JsonNode n) {
    List<String> codes = new ArrayList<>();
    if (n == null || !n.isArray()) {
      return codes;
    }
    for (JsonNode a : n) {
      String code = a.path("code").asText("").strip();
      if (code.isEmpty()) {
        continue;
      }
      String legacy = code.length() >= 3 ? LEGACY_COUNTRY_CODES.get(code.substring(0, 3)) : null;
      if (legacy != null) {
        code = legacy + code.substring(3);
      }
      String sector = a.path("sector").asText("").strip();
      codes.add(sector.isEmpty() || code.endsWith(sector) ? code : code + sector);
    }
    return codes;
  }
}
