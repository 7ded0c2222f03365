package org.pharos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliUnitTest {

  @Test
  void unknown_option_is_a_usage_error_with_exit_code_2() {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertEquals(ExitCode.USAGE, Main.run("code", "--no-such-option", "x.txt"));
      assertEquals(ExitCode.USAGE, Main.run("parse"));
    } finally {
      System.setErr(old);
    }
    assertTrue(buf.toString(StandardCharsets.UTF_8).contains("--no-such-option"));
  }

  @Test
  void csv_cells_with_commas_quotes_and_newlines_are_quoted() {
    assertEquals("plain", EventCsv.cell("plain"));
    assertEquals("\"a,b\"", EventCsv.cell("a,b"));
    assertEquals("\"say \"\"no\"\"\"", EventCsv.cell("say \"no\""));
    assertEquals("\"two\nlines\"", EventCsv.cell("two\nlines"));
    assertEquals("", EventCsv.cell(null));
  }

  @Test
  void quantities_are_written_as_ranges_with_qualifiers() {
    assertEquals("killed:5.. (at least)",
        EventCsv.quantity(new org.pharos.model.Quantity("killed", 5.0, null, "at least", "at least five", null)));
    assertEquals("attacks:150..165", EventCsv.quantity(new org.pharos.model.Quantity("attacks", 150.0, 165.0, null, "150-165", null)));
    assertEquals("killed:9", EventCsv.quantity(org.pharos.model.Quantity.exact("killed", 9, "nine")));
  }

  @Test
  void ordered_pool_returns_results_in_submission_order_with_two_threads() {
    List<Integer> out = new ArrayList<>();
    try (OrderedWorkPool<Integer> pool = new OrderedWorkPool<>(2, out::add)) {
      for (int i = 0; i < 50; i++) {
        int n = i;
        pool.submit(() -> {
          Thread.sleep((50 - n) % 7);
          return n;
        });
      }
      pool.finish();
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      expected.add(i);
    }
    assertEquals(expected, out);
  }

  @Test
  void progress_line_shows_counts_rate_and_eta_and_stays_silent_when_disabled() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Progress p = new Progress("code", 10, new PrintStream(buf, true, StandardCharsets.UTF_8), false);
    p.advance(4);
    p.advance(6);
    String line = p.line(System.nanoTime());
    assertTrue(line.startsWith("code: 2/10 (20%) docs"), line);
    assertTrue(line.contains("sentences/s") && line.contains("ETA"), line);
    p.close();
    assertEquals(0, buf.size(), "nothing is drawn when stderr is not a terminal");
  }

  @Test
  void polling_intervals_parse_with_units_and_reject_nonsense() {
    assertEquals(Duration.ofMinutes(15), IngestCommand.parseInterval("15m"));
    assertEquals(Duration.ofSeconds(90), IngestCommand.parseInterval("90s"));
    assertEquals(Duration.ofHours(1), IngestCommand.parseInterval("1h"));
    assertThrows(IllegalArgumentException.class, () -> IngestCommand.parseInterval("soon"));
    assertThrows(IllegalArgumentException.class, () -> IngestCommand.parseInterval("0m"));
  }
}
