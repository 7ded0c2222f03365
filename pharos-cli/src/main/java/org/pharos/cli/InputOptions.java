package org.pharos.cli;

import java.util.ArrayList;
import java.util.List;
import org.pharos.ingest.IngestConfig;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that read documents. */
final class InputOptions {
  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files, directories (recursive), '-' for stdin, or http(s) URLs of RSS/Atom feeds. "
          + "Formats: .txt, .html/.htm, .jsonl, RSS/Atom.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Documents processed in parallel (default: ${DEFAULT-VALUE}).")
  int threads = 1;

  @Option(names = "--max-bytes", paramLabel = "BYTES",
      description = "Largest input file accepted (default: ${DEFAULT-VALUE}).")
  long maxBytes = IngestConfig.DEFAULT_MAX_BYTES;

  IngestConfig ingestConfig() {
    return IngestConfig.defaults().withMaxBytes(maxBytes);
  }
}
