package org.pharos.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.pharos.model.Event;
import org.pharos.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pharos events}: query stored events. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"List stored events matching the filters.",
        "Example: pharos events --actor USA --type ASSAULT --since 2024-01-01 --format table"})
final class EventsCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;
  @Mixin QueryOptions q;

  @Option(names = "--format", paramLabel = "FMT", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
  String format = "table";

  @Override
  public Integer call() {
    if (!format.matches("table|jsonl|csv")) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "--format must be table, jsonl or csv, not " + format);
    }
    try (EventStore store = storeOptions.open(); Output o = Output.open(null); Stream<Event> events = store.streamEvents(q.query())) {
      if (format.equals("csv")) {
        o.write(EventCsv.header());
      } else if (format.equals("table")) {
        o.write(String.format(Locale.ROOT, "%-10s %-12s %-12s %-5s %-9s %-12s %-16s %s%n",
            "date", "source", "target", "cameo", "plover", "modality", "place", "sentence"));
      }
      events.forEach(e -> {
        switch (format) {
          case "jsonl" -> o.jsonLine(e);
          case "csv" -> o.write(EventCsv.row(e));
          default -> o.write(tableRow(e));
        }
      });
    }
    return ExitCode.OK;
  }

  static String tableRow(Event e) {
    String sentence = e.sentence() == null ? "" : e.sentence().replaceAll("\\s+", " ");
    if (sentence.length() > 90) {
      sentence = sentence.substring(0, 87) + "...";
    }
    return String.format(Locale.ROOT, "%-10s %-12s %-12s %-5s %-9s %-12s %-16s %s%n",
        Text.nz(e.date()), e.source() == null ? "-" : Text.nz(e.source().code()), e.target() == null ? "-" : Text.nz(e.target().code()),
        e.cameo(), Text.nz(e.plover()), e.modality() == null ? "" : e.modality().json(),
        e.location() == null ? "" : Text.cut(e.location().name(), 16), sentence);
  }


}
