package org.pharos.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.pharos.store.ActorCount;
import org.pharos.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pharos actors}: event counts per actor code. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Event counts per actor code, as source and as target, for the events matching the filters.")
final class ActorsCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin QueryOptions q;

  @Option(names = "--top", paramLabel = "N", description = "Actors to list (default: ${DEFAULT-VALUE}).")
  int top = 50;

  @Override
  public Integer call() {
    try (EventStore store = storeOptions.open()) {
      System.out.printf(Locale.ROOT, "%-14s %-36s %8s %8s %8s%n", "actor", "name", "source", "target", "total");
      ActorLabels labels = new ActorLabels();
      for (ActorCount a : store.actorCounts(q.query(), top)) {
        System.out.printf(Locale.ROOT, "%-14s %-36s %8d %8d %8d%n", a.code(), labels.label(a.code(), a.name()),
            a.asSource(), a.asTarget(), a.total());
      }
    }
    return ExitCode.OK;
  }
}
