package org.pharos.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CountryOutlinesTest {

  private static final String HEADER =
      "# a comment\nid\tname\tlabel_lon\tlabel_lat\tarea\tmin_lon\tmin_lat\tmax_lon\tmax_lat\trings\n";

  private static CountryOutlines parse(String text) {
    return CountryOutlines.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, "test.tsv");
  }

  @Test
  void the_shipped_outlines_cut_out_the_countries_around_a_middle_east_view() {
    CountryOutlines outlines = CountryOutlines.fromClasspath();
    assertTrue(outlines.size() > 150, "most countries of the world: " + outlines.size());
    Map<String, CountryOutlines.Shape> shapes = outlines.within(28, 40, 35, 50, 10).stream()
        .collect(Collectors.toMap(CountryOutlines.Shape::name, Function.identity()));
    assertTrue(shapes.keySet().containsAll(List.of("Iraq", "Syria", "Iran", "Kuwait")), shapes.keySet().toString());
    assertFalse(shapes.containsKey("Brazil"));
    assertFalse(shapes.containsKey("Japan"));
    CountryOutlines.Shape iraq = shapes.get("Iraq");
    assertTrue(iraq.labelled(), "Iraq fills much of the view");
    assertTrue(iraq.labelLat() > 29 && iraq.labelLat() < 37 && iraq.labelLon() > 39 && iraq.labelLon() < 48,
        "label inside Iraq: " + iraq.labelLat() + ", " + iraq.labelLon());
    assertFalse(shapes.get("Kuwait").labelled(), "Kuwait is too small for a label at this scale");
  }

  @Test
  void a_country_whose_label_point_is_outside_the_view_is_labelled_on_its_visible_part() {
    // a square country from 0..10 E, 0..10 N, labelled at its centre; the view shows only its east edge
    CountryOutlines one = parse(HEADER + "1\tSquare\t5\t5\t100\t0\t0\t10\t10\t0,0,1000,0,0,1000,-1000,0\n");
    CountryOutlines.Shape s = one.within(0, 10, 8, 20, 5).get(0);
    assertTrue(s.labelled());
    assertEquals(9.0, s.labelLon(), 1e-9);
    assertEquals(5.0, s.labelLat(), 1e-9);
    assertEquals(List.of(), one.within(20, 30, 20, 30, 5), "nothing touches a view far away");
  }

  @Test
  void a_malformed_row_is_rejected_with_file_and_line() {
    IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
        () -> parse(HEADER + "1\tShort\t5\t5\n"));
    assertTrue(columns.getMessage().startsWith("test.tsv:3:"), columns.getMessage());
    IllegalArgumentException ring = assertThrows(IllegalArgumentException.class,
        () -> parse(HEADER + "1\tOdd\t5\t5\t1\t0\t0\t1\t1\t0,0,100\n"));
    assertTrue(ring.getMessage().contains("test.tsv:3") && ring.getMessage().contains("Odd"), ring.getMessage());
    IllegalArgumentException header = assertThrows(IllegalArgumentException.class, () -> parse("name\tlat\n"));
    assertTrue(header.getMessage().startsWith("test.tsv:1:"), header.getMessage());
  }
}
