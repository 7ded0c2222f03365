package org.pharos.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the commands that code events. */
final class CodingOptions {
  @Option(names = "--actors-dict", paramLabel = "PATH",
      description = "PETRARCH/Phoenix actor and agent dictionaries (a file or a directory) merged with "
          + "Pharos' own knowledge base; ours win on conflicts.")
  Path actorsDict;

  @Option(names = "--min-confidence", paramLabel = "X", description = "Drop events below this confidence (default: ${DEFAULT-VALUE}).")
  double minConfidence = org.pharos.coder.CoderConfig.defaults().minConfidence();

  @Option(names = "--include-hypothetical",
      description = "Also emit hypothetical and negated events (with their modality).")
  boolean includeHypothetical;

  @Option(names = "--parse-all",
      description = "Parse every sentence instead of only those with an event trigger and an actor candidate.")
  boolean parseAll;
}
