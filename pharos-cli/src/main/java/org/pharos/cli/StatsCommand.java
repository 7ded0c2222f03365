package org.pharos.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.pharos.store.ActorCount;
import org.pharos.store.EventQuery;
import org.pharos.store.EventStore;
import org.pharos.store.IngestionRun;
import org.pharos.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pharos stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Documents, events by PLOVER type and modality, date span, top actors and recent ingestion runs.")
final class StatsCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;

  @Option(names = "--top", paramLabel = "N", description = "Actors to list (default: ${DEFAULT-VALUE}).")
  int top = 10;

  @Override
  public Integer call() {
    try (EventStore store = storeOptions.open()) {
      System.out.print(render(store, top));
    }
    return ExitCode.OK;
  }

  static String render(EventStore store, int top) {
    StoreStats s = store.stats();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "store      %s%n", store.describe()));
    sb.append(String.format(Locale.ROOT, "documents  %d (%d versions)%n", s.documents(), s.versions()));
    sb.append(String.format(Locale.ROOT, "events     %d, dated %s .. %s%n", s.events(),
        s.earliest() == null ? "?" : s.earliest(), s.latest() == null ? "?" : s.latest()));
    sb.append("by PLOVER type: ").append(sorted(s.byPlover())).append('\n');
    sb.append("by modality:    ").append(sorted(s.byModality())).append('\n');
    sb.append(String.format(Locale.ROOT, "%-14s %-32s %8s %8s%n", "actor", "name", "source", "target"));
    ActorLabels labels = new ActorLabels();
    for (ActorCount a : store.actorCounts(EventQuery.all(), top)) {
      String name = labels.label(a.code(), a.name());
      sb.append(String.format(Locale.ROOT, "%-14s %-32s %8d %8d%n", a.code(),
          name.length() > 32 ? name.substring(0, 31) + "…" : name, a.asSource(), a.asTarget()));
    }
    for (IngestionRun r : store.runs(3)) {
      sb.append("run ").append(r).append('\n');
    }
    return sb.toString();
  }

  private static String sorted(Map<String, Long> m) {
    Map<String, Long> t = new TreeMap<>();
    m.forEach((k, v) -> t.put(k.isEmpty() ? "(none)" : k, v));
    return t.toString();
  }
}
