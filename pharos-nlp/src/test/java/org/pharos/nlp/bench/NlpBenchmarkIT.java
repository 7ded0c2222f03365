package org.pharos.nlp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.model.Document;
import org.pharos.nlp.NlpConfig;
import org.pharos.nlp.SampleTexts;

/** The benchmark on the bundled sample, with the two cheapest configurations. */
class NlpBenchmarkIT {

  @Test
  void engine_and_reference_runs_count_the_same_sentences_and_tokens() throws IOException {
    List<Document> docs = SampleTexts.documents();
    BenchResult engine = NlpBenchmark.run(docs, NlpConfig.defaults().withDepparse(false).withTimex(false), 1, 2);
    BenchResult reference = NlpBenchmark.runReference(docs, ReferenceConfig.TOKENIZE_SSPLIT, 1, 1);
    assertEquals(3, engine.documents());
    assertEquals(0, engine.failedDocuments());
    assertTrue(engine.sentences() > 30, "sample has over 30 sentences: " + engine.sentences());
    assertEquals(reference.sentences(), engine.sentences());
    assertEquals(reference.tokens(), engine.tokens());
    assertEquals(0, engine.parsedSentences());
    assertTrue(engine.sentencesPerSecond() > 0 && engine.peakHeapMb() > 0);
  }
}
