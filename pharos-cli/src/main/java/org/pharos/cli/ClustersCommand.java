package org.pharos.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pharos.analytics.reconcile.ClusterRecord;
import org.pharos.analytics.reconcile.QuantityEstimate;
import org.pharos.model.ActorRef;
import org.pharos.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pharos clusters}: real-world events, each with the reports that describe it. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = {"Group the stored reports that describe the same real-world event (compatible type, actors, "
        + "date and place) and reconcile their figures: low/best/high with the outlets behind each, and a "
        + "disputed flag when sources disagree.",
        "Example: pharos clusters --type ASSAULT --min-sources 2"})
final class ClustersCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin QueryOptions q;

  @Option(names = "--format", paramLabel = "FMT", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
  String format = "table";

  @Option(names = "--min-sources", paramLabel = "N", description = "Only clusters reported by at least N outlets (default: ${DEFAULT-VALUE}).")
  int minSources = 1;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout (the clusters export).")
  java.nio.file.Path out;

  @Option(names = "--evaluate", paramLabel = "GOLD",
      description = "Score the clustering against a gold file of document groups (e.g. demo/gold/clusters.jsonl): "
          + "pairwise precision/recall over documents reporting the same event.")
  java.nio.file.Path evaluate;

  @Override
  public Integer call() {
    if (!format.matches("table|jsonl|csv")) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "--format must be table, jsonl or csv, not " + format);
    }
    try (EventStore store = storeOptions.open(); Output o = Output.open(out)) {
      Reconciliation r = new Reconciliation(store, q.query());
      if (evaluate != null) {
        System.err.println("pharos: clustering vs " + evaluate + ": "
            + org.pharos.analytics.reconcile.ClusterEvaluation.pairwise(r.clusters, evaluate));
      }
      write(r.clusters, format, minSources, o);
    }
    return ExitCode.OK;
  }

  /** Writes cluster records as a table, JSON Lines or CSV (one row per cluster). */
  static void write(java.util.List<ClusterRecord> clusters, String format, int minSources, Output o) {
    if (format.equals("table")) {
      o.write(String.format(Locale.ROOT, "%-18s %-10s %-9s %-24s %-18s %4s %4s  %s%n",
          "cluster", "date", "plover", "source → target", "place", "rep", "src", "figures (low–high, best; * disputed)"));
    } else if (format.equals("csv")) {
      o.write("cluster_id,date,plover,cameo,source,target,place,reports,sources,outlets,doc_ids,quantities\n");
    }
    for (ClusterRecord c : clusters) {
      if (c.sources() < minSources) {
        continue;
      }
      switch (format) {
        case "jsonl" -> o.jsonLine(c);
        case "csv" -> o.write(String.join(",", EventCsv.cell(c.clusterId()), EventCsv.cell(c.canonical().date()),
            EventCsv.cell(c.canonical().plover()), EventCsv.cell(c.canonical().cameo()), EventCsv.cell(code(c.canonical().source())),
            EventCsv.cell(code(c.canonical().target())), EventCsv.cell(c.canonical().location() == null ? null : c.canonical().location().name()),
            Integer.toString(c.reports()), Integer.toString(c.sources()), EventCsv.cell(String.join("; ", c.outlets())),
            EventCsv.cell(String.join("; ", c.docIds())), EventCsv.cell(figures(c.quantities()))) + "\n");
        default -> o.write(String.format(Locale.ROOT, "%-18s %-10s %-9s %-24s %-18s %4d %4d  %s%n",
            c.clusterId(), c.canonical().date() == null ? "" : c.canonical().date(), Text.nz(c.canonical().plover()),
            Text.cut(code(c.canonical().source()) + " → " + code(c.canonical().target()), 24),
            Text.cut(c.canonical().location() == null ? "" : c.canonical().location().name(), 18),
            c.reports(), c.sources(), figures(c.quantities())));
      }
    }
  }

  static String figures(Map<String, QuantityEstimate> q) {
    StringBuilder sb = new StringBuilder();
    q.forEach((kind, est) -> sb.append(sb.length() == 0 ? "" : "; ").append(kind).append(' ').append(est.rangeText())
        .append(est.low() == est.high() ? "" : ", best " + Text.number(est.best())).append(est.disputed() ? " *" : ""));
    return sb.toString();
  }

  private static String code(ActorRef a) {
    return a == null || a.code() == null ? "-" : a.code();
  }
}
