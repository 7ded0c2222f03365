package org.pharos.model.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PloverMappingTest {
  private final PloverMapping plover = PloverMapping.standard();

  @Test
  void aerial_weapons_map_to_assault_aerial() {
    assertEquals(new PloverCoding(PloverType.ASSAULT, "aerial"), plover.map("195"));
    assertEquals(new PloverCoding(PloverType.CONSULT, "phone"), plover.map("041"));
    assertEquals(new PloverCoding(PloverType.RETREAT, "disarm"), plover.map("0874"));
  }

  @Test
  void statements_and_appeals_have_no_plover_type() {
    assertNull(plover.map("010"));
    assertNull(plover.map("0256"));
    assertNull(plover.map("02"));
  }

  @Test
  void root_08_splits_into_concede_and_retreat() {
    assertEquals(PloverType.CONCEDE, plover.map("081").type());
    assertEquals(PloverType.CONCEDE, plover.map("0831").type());
    assertEquals(PloverType.RETREAT, plover.map("084").type());
    assertEquals(PloverType.RETREAT, plover.map("0871").type());
  }

  @Test
  void easing_a_curfew_or_a_state_of_emergency_is_a_concession_like_all_of_081() {
    assertEquals(PloverType.CONCEDE, plover.map("0813").type());
    assertEquals(PloverType.CONCEDE, plover.map("0814").type());
  }

  @Test
  void imposing_sanctions_is_a_sanction_like_all_of_root_16() {
    assertEquals(PloverType.SANCTION, plover.map("163").type());
    assertEquals(PloverType.SANCTION, plover.map("16").type());
  }

  @Test
  void unlisted_subcode_takes_its_longest_prefix() {
    assertEquals(plover.map("195"), plover.map("1952"));
    assertEquals(PloverType.REQUEST, plover.map("1011").type());
    assertNull(plover.map("abc"));
  }

  @Test
  void every_codebook_code_from_03_maps_and_all_sixteen_types_are_used() {
    Set<PloverType> used = EnumSet.noneOf(PloverType.class);
    for (CameoCode c : CameoCodebook.standard().all()) {
      PloverCoding p = plover.map(c.code());
      if (c.root().equals("01") || c.root().equals("02")) {
        assertNull(p, c.code());
      } else {
        assertNotNull(p, c.code());
        used.add(p.type());
      }
    }
    assertEquals(EnumSet.allOf(PloverType.class), used);
  }

  @Test
  void unknown_type_is_reported_with_line() {
    ResourceFormatException e = assertThrows(ResourceFormatException.class,
        () -> PloverMapping.load(new ByteArrayInputStream(
            "03\tAGREE\t-\n04\tCHAT\t-\n".getBytes(StandardCharsets.UTF_8)), "m.tsv"));
    assertEquals(2, e.line());
  }

  /** Codes whose mode we set differently on purpose (see the comment in cameo-plover.tsv). */
  private static final Set<String> DOCUMENTED_MODE_DEVIATIONS = Set.of("195", "175");

  /**
   * Rows where our type deliberately follows the PLOVER category table instead of the 2021 row table
   * (documented in cameo-plover.tsv): 0813/0814 under CONCEDE like all of 081-083, 163 under SANCTION like
   * all of root 16.
   */
  private static final java.util.Map<String, String> DOCUMENTED_TYPE_DEVIATIONS =
      java.util.Map.of("0813", "CONCEDE", "0814", "CONCEDE", "163", "SANCTION");

  /** Compares our table with the published 2021 table in ../shared/peer, when it is present. */
  @Test
  void agrees_with_the_published_2021_table_on_types() throws IOException {
    Path published = null;
    for (String base : List.of(System.getProperty("pharos.shared", "../shared"), "../../shared", "../shared")) {
      Path p = Path.of(base, "peer", "PLOVER", "CAMEO2PLOVER-2021.txt");
      if (Files.isRegularFile(p)) {
        published = p;
        break;
      }
    }
    Assumptions.assumeTrue(published != null, "published CAMEO2PLOVER table not available");
    Pattern row = Pattern.compile("^(\\d{3,4}):\\s*([A-Z]+)\\s*,\\s*([^,#]*)");
    int compared = 0;
    List<String> disagreements = new ArrayList<>();
    for (String line : Files.readAllLines(published, StandardCharsets.UTF_8)) {
      Matcher m = row.matcher(line);
      if (!m.find()) {
        continue;
      }
      PloverCoding ours = plover.map(m.group(1));
      compared++;
      String mode = m.group(3).strip();
      String expectedType = DOCUMENTED_TYPE_DEVIATIONS.getOrDefault(m.group(1), m.group(2));
      if (ours == null || !ours.type().name().equals(expectedType)) {
        disagreements.add(m.group(1) + " type " + m.group(2) + " vs " + ours);
      } else if (!mode.isEmpty() && !mode.equals(ours.mode()) && !DOCUMENTED_MODE_DEVIATIONS.contains(m.group(1))
          && !DOCUMENTED_TYPE_DEVIATIONS.containsKey(m.group(1))) {
        disagreements.add(m.group(1) + " mode " + mode + " vs " + ours.mode());
      }
    }
    assertTrue(compared > 250, "compared " + compared);
    assertTrue(disagreements.isEmpty(), disagreements.toString());
  }
}
