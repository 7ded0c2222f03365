package org.pharos.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pharos.nlp.CoreNlpEngine;
import org.pharos.nlp.NerMode;
import org.pharos.nlp.NlpConfig;
import org.pharos.nlp.SentenceFilter;
import org.pharos.model.text.AnnotatedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pharos parse}: ingest documents and write their annotated view as JSON Lines. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = {"Read documents and write one JSON object per document: metadata, body text, removed "
        + "boilerplate, references, and sentences with entities and time expressions.",
        "Example: pharos parse demo/corpus --tokens --out parsed.jsonl"})
final class ParseCommand implements Callable<Integer> {
  @Mixin InputOptions in;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Option(names = "--tokens", description = "Add tokens (word, lemma, POS, NER tag, offsets).")
  boolean tokens;

  @Option(names = "--deps", description = "Add Universal Dependencies edges (enhanced++).")
  boolean deps;

  @Option(names = "--ner", paramLabel = "MODE", description = "none, 3class or full (default: ${DEFAULT-VALUE}).")
  String ner = "3class";

  @Override
  public Integer call() {
    NerMode mode = switch (ner.toLowerCase(Locale.ROOT)) {
      case "none" -> NerMode.NONE;
      case "3class", "three_class" -> NerMode.THREE_CLASS;
      case "full" -> NerMode.FULL;
      default -> throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--ner must be none, 3class or full, not " + ner);
    };
    NlpConfig cfg = NlpConfig.defaults().withNer(mode).withDepparse(deps).withThreads(in.threads);
    try (CoreNlpEngine nlp = new CoreNlpEngine(cfg); Output o = Output.open(out)) {
      DocumentBatch<AnnotatedDocument> batch = new DocumentBatch<>("parse", in.ingestConfig(), in.threads, System.err);
      return batch.run(in.inputs, d -> nlp.annotate(d, deps ? SentenceFilter.ALL : SentenceFilter.NONE),
          ad -> ad.sentences().size(), (d, ad) -> o.jsonLine(ParseView.of(ad, tokens, deps)));
    }
  }
}
