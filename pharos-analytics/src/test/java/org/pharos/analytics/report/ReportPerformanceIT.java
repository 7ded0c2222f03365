package org.pharos.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The report for 1,000,000 events is complete and stays under 10 MB. The time it takes is printed (a
 * benchmark figure, recorded in the README), not asserted: on a shared CI machine wall-clock time says
 * more about the other load than about the code.
 */
class ReportPerformanceIT {

  @Test
  void a_million_events_give_a_complete_report_under_10_megabytes() throws Exception {
    ReportBenchmark.Figures f = ReportBenchmark.run(1_000_000, Path.of("target", "report-benchmark.html"));
    long total = f.buildMillis() + f.writeMillis();
    System.out.printf("ReportPerformanceIT: %,d events, %,d ms, %,d bytes%n", f.events(), total, f.bytes());
    assertEquals(1_000_000, f.events());
    assertTrue(f.bytes() < 10_000_000, "wrote " + f.bytes() + " bytes");
  }
}
