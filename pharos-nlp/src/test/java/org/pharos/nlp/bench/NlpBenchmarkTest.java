package org.pharos.nlp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pharos.model.Document;
import org.pharos.model.PartialDate;
import org.pharos.nlp.NerMode;

class NlpBenchmarkTest {

  @Test
  void rates_divide_counts_by_wall_time() {
    BenchResult r = new BenchResult("x", 1, 10, 0, 200, 5000, 150, 4.0, 2.0, 7.5, 900, 1500);
    assertEquals(50.0, r.sentencesPerSecond(), 1e-9);
    assertEquals(1250.0, r.tokensPerSecond(), 1e-9);
    assertEquals(2.5, r.docsPerSecond(), 1e-9);
    assertEquals(100.0, r.sentencesPerCpuSecond(), 1e-9);
    assertTrue(r.row().startsWith("x "));
    assertEquals(BenchResult.header().split("\\s+").length, r.row().split("\\s+").length);
  }

  @Test
  void reference_configs_split_on_blank_lines_and_differ_in_annotators() {
    for (ReferenceConfig c : ReferenceConfig.values()) {
      assertEquals("two", c.properties().getProperty("ssplit.newlineIsSentenceBreak"), c.name());
      assertTrue(c.properties().getProperty("annotators").startsWith("tokenize,ssplit"), c.name());
    }
    assertEquals("tokenize,ssplit,pos,lemma,ner,parse", ReferenceConfig.NER_FULL_PARSE.properties()
        .getProperty("annotators"));
    assertNull(ReferenceConfig.NER_FULL.properties().getProperty("ner.model"));
    assertTrue(ReferenceConfig.POS_LEMMA_NER3.properties().getProperty("ner.model").contains("3class"));
    assertTrue(ReferenceConfig.NER_FULL_DEPPARSE.parsesDependencies());
    assertFalse(ReferenceConfig.NER_FULL_PARSE.parsesDependencies());
  }

  @Test
  void engine_configs_are_known_by_name() {
    assertEquals(NerMode.NONE, NlpBenchmark.engineConfig("engine-default", 2).ner());
    assertEquals(2, NlpBenchmark.engineConfig("engine-default", 2).threads());
    assertEquals(NerMode.FULL, NlpBenchmark.engineConfig("engine-full", 1).ner());
    assertFalse(NlpBenchmark.engineConfig("engine-nodeps", 1).depparse());
    assertNull(NlpBenchmark.engineConfig("NER_FULL", 1));
  }

  @Test
  void unreadable_inputs_are_reported_and_the_rest_is_read(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "One. Two.");
    Files.writeString(dir.resolve("b.txt"), "Three.");
    Files.writeString(dir.resolve("skip.md"), "not a document");
    Path missing = dir.resolve("missing.txt");
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    boolean[] allRead = {true};
    List<Document> docs = NlpBenchmark.readDocuments(List.of(dir, missing), PartialDate.parse("2024-01-02"), 2,
        new PrintStream(errBytes, true, StandardCharsets.UTF_8), allRead);
    assertEquals(List.of("a#0", "a#1", "b#0", "b#1"), docs.stream().map(Document::docId).toList());
    assertEquals("2024-01-02", docs.get(0).date().toIso());
    assertFalse(allRead[0]);
    assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("missing.txt"));
  }
}
