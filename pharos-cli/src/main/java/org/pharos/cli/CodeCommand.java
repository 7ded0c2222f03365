package org.pharos.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pharos.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pharos code}: code the events of documents and print them. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = {"Code the political events of documents and print them as JSON Lines (the event "
        + "record of DESIGN.md) or CSV. Hypothetical and negated events are left out unless asked for.",
        "Example: pharos code demo/corpus/2020-01-03-baghdad-airport-strike-tigris.txt"})
final class CodeCommand implements Callable<Integer> {
  @Mixin InputOptions in;
  @Mixin CodingOptions coding;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Option(names = "--format", paramLabel = "FMT", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
  String format = "jsonl";

  @Override
  public Integer call() {
    boolean csv = switch (format) {
      case "jsonl", "json" -> false;
      case "csv" -> true;
      default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "--format must be jsonl or csv, not " + format);
    };
    try (CodingSetup setup = new CodingSetup(coding, in.threads, System.err); Output o = Output.open(out)) {
      if (csv) {
        o.write(EventCsv.header());
      }
      DocumentBatch<CodingSetup.Coded> batch = new DocumentBatch<>("code", in.ingestConfig(), in.threads, System.err);
      return batch.run(in.inputs, setup::code, c -> c.annotated().sentences().size(), (d, c) -> {
        for (Event e : c.events()) {
          if (csv) {
            o.write(EventCsv.row(e));
          } else {
            o.jsonLine(e);
          }
        }
      });
    }
  }
}
