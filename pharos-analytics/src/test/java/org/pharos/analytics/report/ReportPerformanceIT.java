package org.pharos.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The report for 1,000,000 events renders in under 30 s and stays under 10 MB. */
class ReportPerformanceIT {

  @Test
  void a_million_events_give_a_report_in_under_30_seconds_and_10_megabytes() throws Exception {
    ReportBenchmark.Figures f = ReportBenchmark.run(1_000_000, Path.of("target", "report-benchmark.html"));
    long total = f.buildMillis() + f.writeMillis();
    System.out.printf("ReportPerformanceIT: %,d events, %,d ms, %,d bytes%n", f.events(), total, f.bytes());
    assertEquals(1_000_000, f.events());
    assertTrue(total < 30_000, "took " + total + " ms");
    assertTrue(f.bytes() < 10_000_000, "wrote " + f.bytes() + " bytes");
  }
}
