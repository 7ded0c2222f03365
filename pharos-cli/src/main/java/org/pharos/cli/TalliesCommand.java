package org.pharos.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.pharos.analytics.reconcile.ReconciledTally;
import org.pharos.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pharos tallies}: statements that count many events, reconciled across outlets. */
@Command(name = "tallies", mixinStandardHelpOptions = true,
    description = {"Statements that count many events over a period (\"more than 160 attacks since October 17\"), "
        + "reconciled across outlets (low/best/high) and set beside the individual events the store holds "
        + "for that period.", "Example: pharos tallies --format table"})
final class TalliesCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin QueryOptions q;

  @Option(names = "--format", paramLabel = "FMT", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
  String format = "table";

  @Override
  public Integer call() {
    if (!format.matches("table|jsonl")) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "--format must be table or jsonl, not " + format);
    }
    try (EventStore store = storeOptions.open(); Output o = Output.open(null)) {
      for (ReconciledTally t : new Reconciliation(store, q.query()).tallies()) {
        if (format.equals("jsonl")) {
          o.jsonLine(t);
        } else {
          o.write(String.format(Locale.ROOT, "%-9s %s → %s, %s..%s: %s%n", t.type(), t.source() == null ? "-" : t.source(), t.target() == null ? "-" : t.target(),
              t.periodStart() == null ? "?" : t.periodStart(), t.periodEnd() == null ? "?" : t.periodEnd(), t.summary()));
          o.write("          outlets: " + String.join(", ", t.outlets()) + "\n");
        }
      }
    }
    return ExitCode.OK;
  }
}
