package org.pharos.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pharos.store.EventStore;
import org.pharos.store.export.ExportFormat;
import org.pharos.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pharos export}: write stored events to a file for R, pandas, DuckDB or GDELT tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export stored events as csv, jsonl, parquet or gdelt (GDELT 2.0 event columns, tab-separated), "
        + "or with --clusters the reconciled real-world events as csv or jsonl.",
        "Example: pharos export --format parquet --out events.parquet"})
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin QueryOptions q;

  @Option(names = "--format", required = true, paramLabel = "FMT", description = "csv, jsonl, parquet or gdelt.")
  String format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
  Path out;

  @Option(names = "--clusters",
      description = "Export the reconciled real-world events (one row per cluster: canonical event, reports, "
          + "outlets, documents, low/best/high figures) instead of the event reports; csv or jsonl.")
  boolean clusters;

  @Override
  public Integer call() {
    if (clusters) {
      if (!format.equals("csv") && !format.equals("jsonl")) {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
            "--clusters exports csv or jsonl, not " + format);
      }
      try (EventStore store = storeOptions.open(); Output o = Output.open(out)) {
        Reconciliation r = new Reconciliation(store, q.query());
        ClustersCommand.write(r.clusters, format, 1, o);
        System.err.println("pharos: exported " + r.clusters.size() + " clusters to " + out);
      }
      return ExitCode.OK;
    }
    ExportFormat f;
    try {
      f = ExportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage());
    }
    try (EventStore store = storeOptions.open()) {
      long n = new Exporter(store).export(q.query(), f, out);
      System.err.println("pharos: exported " + n + " events to " + out);
    }
    return ExitCode.OK;
  }
}
