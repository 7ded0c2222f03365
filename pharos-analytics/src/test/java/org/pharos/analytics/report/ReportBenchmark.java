package org.pharos.analytics.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pharos.analytics.power.AnalysisOptions;
import org.pharos.analytics.power.Period;
import org.pharos.model.Event;

/**
 * Benchmark: builds and writes the report for {@code n} synthetic event reports (default 1,000,000)
 * and prints the time and file size. The numbers the performance test checks come from here.
 *
 * <pre>java -Xmx3g -cp … org.pharos.analytics.report.ReportBenchmark [n] [out.html]</pre>
 */
public final class ReportBenchmark {
  private ReportBenchmark() {}

  /**
   * Figures of one run.
   *
   * @param events reports given
   * @param buildMillis time to compute the report data
   * @param writeMillis time to render and write the HTML
   * @param bytes size of the HTML
   * @param file where it was written
   */
  public record Figures(int events, long buildMillis, long writeMillis, long bytes, Path file) {}

  /** Generates {@code n} reports (about 2.5 per real-world event) and times the report. */
  public static Figures run(int n, Path out) throws Exception {
    List<Event> all = SyntheticEvents.generate(n * 2 / 5 + 1, 42);
    List<Event> events = all.size() > n ? all.subList(0, n) : all;
    long t0 = System.nanoTime();
    ReportData data =
        ReportBuilder.build(
            events,
            ReportOptions.defaults("IRQ")
                .withAnalysis(AnalysisOptions.defaults().withClusterKey(SyntheticEvents::clusterOf))
                .withComparison(Period.parse("2020-01..2020-12"), Period.parse("2024-01..2024-12")));
    long t1 = System.nanoTime();
    Path file = HtmlReport.write(data, out);
    long t2 = System.nanoTime();
    return new Figures(events.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, Files.size(file), file);
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path out = Path.of(args.length > 1 ? args[1] : "target/report-benchmark.html");
    Figures f = run(n, out);
    System.out.printf(
        "%,d events: data %,d ms, html %,d ms, total %,d ms, %,d bytes -> %s%n",
        f.events(), f.buildMillis(), f.writeMillis(), f.buildMillis() + f.writeMillis(), f.bytes(), f.file());
  }
}
