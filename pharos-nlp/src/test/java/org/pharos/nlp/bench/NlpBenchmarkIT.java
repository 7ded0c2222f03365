package org.pharos.nlp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.model.Document;
import org.pharos.model.PartialDate;
import org.pharos.nlp.NlpConfig;

/** The benchmark on the bundled sample, with the two cheapest configurations. */
class NlpBenchmarkIT {

  static List<Document> sample() throws IOException {
    List<Document> docs = new ArrayList<>();
    for (String name : List.of("wire-rockets", "wire-diplomacy", "wire-protest")) {
      try (InputStream in = NlpBenchmarkIT.class.getResourceAsStream("/bench/" + name + ".txt")) {
        docs.add(Document.ofText(name, new String(in.readAllBytes(), StandardCharsets.UTF_8),
            PartialDate.parse("2024-01-30")));
      }
    }
    return docs;
  }

  @Test
  void engine_and_reference_runs_count_the_same_sentences_and_tokens() throws IOException {
    List<Document> docs = sample();
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
