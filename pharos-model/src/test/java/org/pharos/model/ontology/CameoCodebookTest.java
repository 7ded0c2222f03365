package org.pharos.model.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CameoCodebookTest {
  private final CameoCodebook cameo = CameoCodebook.standard();

  private static CameoCodebook parse(String text) {
    return CameoCodebook.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  @Test
  void every_root_01_to_20_is_present_with_subcodes() {
    Set<String> roots = new TreeSet<>();
    for (CameoCode c : cameo.all()) {
      roots.add(c.root());
    }
    assertEquals(20, roots.size());
    for (int r = 1; r <= 20; r++) {
      String root = String.format("%02d", r);
      assertTrue(cameo.contains(root), root);
      assertTrue(cameo.contains(root + "0"), root + "0");
    }
    assertTrue(cameo.all().size() > 280, "codebook has " + cameo.all().size() + " codes");
  }

  @Test
  void lookup_returns_name_and_goldstein() {
    CameoCode c = cameo.lookup("195").orElseThrow();
    assertEquals("Employ aerial weapons", c.name());
    assertEquals(-10.0, c.goldstein());
    assertEquals("19", c.root());
    assertEquals(0.0, cameo.lookup("010").orElseThrow().goldstein());
    assertEquals(8.0, cameo.lookup("057").orElseThrow().goldstein());
    assertFalse(cameo.lookup("197").isPresent());
    assertFalse(cameo.lookup(null).isPresent());
  }

  @Test
  void quad_classes_follow_the_root_ranges() {
    assertEquals(1, cameo.lookup("042").orElseThrow().quadClass());
    assertEquals(1, cameo.lookup("057").orElseThrow().quadClass());
    assertEquals(2, cameo.lookup("0874").orElseThrow().quadClass());
    assertEquals(2, cameo.lookup("06").orElseThrow().quadClass());
    assertEquals(3, cameo.lookup("09").orElseThrow().quadClass());
    assertEquals(3, cameo.lookup("138").orElseThrow().quadClass());
    assertEquals(4, cameo.lookup("141").orElseThrow().quadClass());
    assertEquals(4, cameo.lookup("2042").orElseThrow().quadClass());
  }

  @Test
  void material_conflict_is_never_cooperative_on_the_goldstein_scale() {
    for (CameoCode c : cameo.all()) {
      if (c.quadClass() == 4) {
        assertTrue(c.goldstein() < 0, c.toString());
      }
      if (c.quadClass() == 2) {
        assertTrue(c.goldstein() > 0, c.toString());
      }
    }
  }

  @Test
  void malformed_row_is_reported_with_file_and_line() {
    ResourceFormatException e = assertThrows(ResourceFormatException.class,
        () -> parse("# header\n01\t0.0\tStatement\n010\tzero\tMake statement\n"));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith("test.tsv:3:"), e.getMessage());
  }

  @Test
  void subcode_without_parent_is_rejected() {
    ResourceFormatException e = assertThrows(ResourceFormatException.class,
        () -> parse("01\t0.0\tStatement\n0101\t0.0\tOrphan\n"));
    assertEquals(2, e.line());
  }

  @Test
  void out_of_range_goldstein_and_bad_codes_are_rejected() {
    assertThrows(ResourceFormatException.class, () -> parse("01\t11\tToo high\n"));
    assertThrows(ResourceFormatException.class, () -> parse("21\t0\tNo such root\n"));
    assertThrows(ResourceFormatException.class, () -> parse("01\t0\tA\n01\t0\tB\n"));
  }
}
