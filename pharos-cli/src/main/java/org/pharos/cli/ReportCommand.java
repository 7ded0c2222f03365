package org.pharos.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pharos.analytics.report.HtmlReport;
import org.pharos.analytics.report.ReportData;
import org.pharos.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pharos report}: one self-contained HTML file on the balance of power around a focal country. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write one self-contained HTML report (works offline): summary, influence of outside powers, "
        + "dyad charts, alignment network, escalation flags, map, tallies, source profiles and a searchable "
        + "event table with provenance.",
        "Example: pharos report --focus IRQ --since 2023-10-01 --out report.html"})
final class ReportCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin AnalysisCliOptions analysis;

  @Option(names = "--out", paramLabel = "FILE", description = "The HTML file (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("pharos-report.html");

  @Override
  public Integer call() {
    try (EventStore store = storeOptions.open()) {
      ReportData data = analysis.build(store);
      Path written = HtmlReport.write(data, out);
      System.out.println(written.toAbsolutePath());
    }
    return ExitCode.OK;
  }
}
