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

  @Option(names = "--nlp", paramLabel = "fast|complete", converter = NlpProfileConverter.class,
      description = "NLP configuration: fast (default: no CRF NER; SUTime and the dependency parse only on sentences "
          + "with an event trigger and an actor candidate; no parse over 100 tokens) or complete (CoreNLP's full NER, "
          + "SUTime and the parse on every sentence, no length cap: the slowest, to check that fast loses nothing).")
  String nlp = "fast";

  /** Accepts fast or complete (any case) and rejects anything else as a usage error. */
  static final class NlpProfileConverter implements picocli.CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String v = value.trim().toLowerCase(java.util.Locale.ROOT);
      if (!v.equals("fast") && !v.equals("complete")) {
        throw new picocli.CommandLine.TypeConversionException("expected fast or complete, not '" + value + "'");
      }
      return v;
    }
  }

  @Option(names = "--parse-all",
      description = "Parse every sentence instead of only those with an event trigger and an actor candidate.")
  boolean parseAll;
}
