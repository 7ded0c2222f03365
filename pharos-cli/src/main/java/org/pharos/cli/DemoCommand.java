package org.pharos.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pharos.analytics.power.ActorKeys;
import org.pharos.analytics.power.ActorNames;
import org.pharos.model.Event;
import org.pharos.store.EventQuery;
import org.pharos.store.EventStore;
import org.pharos.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pharos demo}: the main job on the bundled demo corpus: ingest and code every document into a
 * fresh embedded store, then print what the store holds and a sample of the coded events.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Run the main job on the bundled demo corpus (demo/corpus): code every document, store it "
        + "with its events in an embedded DuckDB database (rebuilt on each run), and summarise the result."})
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--threads", paramLabel = "N", description = "Documents processed in parallel (default: ${DEFAULT-VALUE}).")
  int threads = Math.min(2, Runtime.getRuntime().availableProcessors());

  @Option(names = "--db", paramLabel = "FILE", description = "The demo database (default: ${DEFAULT-VALUE}).")
  Path db = Path.of("pharos-data", "demo.duckdb");

  @Option(names = "--report", paramLabel = "FILE", description = "The HTML report (default: ${DEFAULT-VALUE}).")
  Path reportFile = Path.of("pharos-data", "demo-report.html");

  private Path report() {
    return reportFile;
  }

  @Override
  public Integer call() throws IOException {
    Path home = Path.of(System.getProperty("pharos.home", "."));
    Path corpus = home.resolve("demo/corpus");
    if (!Files.isDirectory(corpus)) {
      throw new IllegalStateException("demo corpus not found at " + corpus + " (run ./pharos from the Pharos directory)");
    }
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(db + ".wal"));
    long start = System.nanoTime();
    System.err.println("pharos demo: loading the NLP models and the knowledge base (about 15 s)…");
    int code;
    try (EventStore store = EventStores.open(db.toString());
        CodingSetup setup = new CodingSetup(new CodingOptions(), threads, System.err)) {
      Ingestion ingestion = new Ingestion(store, setup, System.err);
      code = ingestion.run("demo", List.of(corpus.toString()), new InputOptions().ingestConfig(), threads, false);
      double secs = (System.nanoTime() - start) / 1e9;
      System.out.println();
      System.out.println("== Pharos demo: " + ingestion.summary());
      System.out.printf(Locale.ROOT, "   %.1f s in all (models included), %.1f sentences/s%n", secs,
          ingestion.sentences.get() / secs);
      System.out.println();
      System.out.print(StatsCommand.render(store, 12));
      System.out.println();
      System.out.println("== The most confident coded events (pharos events --db " + db + " shows them all)");
      // The most confident events with both sides coded, newest first among equals.
      List<Event> sample = store.events(EventQuery.all()).stream()
          .filter(e -> e.source() != null && e.target() != null && e.modality() == org.pharos.model.Modality.ASSERTED)
          .sorted(java.util.Comparator.comparingDouble(Event::confidence).reversed()
              .thenComparing(Event::eventId))
          .limit(10)
          .sorted(java.util.Comparator.comparing((Event e) -> e.date() == null ? "" : e.date()))
          .toList();
      System.out.printf(Locale.ROOT, "%-10s %-12s %-12s %-5s %-9s %-12s %-16s %s%n",
          "date", "source", "target", "cameo", "plover", "modality", "place", "sentence");
      sample.forEach(e -> System.out.print(EventsCommand.tableRow(e)));
      System.out.println();
      Reconciliation rec = new Reconciliation(store, EventQuery.all());
      long multi = rec.clusters.stream().filter(c -> c.sources() > 1).count();
      System.out.printf(Locale.ROOT, "== %d reports form %d real-world events; %d of them reported by several outlets "
          + "(pharos clusters --db %s shows them all). The most reported:%n", rec.events.size(), rec.clusters.size(), multi, db);
      ActorNames names = KnowledgeBaseActorNames.loadDefault();
      rec.clusters.stream().filter(c -> c.sources() > 1)
          .sorted(java.util.Comparator.comparingInt((org.pharos.analytics.reconcile.ClusterRecord c) -> -c.sources())
              .thenComparing(c -> c.clusterId()))
          .limit(6)
          .forEach(c -> System.out.printf(Locale.ROOT, "   %s %-8s %s → %s at %s: %d reports by %d outlets %s%n",
              c.canonical().date(), c.canonical().plover(),
              c.canonical().source() == null ? "unknown" : ActorKeys.displayName(c.canonical().source(), names),
              c.canonical().target() == null ? "unknown" : ActorKeys.displayName(c.canonical().target(), names),
              c.canonical().location() == null ? "an unknown place" : c.canonical().location().name(), c.reports(), c.sources(),
              ClustersCommand.figures(c.quantities())));
      System.out.println();
      AnalysisCliOptions analysis = new AnalysisCliOptions();
      analysis.compare = List.of("2019-12..2021-12", "2023-10..2025-07");
      var data = analysis.build(store);
      Path report = org.pharos.analytics.report.HtmlReport.write(data, report());
      System.out.println("== " + data.summary());
      System.out.println();
      System.out.println("Database: " + db.toAbsolutePath());
      System.out.println("Report:   " + report.toAbsolutePath());
    }
    return code;
  }
}
