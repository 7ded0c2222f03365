package org.pharos.cli;

import java.util.concurrent.Callable;
import org.pharos.analytics.report.ReportData;
import org.pharos.analytics.report.ReportJson;
import org.pharos.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pharos analyze}: the report's figures as JSON, or its summary as text. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Print the figures behind the report — dyad series, alignment network and blocs, structural "
        + "balance, influence index, escalation flags, tallies, source profiles — as JSON, or the summary as text.",
        "Example: pharos analyze --focus IRQ --compare 2020-01..2020-12 2024-01..2024-12 --format json > figures.json"})
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin AnalysisCliOptions analysis;

  @Option(names = "--format", paramLabel = "FMT", description = "json or text (default: ${DEFAULT-VALUE}).")
  String format = "json";

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Override
  public Integer call() {
    if (!format.equals("json") && !format.equals("text")) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "--format must be json or text, not " + format);
    }
    try (EventStore store = storeOptions.open()) {
      ReportData data = analysis.build(store);
      if (format.equals("json")) {
        ReportJson.write(data, System.out, pretty);
        System.out.println();
      } else {
        System.out.println(data.summary());
      }
    }
    return ExitCode.OK;
  }
}
