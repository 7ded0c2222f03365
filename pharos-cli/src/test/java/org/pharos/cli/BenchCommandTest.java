package org.pharos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

  private static BenchCommand.Row pharosRow() {
    BenchCommand.Row row = new BenchCommand.Row("pharos");
    row.sentences = 30;
    row.cpuSeconds = 1.0;
    row.cpuNanosByDoc.put("short", 100_000_000L);   // 10 sentences in 0.1 s: 100 per CPU second
    row.sentencesByDoc.put("short", 10L);
    row.cpuNanosByDoc.put("long", 900_000_000L);    // 20 sentences in 0.9 s
    row.sentencesByDoc.put("long", 20L);
    return row;
  }

  @Test
  void a_reference_on_a_subset_is_compared_with_pharos_on_the_same_documents() {
    assertEquals(100.0, BenchCommand.pharosPerCpuOn(pharosRow(), List.of("short")), 1e-9);
    assertEquals(20 / 0.9, BenchCommand.pharosPerCpuOn(pharosRow(), List.of("long")), 1e-9);
  }

  @Test
  void a_reference_on_all_documents_is_compared_with_the_whole_pharos_run() {
    assertEquals(30.0, BenchCommand.pharosPerCpuOn(pharosRow(), List.of()), 1e-9);
    assertEquals(30.0, BenchCommand.pharosPerCpuOn(pharosRow(), List.of("short", "long")), 1e-9);
    assertEquals(30.0, BenchCommand.pharosPerCpuOn(pharosRow(), List.of("unknown")), 1e-9);
  }

  @Test
  void the_first_documents_holding_enough_sentences_are_chosen() {
    List<String> docs = List.of("a", "b", "c", "d");
    assertEquals(List.of("a", "b"), BenchCommand.firstDocuments(docs, List.of(60, 50, 10, 10), 100));
    assertEquals(List.of("a"), BenchCommand.firstDocuments(docs, List.of(200, 50, 10, 10), 100));
    assertEquals(docs, BenchCommand.firstDocuments(docs, List.of(1, 1, 1, 1), 100));
  }
}
