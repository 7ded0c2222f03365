package org.pharos.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pharos.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pharos ingest}: code documents and store them with their events. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Code documents and store each one with its events in one transaction. A document "
        + "already stored with the same text is skipped; a changed text for the same id or URL is stored "
        + "as a new version. With --every, feeds and files are polled until Ctrl-C.",
        "Example: pharos ingest demo/corpus --db pharos-data/pharos.duckdb"})
final class IngestCommand implements Callable<Integer> {
  @Mixin InputOptions in;
  @Mixin CodingOptions coding;
  @Mixin StoreOptions storeOptions;

  @Option(names = "--every", paramLabel = "INTERVAL",
      description = "Poll the inputs again at this interval (e.g. 15m, 1h, 90s) until interrupted.")
  String every;

  @Option(names = {"-v", "--verbose"}, description = "Name every skipped duplicate.")
  boolean verbose;

  @Override
  public Integer call() throws InterruptedException {
    Duration interval = every == null ? null : parseInterval(every);
    try (GracefulStop stop = new GracefulStop(120);
        EventStore store = storeOptions.open();
        CodingSetup setup = new CodingSetup(coding, in.threads, System.err)) {
      Ingestion ingestion = new Ingestion(store, setup, System.err, stop::requested);
      if (interval == null) {
        int code = ingestion.run("ingest", in.inputs, in.ingestConfig(), in.threads, verbose);
        System.err.println("pharos: " + ingestion.summary() + " into " + store.describe());
        return code;
      }
      return new Poller(interval, Duration.ofSeconds(30)).loop(
          () -> ingestion.run("ingest --every " + every, in.inputs, in.ingestConfig(), in.threads, verbose),
          stop,
          wait -> System.err.printf(Locale.ROOT, "pharos: %s; next pass in %ds (Ctrl-C stops)%n",
              ingestion.summary(), wait.toSeconds()));
    }
  }

  static Duration parseInterval(String s) {
    var m = java.util.regex.Pattern.compile("(\\d+)\\s*(s|m|h|d)").matcher(s.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("--every takes a number and a unit (s, m, h, d), e.g. 15m; not " + s);
    }
    long n = Long.parseLong(m.group(1));
    Duration d = switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
    if (d.isZero()) {
      throw new IllegalArgumentException("--every must be positive");
    }
    return d;
  }
}
